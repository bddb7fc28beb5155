#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPair>
#include <QString>

namespace portolan {

class FlowArrowItem;
class HostItem;
class LinkItem;

/**
 * The links, flow arrows and cards of a zoomed-out canvas, drawn by one item. Far out a link or
 * an arrow is a line a fraction of a pixel wide (an arrow without its head) and a card a block of
 * a few pixels, and tens of thousands of them cost a frame more in finding, sorting and setting up
 * each item, and in antialiasing lines no wider than a pixel, than in what the user sees. While
 * the scene is condensed it hides the arrow items, and the links and cards leave their drawing to
 * this item (a selected, highlighted or dimmed one still draws itself). It draws in device pixels,
 * each pixel line once: links, then arrows over them, then the cards over both.
 */
class OverviewLinesItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    using Arrows = QHash<QPair<HostItem *, HostItem *>, FlowArrowItem *>;

    /// The scene's cards, links and arrows; they must outlive the item.
    OverviewLinesItem(
        const QHash<QString, HostItem *> *hosts, const QList<LinkItem *> *links, const Arrows *arrows);

    /// Cards, links or arrows changed (added, removed, moved): they are gathered again.
    void invalidate();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void gather() const;

    const QHash<QString, HostItem *> *m_hosts;
    const QList<LinkItem *> *m_links;
    const Arrows *m_arrows;
    mutable bool m_gathered = false;
    mutable QList<QLineF> m_catalogLines;
    mutable QList<QLineF> m_customLines;
    mutable QRectF m_bounds;
};

} // namespace portolan
