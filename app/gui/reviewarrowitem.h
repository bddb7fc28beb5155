#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QLineF>
#include <QPolygonF>

namespace portolan {

/**
 * An arrow the review mode lays over the canvas for the selected request: a flow the design
 * requires (solid), what the request opens beyond it (dashed) or what the design forbids
 * (dotted), or a flow a complete rule set misses (dash-dotted). It belongs to the review, not to the design,
 * and goes when the selection changes; a QObject, so the review notices when a rebuilt canvas took it away.
 */
class ReviewArrowItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum class Kind { Required, Excess, Forbidden, Missing };
    enum { Type = UserType + 20 };

    ReviewArrowItem(const QPointF &from, const QPointF &to, Kind kind, const QString &label);

    Kind kind() const { return m_kind; }
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QColor colour(Kind kind);

private:
    QLineF m_line;
    QPolygonF m_head;
    Kind m_kind;
};

} // namespace portolan
