#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace portolan {

class Document;
struct Flow;

/**
 * The derived flows and blocks as a table: one row per directional flow, as the firewall team
 * reads it. Follows the document's derivation row by row: the rows of the flows an edit changed
 * are removed, inserted or updated, and the rest stay (with the view's scroll position and
 * selection); a new design resets it. Sorting reads SortRole so ports and counts sort as numbers.
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
        CustomFlowRole, ///< the custom flow's id on a row of a custom flow, else empty
    };

    explicit FlowTableModel(Document *document, QObject *parent = nullptr);
    ~FlowTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The zone pairs that flows cross, as (source zone id, destination zone id), in first-seen order.
    QList<QPair<QString, QString>> zonePairs() const { return m_zonePairs; }
    QString zoneName(const QString &zoneId) const;

signals:
    /// The zone pairs changed (a pair's first flow came or its last one went), or a zone's name.
    void zonePairsChanged();

private:
    struct Row;
    using ZonePair = QPair<QString, QString>;

    void reset();
    void follow();
    std::unique_ptr<Row> makeRow(const Flow &flow) const;
    /// A number for a zone id, the same for equal ids while the model lives.
    quint32 zoneKey(const QString &zoneId) const;
    void count(const Row &row, int delta);
    void updateZonePairs(bool changed);
    void renameZones();

    Document *m_document;
    std::vector<std::unique_ptr<Row>> m_rows;
    QList<ZonePair> m_zonePairs;
    QHash<ZonePair, int> m_zonePairRows; ///< rows per zone pair
    mutable QHash<QString, quint32> m_zoneKeys; ///< see zoneKey()
    bool m_zonePairSetChanged = false;
};

} // namespace portolan
