#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QPair>
#include <QPointF>
#include <QStringList>

namespace portolan {

class Document;
class FlowArrowItem;
class OverviewLinesItem;
class HostItem;
class LinkItem;
class ZoneItem;
struct Host;
struct Zone;

/**
 * The canvas: mirrors the document's design with one item per zone, host and link, and the
 * derived flows as arrows. It never edits the design directly: drops, links, drags and resizes
 * become undo commands on the document, and the items follow the document's change signals.
 */
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    HostItem *hostItem(const QString &id) const { return m_hostItems.value(id); }
    ZoneItem *zoneItem(const QString &id) const { return m_zoneItems.value(id); }
    const QList<LinkItem *> &linkItems() const { return m_linkItems; }
    int flowArrowCount() const { return int(m_arrows.size()); }
    /// The arrow of the flows from one host to another, or null when none is drawn.
    FlowArrowItem *flowArrow(const QString &sourceId, const QString &destinationId) const;

    QStringList selectedHostIds() const;
    QStringList selectedZoneIds() const;
    QList<QPair<QString, QString>> selectedLinks() const;
    void selectHosts(const QStringList &ids);
    /// Selects every host, zone and link, announcing the new selection once.
    void selectAll();

    /**
     * While set, the canvas refuses edits (drops, links, drags, resizes) whatever the document
     * allows: a mode that shows the design without editing it sets it. The scene is read-only
     * too while the document shows an old revision.
     */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    bool flowsShown() const { return m_showFlows; }
    void setFlowsShown(bool shown);
    /**
     * The view's zoom: below CondensedBelow the arrows (without their heads), the plain links and
     * the cards (blocks of colour there) are drawn together by one item, so a zoomed-out frame
     * does not pay for each of tens of thousands of items.
     */
    void setViewZoom(qreal zoom);
    static constexpr qreal CondensedBelow = 0.2;
    /// Links, arrows and cards are drawn together (the view is zoomed out below CondensedBelow).
    bool condensed() const { return m_condensed; }
    /// Marks the flow from one host to another (a matrix row); empty ids clear the mark.
    void highlightFlow(const QString &sourceId, const QString &destinationId);

    /// Creates a host of the type at the point, as a palette drop does; returns its id or empty.
    QString dropHostType(const QString &typeId, const QPointF &scenePos);
    /// Links two hosts if the catalog gives the pair a meaning; otherwise says why in a message.
    bool requestLink(const QString &a, const QString &b);

    // Called by the items.
    void hostItemMoved(HostItem *item);
    void zoneItemAboutToMove(ZoneItem *item, const QPointF &delta);
    void zoneResized(const QString &id, const QRectF &before, const QRectF &after);

signals:
    void statusMessage(const QString &message);
    void flowsShownChanged(bool shown);
    /// isReadOnly() changed: set by a mode, or an old revision shown or left.
    void readOnlyChanged(bool readOnly);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    /// Condensed, an arrow or a link near the pointer still shows its tooltip (see condensedToolTip).
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void rebuild();
    void addHostItem(const Host &host, const QPointF &centre);
    void addZoneItem(const Zone &zone);
    void addLinkItem(int index);
    /// The item of the design's link at `index`, added to the scene; null when a host is missing.
    LinkItem *createLinkItem(int index);
    void attach(HostItem *host, QGraphicsItem *item);
    void detach(QGraphicsItem *item);
    void rebuildFlowArrows();
    void clearFlowArrows();
    /// Moves the hosts without coordinates to where Placement puts them now.
    void placeHostsWithoutPosition();
    /// Gives each zone its palette colours by its index in the design.
    void recolourZones();
    /// Items move only while the scene can be edited; says so when that changed.
    void updateReadOnly();
    void growSceneRect(const QRectF &rect);
    void finishDrag();
    /// While condensed, the arrow items are hidden and a link is a hairline the overview draws: the
    /// tooltip of the arrow nearest the point, else of the link nearest it, within a few pixels of
    /// the screen; empty when there is none or a card is there (it has its own).
    QString condensedToolTip(const QPointF &scenePos) const;

    void onHostAdded(const QString &id);
    void onHostChanged(const QString &id);
    void onHostAboutToBeRemoved(const QString &id);
    void onLinkAdded(int index);
    void onLinkAboutToBeRemoved(int index);
    void onZoneAdded(const QString &id);
    void onZoneChanged(const QString &id);
    void onZoneAboutToBeRemoved(const QString &id);
    void onZoneRemoved();
    void onManyAboutToBeRemoved(
        const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds);
    void onManyRemoved();
    void onManyInserted(
        const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds);
    void onManyChanged(const QStringList &hostIds, const QStringList &zoneIds);
    /// Deletes a host's card with the arrows that follow it; true when it was selected.
    bool deleteHostItem(const QString &id);
    void syncZoneItem(const Zone &zone);

    Document *m_document;
    QHash<QString, HostItem *> m_hostItems;
    QHash<QString, ZoneItem *> m_zoneItems;
    QList<LinkItem *> m_linkItems; ///< in the order of the design's links
    QMultiHash<HostItem *, QGraphicsItem *> m_attached; ///< links and arrows that follow a host
    QHash<QPair<HostItem *, HostItem *>, FlowArrowItem *> m_arrows;
    FlowArrowItem *m_highlightArrow = nullptr;
    OverviewLinesItem *m_overview = nullptr; ///< draws links, arrows and cards while condensed
    bool m_condensed = false;
    qreal m_viewZoom = 1;
    QStringList m_highlightedHosts;
    bool m_showFlows = true;
    bool m_readOnly = false;
    bool m_wasReadOnly = false; ///< isReadOnly() as last announced
    bool m_syncing = false;
    bool m_dragging = false;
    bool m_selectionLost = false; ///< a batch removal took selected items

    QHash<QString, QPointF> m_dragHosts; ///< host id -> position at press
    QHash<QString, QPointF> m_dragZones;
    QHash<QString, QString> m_dragByZone; ///< member host id -> its zone, moving with the zone
};

} // namespace portolan
