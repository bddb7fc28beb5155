#include "flowtablemodel.h"

#include "document.h"

#include "catalog/catalogtext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace portolan {

FlowTableModel::FlowTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::derivationChanged, this, &FlowTableModel::reload);
    reload();
}

QString FlowTableModel::zoneName(const QString &zoneId) const
{
    if (zoneId.isEmpty())
        return tr("no zone");
    const Zone *zone = m_document->derivedDesign().zone(zoneId);
    return zone && !zone->name.isEmpty() ? zone->name : zoneId;
}

void FlowTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_zonePairs.clear();
    const Design &design = m_document->derivedDesign();
    const QList<Flow> &flows = m_document->derivation().flows;
    m_rows.reserve(flows.size());
    QSet<QPair<QString, QString>> seen;
    QHash<QString, QString> zoneNames;
    const auto nameOf = [&](const QString &id) {
        auto it = zoneNames.constFind(id);
        if (it == zoneNames.constEnd())
            it = zoneNames.insert(id, zoneName(id));
        return *it;
    };
    for (const Flow &flow : flows) {
        Row row;
        if (flow.source >= 0) {
            const Host &source = design.hosts().at(flow.source);
            row.sourceId = source.id;
            row.sourceName = source.displayName();
            row.sourceZone = source.zone;
        } else {
            row.sourceName = tr("Any");
        }
        if (flow.destination >= 0) {
            const Host &destination = design.hosts().at(flow.destination);
            row.destinationId = destination.id;
            row.destinationName = destination.displayName();
            row.destinationZone = destination.zone;
        }
        row.zones = flow.source >= 0 ? tr("%1 → %2").arg(nameOf(row.sourceZone), nameOf(row.destinationZone))
                                     : tr("Any → %1").arg(nameOf(row.destinationZone));
        row.ports = flow.ports.isEmpty() ? QString() : flow.ports.toString();
        if (!flow.sourcePorts.isEmpty())
            row.ports = tr("%1 (from %2)").arg(row.ports, flow.sourcePorts.toString());
        if (flow.source >= 0) {
            const QPair<QString, QString> pair(row.sourceZone, row.destinationZone);
            if (!seen.contains(pair)) {
                seen.insert(pair);
                m_zonePairs.append(pair);
            }
        }
        m_rows.append(row);
    }
    endResetModel();
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Flow &flow = m_document->derivation().flows.at(index.row());
    const bool block = flow.action == Action::Block;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case ActionColumn:
            return block ? tr("Block") : tr("Allow");
        case SourceColumn:
            return row.sourceName;
        case DestinationColumn:
            return row.destinationName;
        case ZonesColumn:
            return row.zones;
        case ProtocolColumn:
            return protocolName(flow.protocol);
        case PortsColumn:
            if (role == SortRole)
                return flow.ports.firstPort();
            return row.ports;
        case ServiceColumn:
            return CatalogText::service(flow.rule, flow.service);
        case ReferenceColumn:
            return flow.reference;
        case NotesColumn:
            return CatalogText::notes(flow.rule, flow.notes);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReferenceColumn || index.column() == NotesColumn
            || index.column() == ServiceColumn)
            return data(index, Qt::DisplayRole);
        if (block)
            return tr("Recommended block: traffic the product should not receive.");
        break;
    case Qt::ForegroundRole:
        if (block)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        break;
    case Qt::BackgroundRole:
        if (block)
            return QBrush(QColor(0xfd, 0xec, 0xec));
        break;
    case Qt::FontRole:
        if (block && index.column() == ActionColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case SourceIdRole:
        return row.sourceId;
    case DestinationIdRole:
        return row.destinationId;
    case SourceZoneRole:
        return row.sourceZone;
    case DestinationZoneRole:
        return row.destinationZone;
    case ProtocolRole:
        return int(flow.protocol);
    case BlockRole:
        return block;
    }
    return {};
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case ZonesColumn:
        return tr("Zones");
    case ProtocolColumn:
        return tr("Protocol");
    case PortsColumn:
        return tr("Ports");
    case ServiceColumn:
        return tr("Service");
    case ReferenceColumn:
        return tr("Reference");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace portolan
