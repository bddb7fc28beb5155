#include "proberesultsmodel.h"

#include "probe/probereport.h"
#include "probemarkitem.h"

#include <QBrush>

namespace portolan {

ProbeResultsModel::ProbeResultsModel(const Design *design, const ProbeRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_design(design)
    , m_runner(runner)
{ }

void ProbeResultsModel::targetChanged(int target)
{
    emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

int ProbeResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runner->plan().targets().size());
}

int ProbeResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ProbeTarget &target = m_runner->plan().targets().at(index.row());
    const ProbeOutcome &outcome = m_runner->outcomes().at(index.row());
    const ProbeVerdict verdict = probeVerdict(target.expected, outcome.result);
    const Host &destination = m_design->hosts().at(target.destination);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case VerdictColumn:
            if (role == SortRole)
                return int(verdict);
            return ProbeReport::verdictTitle(verdict);
        case DestinationColumn:
            return destination.displayName();
        case AddressColumn:
            return target.address.isNull() ? tr("(no address)") : target.address.toString();
        case ProtocolColumn:
            return protocolName(target.protocol);
        case PortColumn:
            if (role == SortRole)
                return target.port >= 0 ? target.port : target.ports.firstPort();
            return ProbeReport::portText(target);
        case ExpectedColumn:
            return probeExpectationName(target.expected);
        case ResultColumn:
            return outcome.result == ProbeResult::Pending ? tr("waiting") : probeResultName(outcome.result);
        case RuleColumn:
            return target.rule;
        case ServiceColumn:
            return target.service;
        case DetailColumn:
            return outcome.detail;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return ProbeMarkItem::symbolIcon(verdict);
        break;
    case Qt::ToolTipRole:
        return ProbeReport::resultText(target, outcome);
    case Qt::ForegroundRole:
        if (verdict == ProbeVerdict::Difference)
            return QBrush(ProbeMarkItem::colour(verdict));
        break;
    case VerdictRole:
        return int(verdict);
    }
    return {};
}

QVariant ProbeResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case DestinationColumn:
        return tr("Destination");
    case AddressColumn:
        return tr("Address");
    case ProtocolColumn:
        return tr("Protocol");
    case PortColumn:
        return tr("Port");
    case ExpectedColumn:
        return tr("Expected");
    case ResultColumn:
        return tr("Result");
    case RuleColumn:
        return tr("Rule");
    case ServiceColumn:
        return tr("Service");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace portolan
