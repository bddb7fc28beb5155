#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QRectF>
#include <QString>

namespace portolan {

/**
 * A mark of compare mode on the canvas: around a host, link or zone that the change adds or
 * changes, or in place of one it removes (a ghost, where the old design had it). Marks read without
 * colour: added is a solid outline with a square "+" badge, changed a dashed outline with a diamond
 * "~" badge, removed a dotted, hatched ghost with a round "−" badge; a custom flow's mark is an
 * arrow in the same strokes beside the line between its hosts. The colours (blue, orange,
 * vermillion) are told apart with the common forms of colour blindness too.
 */
class CompareMarkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };
    enum class Mark { Added, Changed, Removed };
    enum class Subject { Host, Link, Zone, CustomFlow };

    /// A mark around (or a ghost of) a host card or a zone area.
    CompareMarkItem(
        Subject subject, Mark mark, const QString &id, const QRectF &rect, const QString &label = QString());
    /// A mark along (or a ghost of) a link from one host centre to another.
    CompareMarkItem(Mark mark, const QString &id, const QLineF &line);
    /// A mark of a custom flow, an arrow from its source's centre to its destination's, drawn beside
    /// the line between them so that it does not hide a link's mark; `label` is its tooltip.
    CompareMarkItem(Mark mark, const QString &id, const QLineF &line, const QString &label);

    Subject subject() const { return m_subject; }
    Mark mark() const { return m_mark; }
    /// The host, zone or custom flow id; for a link "a|b|occurrence" with a <= b.
    QString id() const { return m_id; }
    bool isGhost() const { return m_mark == Mark::Removed; }
    /// Where a link's or custom flow's mark runs (a custom flow's from source to destination).
    QLineF line() const { return m_line; }

    static QColor colour(Mark mark);
    /// The badge alone, as the Changes dock's icons and the legend draw it.
    static void paintBadge(QPainter *painter, Mark mark, const QPointF &centre, qreal size);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPen outlinePen(qreal width) const;
    QPointF badgeCentre() const;
    bool isLine() const { return m_subject == Subject::Link || m_subject == Subject::CustomFlow; }

    Subject m_subject;
    Mark m_mark;
    QString m_id;
    QRectF m_rect;
    QLineF m_line;
    QString m_label;
};

} // namespace portolan
