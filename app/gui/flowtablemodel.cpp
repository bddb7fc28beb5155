#include "flowtablemodel.h"

#include "document.h"
#include "theme.h"

#include "catalog/catalogtext.h"
#include "model/customflow.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace portolan {

/** What a row shows, made when the row comes, so the table never reads a stale design. */
struct FlowTableModel::Row
{
    Flow flow;
    QString sourceId;
    QString sourceName;
    QString destinationId;
    QString destinationName;
    QString sourceZone;
    QString destinationZone;
    QString zones;
    QString ports;
    quint64 zonePair = 0; ///< the two zone ids as numbers (zoneKey()), for a quick scan of the pairs
};

FlowTableModel::FlowTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::derivationChanged, this, &FlowTableModel::follow);
    // Zone names show in the rows; a zone that comes or goes names its id's rows.
    connect(document, &Document::zoneChanged, this, &FlowTableModel::renameZones);
    connect(document, &Document::zoneAdded, this, &FlowTableModel::renameZones);
    connect(document, &Document::zoneRemoved, this, &FlowTableModel::renameZones);
    reset();
}

FlowTableModel::~FlowTableModel() = default;

QString FlowTableModel::zoneName(const QString &zoneId) const
{
    if (zoneId.isEmpty())
        return tr("no zone");
    const Zone *zone = m_document->design().zone(zoneId);
    return zone && !zone->name.isEmpty() ? zone->name : zoneId;
}

std::unique_ptr<FlowTableModel::Row> FlowTableModel::makeRow(const Flow &flow) const
{
    const Design &design = m_document->derivedDesign();
    auto row = std::make_unique<Row>();
    row->flow = flow;
    if (flow.source >= 0) {
        const Host &source = design.hosts().at(flow.source);
        row->sourceId = source.id;
        row->sourceName = source.displayName();
        row->sourceZone = source.zone;
    } else {
        row->sourceName = tr("Any");
    }
    if (flow.destination >= 0) {
        const Host &destination = design.hosts().at(flow.destination);
        row->destinationId = destination.id;
        row->destinationName = destination.displayName();
        row->destinationZone = destination.zone;
    }
    row->zones = flow.source >= 0
        ? tr("%1 → %2").arg(zoneName(row->sourceZone), zoneName(row->destinationZone))
        : tr("Any → %1").arg(zoneName(row->destinationZone));
    row->zonePair = (quint64(zoneKey(row->sourceZone)) << 32) | zoneKey(row->destinationZone);
    row->ports = flow.ports.isEmpty() ? QString() : flow.ports.toString();
    if (!flow.sourcePorts.isEmpty())
        row->ports = tr("%1 (from %2)").arg(row->ports, flow.sourcePorts.toString());
    return row;
}

quint32 FlowTableModel::zoneKey(const QString &zoneId) const
{
    const auto found = m_zoneKeys.constFind(zoneId);
    if (found != m_zoneKeys.cend())
        return *found;
    const quint32 key = quint32(m_zoneKeys.size());
    m_zoneKeys.insert(zoneId, key);
    return key;
}

void FlowTableModel::count(const Row &row, int delta)
{
    if (row.flow.source < 0)
        return;
    int &rows = m_zonePairRows[{row.sourceZone, row.destinationZone}];
    if ((rows == 0) != (rows + delta == 0))
        m_zonePairSetChanged = true;
    rows += delta;
    if (rows == 0)
        m_zonePairRows.remove({row.sourceZone, row.destinationZone});
}

void FlowTableModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_zonePairRows.clear();
    const QList<Flow> &flows = m_document->derivation().flows;
    m_rows.reserve(flows.size());
    for (const Flow &flow : flows) {
        m_rows.push_back(makeRow(flow));
        count(*m_rows.back(), 1);
    }
    endResetModel();
    updateZonePairs(true);
}

void FlowTableModel::follow()
{
    const QList<Flow> &flows = m_document->derivation().flows;
    if (m_document->wasReset()) {
        reset();
        return;
    }
    m_zonePairSetChanged = false;
    // Spans come in increasing order; each one's position counts the spans before it as done.
    for (const FlowSpan &span : m_document->flowChanges()) {
        if (span.removed == span.inserted) {
            for (int k = 0; k < span.inserted; ++k) {
                std::unique_ptr<Row> &row = m_rows[span.first + k];
                count(*row, -1);
                row = makeRow(flows.at(span.first + k));
                count(*row, 1);
            }
            emit dataChanged(index(span.first, 0), index(span.first + span.inserted - 1, ColumnCount - 1));
            continue;
        }
        if (span.removed > 0) {
            beginRemoveRows(QModelIndex(), span.first, span.first + span.removed - 1);
            const auto first = m_rows.begin() + span.first;
            for (auto it = first; it != first + span.removed; ++it)
                count(**it, -1);
            m_rows.erase(first, first + span.removed);
            endRemoveRows();
        }
        if (span.inserted > 0) {
            beginInsertRows(QModelIndex(), span.first, span.first + span.inserted - 1);
            std::vector<std::unique_ptr<Row>> fresh;
            fresh.reserve(span.inserted);
            for (int k = 0; k < span.inserted; ++k) {
                fresh.push_back(makeRow(flows.at(span.first + k)));
                count(*fresh.back(), 1);
            }
            m_rows.insert(m_rows.begin() + span.first, std::make_move_iterator(fresh.begin()),
                std::make_move_iterator(fresh.end()));
            endInsertRows();
        }
    }
    Q_ASSERT(m_rows.size() == size_t(flows.size()));
    updateZonePairs(m_zonePairSetChanged);
}

void FlowTableModel::updateZonePairs(bool changed)
{
    if (!changed)
        return;
    // The first-seen order of the pairs: a scan, done only when a pair comes or goes.
    // Pairs are compared as numbers, and a row of the same pair as the row before (most are: rows
    // come by source host) is passed over at once.
    m_zonePairs.clear();
    QSet<quint64> seen;
    seen.reserve(m_zonePairRows.size());
    quint64 previous = ~quint64(0);
    for (const auto &row : m_rows) {
        if (row->flow.source < 0 || row->zonePair == previous)
            continue;
        previous = row->zonePair;
        if (!seen.contains(previous)) {
            seen.insert(previous);
            m_zonePairs.append({row->sourceZone, row->destinationZone});
        }
    }
    emit zonePairsChanged();
}

void FlowTableModel::renameZones()
{
    // A zone's name shows in every row of its flows and in the zone pair filter.
    for (auto &row : m_rows) {
        row->zones = row->flow.source >= 0
            ? tr("%1 → %2").arg(zoneName(row->sourceZone), zoneName(row->destinationZone))
            : tr("Any → %1").arg(zoneName(row->destinationZone));
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, ZonesColumn), index(int(m_rows.size()) - 1, ZonesColumn));
    emit zonePairsChanged();
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
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &row = *m_rows.at(index.row());
    const Flow &flow = row.flow;
    const bool block = flow.action == Action::Block;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case ActionColumn:
            if (role == Qt::DisplayRole && CustomFlow::isCustomRule(flow.rule))
                return tr("Allow (custom)");
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
        if (CustomFlow::isCustomRule(flow.rule))
            return tr("Custom flow added by the designers (%1).").arg(flow.reference);
        break;
    case Qt::ForegroundRole:
        if (block)
            return QBrush(Theme::blockTextColour());
        break;
    case Qt::BackgroundRole:
        if (block)
            return QBrush(Theme::blockBackgroundColour());
        if (CustomFlow::isCustomRule(flow.rule)) // custom rows stand out from the catalog's
            return QBrush(Theme::isDark() ? QColor(0x4a, 0x3f, 0x1c) : QColor(0xff, 0xf4, 0xd6));
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
    case CustomFlowRole:
        return CustomFlow::isCustomRule(flow.rule) ? flow.rule.mid(7) : QString();
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
