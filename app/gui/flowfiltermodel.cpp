#include "flowfiltermodel.h"

#include "flowtablemodel.h"

namespace portolan {

FlowFilterModel::FlowFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FlowTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FlowFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void FlowFilterModel::setZonePair(const QString &sourceZone, const QString &destinationZone)
{
    m_zonePairSet = true;
    m_sourceZone = sourceZone;
    m_destinationZone = destinationZone;
    invalidateFilter();
}

void FlowFilterModel::clearZonePair()
{
    m_zonePairSet = false;
    invalidateFilter();
}

void FlowFilterModel::setHosts(const QStringList &hostIds)
{
    const QSet<QString> hosts(hostIds.cbegin(), hostIds.cend());
    if (hosts == m_hosts)
        return;
    m_hosts = hosts;
    invalidateFilter();
}

void FlowFilterModel::setProtocol(int protocol)
{
    m_protocol = protocol;
    invalidateFilter();
}

bool FlowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_protocol >= 0 && first.data(FlowTableModel::ProtocolRole).toInt() != m_protocol)
        return false;
    if (!m_hosts.isEmpty()) {
        const QString source = first.data(FlowTableModel::SourceIdRole).toString();
        const QString destination = first.data(FlowTableModel::DestinationIdRole).toString();
        if (!m_hosts.contains(source) && !m_hosts.contains(destination))
            return false;
    }
    if (m_zonePairSet) {
        if (first.data(FlowTableModel::SourceIdRole).toString().isEmpty()
            || first.data(FlowTableModel::SourceZoneRole).toString() != m_sourceZone
            || first.data(FlowTableModel::DestinationZoneRole).toString() != m_destinationZone)
            return false;
    }
    if (!m_text.isEmpty()) {
        for (int column = 0; column < model->columnCount(sourceParent); ++column) {
            if (model->index(sourceRow, column, sourceParent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace portolan
