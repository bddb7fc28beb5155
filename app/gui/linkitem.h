#pragma once

#include <QGraphicsItem>
#include <QPen>
#include <QString>

namespace portolan {

class HostItem;

/** A link between two hosts: a plain line from one card to the other. */
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    LinkItem(HostItem *a, HostItem *b, const QString &meaning);

    HostItem *hostA() const { return m_a; }
    HostItem *hostB() const { return m_b; }
    void setMeaning(const QString &meaning);
    void setDimmed(bool dimmed);
    void updateGeometry();
    const QLineF &line() const { return m_line; }
    /// While the canvas is zoomed far out, a plain link (neither selected nor dimmed) is drawn by
    /// the scene's overview with the others.
    bool drawnByOverview() const;
    /// The pen of a link neither selected nor dimmed.
    static QPen plainPen();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    HostItem *m_a;
    HostItem *m_b;
    QLineF m_line;
    bool m_dimmed = false;
};

} // namespace portolan
