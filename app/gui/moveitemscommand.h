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

private:
    void apply(bool forward);

    Document *m_document;
    QList<HostMove> m_hosts;
    QList<ZoneMove> m_zones;
};

} // namespace portolan
