#pragma once

#include "model/design.h"
#include "probe/proberunner.h"

#include <QAbstractTableModel>

namespace portolan {

/**
 * A probe's results as a table, one row per target of its plan: the verdict (symbol and words),
 * destination, address, protocol, port, expectation, result, rule, service and what was seen.
 * Rows fill in as the runner reports them.
 */
class ProbeResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VerdictColumn,
        DestinationColumn,
        AddressColumn,
        ProtocolColumn,
        PortColumn,
        ExpectedColumn,
        ResultColumn,
        RuleColumn,
        ServiceColumn,
        DetailColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, VerdictRole };

    ProbeResultsModel(const Design *design, const ProbeRunner *runner, QObject *parent = nullptr);

    /// The runner reported this target.
    void targetChanged(int target);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Design *m_design;
    const ProbeRunner *m_runner;
};

} // namespace portolan
