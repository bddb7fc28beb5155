#pragma once

#include "probe/probeplan.h"

#include <QGraphicsObject>
#include <QIcon>
#include <QList>

namespace portolan {

/**
 * A probe's results on the canvas, beside a flow arrow (the allowed flows from the probing host to
 * one destination) or under a host (the block rows into it): for each kind of result a symbol whose
 * shape says the verdict and a word with a count, "passed 3", "filtered 1", so it reads without
 * colour. A graphics object, so whoever keeps one learns when the scene deletes it. The word
 * says what was seen: passed (open as planned), unexpected (open on a block),
 * refused (closed), filtered, not probed, waiting.
 */
class ProbeMarkItem : public QGraphicsObject
{
public:
    enum { Type = UserType + 20 };

    struct Entry
    {
        ProbeVerdict verdict = ProbeVerdict::Pending;
        QString word;
        int count = 0;
    };

    explicit ProbeMarkItem(const QString &caption = QString());

    /// Centres the mark on the point.
    void setCentre(const QPointF &centre);
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    /// "blocks: filtered 5", "passed 3, filtered 1": what the mark shows, as text.
    QString text() const;

    /// The word a mark uses for a result of a row with this action.
    static QString word(Action action, ProbeResult result);
    /// The symbol of a verdict: a check in a circle (as planned), a bar in a circle (passes, nothing
    /// listens), an exclamation mark in a triangle (difference), a dash in a square (not probed), an
    /// empty ring (waiting).
    static void paintSymbol(QPainter *painter, const QRectF &rect, ProbeVerdict verdict);
    static QIcon symbolIcon(ProbeVerdict verdict);
    static QColor colour(ProbeVerdict verdict);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void layout();

    QString m_caption;
    QList<Entry> m_entries;
    QPointF m_centre;
    QSizeF m_size;
};

} // namespace portolan
