#include "reviewmode.h"

#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "hostitem.h"
#include "io/savefile.h"
#include "review/reviewpdf.h"
#include "review/reviewreport.h"
#include "reviewarrowitem.h"
#include "reviewpanel.h"
#include "reviewtablemodel.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>

namespace portolan {

namespace {

/// At most this many hosts are selected, and this many arrows drawn, for one request line.
constexpr int maxSelectedHosts = 2000;
constexpr int maxArrows = 300;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString groupsHtml(const Design &design, const QList<TupleGroup> &groups, bool references)
{
    QString html = QStringLiteral("<ul>");
    for (const TupleGroup &group : groups) {
        html += QStringLiteral("<li>") + escaped(ReviewReport::groupLine(design, group));
        if (references && !group.reference.isEmpty())
            html += QStringLiteral("<br/><i>") + escaped(group.reference) + QStringLiteral("</i>");
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

ReviewMode::ReviewMode(Document *document, DesignView *view, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_view(view)
    , m_window(window)
{
    connect(m_document, &Document::derivationChanged, this, [this] {
        if (m_active)
            review();
    });
}

ReviewMode::~ReviewMode() = default;

void ReviewMode::chooseAndStart()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Review Change Request"),
        m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).path(),
        tr("Change requests and rule sets (*.csv *.txt *.rules *.save *.v4 *.v6 *.json *.nft *.conf *.cfg);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!start(path, &error))
        QMessageBox::warning(m_window, tr("Review Change Request"), error);
}

bool ReviewMode::start(const QString &path, QString *error)
{
    RequestFile file;
    if (!RequestReader::readFile(path, &file, error))
        return false;
    m_document->flushDerivation();
    ReviewResult result;
    if (!ReviewEngine::review(m_document->derivedDesign(), m_document->derivation(), m_document->catalog(),
            file, {}, &result, error))
        return false;
    m_file = file;
    m_path = path;
    if (!m_dock) {
        m_panel = new ReviewPanel;
        m_dock = new QDockWidget(tr("Review"), m_window);
        m_dock->setObjectName(QStringLiteral("reviewDock"));
        m_dock->setWidget(m_panel);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        // The review takes the flow matrix's place (a tab beside it): the widest dock there is.
        if (auto *matrix = m_window->findChild<QDockWidget *>(QStringLiteral("matrixDock"));
            matrix && m_window->dockWidgetArea(matrix) == Qt::BottomDockWidgetArea)
            m_window->tabifyDockWidget(matrix, m_dock);
        connect(m_panel, &ReviewPanel::requestSelected, this, &ReviewMode::showRequest);
        connect(m_panel, &ReviewPanel::missingRequested, this, &ReviewMode::showMissing);
        connect(m_panel, &ReviewPanel::exportRequested, this, &ReviewMode::chooseAndExport);
        connect(m_panel, &ReviewPanel::closeRequested, this, &ReviewMode::stop);
        // Closing the dock with its own button ends the review too. Only a close counts: a dock
        // in a tab hides when another tab is chosen, and every dock hides when the window goes.
        m_dock->installEventFilter(this);
    }
    m_result = result;
    m_active = true;
    m_view->setReadOnly(true);
    m_dock->show();
    m_dock->raise();
    m_panel->setResult(m_result, QFileInfo(path).fileName());
    clearOverlay();
    emit activeChanged(true);
    emit statusMessage(tr("Reviewing %1 (%2): %n line(s).", nullptr, int(m_result.requests.size()))
                           .arg(QFileInfo(path).fileName(), RequestFile::formatTitle(file.format)),
        8000);
    return true;
}

void ReviewMode::review()
{
    const int current = m_panel->currentRequest();
    ReviewResult result;
    QString error;
    if (!ReviewEngine::review(m_document->derivedDesign(), m_document->derivation(), m_document->catalog(),
            m_file, {}, &result, &error)) {
        emit statusMessage(tr("The review ended: %1").arg(error), 10000);
        stop();
        return;
    }
    m_result = result;
    clearOverlay();
    m_panel->setResult(m_result, QFileInfo(m_path).fileName());
    if (current >= 0 && current < m_result.requests.size())
        m_panel->selectRequest(current);
}

bool ReviewMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::Close && m_active)
        stop();
    return QObject::eventFilter(watched, event);
}

void ReviewMode::stop()
{
    if (!m_active)
        return;
    m_active = false;
    clearOverlay();
    m_view->setReadOnly(false);
    if (m_dock)
        m_dock->hide();
    emit activeChanged(false);
    emit statusMessage(tr("The review is closed; the design can be edited again."), 5000);
}

void ReviewMode::clearOverlay()
{
    for (const QPointer<ReviewArrowItem> &item : std::as_const(m_overlay))
        delete item.data();
    m_overlay.clear();
}

QList<ReviewArrowItem *> ReviewMode::overlay() const
{
    QList<ReviewArrowItem *> items;
    for (const QPointer<ReviewArrowItem> &item : m_overlay) {
        if (item)
            items.append(item.data());
    }
    return items;
}

void ReviewMode::addArrows(const QList<TupleGroup> &groups, int kind, int *budget)
{
    DesignScene *scene = m_view->designScene();
    const Design &design = m_document->derivedDesign();
    for (const TupleGroup &group : groups) {
        const qint64 pairs = qint64(group.sources.count()) * group.destinations.count();
        if (pairs > *budget)
            continue;
        group.sources.forEach([&](int source) {
            group.destinations.forEach([&](int destination) {
                if (source == destination)
                    return true;
                HostItem *from = scene->hostItem(design.hosts().at(source).id);
                HostItem *to = scene->hostItem(design.hosts().at(destination).id);
                if (!from || !to)
                    return true;
                auto *arrow = new ReviewArrowItem(from->sceneBoundingRect().center(),
                    to->sceneBoundingRect().center(), ReviewArrowItem::Kind(kind),
                    ReviewReport::groupLine(design, group));
                scene->addItem(arrow);
                m_overlay.append(arrow);
                --*budget;
                return true;
            });
            return true;
        });
    }
}

void ReviewMode::showRequest(int index)
{
    clearOverlay();
    if (index < 0 || index >= m_result.requests.size()) {
        m_panel->details()->clear();
        return;
    }
    const Design &design = m_document->derivedDesign();
    const ReviewedRequest &reviewed = m_result.requests.at(index);
    const RequestSpec &request = reviewed.request;

    // The hosts the line covers, or for a very broad line the hosts of the flows behind its verdict.
    HostSet hosts = reviewed.sources.united(reviewed.destinations);
    if (hosts.count() > maxSelectedHosts) {
        hosts = HostSet::none(int(design.hosts().size()));
        for (const QList<TupleGroup> *list : {&reviewed.required, &reviewed.forbidden}) {
            for (const TupleGroup &group : *list) {
                if (group.sources.count() + group.destinations.count() <= maxSelectedHosts)
                    hosts = hosts.united(group.sources).united(group.destinations);
            }
        }
    }
    QStringList ids;
    hosts.forEach([&](int host) {
        ids << design.hosts().at(host).id;
        return true;
    });
    DesignScene *scene = m_view->designScene();
    scene->selectHosts(ids);
    int budget = maxArrows;
    addArrows(reviewed.required, int(ReviewArrowItem::Kind::Required), &budget);
    addArrows(reviewed.forbidden, int(ReviewArrowItem::Kind::Forbidden), &budget);
    addArrows(reviewed.excess, int(ReviewArrowItem::Kind::Excess), &budget);
    QRectF area;
    for (const QString &id : std::as_const(ids)) {
        if (HostItem *item = scene->hostItem(id))
            area |= item->sceneBoundingRect();
    }
    if (!area.isEmpty())
        m_view->ensureVisible(area, 40, 40);

    QString html
        = QStringLiteral("<h3>%1: %2</h3>").arg(escaped(request.id), escaped(verdictName(reviewed.verdict)));
    html += QStringLiteral("<p>")
        + escaped(tr("%1 %2 -> %3, %4 %5")
                      .arg(actionName(request.action), request.source, request.destination, request.protocol,
                          request.ports))
        + QStringLiteral("</p>");
    if (!request.comment.isEmpty())
        html += QStringLiteral("<p>") + escaped(tr("Comment: %1").arg(request.comment))
            + QStringLiteral("</p>");
    for (const auto &[name, value] : request.columns)
        html += QStringLiteral("<p>") + escaped(tr("%1: %2").arg(name, value)) + QStringLiteral("</p>");
    if (!request.text.isEmpty())
        html += QStringLiteral("<p><code>") + escaped(request.text) + QStringLiteral("</code></p>");
    html += QStringLiteral("<p>") + escaped(reviewed.message) + QStringLiteral("</p>");
    if (!reviewed.required.isEmpty())
        html += QStringLiteral("<h4>")
            + escaped(request.action == Action::Allow ? tr("Flows of the design it covers")
                                                      : tr("Flows of the design it blocks"))
            + QStringLiteral("</h4>") + groupsHtml(design, reviewed.required, true);
    if (!reviewed.forbidden.isEmpty())
        html += QStringLiteral("<h4>") + escaped(tr("Forbidden by the design")) + QStringLiteral("</h4>")
            + groupsHtml(design, reviewed.forbidden, true);
    if (!reviewed.excess.isEmpty())
        html += QStringLiteral("<h4>")
            + escaped(tr("Excess: %1 tuples the design does not need")
                          .arg(ReviewReport::number(reviewed.excessTuples)))
            + QStringLiteral("</h4>") + groupsHtml(design, reviewed.excess, false);
    if (budget <= 0)
        html += QStringLiteral("<p><i>") + escaped(tr("Only the first %1 arrows are drawn.").arg(maxArrows))
            + QStringLiteral("</i></p>");
    m_panel->details()->setHtml(html);
}

void ReviewMode::showMissing()
{
    clearOverlay();
    const Design &design = m_document->derivedDesign();
    HostSet hosts = HostSet::none(int(design.hosts().size()));
    for (const TupleGroup &group : std::as_const(m_result.missing))
        hosts = hosts.united(group.sources).united(group.destinations);
    QStringList ids;
    hosts.forEach([&](int host) {
        ids << design.hosts().at(host).id;
        return int(ids.size()) < maxSelectedHosts;
    });
    m_view->designScene()->selectHosts(ids);
    int budget = maxArrows;
    addArrows(m_result.missing, int(ReviewArrowItem::Kind::Missing), &budget);
    QString html = QStringLiteral("<h3>") + escaped(tr("Missing flows: %1").arg(m_result.missing.size()))
        + QStringLiteral("</h3>");
    html += m_result.missing.isEmpty()
        ? QStringLiteral("<p>")
            + escaped(tr("Every flow of the design that crosses the covered zones is allowed."))
            + QStringLiteral("</p>")
        : QStringLiteral("<p>") + escaped(tr("Flows of the design that no rule allows:"))
            + QStringLiteral("</p>") + groupsHtml(design, m_result.missing, true);
    m_panel->details()->setHtml(html);
}

QString ReviewMode::revisionText() const
{
    if (m_document->isReadOnly())
        return tr("%1 (an old revision)").arg(m_document->revision());
    QString text;
    if (m_document->format() == Document::Format::Project && QFileInfo::exists(m_document->filePath())) {
        QList<RevisionInfo> revisions;
        QString error;
        if (ProjectFile::revisions(m_document->filePath(), &revisions, &error) && !revisions.isEmpty())
            text = QString::number(revisions.last().number);
    }
    if (m_document->isModified())
        text = text.isEmpty() ? tr("unsaved changes") : tr("%1 with unsaved changes").arg(text);
    return text;
}

bool ReviewMode::exportReport(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Design &design = m_document->derivedDesign();
    QByteArray data;
    if (suffix == QLatin1String("pdf")) {
        ReviewPdf::Options options;
        options.revision = revisionText();
        options.designFile = m_document->filePath();
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!ReviewPdf(design, m_result, options).writePdf(&buffer, error))
            return false;
    } else if (suffix == QLatin1String("csv")) {
        data = ReviewReport::toCsv(design, m_result);
    } else if (suffix == QLatin1String("json")) {
        data = ReviewReport::toJson(design, m_result);
    } else {
        *error = tr("%1: choose a file ending in .pdf, .csv or .json.").arg(path);
        return false;
    }
    return saveFile(path, data, error);
}

void ReviewMode::chooseAndExport()
{
    const QFileInfo request(m_path);
    const QString suggested
        = QDir(request.path()).filePath(request.completeBaseName() + tr("-review") + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Review Report"), suggested,
        tr("PDF report to sign (*.pdf);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, &error)) {
        QMessageBox::warning(m_window, tr("Export Review Report"), error);
        return;
    }
    emit statusMessage(tr("Wrote the review to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace portolan
