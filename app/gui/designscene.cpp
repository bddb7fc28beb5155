#include "designscene.h"

#include "changevaluecommand.h"
#include "document.h"
#include "flowarrowitem.h"
#include "hostitem.h"
#include "linkitem.h"
#include "moveitemscommand.h"
#include "overviewlinesitem.h"
#include "theme.h"
#include "zoneitem.h"

#include "layout/placement.h"

#include "catalog/catalogtext.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QSet>
#include <QToolTip>

#include <algorithm>

namespace portolan {

DesignScene::DesignScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setBackgroundBrush(Theme::canvasColour());
    setItemIndexMethod(BspTreeIndex);
    // Qt sizes the index from the item count: 32,768 cells for the 10k-host estate's 21,550 items.
    // Each edit that removes an item (a link, the arrows of a changed flow) then has Qt rebuild the
    // item list of every cell. 2,048 cells make those edits about 30 % faster and painting at
    // fit-to-view 3 times faster, while finding the items under the pointer stays at 0.01 ms.
    setBspTreeDepth(11);
    connect(document, &Document::designReset, this, &DesignScene::rebuild);
    connect(document, &Document::hostAdded, this, &DesignScene::onHostAdded);
    connect(document, &Document::hostChanged, this, &DesignScene::onHostChanged);
    connect(document, &Document::hostAboutToBeRemoved, this, &DesignScene::onHostAboutToBeRemoved);
    connect(document, &Document::hostRemoved, this, &DesignScene::placeHostsWithoutPosition);
    connect(document, &Document::linkAdded, this, &DesignScene::onLinkAdded);
    connect(document, &Document::linkAboutToBeRemoved, this, &DesignScene::onLinkAboutToBeRemoved);
    connect(document, &Document::zoneAdded, this, &DesignScene::onZoneAdded);
    connect(document, &Document::zoneChanged, this, &DesignScene::onZoneChanged);
    connect(document, &Document::zoneAboutToBeRemoved, this, &DesignScene::onZoneAboutToBeRemoved);
    connect(document, &Document::zoneRemoved, this, &DesignScene::onZoneRemoved);
    connect(document, &Document::manyAboutToBeRemoved, this, &DesignScene::onManyAboutToBeRemoved);
    connect(document, &Document::manyRemoved, this, &DesignScene::onManyRemoved);
    connect(document, &Document::manyInserted, this, &DesignScene::onManyInserted);
    connect(document, &Document::manyChanged, this, &DesignScene::onManyChanged);
    connect(document, &Document::derivationChanged, this, &DesignScene::rebuildFlowArrows);
    rebuild();
}

void DesignScene::rebuild()
{
    m_syncing = true;
    m_highlightArrow = nullptr;
    m_arrows.clear();
    m_attached.clear();
    m_hostItems.clear();
    m_zoneItems.clear();
    m_linkItems.clear();
    m_highlightedHosts.clear();
    clear();
    m_overview = new OverviewLinesItem(&m_hostItems, &m_linkItems, &m_arrows);
    m_overview->setVisible(m_condensed);
    addItem(m_overview);
    const Design &design = m_document->design();
    // Large estates start without flow arrows: the matrix is the place to read them.
    const bool flowsWereShown = m_showFlows;
    m_showFlows = design.hosts().size() <= 2000 && m_showFlows;
    for (const Zone &zone : design.zones())
        addZoneItem(zone);
    const QList<QPointF> centres = Placement::hostCentres(design);
    for (int i = 0; i < design.hosts().size(); ++i)
        addHostItem(design.hosts().at(i), centres.at(i));
    for (int i = 0; i < design.links().size(); ++i)
        addLinkItem(i);
    m_syncing = false;
    QRectF bounds = itemsBoundingRect();
    if (bounds.isEmpty())
        bounds = QRectF(0, 0, 1200, 800);
    setSceneRect(bounds.adjusted(-200, -200, 200, 200));
    rebuildFlowArrows();
    if (m_showFlows != flowsWereShown)
        emit flowsShownChanged(m_showFlows);
    updateReadOnly(); // an old revision shown or left
}

void DesignScene::growSceneRect(const QRectF &rect)
{
    const QRectF wanted = rect.adjusted(-200, -200, 200, 200);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
}

void DesignScene::placeHostsWithoutPosition()
{
    // Where a host without coordinates goes depends on the others and on the zones' areas:
    // follow the placement the exported diagram uses too.
    const QList<Host> &hosts = m_document->design().hosts();
    if (std::all_of(hosts.cbegin(), hosts.cend(), [](const Host &host) { return host.hasPosition; }))
        return;
    const QList<QPointF> centres = Placement::hostCentres(m_document->design());
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    for (int i = 0; i < hosts.size(); ++i) {
        HostItem *item = hosts.at(i).hasPosition ? nullptr : m_hostItems.value(hosts.at(i).id);
        if (item && item->pos() != centres.at(i))
            item->setPos(centres.at(i));
    }
    m_syncing = wasSyncing;
}

void DesignScene::recolourZones()
{
    const Design &design = m_document->design();
    for (auto it = m_zoneItems.cbegin(); it != m_zoneItems.cend(); ++it)
        it.value()->setColourIndex(design.zoneIndex(it.key()));
}

void DesignScene::addHostItem(const Host &host, const QPointF &centre)
{
    m_overview->invalidate();
    auto *item = new HostItem(this, host, m_document->catalog().type(host.type));
    item->setFlag(QGraphicsItem::ItemIsMovable, !isReadOnly());
    m_hostItems.insert(host.id, item);
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    item->setPos(centre);
    m_syncing = wasSyncing;
    addItem(item);
}

void DesignScene::addZoneItem(const Zone &zone)
{
    if (zone.area.isEmpty())
        return; // a zone without a canvas area is edited in the properties only
    auto *item = new ZoneItem(this, zone, m_document->design().zoneIndex(zone.id));
    item->setFlag(QGraphicsItem::ItemIsMovable, !isReadOnly());
    m_zoneItems.insert(zone.id, item);
    addItem(item);
}

void DesignScene::addLinkItem(int index)
{
    m_linkItems.insert(index, createLinkItem(index));
}

LinkItem *DesignScene::createLinkItem(int index)
{
    const Link &link = m_document->design().links().at(index);
    HostItem *a = m_hostItems.value(link.a);
    HostItem *b = m_hostItems.value(link.b);
    if (!a || !b)
        return nullptr;
    const Host *hostA = m_document->design().host(link.a);
    const Host *hostB = m_document->design().host(link.b);
    const LinkKind *kind = m_document->catalog().linkKind(hostA->type, hostB->type);
    m_overview->invalidate();
    auto *item = new LinkItem(
        a, b, kind ? CatalogText::linkMeaning(*kind) : tr("The catalog gives this pair no meaning."));
    attach(a, item);
    attach(b, item);
    addItem(item);
    return item;
}

void DesignScene::attach(HostItem *host, QGraphicsItem *item)
{
    m_attached.insert(host, item);
}

void DesignScene::detach(QGraphicsItem *item)
{
    // Only links and arrows are attached, each to its two hosts.
    if (item->type() == LinkItem::Type) {
        const auto *link = static_cast<LinkItem *>(item);
        m_attached.remove(link->hostA(), item);
        m_attached.remove(link->hostB(), item);
    } else if (item->type() == FlowArrowItem::Type) {
        const auto *arrow = static_cast<FlowArrowItem *>(item);
        m_attached.remove(arrow->source(), item);
        m_attached.remove(arrow->destination(), item);
    }
}

FlowArrowItem *DesignScene::flowArrow(const QString &sourceId, const QString &destinationId) const
{
    return m_arrows.value({m_hostItems.value(sourceId), m_hostItems.value(destinationId)});
}

void DesignScene::clearFlowArrows()
{
    if (m_overview)
        m_overview->invalidate();
    for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it) {
        m_attached.remove(it.key().first, it.value());
        m_attached.remove(it.key().second, it.value());
        delete it.value();
    }
    m_arrows.clear();
}

void DesignScene::rebuildFlowArrows()
{
    clearFlowArrows();
    if (!m_showFlows)
        return;
    const Design &derived = m_document->derivedDesign();
    QHash<QPair<HostItem *, HostItem *>, QStringList> summaries;
    QHash<QPair<HostItem *, HostItem *>, bool> catalogFlows; // the pair has a flow of the catalog
    for (const Flow &flow : m_document->derivation().flows) {
        if (flow.source < 0 || flow.destination < 0 || flow.action != Action::Allow)
            continue;
        HostItem *source = m_hostItems.value(derived.hosts().at(flow.source).id);
        HostItem *destination = m_hostItems.value(derived.hosts().at(flow.destination).id);
        if (!source || !destination || source == destination)
            continue;
        QString line = CatalogText::service(flow.rule, flow.service) + QStringLiteral(": ")
            + protocolName(flow.protocol);
        if (!flow.ports.isEmpty())
            line += QLatin1Char(' ') + flow.ports.toString();
        const bool custom = CustomFlow::isCustomRule(flow.rule);
        if (custom)
            line = tr("%1 (custom: %2)").arg(line, flow.rule.mid(7));
        summaries[{source, destination}].append(line);
        bool &fromCatalog = catalogFlows[{source, destination}];
        fromCatalog = fromCatalog || !custom;
    }
    for (auto it = summaries.cbegin(); it != summaries.cend(); ++it) {
        HostItem *source = it.key().first;
        HostItem *destination = it.key().second;
        const bool bothWays = summaries.contains({destination, source});
        const QString summary = tr("%1 → %2\n%3")
                                    .arg(m_document->design().host(source->id())->displayName(),
                                        m_document->design().host(destination->id())->displayName(),
                                        it.value().join(QLatin1Char('\n')));
        auto *arrow = new FlowArrowItem(source, destination, bothWays, summary);
        arrow->setCustom(!catalogFlows.value(it.key()));
        arrow->setVisible(!m_condensed);
        m_arrows.insert(it.key(), arrow);
        attach(source, arrow);
        attach(destination, arrow);
        addItem(arrow);
    }
    m_overview->invalidate();
}

void DesignScene::setViewZoom(qreal zoom)
{
    m_viewZoom = zoom;
    const bool condensed = zoom < CondensedBelow;
    if (condensed == m_condensed)
        return;
    m_condensed = condensed;
    for (FlowArrowItem *arrow : std::as_const(m_arrows))
        arrow->setVisible(!condensed);
    m_overview->setVisible(condensed);
}

void DesignScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const QString tip = m_condensed ? condensedToolTip(event->scenePos()) : QString();
    if (tip.isEmpty()) {
        QGraphicsScene::helpEvent(event);
        return;
    }
    QToolTip::showText(event->screenPos(), tip, event->widget());
    event->setAccepted(true);
}

QString DesignScene::condensedToolTip(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> under = items(scenePos);
    for (const QGraphicsItem *item : under) {
        if (item->type() == HostItem::Type)
            return QString();
    }
    // Zoomed in, a link's outline reaches four pixels either side of it: so far here too.
    const qreal reach = 4 / std::max(m_viewZoom, qreal(1e-6));
    const auto distance = [&scenePos](const QLineF &line) {
        const QPointF along = line.p2() - line.p1();
        const qreal lengthSquared = QPointF::dotProduct(along, along);
        const qreal t = lengthSquared > 0
            ? std::clamp(QPointF::dotProduct(scenePos - line.p1(), along) / lengthSquared, qreal(0), qreal(1))
            : 0;
        return QLineF(scenePos, line.p1() + t * along).length();
    };
    // The tooltip of the nearest of `items` within reach, or none.
    qreal nearest = reach;
    const auto nearestTip = [&](const auto &items, const auto &lineOf) {
        QString tip;
        for (const auto *item : items) {
            const QLineF line = lineOf(item).translated(item->pos());
            if (!QRectF(line.p1(), line.p2())
                     .normalized()
                     .adjusted(-reach, -reach, reach, reach)
                     .contains(scenePos))
                continue;
            const qreal d = distance(line);
            if (d <= nearest && !item->toolTip().isEmpty()) {
                nearest = d;
                tip = item->toolTip();
            }
        }
        return tip;
    };
    // Arrows first: zoomed in they lie over the links.
    const QString arrowTip
        = nearestTip(m_arrows, [](const FlowArrowItem *arrow) { return arrow->lineWithoutHead(); });
    if (!arrowTip.isEmpty())
        return arrowTip;
    return nearestTip(m_linkItems, [](const LinkItem *link) { return link->line(); });
}

void DesignScene::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    updateReadOnly();
}

bool DesignScene::isReadOnly() const
{
    return m_readOnly || m_document->isReadOnly();
}

void DesignScene::updateReadOnly()
{
    const bool movable = !isReadOnly();
    for (HostItem *item : std::as_const(m_hostItems))
        item->setFlag(QGraphicsItem::ItemIsMovable, movable);
    for (ZoneItem *item : std::as_const(m_zoneItems))
        item->setFlag(QGraphicsItem::ItemIsMovable, movable);
    if (m_wasReadOnly != isReadOnly()) {
        m_wasReadOnly = isReadOnly();
        emit readOnlyChanged(m_wasReadOnly);
    }
}

void DesignScene::setFlowsShown(bool shown)
{
    if (m_showFlows == shown)
        return;
    m_showFlows = shown;
    rebuildFlowArrows();
    emit flowsShownChanged(shown);
}

void DesignScene::highlightFlow(const QString &sourceId, const QString &destinationId)
{
    for (const QString &id : std::as_const(m_highlightedHosts)) {
        if (HostItem *item = m_hostItems.value(id))
            item->setHighlighted(false);
    }
    m_highlightedHosts.clear();
    if (m_highlightArrow) {
        detach(m_highlightArrow);
        delete m_highlightArrow;
        m_highlightArrow = nullptr;
    }
    HostItem *source = m_hostItems.value(sourceId);
    HostItem *destination = m_hostItems.value(destinationId);
    if (destination) {
        destination->setHighlighted(true);
        m_highlightedHosts.append(destinationId);
    }
    if (source) {
        source->setHighlighted(true);
        m_highlightedHosts.append(sourceId);
    }
    if (source && destination && source != destination) {
        const bool bothWays = m_arrows.contains({destination, source});
        m_highlightArrow = new FlowArrowItem(source, destination, bothWays, QString());
        m_highlightArrow->setHighlighted(true);
        attach(source, m_highlightArrow);
        attach(destination, m_highlightArrow);
        addItem(m_highlightArrow);
    }
}

QStringList DesignScene::selectedHostIds() const
{
    QStringList ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == HostItem::Type)
            ids.append(static_cast<HostItem *>(item)->id());
    }
    // Selection order is arbitrary: follow the design's order.
    const Design &design = m_document->design();
    std::sort(ids.begin(), ids.end(),
        [&design](const QString &a, const QString &b) { return design.hostIndex(a) < design.hostIndex(b); });
    return ids;
}

QStringList DesignScene::selectedZoneIds() const
{
    QStringList ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == ZoneItem::Type)
            ids.append(static_cast<ZoneItem *>(item)->id());
    }
    return ids;
}

QList<QPair<QString, QString>> DesignScene::selectedLinks() const
{
    QList<QPair<QString, QString>> links;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == LinkItem::Type) {
            auto *link = static_cast<LinkItem *>(item);
            links.append({link->hostA()->id(), link->hostB()->id()});
        }
    }
    return links;
}

void DesignScene::selectHosts(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : ids) {
        if (HostItem *item = m_hostItems.value(id))
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

void DesignScene::selectAll()
{
    QSignalBlocker blocker(this);
    const QList<QGraphicsItem *> all = items();
    for (QGraphicsItem *item : all) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

QString DesignScene::dropHostType(const QString &typeId, const QPointF &scenePos)
{
    if (isReadOnly())
        return QString();
    QString message;
    const QString id = m_document->addHost(typeId, scenePos, &message);
    if (id.isEmpty())
        return QString();
    selectHosts({id});
    emit statusMessage(message);
    return id;
}

bool DesignScene::requestLink(const QString &a, const QString &b)
{
    if (isReadOnly())
        return false;
    QString message;
    const bool linked = m_document->addLink(a, b, &message);
    if (!message.isEmpty())
        emit statusMessage(message);
    return linked;
}

void DesignScene::hostItemMoved(HostItem *item)
{
    m_overview->invalidate();
    const auto attached = m_attached.equal_range(item);
    for (auto it = attached.first; it != attached.second; ++it) {
        QGraphicsItem *other = it.value();
        if (other->type() == LinkItem::Type)
            static_cast<LinkItem *>(other)->updateGeometry();
        else if (other->type() == FlowArrowItem::Type)
            static_cast<FlowArrowItem *>(other)->updateGeometry();
    }
}

void DesignScene::zoneItemAboutToMove(ZoneItem *item, const QPointF &delta)
{
    if (m_syncing || !m_dragging)
        return;
    // Members move with their zone, unless selected: then the drag moves them already.
    for (auto it = m_dragByZone.cbegin(); it != m_dragByZone.cend(); ++it) {
        if (it.value() != item->id())
            continue;
        HostItem *host = m_hostItems.value(it.key());
        if (host && !host->isSelected())
            host->moveBy(delta.x(), delta.y());
    }
}

void DesignScene::zoneResized(const QString &id, const QRectF &before, const QRectF &after)
{
    const Zone *zone = m_document->design().zone(id);
    if (!zone)
        return;
    Zone changed = *zone;
    Zone previous = *zone;
    previous.area = before;
    changed.area = after;
    m_document->undoStack()->push(new ChangeZoneCommand(m_document, previous, changed, QStringLiteral("area"),
        tr("Resize zone %1").arg(zone->name.isEmpty() ? zone->id : zone->name)));
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragging = false;
    m_dragHosts.clear();
    m_dragZones.clear();
    m_dragByZone.clear();
    if (event->button() != Qt::LeftButton || !mouseGrabberItem())
        return;
    const QList<QGraphicsItem *> items = selectedItems();
    QSet<QString> zones;
    for (QGraphicsItem *item : items) {
        if (item->type() == HostItem::Type) {
            m_dragHosts.insert(static_cast<HostItem *>(item)->id(), item->pos());
        } else if (item->type() == ZoneItem::Type) {
            m_dragZones.insert(static_cast<ZoneItem *>(item)->id(), item->pos());
            zones.insert(static_cast<ZoneItem *>(item)->id());
        }
    }
    if (!zones.isEmpty()) {
        for (const Host &host : m_document->design().hosts()) {
            if (!zones.contains(host.zone))
                continue;
            if (HostItem *item = m_hostItems.value(host.id)) {
                if (!m_dragHosts.contains(host.id))
                    m_dragByZone.insert(host.id, host.zone);
                m_dragHosts.insert(host.id, item->pos());
            }
        }
    }
    m_dragging = true;
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_dragging && event->button() == Qt::LeftButton)
        finishDrag();
    m_dragging = false;
}

void DesignScene::finishDrag()
{
    const Design &design = m_document->design();
    QList<MoveItemsCommand::HostMove> hosts;
    QList<MoveItemsCommand::ZoneMove> zones;
    QRectF moved;
    for (auto it = m_dragZones.cbegin(); it != m_dragZones.cend(); ++it) {
        ZoneItem *item = m_zoneItems.value(it.key());
        const Zone *zone = design.zone(it.key());
        if (!item || !zone || item->pos() == it.value())
            continue;
        zones.append({zone->id, zone->area, item->area()});
        moved |= item->area();
    }
    for (auto it = m_dragHosts.cbegin(); it != m_dragHosts.cend(); ++it) {
        HostItem *item = m_hostItems.value(it.key());
        const Host *host = design.host(it.key());
        if (!item || !host || item->pos() == it.value())
            continue;
        MoveItemsCommand::HostMove move;
        move.id = host->id;
        move.oldPosition = host->position;
        move.oldHasPosition = host->hasPosition;
        move.oldZone = host->zone;
        move.newPosition = QPointF(qRound(item->pos().x()), qRound(item->pos().y()));
        if (m_dragByZone.contains(host->id)) {
            move.newZone = host->zone;
        } else {
            // A host dropped in a zone joins it; dropped outside every area, it leaves a zone that
            // has an area, but keeps one that is only drawn in the properties.
            move.newZone = m_document->zoneAt(move.newPosition);
            if (move.newZone.isEmpty() && !host->zone.isEmpty() && !m_zoneItems.contains(host->zone))
                move.newZone = host->zone;
        }
        hosts.append(move);
        moved |= item->sceneBoundingRect();
    }
    m_dragHosts.clear();
    m_dragZones.clear();
    m_dragByZone.clear();
    if (hosts.isEmpty() && zones.isEmpty())
        return;
    m_document->undoStack()->push(new MoveItemsCommand(m_document, hosts, zones));
    growSceneRect(moved);
}

void DesignScene::onHostAdded(const QString &id)
{
    const Host *host = m_document->design().host(id);
    if (!host)
        return;
    m_syncing = true;
    addHostItem(*host, host->hasPosition ? host->position : QPointF());
    m_syncing = false;
    placeHostsWithoutPosition();
    growSceneRect(m_hostItems.value(id)->sceneBoundingRect());
}

void DesignScene::onHostChanged(const QString &id)
{
    const Host *host = m_document->design().host(id);
    HostItem *item = m_hostItems.value(id);
    if (!host || !item)
        return;
    m_syncing = true;
    item->sync(*host, m_document->catalog().type(host->type));
    if (host->hasPosition && item->pos() != host->position)
        item->setPos(host->position);
    m_syncing = false;
    placeHostsWithoutPosition(); // it may have left a zone's grid, or joined one
}

void DesignScene::onHostAboutToBeRemoved(const QString &id)
{
    deleteHostItem(id);
}

bool DesignScene::deleteHostItem(const QString &id)
{
    HostItem *item = m_hostItems.take(id);
    if (!item)
        return false;
    m_overview->invalidate();
    m_highlightedHosts.removeAll(id);
    const QList<QGraphicsItem *> attached = m_attached.values(item);
    for (QGraphicsItem *other : attached) {
        if (other == m_highlightArrow) {
            detach(other);
            delete other;
            m_highlightArrow = nullptr;
        } else if (other->type() == FlowArrowItem::Type) {
            auto *arrow = static_cast<FlowArrowItem *>(other);
            m_overview->invalidate();
            m_arrows.remove({arrow->source(), arrow->destination()});
            detach(arrow);
            delete arrow;
        }
    }
    m_attached.remove(item);
    const bool selected = item->isSelected();
    delete item;
    return selected;
}

void DesignScene::onLinkAdded(int index)
{
    addLinkItem(index);
}

void DesignScene::onLinkAboutToBeRemoved(int index)
{
    LinkItem *item = m_linkItems.takeAt(index);
    if (!item)
        return;
    m_overview->invalidate();
    detach(item);
    delete item;
}

void DesignScene::onZoneAdded(const QString &id)
{
    if (const Zone *zone = m_document->design().zone(id)) {
        addZoneItem(*zone);
        growSceneRect(zone->area);
    }
    recolourZones(); // zones after it moved down the palette
    placeHostsWithoutPosition();
}

void DesignScene::onZoneChanged(const QString &id)
{
    const Zone *zone = m_document->design().zone(id);
    if (!zone)
        return;
    syncZoneItem(*zone);
    placeHostsWithoutPosition(); // the grid in its area moved or changed width
}

void DesignScene::syncZoneItem(const Zone &zone)
{
    ZoneItem *item = m_zoneItems.value(zone.id);
    if (!item) {
        addZoneItem(zone);
    } else if (zone.area.isEmpty()) {
        onZoneAboutToBeRemoved(zone.id);
    } else {
        const bool wasSyncing = m_syncing;
        m_syncing = true;
        item->sync(zone);
        m_syncing = wasSyncing;
    }
}

void DesignScene::onZoneAboutToBeRemoved(const QString &id)
{
    delete m_zoneItems.take(id);
}

void DesignScene::onZoneRemoved()
{
    recolourZones();
    placeHostsWithoutPosition();
}

void DesignScene::onManyAboutToBeRemoved(
    const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds)
{
    // QGraphicsScene announces a new selection for each selected item deleted: thousands of
    // announcements, each making the window read the whole selection. Announce it once, after.
    QSignalBlocker blocker(this);
    m_overview->invalidate();
    bool selectionLost = false;
    QList<int> removed;
    for (int index : linkIndexes) {
        if (index < 0 || index >= m_linkItems.size())
            continue;
        removed.append(index);
        if (LinkItem *item = m_linkItems.at(index)) {
            selectionLost |= item->isSelected();
            detach(item);
            delete item;
        }
    }
    // m_linkItems follows the design's links: drop the removed ones in one pass.
    QList<LinkItem *> kept;
    kept.reserve(m_linkItems.size() - removed.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < m_linkItems.size(); ++i) {
        if (next < removed.size() && removed.at(next) == i)
            ++next;
        else
            kept.append(m_linkItems.at(i));
    }
    m_linkItems = kept;
    for (const QString &id : hostIds)
        selectionLost |= deleteHostItem(id);
    for (const QString &id : zoneIds) {
        if (ZoneItem *item = m_zoneItems.take(id)) {
            selectionLost |= item->isSelected();
            delete item;
        }
    }
    m_selectionLost = selectionLost;
}

void DesignScene::onManyRemoved()
{
    recolourZones();
    placeHostsWithoutPosition();
    if (m_selectionLost) {
        m_selectionLost = false;
        emit selectionChanged();
    }
}

void DesignScene::onManyInserted(
    const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds)
{
    const Design &design = m_document->design();
    QRectF added;
    for (const QString &id : zoneIds) {
        if (const Zone *zone = design.zone(id)) {
            addZoneItem(*zone);
            added |= zone->area;
        }
    }
    if (!hostIds.isEmpty()) {
        const QList<QPointF> centres = Placement::hostCentres(design);
        for (const QString &id : hostIds) {
            const int index = design.hostIndex(id);
            if (index < 0 || m_hostItems.contains(id))
                continue;
            addHostItem(design.hosts().at(index), centres.at(index));
            added |= Placement::hostRect(centres.at(index));
        }
    }
    if (!linkIndexes.isEmpty()) {
        // Make room for the new links at their indexes in one pass, then create their items.
        QList<LinkItem *> merged;
        merged.reserve(m_linkItems.size() + linkIndexes.size());
        qsizetype old = 0;
        for (int index : linkIndexes) {
            while (merged.size() < index && old < m_linkItems.size())
                merged.append(m_linkItems.at(old++));
            merged.append(createLinkItem(index));
        }
        while (old < m_linkItems.size())
            merged.append(m_linkItems.at(old++));
        m_linkItems = merged;
    }
    recolourZones();
    placeHostsWithoutPosition();
    if (!added.isEmpty())
        growSceneRect(added);
}

void DesignScene::onManyChanged(const QStringList &hostIds, const QStringList &zoneIds)
{
    const Design &design = m_document->design();
    for (const QString &id : zoneIds) {
        if (const Zone *zone = design.zone(id))
            syncZoneItem(*zone);
    }
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    QRectF moved;
    for (const QString &id : hostIds) {
        const Host *host = design.host(id);
        HostItem *item = m_hostItems.value(id);
        if (!host || !item)
            continue;
        item->sync(*host, m_document->catalog().type(host->type));
        if (host->hasPosition && item->pos() != host->position) {
            item->setPos(host->position);
            moved |= item->sceneBoundingRect();
        }
    }
    m_syncing = wasSyncing;
    placeHostsWithoutPosition();
    if (!moved.isEmpty())
        growSceneRect(moved);
}

} // namespace portolan
