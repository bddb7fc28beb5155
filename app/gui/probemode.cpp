#include "probemode.h"

#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "flowmatrixwidget.h"
#include "hostitem.h"
#include "io/savefile.h"
#include "probe/probepdfreport.h"
#include "probemarkitem.h"
#include "probematrixcolumn.h"
#include "probepanel.h"
#include "proberesultsmodel.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QTableView>

namespace portolan {

ProbeMode::ProbeMode(Document *document, DesignView *view, FlowMatrixWidget *matrix, QMainWindow *window,
    int host, const ProbeSettings &settings, const QList<QHostAddress> &machineAddresses)
    : QObject(window)
    , m_document(document)
    , m_view(view)
    , m_matrix(matrix)
    , m_window(window)
{
    document->flushDerivation();
    m_design = document->derivedDesign();
    const ProbePlan plan = ProbePlan::build(m_design, document->derivation(), host);
    m_run.designFile
        = document->filePath().isEmpty() ? QString() : QFileInfo(document->filePath()).fileName();
    m_run.revision = revisionText();
    m_run.machineAddresses = machineAddresses;
    m_run.settings = settings;
    const QString warning = ProbeReport::addressWarning(m_design, host, machineAddresses);
    if (!warning.isEmpty())
        m_run.warnings << warning;
    if (plan.connectCount() == 0) {
        m_run.warnings << tr(
            "Nothing to connect to: %1 has no allowed tcp flow and falls under no tcp block row "
            "of a host with an address.")
                              .arg(m_design.hosts().at(host).id);
    }
    m_runner = new ProbeRunner(plan, settings, this);
    m_results = new ProbeResultsModel(&m_design, m_runner, this);
    m_column = new ProbeMatrixColumn(m_runner, this);
    connect(m_runner, &ProbeRunner::outcomeReady, this, &ProbeMode::onOutcome);
    connect(m_runner, &ProbeRunner::finished, this, &ProbeMode::onFinished);
    // The plan's indexes point into the design as it was: a new design ends the mode.
    connect(document, &Document::designReset, this, [this] {
        emit statusMessage(tr("Another design was opened: the probe stopped."), 8000);
        end();
    });
    connect(document, &Document::derivationChanged, this, [this] {
        emit statusMessage(tr("The design changed: the probe stopped."), 8000);
        end();
    });
}

ProbeMode::~ProbeMode()
{
    // The window may be going away with its view and matrix: end() gives them back, not this.
    if (m_runner)
        m_runner->disconnect(this);
}

QString ProbeMode::revisionText() const
{
    if (m_document->isReadOnly())
        return QString::number(m_document->revision());
    QString revision;
    if (m_document->format() == Document::Format::Project && QFileInfo::exists(m_document->filePath())) {
        QList<RevisionInfo> revisions;
        QString error;
        if (ProjectFile::revisions(m_document->filePath(), &revisions, &error)) {
            int latest = 0;
            for (const RevisionInfo &info : std::as_const(revisions))
                latest = std::max(latest, info.number);
            if (latest > 0)
                revision = QString::number(latest);
        }
    }
    if (m_document->isModified())
        return revision.isEmpty() ? tr("unsaved changes") : tr("%1 with unsaved changes").arg(revision);
    return revision;
}

void ProbeMode::start()
{
    m_view->setReadOnly(true);

    // The result column goes first in the matrix, the other columns keep their widths.
    QHeaderView *header = m_matrix->view()->horizontalHeader();
    m_headerState = header->saveState();
    QList<int> widths;
    for (int column = 0; column < header->count(); ++column)
        widths << header->sectionSize(column);
    m_matrix->setColumnsProxy(m_column);
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths.at(column));
    header->moveSection(header->visualIndex(m_column->resultColumn()), 0);
    header->resizeSection(m_column->resultColumn(), 230);

    createMarks();

    const Host &self = m_design.hosts().at(m_runner->plan().host());
    QStringList addresses;
    for (const QHostAddress &address : std::as_const(m_run.machineAddresses))
        addresses << address.toString();
    m_panel = new ProbePanel(m_runner, m_results);
    m_panel->setHeading(
        tr("From this machine (%1) standing in for %2 (%3, %4): %5 connects, at most %6 at once and %7 per "
           "second, %8 ms timeout.")
            .arg(addresses.isEmpty() ? tr("no address") : addresses.join(QStringLiteral(", ")),
                self.displayName(), self.id,
                self.address.isNull() ? tr("no address in the design") : self.address.toString())
            .arg(m_runner->connectCount())
            .arg(m_run.settings.concurrency)
            .arg(m_run.settings.rate)
            .arg(m_run.settings.timeout),
        m_run.warnings);
    connect(m_panel, &ProbePanel::cancelRequested, this, &ProbeMode::cancel);
    connect(m_panel, &ProbePanel::saveRequested, this, &ProbeMode::saveReportAs);
    connect(m_panel, &ProbePanel::closeRequested, this, [this] {
        if (!m_saved && !isRunning() && m_runner->startTime().isValid()) {
            const auto answer = QMessageBox::question(m_window, tr("Close the Probe"),
                tr("The results have not been saved as a report. Close them all the same?"),
                QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Close)
                return;
        }
        end();
    });
    m_dock = new QDockWidget(tr("Verification from %1").arg(self.displayName()), m_window);
    m_dock->setObjectName(QStringLiteral("probeDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    // Beside the canvas, over the properties, which cannot be edited while the probe holds the design.
    auto *properties = m_window->findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    if (properties && m_window->dockWidgetArea(properties) != Qt::NoDockWidgetArea
        && !properties->isFloating()) {
        m_propertiesWidth = properties->width();
        m_window->tabifyDockWidget(properties, m_dock);
    } else {
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    }
    m_dock->show();
    m_dock->raise();
    m_window->resizeDocks({m_dock}, {std::max(520, m_propertiesWidth)}, Qt::Horizontal);

    emit statusMessage(tr("Probing from this machine as %1…").arg(self.displayName()), 4000);
    m_runner->start();
    m_panel->refresh();
}

bool ProbeMode::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void ProbeMode::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    emit statusMessage(tr("Probe cancelled: what was not answered is listed as not probed."), 8000);
}

void ProbeMode::end()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
    if (m_document)
        m_document->disconnect(this);
    // The scene deletes its items when another design is opened: only the marks still there go.
    for (const QPointer<ProbeMarkItem> &mark : std::as_const(m_marks))
        delete mark.data();
    m_marks.clear();
    if (m_matrix) {
        m_matrix->setColumnsProxy(nullptr);
        m_matrix->view()->horizontalHeader()->restoreState(m_headerState);
    }
    if (m_view)
        m_view->setReadOnly(false);
    if (m_dock) {
        m_window->removeDockWidget(m_dock);
        m_dock->deleteLater();
        auto *properties = m_window->findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
        if (properties && m_propertiesWidth > 0)
            m_window->resizeDocks({properties}, {m_propertiesWidth}, Qt::Horizontal);
    }
    emit ended();
    deleteLater();
}

ProbeReportInput ProbeMode::reportInput() const
{
    ProbeRun run = m_run;
    run.started = m_runner->startTime();
    run.finished = m_runner->finishTime();
    run.cancelled = m_runner->wasCancelled();
    return ProbeReportInput {m_design, m_runner->plan(), m_runner->outcomes(), run};
}

bool ProbeMode::saveReport(const QString &path, QString *error)
{
    const ProbeReportInput input = reportInput();
    QByteArray data;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        data = ProbeReport::toCsv(input);
    } else {
        ExportOptions options;
        options.revision = input.run.revision;
        options.date = input.run.started;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!ProbePdfReport::write(input, options, &buffer, error))
            return false;
    }
    if (!saveFile(path, data, error))
        return false;
    m_saved = true;
    return true;
}

void ProbeMode::saveReportAs()
{
    const Host &self = m_design.hosts().at(m_runner->plan().host());
    const QString base = QFileInfo(m_document ? m_document->filePath() : QString()).absolutePath();
    const QString suggested
        = QStringLiteral("%1/probe-%2-%3.pdf")
              .arg(base, self.id,
                  m_runner->startTime().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Commissioning Report"), suggested,
        tr("PDF report (*.pdf);;CSV, one row per result (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv") : QStringLiteral(".pdf");
    QString error;
    if (!saveReport(path, &error)) {
        QMessageBox::warning(m_window, tr("Save Commissioning Report"), error);
        return;
    }
    emit statusMessage(tr("Saved the commissioning report as %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void ProbeMode::onOutcome(int target)
{
    m_results->targetChanged(target);
    m_column->targetChanged(target);
    updateMark(markKey(target));
    if (m_panel)
        m_panel->refresh();
}

void ProbeMode::onFinished()
{
    if (m_panel)
        m_panel->refresh();
    const ProbeSummary s = ProbeReport::summarize(m_runner->plan(), m_runner->outcomes());
    if (!m_runner->wasCancelled()) {
        emit statusMessage(s.differences > 0
                ? tr("Probe done: %n differences from the design.", nullptr, s.differences)
                : tr("Probe done: the network is as planned."),
            0);
    }
}

QString ProbeMode::markKey(int target) const
{
    const ProbeTarget &t = m_runner->plan().targets().at(target);
    return (t.action == Action::Allow ? QStringLiteral("flow:") : QStringLiteral("blocks:"))
        + m_design.hosts().at(t.destination).id;
}

void ProbeMode::createMarks()
{
    DesignScene *scene = m_view->designScene();
    const QString self = m_design.hosts().at(m_runner->plan().host()).id;
    HostItem *source = scene->hostItem(self);
    for (int index = 0; index < m_runner->plan().targets().size(); ++index)
        m_targetsOfMark[markKey(index)].append(index);
    for (auto it = m_targetsOfMark.cbegin(); it != m_targetsOfMark.cend(); ++it) {
        const bool blocks = it.key().startsWith(QLatin1String("blocks:"));
        const QString destinationId = it.key().section(QLatin1Char(':'), 1);
        HostItem *destination = scene->hostItem(destinationId);
        if (!destination || (!blocks && !source))
            continue;
        auto *mark = new ProbeMarkItem(blocks ? tr("blocks") : QString());
        mark->setCentre(blocks ? destination->pos() + QPointF(0, HostItem::Height / 2 + 14)
                               : (source->pos() + destination->pos()) / 2);
        scene->addItem(mark);
        m_marks.insert(it.key(), mark);
        updateMark(it.key());
    }
}

void ProbeMode::updateMark(const QString &key)
{
    ProbeMarkItem *mark = m_marks.value(key);
    if (!mark)
        return;
    // One entry per verdict and word, the differences first.
    const ProbeVerdict order[] = {ProbeVerdict::Difference, ProbeVerdict::ServiceDown,
        ProbeVerdict::AsPlanned, ProbeVerdict::Pending, ProbeVerdict::NotProbed};
    QList<ProbeMarkItem::Entry> entries;
    for (const ProbeVerdict verdict : order) {
        for (const int target : m_targetsOfMark.value(key)) {
            const ProbeTarget &t = m_runner->plan().targets().at(target);
            const ProbeResult result = m_runner->outcomes().at(target).result;
            if (probeVerdict(t.expected, result) != verdict)
                continue;
            const QString word = ProbeMarkItem::word(t.action, result);
            auto found = std::find_if(entries.begin(), entries.end(),
                [&](const ProbeMarkItem::Entry &e) { return e.verdict == verdict && e.word == word; });
            if (found == entries.end())
                entries.append({verdict, word, 1});
            else
                ++found->count;
        }
    }
    mark->setEntries(entries);
    QStringList lines;
    for (const int target : m_targetsOfMark.value(key)) {
        const ProbeTarget &t = m_runner->plan().targets().at(target);
        lines << tr("%1 %2: %3")
                     .arg(protocolName(t.protocol), ProbeReport::portText(t),
                         ProbeReport::resultText(t, m_runner->outcomes().at(target)));
    }
    mark->setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace portolan
