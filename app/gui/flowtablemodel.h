#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace portolan {

class Document;

/**
 * The derived flows and blocks as a table: one row per directional flow, as the firewall team
 * reads it. Rebuilt when the document's derivation changes; sorting reads SortRole so ports and
 * counts sort as numbers.
 */
class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ActionColumn,
        SourceColumn,
        DestinationColumn,
        ZonesColumn,
        ProtocolColumn,
        PortsColumn,
        ServiceColumn,
        ReferenceColumn,
        NotesColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        SourceIdRole,
        DestinationIdRole,
        SourceZoneRole,
        DestinationZoneRole,
        ProtocolRole, ///< int(Protocol)
        BlockRole,
    };

    explicit FlowTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The zone pairs that flows cross, as (source zone id, destination zone id), in first-seen order.
    QList<QPair<QString, QString>> zonePairs() const { return m_zonePairs; }
    QString zoneName(const QString &zoneId) const;

private:
    struct Row
    {
        QString sourceId;
        QString sourceName;
        QString destinationId;
        QString destinationName;
        QString sourceZone;
        QString destinationZone;
        QString zones;
        QString ports;
    };
    void reload();

    Document *m_document;
    QList<Row> m_rows;
    QList<QPair<QString, QString>> m_zonePairs;
};

} // namespace portolan
