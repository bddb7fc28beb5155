#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QUndoCommand>

namespace portolan {

class Document;

/**
 * Moves hosts and zones: one command per drag, pushed when the mouse is released. A host that
 * lands in another zone joins it in the same step.
 */
class MoveItemsCommand : public QUndoCommand
{
public:
    struct HostMove
    {
        QString id;
        QPointF oldPosition;
        bool oldHasPosition = false;
        QString oldZone;
        QPointF newPosition;
        QString newZone;
    };
    struct ZoneMove
    {
        QString id;
        QRectF oldArea;
        QRectF newArea;
    };

    MoveItemsCommand(Document *document, const QList<HostMove> &hosts, const QList<ZoneMove> &zones,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /// Marks the move as a nudge (arrow keys): nudges of the same items in a burst, each less
    /// than NudgeBurstMs after the one before, merge into one undo step.
    void setNudge(bool nudge);
    static constexpr qint64 NudgeBurstMs = 1500;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(bool forward);

    bool m_nudge = false;
    qint64 m_time = 0; ///< when the last nudge merged into this one came, in ms since the epoch

    Document *m_document;
    QList<HostMove> m_hosts;
    QList<ZoneMove> m_zones;
};

} // namespace portolan
