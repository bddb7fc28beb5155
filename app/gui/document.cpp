#include "document.h"

#include "addhostcommand.h"
#include "addlinkcommand.h"
#include "addzonecommand.h"
#include "arrangecommand.h"
#include "customflowscommand.h"
#include "pastecommand.h"
#include "removeitemscommand.h"

#include "io/designjson.h"
#include "model/designrules.h"
#include "storage/designfile.h"
#include "storage/projectfile.h"

#include "catalog/catalogtext.h"

#include <QFileInfo>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace portolan {

Document::Document(std::shared_ptr<const Catalog> catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_derivation(RuleEngine(m_catalog))
{
    // An edit derives again once control returns to the event loop, before the next frame;
    // a burst of edits (a paste, undoing many steps, a command of several changes) derives once.
    m_deriveTimer.setSingleShot(true);
    m_deriveTimer.setInterval(0);
    connect(&m_deriveTimer, &QTimer::timeout, this, &Document::derive);
    connect(
        &m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    m_change.reset();
    derive();
}

void Document::flushDerivation()
{
    if (m_deriveTimer.isActive()) {
        m_deriveTimer.stop();
        derive();
    }
}

void Document::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged();
}

QString Document::displayName() const
{
    if (!m_design.name.isEmpty())
        return m_design.name;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled design");
}

void Document::markModified()
{
    m_undoStack.resetClean();
}

void Document::resetDesign(const Design &design, const QString &filePath, Format format)
{
    replaceDesign(design, filePath, filePath.isEmpty() ? Format::None : format, 0);
}

void Document::showRevision(const ProjectRevision &revision, const QString &projectPath)
{
    replaceDesign(revision.design, projectPath, Format::Project, std::max(1, revision.info.number));
}

void Document::replaceDesign(const Design &design, const QString &filePath, Format format, int revision)
{
    m_undoStack.clear();
    // Opened as zones with hosts in them, not as one column: whatever has no place gets one.
    std::optional<AutoLayout::Result> layout;
    if (AutoLayout::hasUnplaced(design))
        layout = AutoLayout::arrange(design, AutoLayout::Mode::KeepSet);
    m_design = layout ? AutoLayout::applied(design, *layout) : design;
    m_filePath = filePath;
    m_format = format;
    // Set before the reset signal, so the scene builds its items fixed in place when read-only.
    m_revision = revision;
    m_undoStack.setClean();
    emit designReset();
    emit filePathChanged();
    emit nameChanged();
    m_deriveTimer.stop();
    m_change.reset();
    derive();
}

bool Document::load(const QString &path, QJsonObject *viewState, QString *error)
{
    Design design;
    if (!DesignFile::load(path, *m_catalog, &design, viewState, error))
        return false;
    resetDesign(design, path, DesignFile::isSqlite(path) ? Format::Project : Format::Json);
    return true;
}

bool Document::load(const QString &path, QString *error)
{
    QJsonObject viewState;
    return load(path, &viewState, error);
}

bool Document::saveProject(const QString &path, const QJsonObject &viewState, const QString &comment,
    RevisionInfo *saved, QString *error)
{
    if (isReadOnly()) {
        *error = tr("%1: an old revision is shown read-only and cannot be saved.").arg(path);
        return false;
    }
    ProjectFile::SaveOptions options;
    options.comment = comment;
    if (!ProjectFile::save(path, m_design, viewState, options, saved, error))
        return false;
    projectWritten(path, m_undoStack.index());
    return true;
}

void Document::projectWritten(const QString &path, int savedIndex)
{
    m_format = Format::Project;
    setFilePath(path);
    if (m_undoStack.index() == savedIndex)
        m_undoStack.setClean();
}

bool Document::exportJson(const QString &path, QString *error) const
{
    return DesignJson::writeFile(path, m_design, error);
}

QString Document::addHost(const QString &typeId, const QPointF &position, QString *message)
{
    const HostType *type = m_catalog->type(typeId);
    if (!type || isReadOnly())
        return QString();
    Host host;
    host.type = typeId;
    host.id = m_design.uniqueId(typeId);
    host.name = host.id;
    host.position = QPointF(qRound(position.x()), qRound(position.y()));
    host.hasPosition = true;
    host.zone = zoneAt(host.position);
    m_undoStack.push(new AddHostCommand(this, host));
    if (message) {
        const Zone *zone = m_design.zone(host.zone);
        const QString typeName = CatalogText::typeText(type->id, type->name);
        *message = zone ? tr("Added %1 to %2.").arg(typeName, zone->name.isEmpty() ? zone->id : zone->name)
                        : tr("Added %1.").arg(typeName);
    }
    return host.id;
}

bool Document::addLink(const QString &a, const QString &b, QString *message)
{
    const Host *hostA = m_design.host(a);
    const Host *hostB = m_design.host(b);
    if (!hostA || !hostB || a == b || isReadOnly())
        return false;
    QString ignored;
    QString &said = message ? *message : ignored;
    if (linkIndex(a, b) >= 0) {
        said = tr("%1 and %2 are already linked.").arg(hostA->displayName(), hostB->displayName());
        return false;
    }
    const LinkKind *kind = m_catalog->linkKind(hostA->type, hostB->type);
    if (!kind) {
        const HostType *typeA = m_catalog->type(hostA->type);
        const HostType *typeB = m_catalog->type(hostB->type);
        said = tr("A %1 cannot be linked to a %2: the catalog gives the pair no meaning.")
                   .arg(typeA ? CatalogText::typeText(typeA->id, typeA->name) : hostA->type,
                       typeB ? CatalogText::typeText(typeB->id, typeB->name) : hostB->type);
        return false;
    }
    said = tr("Linked %1 and %2: %3")
               .arg(hostA->displayName(), hostB->displayName(), CatalogText::linkMeaning(*kind));
    Link link;
    link.a = a;
    link.b = b;
    m_undoStack.push(new AddLinkCommand(this, link));
    return true;
}

QString Document::addZone(const QRectF &area)
{
    if (isReadOnly())
        return QString();
    Zone zone;
    zone.id = m_design.uniqueId(QStringLiteral("zone"));
    zone.name = tr("New zone %1").arg(zone.id.mid(5));
    zone.area = area;
    m_undoStack.push(new AddZoneCommand(this, zone));
    return zone.id;
}

bool Document::removeItems(
    const QStringList &hostIds, const QList<QPair<QString, QString>> &links, const QStringList &zoneIds)
{
    if (isReadOnly())
        return false;
    const bool any = std::any_of(hostIds.cbegin(), hostIds.cend(), [this](const QString &id) {
        return m_design.host(id);
    }) || std::any_of(zoneIds.cbegin(), zoneIds.cend(), [this](const QString &id) {
        return m_design.zone(id);
    }) || !linkIndexes(links).isEmpty();
    if (!any)
        return false;
    // Custom flows from or to a deleted host go with it, in the same undo step.
    QList<CustomFlow> keptFlows;
    for (const CustomFlow &flow : m_design.customFlows) {
        if (!hostIds.contains(flow.source) && !hostIds.contains(flow.destination))
            keptFlows.append(flow);
    }
    if (keptFlows.size() == m_design.customFlows.size()) {
        m_undoStack.push(new RemoveItemsCommand(this, hostIds, links, zoneIds));
        return true;
    }
    auto *command = new RemoveItemsCommand(this, hostIds, links, zoneIds);
    m_undoStack.beginMacro(command->text());
    m_undoStack.push(new CustomFlowsCommand(this, keptFlows, command->text()));
    m_undoStack.push(command);
    m_undoStack.endMacro();
    return true;
}

bool Document::addCustomFlow(const CustomFlow &flow, QString *error)
{
    CustomFlow added = flow;
    if (added.id.isEmpty())
        added.id = m_design.uniqueCustomFlowId();
    QList<CustomFlow> flows = m_design.customFlows;
    flows.append(added);
    return pushCustomFlows(flows, tr("Add custom flow %1").arg(added.id), error);
}

bool Document::changeCustomFlow(const CustomFlow &flow, QString *error)
{
    const int index = m_design.customFlowIndex(flow.id);
    if (index < 0) {
        if (error)
            *error = tr("There is no custom flow \"%1\".").arg(flow.id);
        return false;
    }
    if (m_design.customFlows.at(index) == flow)
        return true;
    QList<CustomFlow> flows = m_design.customFlows;
    flows[index] = flow;
    return pushCustomFlows(flows, tr("Edit custom flow %1").arg(flow.id), error);
}

bool Document::removeCustomFlow(const QString &id)
{
    const int index = m_design.customFlowIndex(id);
    if (index < 0)
        return false;
    QList<CustomFlow> flows = m_design.customFlows;
    flows.removeAt(index);
    return pushCustomFlows(flows, tr("Remove custom flow %1").arg(id), nullptr);
}

bool Document::pushCustomFlows(const QList<CustomFlow> &flows, const QString &text, QString *error)
{
    if (isReadOnly()) {
        if (error)
            *error = tr("An old revision is shown read-only.");
        return false;
    }
    // The same rules as every way a design comes in, on the flows alone: a design of its hosts.
    Design check;
    for (const Host &host : m_design.hosts()) {
        Host end;
        end.id = host.id;
        end.type = host.type;
        check.addHost(end);
    }
    check.customFlows = flows;
    const QString problem = DesignRules::check(check, [](const QString &) { return true; });
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_undoStack.push(new CustomFlowsCommand(this, flows, text));
    return true;
}

void Document::setCustomFlows(const QList<CustomFlow> &flows)
{
    m_design.customFlows = flows;
    emit customFlowsChanged();
    scheduleDerivation();
}

bool Document::addFragment(const Design &fragment)
{
    if (isReadOnly() || (fragment.hosts().isEmpty() && fragment.zones().isEmpty()))
        return false;
    m_undoStack.push(new PasteCommand(this, fragment));
    return true;
}

void Document::insertHost(int index, const Host &host)
{
    m_design.insertHost(index, host);
    m_change.hostInserted(index);
    emit hostAdded(host.id);
    scheduleDerivation();
}

void Document::setHost(const Host &host)
{
    const int index = m_design.hostIndex(host.id);
    if (index < 0)
        return;
    m_design.setHost(index, host);
    m_change.hostChanged(index);
    emit hostChanged(host.id);
    scheduleDerivation();
}

void Document::removeHost(const QString &id)
{
    const int index = m_design.hostIndex(id);
    if (index < 0)
        return;
    emit hostAboutToBeRemoved(id);
    m_design.removeHost(index);
    m_change.hostRemoved(index);
    emit hostRemoved(id);
    scheduleDerivation();
}

void Document::insertLink(int index, const Link &link)
{
    m_design.insertLink(index, link);
    m_change.linkInserted(index);
    emit linkAdded(index);
    scheduleDerivation();
}

void Document::removeLink(int index)
{
    emit linkAboutToBeRemoved(index);
    m_design.removeLink(index);
    m_change.linkRemoved(index);
    emit linkRemoved(index);
    scheduleDerivation();
}

void Document::insertZone(int index, const Zone &zone)
{
    m_design.insertZone(index, zone);
    m_change.zoneInserted(index);
    emit zoneAdded(zone.id);
    scheduleDerivation();
}

void Document::setZone(const Zone &zone)
{
    const int index = m_design.zoneIndex(zone.id);
    if (index < 0)
        return;
    m_design.setZone(index, zone);
    m_change.zoneChanged(index);
    emit zoneChanged(zone.id);
    scheduleDerivation();
}

void Document::removeZone(const QString &id)
{
    const int index = m_design.zoneIndex(id);
    if (index < 0)
        return;
    emit zoneAboutToBeRemoved(id);
    m_design.removeZone(index);
    m_change.zoneRemoved(index);
    emit zoneRemoved(id);
    scheduleDerivation();
}

namespace {

/// A batch this large is derived again as a whole: cheaper than replaying it step by step.
bool isLargeBatch(qsizetype items)
{
    return items > 256;
}

} // namespace

void Document::removeMany(
    const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds)
{
    QList<int> links;
    for (int index : linkIndexes) {
        if (index >= 0 && index < m_design.links().size())
            links.append(index);
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    // Hosts and zones by index, in design order, each once.
    const auto indexesOf = [](const QStringList &ids, const auto &indexOf) {
        QList<QPair<int, QString>> found;
        for (const QString &id : ids) {
            const int index = indexOf(id);
            if (index >= 0)
                found.append({index, id});
        }
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        return found;
    };
    const auto hosts = indexesOf(hostIds, [this](const QString &id) { return m_design.hostIndex(id); });
    const auto zones = indexesOf(zoneIds, [this](const QString &id) { return m_design.zoneIndex(id); });
    if (links.isEmpty() && hosts.isEmpty() && zones.isEmpty())
        return;
    QList<int> hostIndexes, zoneIndexes;
    QStringList removedHosts, removedZones;
    for (const auto &host : hosts) {
        hostIndexes.append(host.first);
        removedHosts.append(host.second);
    }
    for (const auto &zone : zones) {
        zoneIndexes.append(zone.first);
        removedZones.append(zone.second);
    }
    emit manyAboutToBeRemoved(links, removedHosts, removedZones);
    m_design.removeLinks(links);
    m_design.removeHosts(hostIndexes);
    m_design.removeZones(zoneIndexes);
    if (isLargeBatch(links.size() + hostIndexes.size() + zoneIndexes.size())) {
        m_change.reset();
    } else {
        // The same removals one at a time, each from the highest index down so that every index is
        // still the one the design had when its step happened.
        for (auto link = links.crbegin(); link != links.crend(); ++link)
            m_change.linkRemoved(*link);
        for (auto host = hostIndexes.crbegin(); host != hostIndexes.crend(); ++host)
            m_change.hostRemoved(*host);
        for (auto zone = zoneIndexes.crbegin(); zone != zoneIndexes.crend(); ++zone)
            m_change.zoneRemoved(*zone);
    }
    emit manyRemoved(links, removedHosts, removedZones);
    scheduleDerivation();
}

void Document::insertMany(const QList<QPair<int, Zone>> &zones, const QList<QPair<int, Host>> &hosts,
    const QList<QPair<int, Link>> &links)
{
    if (zones.isEmpty() && hosts.isEmpty() && links.isEmpty())
        return;
    m_design.insertZones(zones);
    m_design.insertHosts(hosts);
    m_design.insertLinks(links);
    if (isLargeBatch(zones.size() + hosts.size() + links.size())) {
        m_change.reset();
    } else {
        // Inserting in ascending order of final index gives every object its final index at once.
        for (const auto &zone : zones)
            m_change.zoneInserted(zone.first);
        for (const auto &host : hosts)
            m_change.hostInserted(host.first);
        for (const auto &link : links)
            m_change.linkInserted(link.first);
    }
    QList<int> linkIndexes;
    QStringList hostIds, zoneIds;
    for (const auto &link : links)
        linkIndexes.append(link.first);
    for (const auto &host : hosts)
        hostIds.append(host.second.id);
    for (const auto &zone : zones)
        zoneIds.append(zone.second.id);
    emit manyInserted(linkIndexes, hostIds, zoneIds);
    scheduleDerivation();
}

void Document::changeMany(const QList<Host> &hosts, const QList<Zone> &zones)
{
    QStringList hostIds, zoneIds;
    for (const Zone &zone : zones) {
        const int index = m_design.zoneIndex(zone.id);
        if (index < 0)
            continue;
        m_design.setZone(index, zone);
        m_change.zoneChanged(index);
        zoneIds.append(zone.id);
    }
    for (const Host &host : hosts) {
        const int index = m_design.hostIndex(host.id);
        if (index < 0)
            continue;
        m_design.setHost(index, host);
        m_change.hostChanged(index);
        hostIds.append(host.id);
    }
    if (hostIds.isEmpty() && zoneIds.isEmpty())
        return;
    emit manyChanged(hostIds, zoneIds);
    scheduleDerivation();
}

bool Document::arrange(AutoLayout::Mode mode, const AutoLayout::Progress &progress)
{
    if (isReadOnly())
        return false;
    const std::optional<AutoLayout::Result> result = AutoLayout::arrange(m_design, mode, progress);
    return result && applyLayout(*result, mode);
}

bool Document::applyLayout(const AutoLayout::Result &result, AutoLayout::Mode mode)
{
    if (isReadOnly())
        return false;
    ArrangeCommand *command = ArrangeCommand::create(this, result, mode);
    if (!command)
        return false;
    m_undoStack.push(command);
    return true;
}

void Document::setDesignName(const QString &name)
{
    m_design.name = name;
    emit nameChanged();
}

QString Document::findHost(const QString &text) const
{
    for (const Host &host : m_design.hosts()) {
        if (host.displayName().compare(text, Qt::CaseInsensitive) == 0 || host.id == text
            || host.address.toString() == text)
            return host.id;
    }
    for (const Host &host : m_design.hosts()) {
        if (host.displayName().contains(text, Qt::CaseInsensitive))
            return host.id;
    }
    return QString();
}

int Document::linkIndex(const QString &a, const QString &b) const
{
    const QList<int> links = m_design.linksOf(a);
    for (int index : links) {
        const Link &link = m_design.links().at(index);
        if ((link.a == a && link.b == b) || (link.a == b && link.b == a))
            return index;
    }
    return -1;
}

QList<int> Document::linkIndexes(const QList<QPair<QString, QString>> &pairs) const
{
    if (pairs.isEmpty())
        return {};
    QList<int> indexes;
    const QList<Link> &links = m_design.links();
    if (pairs.size() <= 8) {
        // A few pairs (a link or two deleted): comparing ids is cheaper than hashing every link.
        for (int i = 0; i < links.size(); ++i) {
            const Link &link = links.at(i);
            for (const auto &pair : pairs) {
                if ((link.a == pair.first && link.b == pair.second)
                    || (link.a == pair.second && link.b == pair.first)) {
                    indexes.append(i);
                    break;
                }
            }
        }
        return indexes;
    }
    QSet<QPair<QString, QString>> wanted;
    for (const auto &pair : pairs) {
        wanted.insert(pair);
        wanted.insert({pair.second, pair.first});
    }
    for (int i = 0; i < links.size(); ++i) {
        if (wanted.contains({links.at(i).a, links.at(i).b}))
            indexes.append(i);
    }
    return indexes;
}

QRectF Document::freeZoneArea(const QPointF &centre, const QSizeF &size) const
{
    const qreal gap = 40; // room between two zones for their titles and frames
    const QPointF start(qRound(centre.x() - size.width() / 2), qRound(centre.y() - size.height() / 2));
    const qreal stepX = size.width() + gap;
    const qreal stepY = size.height() + gap;
    const auto isFree = [this, gap](const QRectF &area) {
        const QRectF padded = area.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
        return std::none_of(m_design.zones().cbegin(), m_design.zones().cend(),
            [&padded](const Zone &zone) { return !zone.area.isEmpty() && zone.area.intersects(padded); });
    };
    // Ring by ring around the centre, the nearest free place of each ring first.
    const int rings = 2 * int(m_design.zones().size()) + 2; // enough to hold a free place
    for (int ring = 0; ring <= rings; ++ring) {
        QList<QRectF> candidates;
        for (int dy = -ring; dy <= ring; ++dy) {
            for (int dx = -ring; dx <= ring; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) == ring)
                    candidates.append(QRectF(start + QPointF(dx * stepX, dy * stepY), size));
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&start](const QRectF &x, const QRectF &y) {
            return QLineF(start, x.topLeft()).length() < QLineF(start, y.topLeft()).length();
        });
        for (const QRectF &candidate : std::as_const(candidates)) {
            if (isFree(candidate))
                return candidate;
        }
    }
    return QRectF(start, size);
}

QString Document::zoneAt(const QPointF &point) const
{
    QString best;
    qreal bestArea = 0;
    for (const Zone &zone : m_design.zones()) {
        if (zone.area.isEmpty() || !zone.area.contains(point))
            continue;
        const qreal area = zone.area.width() * zone.area.height();
        if (best.isEmpty() || area < bestArea) {
            best = zone.id;
            bestArea = area;
        }
    }
    return best;
}

void Document::scheduleDerivation()
{
    m_deriveTimer.start();
}

void Document::derive()
{
    m_lastWasReset = m_change.isReset();
    m_derivation.update(m_design, m_change);
    m_change.clear();
    m_derivedDesign = m_design;
    emit derivationChanged();
}

} // namespace portolan
