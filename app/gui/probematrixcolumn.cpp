#include "probematrixcolumn.h"

#include "flowtablemodel.h"
#include "probe/probereport.h"
#include "probemarkitem.h"

#include <QBrush>
#include <QFont>

namespace portolan {

namespace {

/// Worst first: a difference outweighs everything, waiting outweighs what is already known.
int weight(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Difference:
        return 4;
    case ProbeVerdict::ServiceDown:
        return 3;
    case ProbeVerdict::Pending:
        return 2;
    case ProbeVerdict::AsPlanned:
        return 1;
    case ProbeVerdict::NotProbed:
        return 0;
    }
    return 0;
}

} // namespace

ProbeMatrixColumn::ProbeMatrixColumn(const ProbeRunner *runner, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_runner(runner)
{
    const QList<ProbeTarget> &targets = runner->plan().targets();
    for (int index = 0; index < targets.size(); ++index)
        m_targetsOfFlow[targets.at(index).flow].append(index);
}

int ProbeMatrixColumn::resultColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

void ProbeMatrixColumn::targetChanged(int target)
{
    const int flow = m_runner->plan().targets().at(target).flow;
    if (!sourceModel() || flow < 0 || flow >= rowCount())
        return;
    const QModelIndex cell = index(flow, resultColumn());
    emit dataChanged(cell, cell);
}

ProbeVerdict ProbeMatrixColumn::verdict(int flow) const
{
    const auto found = m_targetsOfFlow.constFind(flow);
    if (found == m_targetsOfFlow.cend())
        return ProbeVerdict::NotProbed;
    ProbeVerdict worst = ProbeVerdict::NotProbed;
    for (const int target : *found) {
        const ProbeVerdict v = probeVerdict(
            m_runner->plan().targets().at(target).expected, m_runner->outcomes().at(target).result);
        if (weight(v) > weight(worst))
            worst = v;
    }
    return worst;
}

QString ProbeMatrixColumn::resultText(int flow) const
{
    const auto found = m_targetsOfFlow.constFind(flow);
    if (found == m_targetsOfFlow.cend())
        return QString();
    // Counts per result, in a fixed order.
    const ProbeResult order[] = {ProbeResult::Open, ProbeResult::Closed, ProbeResult::Filtered,
        ProbeResult::NotProbed, ProbeResult::Pending};
    QHash<int, int> counts;
    for (const int target : *found)
        ++counts[int(m_runner->outcomes().at(target).result)];
    QStringList parts;
    for (const ProbeResult result : order) {
        const int count = counts.value(int(result));
        if (count == 0)
            continue;
        const QString word = result == ProbeResult::Pending ? tr("waiting")
            : result == ProbeResult::NotProbed              ? tr("not probed")
                                                            : probeResultName(result);
        parts.append(counts.size() == 1 && found->size() == 1 ? word : tr("%1 %2").arg(word).arg(count));
    }
    QString text = parts.join(QStringLiteral(", "));
    const ProbeTarget &first = m_runner->plan().targets().at(found->front());
    if (first.sampled)
        text = tr("%1 (a sample of the range)").arg(text);
    switch (verdict(flow)) {
    case ProbeVerdict::Difference:
        return tr("%1: difference").arg(text);
    case ProbeVerdict::ServiceDown:
        return tr("%1: passes, nothing listens").arg(text);
    case ProbeVerdict::AsPlanned:
        return tr("%1: as planned").arg(text);
    case ProbeVerdict::NotProbed:
    case ProbeVerdict::Pending:
        break;
    }
    return text;
}

int ProbeMatrixColumn::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount() + 1;
}

QModelIndex ProbeMatrixColumn::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return {};
    if (column == resultColumn())
        return row >= 0 && row < rowCount() ? createIndex(row, column) : QModelIndex();
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex ProbeMatrixColumn::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ProbeMatrixColumn::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex ProbeMatrixColumn::mapToSource(const QModelIndex &proxyIndex) const
{
    if (proxyIndex.isValid() && proxyIndex.column() == resultColumn())
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QVariant ProbeMatrixColumn::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != resultColumn())
        return QIdentityProxyModel::data(index, role);
    const int flow = index.row();
    if (role == FlowTableModel::SortRole) {
        // Sorted by verdict: differences at one end, rows the probe does not concern at the other.
        return m_targetsOfFlow.contains(flow) ? weight(verdict(flow)) : -1;
    }
    if (role >= Qt::UserRole && role != VerdictRole) {
        // The flow table's own roles (host ids, zones, protocol) hold for the whole row.
        return sourceModel()->index(flow, 0).data(role);
    }
    if (!m_targetsOfFlow.contains(flow))
        return {};
    const ProbeVerdict v = verdict(flow);
    switch (role) {
    case Qt::DisplayRole:
        return resultText(flow);
    case Qt::DecorationRole:
        return ProbeMarkItem::symbolIcon(v);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const int target : m_targetsOfFlow.value(flow)) {
            const ProbeTarget &t = m_runner->plan().targets().at(target);
            lines.append(tr("Port %1: %2")
                             .arg(ProbeReport::portText(t),
                                 ProbeReport::resultText(t, m_runner->outcomes().at(target))));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (v == ProbeVerdict::Difference)
            return QBrush(ProbeMarkItem::colour(v));
        break;
    case Qt::FontRole:
        if (v == ProbeVerdict::Difference) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case VerdictRole:
        return int(v);
    }
    return {};
}

QVariant ProbeMatrixColumn::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == resultColumn() && role == Qt::DisplayRole)
        return tr("Probe result");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags ProbeMatrixColumn::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == resultColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QIdentityProxyModel::flags(index);
}

} // namespace portolan
