#include "comparemode.h"

#include "changesdock.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "flowarrowitem.h"
#include "hostitem.h"
#include "linkitem.h"
#include "overviewlinesitem.h"
#include "revisionsdialog.h"
#include "signoffdialog.h"
#include "zoneitem.h"

#include "export/changereview.h"
#include "export/pdfreport.h"
#include "layout/placement.h"
#include "storage/designfile.h"
#include "storage/projectfile.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSet>
#include <QSettings>

namespace portolan {

namespace {

using Mark = CompareMarkItem::Mark;
using Subject = CompareMarkItem::Subject;

constexpr qreal DimmedOpacity = 0.28;

QString linkId(const LinkKey &key)
{
    return key.first + QLatin1Char('|') + key.second + QLatin1Char('|') + QString::number(key.occurrence);
}

CompareMode::State stateOf(Mark mark)
{
    switch (mark) {
    case Mark::Added:
        return CompareMode::State::Added;
    case Mark::Changed:
        return CompareMode::State::Changed;
    case Mark::Removed:
        break;
    }
    return CompareMode::State::Removed;
}

} // namespace

CompareMode::CompareMode(Document *document, DesignView *view, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_view(view)
    , m_window(window)
    , m_dock(new ChangesDock(window))
{
    m_dock->hide();
    connect(m_dock, &ChangesDock::hostsPicked, this, &CompareMode::showHosts);
    connect(m_dock, &ChangesDock::exportRequested, this, &CompareMode::exportReportDialog);
    connect(m_dock, &ChangesDock::signOffRequested, this, &CompareMode::signOffDialog);
    connect(m_dock, &ChangesDock::leaveRequested, this, &CompareMode::leave);
    // Whatever changes the document ends the comparison: it no longer shows what the dock lists.
    const auto changed = [this] {
        if (isActive()) {
            leave();
            emit statusMessage(tr("The design changed: compare mode ended."), 6000);
        }
    };
    connect(document, &Document::designReset, this, changed);
    connect(document, &Document::hostAdded, this, changed);
    connect(document, &Document::hostChanged, this, changed);
    connect(document, &Document::hostRemoved, this, changed);
    connect(document, &Document::linkAdded, this, changed);
    connect(document, &Document::linkRemoved, this, changed);
    connect(document, &Document::zoneAdded, this, changed);
    connect(document, &Document::zoneChanged, this, changed);
    connect(document, &Document::zoneRemoved, this, changed);
    connect(view->designScene(), &DesignScene::flowsShownChanged, this, [this] {
        if (isActive())
            dimFlowArrows();
    });
}

CompareMode::~CompareMode() = default;

bool CompareMode::compareWithRevision(int number)
{
    const QString path = m_document->filePath();
    if (m_document->format() != Document::Format::Project || path.isEmpty())
        return false;
    Design before;
    RevisionInfo info;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = DesignFile::loadRevision(path, number, m_document->catalog(), &before, &info, &error);
    QApplication::restoreOverrideCursor();
    if (!read) {
        QMessageBox::warning(m_window, tr("Compare with Revision"),
            tr("Revision %1 of %2 cannot be read: %3")
                .arg(number)
                .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    compareWith(
        before, tr("revision %1 of %2").arg(info.number).arg(QFileInfo(path).fileName()), info.number);
    return true;
}

bool CompareMode::compareWithFile(const QString &path)
{
    Design before;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = DesignFile::load(path, m_document->catalog(), &before, &error);
    QApplication::restoreOverrideCursor();
    if (!read) {
        QMessageBox::warning(m_window, tr("Compare with File"),
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    compareWith(before, QFileInfo(path).fileName());
    return true;
}

void CompareMode::compareWith(const Design &before, const QString &label, int baseRevision)
{
    if (isActive())
        removeMarks();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_document->flushDerivation();
    const RuleEngine engine(m_document->sharedCatalog());
    m_review = std::make_unique<ChangeReview>(
        ChangeReview::build(ChangeSet::compute(before, m_document->design(), engine)));
    m_label = label;
    m_baseRevision = baseRevision;
    m_basePath = baseRevision > 0 ? m_document->filePath() : QString();
    m_view->setReadOnly(true);
    applyMarks();
    QApplication::restoreOverrideCursor();

    m_dock->setReview(m_review.get(), tr("Comparing %1 with %2").arg(afterLabel(), label));
    updateSignOff();
    m_dock->show();
    m_dock->raise();
    emit activeChanged(true);
    emit statusMessage(tr("Compare mode: %n design change(s). Press Esc to leave it.", nullptr,
                           int(m_review->changes.designChanges.size())),
        10000);
}

void CompareMode::leave()
{
    if (!isActive() || m_leaving)
        return;
    m_leaving = true;
    removeMarks();
    m_review.reset();
    m_dock->setReview(nullptr, QString());
    m_dock->hide();
    m_view->setReadOnly(false);
    m_leaving = false;
    emit activeChanged(false);
}

QString CompareMode::afterLabel() const
{
    const QString name = m_document->displayName();
    if (m_document->isReadOnly())
        return tr("revision %1 of %2").arg(m_document->revision()).arg(name);
    if (m_document->isModified())
        return tr("%1 (with unsaved changes)").arg(name);
    const int revision = currentRevision();
    return revision > 0 ? tr("revision %1 of %2").arg(revision).arg(name) : name;
}

int CompareMode::currentRevision() const
{
    if (m_document->format() != Document::Format::Project || m_document->filePath().isEmpty())
        return 0;
    if (m_document->isReadOnly())
        return m_document->revision();
    if (m_document->isModified())
        return 0;
    QList<RevisionInfo> revisions;
    QString error;
    if (!ProjectFile::revisions(m_document->filePath(), &revisions, &error) || revisions.isEmpty())
        return 0;
    return revisions.last().number;
}

void CompareMode::updateSignOff()
{
    const int revision = currentRevision();
    if (m_baseRevision <= 0)
        m_dock->setSignOffEnabled(false, tr("Sign-offs are recorded between two revisions of one project."));
    else if (revision <= 0)
        m_dock->setSignOffEnabled(false, tr("Save the design first: a sign-off is on a saved revision."));
    else if (revision == m_baseRevision)
        m_dock->setSignOffEnabled(false, tr("The revision is compared with itself."));
    else
        m_dock->setSignOffEnabled(true,
            tr("Approve or reject revision %1 against revision %2, with a comment.")
                .arg(revision)
                .arg(m_baseRevision));
}

void CompareMode::applyMarks()
{
    DesignScene *scene = m_view->designScene();
    const ChangeSet &set = m_review->changes;
    QHash<QString, Mark> hosts;
    QHash<QString, Mark> zones;
    QHash<QString, Mark> links;
    QHash<QString, Mark> customFlows;
    for (const DesignChange &change : set.designChanges) {
        using Kind = DesignChange::Kind;
        switch (change.kind) {
        case Kind::ZoneAdded:
            zones.insert(change.zone, Mark::Added);
            break;
        case Kind::ZoneRemoved:
            zones.insert(change.zone, Mark::Removed);
            break;
        case Kind::ZoneChanged:
            zones.insert(change.zone, Mark::Changed);
            break;
        case Kind::HostAdded:
            hosts.insert(change.host, Mark::Added);
            break;
        case Kind::HostRemoved:
            hosts.insert(change.host, Mark::Removed);
            break;
        case Kind::HostChanged:
        case Kind::ParamChanged:
            if (!hosts.contains(change.host))
                hosts.insert(change.host, Mark::Changed);
            break;
        case Kind::LinkAdded:
            links.insert(linkId(LinkKey::of(change.a, change.b, change.occurrence)), Mark::Added);
            break;
        case Kind::LinkRemoved:
            links.insert(linkId(LinkKey::of(change.a, change.b, change.occurrence)), Mark::Removed);
            break;
        case Kind::LinkChanged:
            links.insert(linkId(LinkKey::of(change.a, change.b, change.occurrence)), Mark::Changed);
            break;
        case Kind::CustomFlowAdded:
            customFlows.insert(change.customFlow, Mark::Added);
            break;
        case Kind::CustomFlowRemoved:
            customFlows.insert(change.customFlow, Mark::Removed);
            break;
        case Kind::CustomFlowChanged:
            if (!customFlows.contains(change.customFlow))
                customFlows.insert(change.customFlow, Mark::Changed);
            break;
        }
    }

    // Zones of the design as it is, then the ghosts of those that went.
    for (const Zone &zone : set.after.zones()) {
        ZoneItem *item = scene->zoneItem(zone.id);
        if (!item)
            continue;
        if (zones.contains(zone.id))
            scene->addItem(new CompareMarkItem(Subject::Zone, zones.value(zone.id), zone.id, item->area()));
        else
            item->setOpacity(DimmedOpacity);
    }
    for (const Zone &zone : set.before.zones()) {
        if (zones.value(zone.id) == Mark::Removed && zones.contains(zone.id) && !zone.area.isEmpty())
            scene->addItem(new CompareMarkItem(Subject::Zone, Mark::Removed, zone.id, zone.area,
                tr("%1 (removed zone)").arg(zone.name.isEmpty() ? zone.id : zone.name)));
    }

    // Hosts, and the ghosts of removed ones where the old design placed them.
    QHash<QString, QPointF> centres;
    for (const Host &host : set.after.hosts()) {
        HostItem *item = scene->hostItem(host.id);
        if (!item)
            continue;
        centres.insert(host.id, item->pos());
        if (hosts.contains(host.id))
            scene->addItem(new CompareMarkItem(
                Subject::Host, hosts.value(host.id), host.id, Placement::hostRect(item->pos())));
        else
            item->setOpacity(DimmedOpacity);
    }
    const QList<QPointF> oldCentres = Placement::hostCentres(set.before);
    for (int h = 0; h < set.before.hosts().size(); ++h) {
        const Host &host = set.before.hosts().at(h);
        if (set.after.host(host.id))
            continue;
        centres.insert(host.id, oldCentres.at(h));
        scene->addItem(new CompareMarkItem(Subject::Host, Mark::Removed, host.id,
            Placement::hostRect(oldCentres.at(h)), host.displayName()));
    }

    // Links, in the order of the design's links as the scene keeps them.
    const QList<LinkKey> keys = linkKeys(set.after);
    const QList<LinkItem *> &items = scene->linkItems();
    for (int l = 0; l < items.size() && l < keys.size(); ++l) {
        const QString id = linkId(keys.at(l));
        if (links.contains(id))
            scene->addItem(new CompareMarkItem(
                links.value(id), id, QLineF(items.at(l)->hostA()->pos(), items.at(l)->hostB()->pos())));
        else
            items.at(l)->setOpacity(DimmedOpacity);
    }
    const QList<LinkKey> oldKeys = linkKeys(set.before);
    for (const LinkKey &key : oldKeys) {
        const QString id = linkId(key);
        if (links.value(id) != Mark::Removed || !links.contains(id) || !centres.contains(key.first)
            || !centres.contains(key.second))
            continue;
        scene->addItem(new CompareMarkItem(
            Mark::Removed, id, QLineF(centres.value(key.first), centres.value(key.second))));
    }

    // Custom flows, as arrows from source to destination (removed ones as the old design had them).
    for (auto it = customFlows.cbegin(); it != customFlows.cend(); ++it) {
        const Design &design = it.value() == Mark::Removed ? set.before : set.after;
        const int index = design.customFlowIndex(it.key());
        if (index < 0)
            continue;
        const CustomFlow &flow = design.customFlows.at(index);
        if (!centres.contains(flow.source) || !centres.contains(flow.destination))
            continue;
        const QString label = tr("Custom flow %1: %2").arg(flow.id, flow.reason);
        scene->addItem(new CompareMarkItem(
            it.value(), flow.id, QLineF(centres.value(flow.source), centres.value(flow.destination)), label));
    }
    dimFlowArrows();
}

void CompareMode::dimFlowArrows()
{
    const QList<QGraphicsItem *> all = m_view->designScene()->items();
    for (QGraphicsItem *item : all) {
        if (item->type() == FlowArrowItem::Type || item->type() == OverviewLinesItem::Type)
            item->setOpacity(DimmedOpacity);
    }
}

void CompareMode::removeMarks()
{
    // Found again on the scene rather than kept: a reset of the scene may have deleted them.
    DesignScene *scene = m_view->designScene();
    const QList<QGraphicsItem *> all = scene->items();
    QList<QGraphicsItem *> marks;
    for (QGraphicsItem *item : all) {
        if (item->type() == CompareMarkItem::Type)
            marks.append(item);
        else if (item->type() == HostItem::Type || item->type() == LinkItem::Type
            || item->type() == ZoneItem::Type || item->type() == FlowArrowItem::Type
            || item->type() == OverviewLinesItem::Type)
            item->setOpacity(1.0);
    }
    for (QGraphicsItem *item : std::as_const(marks)) {
        scene->removeItem(item);
        delete item;
    }
}

CompareMarkItem *CompareMode::markOf(Subject subject, const QString &id) const
{
    const QList<QGraphicsItem *> all = m_view->designScene()->items();
    for (QGraphicsItem *item : all) {
        if (item->type() != CompareMarkItem::Type)
            continue;
        auto *mark = static_cast<CompareMarkItem *>(item);
        if (mark->subject() == subject && mark->id() == id)
            return mark;
    }
    return nullptr;
}

CompareMode::State CompareMode::hostState(const QString &id) const
{
    if (const CompareMarkItem *mark = markOf(Subject::Host, id))
        return stateOf(mark->mark());
    const HostItem *item = m_view->designScene()->hostItem(id);
    return item && item->opacity() < 1 ? State::Dimmed : State::Unmarked;
}

CompareMode::State CompareMode::linkState(const QString &a, const QString &b) const
{
    const QString id = linkId(LinkKey::of(a, b, 0));
    if (const CompareMarkItem *mark = markOf(Subject::Link, id))
        return stateOf(mark->mark());
    for (const LinkItem *item : m_view->designScene()->linkItems()) {
        const QString ends[2] = {item->hostA()->id(), item->hostB()->id()};
        if ((ends[0] == a && ends[1] == b) || (ends[0] == b && ends[1] == a))
            return item->opacity() < 1 ? State::Dimmed : State::Unmarked;
    }
    return State::Unmarked;
}

CompareMode::State CompareMode::customFlowState(const QString &id) const
{
    if (const CompareMarkItem *mark = markOf(Subject::CustomFlow, id))
        return stateOf(mark->mark());
    return State::Unmarked;
}

CompareMode::State CompareMode::zoneState(const QString &id) const
{
    if (const CompareMarkItem *mark = markOf(Subject::Zone, id))
        return stateOf(mark->mark());
    const ZoneItem *item = m_view->designScene()->zoneItem(id);
    return item && item->opacity() < 1 ? State::Dimmed : State::Unmarked;
}

void CompareMode::showHosts(const QStringList &ids)
{
    DesignScene *scene = m_view->designScene();
    scene->selectHosts(ids);
    QRectF area;
    for (const QString &id : ids) {
        if (HostItem *item = scene->hostItem(id)) {
            area |= item->sceneBoundingRect();
        } else if (CompareMarkItem *ghost = markOf(Subject::Host, id)) {
            ghost->setSelected(true);
            area |= ghost->sceneBoundingRect();
        }
    }
    if (area.isEmpty())
        return;
    m_view->centerOn(area.center());
    m_view->ensureVisible(area, 40, 40);
}

bool CompareMode::exportReport(const QString &path, QString *error) const
{
    if (!m_review) {
        *error = tr("Nothing is being compared.");
        return false;
    }
    PdfReport::ChangeReportInfo info;
    info.before = m_label;
    info.after = afterLabel();
    const int revision = currentRevision();
    if (m_baseRevision > 0 && revision > 0) {
        QList<SignOff> recorded;
        QString ignored;
        if (ProjectFile::signOffs(m_document->filePath(), &recorded, &ignored)) {
            for (const SignOff &signOff : std::as_const(recorded)) {
                if (signOff.revision == revision && signOff.base == m_baseRevision)
                    info.signOffs.append({signOff.reviewer, signOff.time, tr("revision %1").arg(signOff.base),
                        tr("revision %1").arg(signOff.revision), SignOff::verdictName(signOff.verdict),
                        signOff.comment});
            }
        }
    }
    const std::unique_ptr<PdfReport> report = PdfReport::designChanges(*m_review, info, ExportOptions());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!report->writePdf(&file, error))
        return false;
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool CompareMode::signOff(
    SignOff::Verdict verdict, const QString &reviewer, const QString &comment, QString *error)
{
    const int revision = currentRevision();
    if (m_baseRevision <= 0 || revision <= 0 || revision == m_baseRevision) {
        *error
            = tr("A sign-off is recorded on a saved revision against another revision of the same project.");
        return false;
    }
    SignOff record;
    record.revision = revision;
    record.base = m_baseRevision;
    record.reviewer = reviewer;
    record.verdict = verdict;
    record.comment = comment;
    return ProjectFile::addSignOff(m_document->filePath(), record, error);
}

void CompareMode::chooseRevision()
{
    if (m_document->format() != Document::Format::Project || m_document->filePath().isEmpty())
        return;
    RevisionsDialog dialog(m_document->filePath(), 0, m_window, RevisionsDialog::Purpose::Compare);
    const int current = currentRevision();
    // The revision before the one shown is the usual base of a review.
    dialog.selectRevision(current > 1 ? current - 1 : current);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenRevision() > 0)
        compareWithRevision(dialog.chosenRevision());
}

void CompareMode::chooseFile()
{
    const QString folder = m_document->filePath().isEmpty()
        ? QDir::homePath()
        : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare with File"), folder,
        tr("Designs (*.portolan *.json);;Portolan projects (*.portolan);;Design JSON (*.json);;All files "
           "(*)"));
    if (!path.isEmpty())
        compareWithFile(path);
}

void CompareMode::exportReportDialog()
{
    if (!m_review)
        return;
    const QFileInfo current(m_document->filePath());
    const QString folder = m_document->filePath().isEmpty() ? QDir::homePath() : current.absolutePath();
    const QString base
        = m_document->filePath().isEmpty() ? m_document->displayName() : current.completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Change Report"),
        QDir(folder).filePath(tr("%1 changes.pdf").arg(base)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = exportReport(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_window, tr("Export Change Report"), error);
        return;
    }
    emit statusMessage(tr("Wrote the change report to %1.").arg(QFileInfo(path).fileName()), 8000);
}

void CompareMode::signOffDialog()
{
    const int revision = currentRevision();
    if (m_baseRevision <= 0 || revision <= 0)
        return;
    SignOffDialog dialog(QFileInfo(m_document->filePath()).fileName(), revision, m_baseRevision, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!signOff(dialog.verdict(), dialog.reviewer(), dialog.comment(), &error)) {
        QMessageBox::warning(m_window, tr("Sign Off"), error);
        return;
    }
    emit statusMessage(dialog.verdict() == SignOff::Verdict::Approved
            ? tr("Recorded: %1 approves revision %2 against revision %3.")
                  .arg(dialog.reviewer())
                  .arg(revision)
                  .arg(m_baseRevision)
            : tr("Recorded: %1 rejects revision %2 against revision %3.")
                  .arg(dialog.reviewer())
                  .arg(revision)
                  .arg(m_baseRevision),
        8000);
}

} // namespace portolan
