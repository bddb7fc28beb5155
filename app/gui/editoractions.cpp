#include "editoractions.h"

#include "clipboard.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "flowtablemodel.h"
#include "hostitem.h"
#include "linkitem.h"
#include "moveitemscommand.h"
#include "zoneitem.h"

#include <QAbstractItemView>
#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>

namespace portolan {

EditorActions::EditorActions(Document *document, DesignScene *scene, DesignView *view, Clipboard *clipboard,
    const Callbacks &callbacks, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
    , m_clipboard(clipboard)
    , m_callbacks(callbacks)
{
    const auto make
        = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
              auto *a = new QAction(text, this);
              a->setObjectName(name);
              a->setShortcuts(keys);
              connect(a, &QAction::triggered, this, slot);
              m_actions.insert(name, a);
              return a;
          };
    // Arrow keys belong to the canvas: text fields and tables keep theirs.
    const struct
    {
        const char *name;
        const char *text;
        Qt::Key key;
        int dx, dy;
    } nudges[] = {
        {"nudgeLeft", QT_TR_NOOP("Nudge Left"), Qt::Key_Left, -1, 0},
        {"nudgeRight", QT_TR_NOOP("Nudge Right"), Qt::Key_Right, 1, 0},
        {"nudgeUp", QT_TR_NOOP("Nudge Up"), Qt::Key_Up, 0, -1},
        {"nudgeDown", QT_TR_NOOP("Nudge Down"), Qt::Key_Down, 0, 1},
    };
    for (const auto &nudge : nudges) {
        const int dx = nudge.dx;
        const int dy = nudge.dy;
        QAction *small = make(QLatin1String(nudge.name), tr(nudge.text), {QKeySequence(nudge.key)},
            [this, dx, dy] { this->nudge(dx * NudgeStep, dy * NudgeStep); });
        QAction *far = make(QLatin1String(nudge.name) + QStringLiteral("Far"),
            tr("%1 Further").arg(tr(nudge.text)), {QKeySequence(Qt::SHIFT | nudge.key)},
            [this, dx, dy] { this->nudge(dx * LargeNudgeStep, dy * LargeNudgeStep); });
        for (QAction *a : {small, far}) {
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setAutoRepeat(true);
            m_view->addAction(a);
        }
    }
    make(QStringLiteral("zoomSelection"), tr("Zoom to &Selection"), {QKeySequence(Qt::CTRL | Qt::Key_2)},
        [this] { zoomToSelection(); })
        ->setStatusTip(tr("Zoom and scroll so that the selected hosts and zones fill the view"));

    m_alignMenu = new QMenu(tr("&Align"));
    m_alignMenu->setObjectName(QStringLiteral("alignMenu"));
    connect(this, &QObject::destroyed, m_alignMenu, &QObject::deleteLater);
    const struct
    {
        const char *name;
        const char *text;
        Align how;
    } aligns[] = {
        {"alignLeft", QT_TR_NOOP("Align &Left Edges"), Align::Left},
        {"alignHCentre", QT_TR_NOOP("Align &Centres Horizontally"), Align::HorizontalCentre},
        {"alignRight", QT_TR_NOOP("Align &Right Edges"), Align::Right},
        {"alignTop", QT_TR_NOOP("Align &Top Edges"), Align::Top},
        {"alignVCentre", QT_TR_NOOP("Align &Middles Vertically"), Align::VerticalCentre},
        {"alignBottom", QT_TR_NOOP("Align &Bottom Edges"), Align::Bottom},
    };
    for (const auto &entry : aligns) {
        const Align how = entry.how;
        m_alignMenu->addAction(
            make(QLatin1String(entry.name), tr(entry.text), {}, [this, how] { align(how); }));
        if (how == Align::Right)
            m_alignMenu->addSeparator();
    }
    m_alignMenu->addSeparator();
    m_alignMenu->addAction(make(QStringLiteral("distributeHorizontally"), tr("Distribute &Horizontally"), {},
        [this] { distribute(Qt::Horizontal); }));
    m_alignMenu->addAction(make(QStringLiteral("distributeVertically"), tr("Distribute &Vertically"), {},
        [this] { distribute(Qt::Vertical); }));

    m_view->viewport()->installEventFilter(this);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &EditorActions::updateEnabled);
    connect(m_scene, &DesignScene::readOnlyChanged, this, &EditorActions::updateEnabled);
    updateEnabled();
}

QAction *EditorActions::action(const QString &name) const
{
    return m_actions.value(name);
}

void EditorActions::updateEnabled()
{
    const int selected = int(m_scene->selectedHostIds().size() + m_scene->selectedZoneIds().size());
    const bool editable = !m_scene->isReadOnly();
    for (const char *name :
        {"alignLeft", "alignHCentre", "alignRight", "alignTop", "alignVCentre", "alignBottom"})
        m_actions.value(QLatin1String(name))->setEnabled(editable && selected >= 2);
    for (const char *name : {"distributeHorizontally", "distributeVertically"})
        m_actions.value(QLatin1String(name))->setEnabled(editable && selected >= 3);
    m_actions.value(QStringLiteral("zoomSelection"))->setEnabled(!m_scene->selectedItems().isEmpty());
}

QRectF EditorActions::hostRect(const QString &id) const
{
    const HostItem *item = m_scene->hostItem(id);
    if (!item)
        return {};
    return QRectF(item->pos() - QPointF(HostItem::Width / 2, HostItem::Height / 2),
        QSizeF(HostItem::Width, HostItem::Height));
}

QRectF EditorActions::zoneRect(const QString &id) const
{
    const ZoneItem *item = m_scene->zoneItem(id);
    return item ? item->area() : QRectF();
}

bool EditorActions::moveBy(
    const QHash<QString, QPointF> &hosts, const QHash<QString, QPointF> &zones, bool nudge)
{
    if (m_scene->isReadOnly() || m_document->isReadOnly())
        return false;
    const Design &design = m_document->design();
    QList<MoveItemsCommand::ZoneMove> zoneMoves;
    QHash<QString, QPointF> carried; // host id -> the delta of the zone it moves with
    // In design order, so that the same selection always makes the same command (nudges merge).
    for (const Zone &zone : design.zones()) {
        const auto delta = zones.constFind(zone.id);
        if (delta == zones.cend() || delta->isNull() || !m_scene->zoneItem(zone.id))
            continue;
        zoneMoves.append({zone.id, zone.area, zone.area.translated(*delta)});
    }
    for (const MoveItemsCommand::ZoneMove &move : std::as_const(zoneMoves)) {
        for (const Host &host : design.hosts()) {
            if (host.zone == move.id)
                carried.insert(host.id, move.newArea.topLeft() - move.oldArea.topLeft());
        }
    }
    QList<MoveItemsCommand::HostMove> hostMoves;
    for (const Host &host : design.hosts()) {
        const HostItem *item = m_scene->hostItem(host.id);
        if (!item)
            continue;
        MoveItemsCommand::HostMove move;
        move.id = host.id;
        move.oldPosition = host.position;
        move.oldHasPosition = host.hasPosition;
        move.oldZone = host.zone;
        if (const auto delta = carried.constFind(host.id); delta != carried.cend()) {
            move.newPosition = item->pos() + *delta;
            move.newZone = host.zone;
        } else if (const auto own = hosts.constFind(host.id); own != hosts.cend() && !own->isNull()) {
            move.newPosition = item->pos() + *own;
            // As a drag does: a host moved into a zone joins it; out of every area, it leaves a
            // zone that has an area, but keeps one that has none on the canvas.
            move.newZone = m_document->zoneAt(move.newPosition);
            if (move.newZone.isEmpty() && !host.zone.isEmpty() && !m_scene->zoneItem(host.zone))
                move.newZone = host.zone;
        } else {
            continue;
        }
        move.newPosition = QPointF(qRound(move.newPosition.x()), qRound(move.newPosition.y()));
        if (move.newPosition == move.oldPosition && move.oldHasPosition && move.newZone == move.oldZone)
            continue;
        hostMoves.append(move);
    }
    if (hostMoves.isEmpty() && zoneMoves.isEmpty())
        return false;
    auto *command = new MoveItemsCommand(m_document, hostMoves, zoneMoves);
    command->setNudge(nudge);
    m_document->undoStack()->push(command);
    return true;
}

bool EditorActions::nudge(qreal dx, qreal dy)
{
    const QStringList hostIds = m_scene->selectedHostIds();
    const QStringList zoneIds = m_scene->selectedZoneIds();
    if (hostIds.isEmpty() && zoneIds.isEmpty()) {
        // Nothing to move: the arrow keys scroll the canvas, as they do in any view.
        QScrollBar *bar = dx != 0 ? m_view->horizontalScrollBar() : m_view->verticalScrollBar();
        bar->triggerAction(
            dx + dy > 0 ? QAbstractSlider::SliderSingleStepAdd : QAbstractSlider::SliderSingleStepSub);
        return false;
    }
    QHash<QString, QPointF> hosts;
    QHash<QString, QPointF> zones;
    for (const QString &id : hostIds)
        hosts.insert(id, QPointF(dx, dy));
    for (const QString &id : zoneIds)
        zones.insert(id, QPointF(dx, dy));
    return moveBy(hosts, zones, true);
}

bool EditorActions::align(Align how)
{
    QHash<QString, QRectF> hostRects;
    QHash<QString, QRectF> zoneRects;
    QRectF bounds;
    for (const QString &id : m_scene->selectedHostIds()) {
        hostRects.insert(id, hostRect(id));
        bounds |= hostRects.value(id);
    }
    for (const QString &id : m_scene->selectedZoneIds()) {
        const QRectF rect = zoneRect(id);
        if (rect.isEmpty())
            continue;
        zoneRects.insert(id, rect);
        bounds |= rect;
    }
    if (hostRects.size() + zoneRects.size() < 2)
        return false;
    const auto delta = [&](const QRectF &rect) {
        switch (how) {
        case Align::Left:
            return QPointF(bounds.left() - rect.left(), 0);
        case Align::HorizontalCentre:
            return QPointF(bounds.center().x() - rect.center().x(), 0);
        case Align::Right:
            return QPointF(bounds.right() - rect.right(), 0);
        case Align::Top:
            return QPointF(0, bounds.top() - rect.top());
        case Align::VerticalCentre:
            return QPointF(0, bounds.center().y() - rect.center().y());
        case Align::Bottom:
            return QPointF(0, bounds.bottom() - rect.bottom());
        }
        return QPointF();
    };
    QHash<QString, QPointF> hosts;
    QHash<QString, QPointF> zones;
    for (auto it = hostRects.cbegin(); it != hostRects.cend(); ++it)
        hosts.insert(it.key(), delta(it.value()));
    for (auto it = zoneRects.cbegin(); it != zoneRects.cend(); ++it)
        zones.insert(it.key(), delta(it.value()));
    return moveBy(hosts, zones, false);
}

bool EditorActions::distribute(Qt::Orientation orientation)
{
    struct Item
    {
        QString id;
        bool zone = false;
        QRectF rect;
    };
    QList<Item> items;
    for (const QString &id : m_scene->selectedHostIds())
        items.append({id, false, hostRect(id)});
    for (const QString &id : m_scene->selectedZoneIds()) {
        if (const QRectF rect = zoneRect(id); !rect.isEmpty())
            items.append({id, true, rect});
    }
    if (items.size() < 3)
        return false;
    const bool horizontal = orientation == Qt::Horizontal;
    const auto start = [horizontal](const QRectF &rect) { return horizontal ? rect.left() : rect.top(); };
    const auto extent
        = [horizontal](const QRectF &rect) { return horizontal ? rect.width() : rect.height(); };
    std::stable_sort(items.begin(), items.end(), [&](const Item &a, const Item &b) {
        return start(a.rect) + extent(a.rect) / 2 < start(b.rect) + extent(b.rect) / 2;
    });
    // The outermost two stay; the others get equal gaps between them.
    const qreal first = start(items.first().rect);
    const qreal last = start(items.last().rect) + extent(items.last().rect);
    qreal total = 0;
    for (const Item &item : std::as_const(items))
        total += extent(item.rect);
    const qreal gap = (last - first - total) / qreal(items.size() - 1);
    QHash<QString, QPointF> hosts;
    QHash<QString, QPointF> zones;
    qreal at = first;
    for (const Item &item : std::as_const(items)) {
        const qreal shift = at - start(item.rect);
        (item.zone ? zones : hosts).insert(item.id, horizontal ? QPointF(shift, 0) : QPointF(0, shift));
        at += extent(item.rect) + gap;
    }
    return moveBy(hosts, zones, false);
}

void EditorActions::zoomTo(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    m_view->fitInView(rect.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (m_view->zoom() > 2)
        m_view->setZoom(2);
    else
        m_view->setZoom(m_view->zoom()); // announces the new zoom
    m_view->centerOn(rect.center());
}

bool EditorActions::zoomToSelection()
{
    QRectF bounds;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected)
        bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty())
        return false;
    zoomTo(bounds);
    return true;
}

QMenu *EditorActions::createContextMenu(const QPoint &viewportPos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QPointF scenePos = m_view->mapToScene(viewportPos);
    QGraphicsItem *item = nullptr;
    const QList<QGraphicsItem *> under = m_view->items(viewportPos);
    for (QGraphicsItem *candidate : under) {
        const int type = candidate->type();
        if (type == HostItem::Type || type == LinkItem::Type || type == ZoneItem::Type) {
            item = candidate;
            break;
        }
    }
    // Inside a zone, a left click goes through to the canvas (a rubber band may start there), but a
    // right click is meant for the zone the user sees around the pointer: the topmost one.
    if (!item) {
        const QList<QGraphicsItem *> around = m_scene->items(
            scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder, m_view->transform());
        for (QGraphicsItem *candidate : around) {
            if (candidate->type() == ZoneItem::Type
                && static_cast<ZoneItem *>(candidate)->area().contains(scenePos)) {
                item = candidate;
                break;
            }
        }
    }
    // A right click on an item that is not selected selects it alone, as in every editor.
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    const bool editable = !m_scene->isReadOnly() && !m_document->isReadOnly();
    const auto add = [menu](const QString &name, const QString &text, auto slot) {
        auto *a = new QAction(text, menu);
        a->setObjectName(QStringLiteral("context-") + name); // not to be taken for the window's actions
        connect(a, &QAction::triggered, menu, slot);
        menu->addAction(a);
        return a;
    };
    const auto addDelete = [&] {
        add(QStringLiteral("delete"), tr("&Delete"), [this] {
            m_document->removeItems(
                m_scene->selectedHostIds(), m_scene->selectedLinks(), m_scene->selectedZoneIds());
        })->setEnabled(editable);
    };
    const auto addProperties = [&] {
        add(QStringLiteral("properties"), tr("&Properties"), [this] {
            if (m_callbacks.showProperties)
                m_callbacks.showProperties();
        });
    };
    if (!item) {
        add(QStringLiteral("paste"), tr("&Paste Here"), [this, scenePos] {
            m_clipboard->pasteAt(scenePos);
        })->setEnabled(editable && m_clipboard->canPaste());
        add(QStringLiteral("addZone"), tr("Add &Zone Here"), [this, scenePos] {
            const QString id = m_document->addZone(m_document->freeZoneArea(scenePos, QSizeF(360, 240)));
            if (ZoneItem *zone = m_scene->zoneItem(id)) {
                m_scene->clearSelection();
                zone->setSelected(true);
            }
        })->setEnabled(editable);
        menu->addSeparator();
        add(QStringLiteral("selectAll"), tr("Select &All"), [this] { m_scene->selectAll(); });
        add(QStringLiteral("zoomFit"), tr("&Fit to View"), [this] { m_view->fitToView(); });
        return menu;
    }
    const int type = item->type();
    if (type == HostItem::Type || type == LinkItem::Type) {
        QStringList ends;
        if (type == HostItem::Type) {
            ends = m_scene->selectedHostIds();
        } else {
            const auto *link = static_cast<const LinkItem *>(item);
            ends = {link->hostA()->id(), link->hostB()->id()};
        }
        add(QStringLiteral("selectFlows"),
            type == HostItem::Type ? tr("Select &Flows") : tr("Select &Flows of the Link"), [this, ends] {
                m_scene->selectHosts(ends);
                if (m_callbacks.showFlows)
                    m_callbacks.showFlows();
            });
        // A custom flow from the host clicked (to the other host when two are selected), or
        // between the link's two ends.
        QString source = ends.value(0);
        QString destination = ends.value(1);
        if (type == HostItem::Type) {
            source = static_cast<const HostItem *>(item)->id();
            destination = ends.size() == 2 ? ends.value(ends.indexOf(source) == 0 ? 1 : 0) : QString();
        }
        add(QStringLiteral("addCustomFlow"), tr("Add &Custom Flow…"), [this, source, destination] {
            if (m_callbacks.addCustomFlow)
                m_callbacks.addCustomFlow(source, destination);
        })->setEnabled(editable && m_callbacks.addCustomFlow && m_document->design().hosts().size() >= 2);
    }
    add(QStringLiteral("zoomTo"), tr("&Zoom To"), [this] { zoomToSelection(); });
    menu->addSeparator();
    addDelete();
    menu->addSeparator();
    addProperties();
    if (m_scene->selectedHostIds().size() + m_scene->selectedZoneIds().size() >= 2) {
        menu->addSeparator();
        menu->addMenu(m_alignMenu);
    }
    return menu;
}

void EditorActions::attachFlowMatrix(QAbstractItemView *rows)
{
    rows->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(rows, &QWidget::customContextMenuRequested, this, [this, rows](const QPoint &pos) {
        const QModelIndex index = rows->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu *menu = createRowMenu(index, rows);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(rows->viewport()->mapToGlobal(pos));
    });
}

QMenu *EditorActions::createRowMenu(const QModelIndex &row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QStringList hosts;
    for (const int role : {FlowTableModel::SourceIdRole, FlowTableModel::DestinationIdRole}) {
        const QString id = row.siblingAtColumn(0).data(role).toString();
        if (m_scene->hostItem(id) && !hosts.contains(id))
            hosts << id; // a block row's "any" source is no host
    }
    const auto add = [menu](const QString &name, const QString &text, auto slot) {
        auto *a = new QAction(text, menu);
        a->setObjectName(QStringLiteral("context-") + name);
        connect(a, &QAction::triggered, menu, slot);
        menu->addAction(a);
        a->setEnabled(false);
        return a;
    };
    add(QStringLiteral("selectHosts"), tr("&Select Its Hosts"), [this, hosts] {
        m_scene->selectHosts(hosts);
    })->setEnabled(!hosts.isEmpty());
    add(QStringLiteral("zoomTo"), tr("&Zoom To Its Hosts"), [this, hosts] {
        QRectF bounds;
        for (const QString &id : hosts)
            bounds |= hostRect(id);
        zoomTo(bounds);
    })->setEnabled(!hosts.isEmpty());
    menu->addSeparator();
    add(QStringLiteral("properties"), tr("&Properties of the Source"),
        [this, hosts] {
            m_scene->selectHosts({hosts.first()});
            if (m_callbacks.showProperties)
                m_callbacks.showProperties();
        })
        ->setEnabled(!hosts.isEmpty()
            && row.siblingAtColumn(0).data(FlowTableModel::SourceIdRole).toString() == hosts.first());
    return menu;
}

bool EditorActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ContextMenu) {
        auto *context = static_cast<QContextMenuEvent *>(event);
        QMenu *menu = createContextMenu(context->pos(), m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(context->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace portolan
