#pragma once

#include "probe/proberunner.h"

#include <QHash>
#include <QIdentityProxyModel>

namespace portolan {

/**
 * The flow matrix with a probe's result column added after its own: for each flow or block row
 * the probe tries, what its ports gave ("open", "open 2, filtered 1", "waiting") and the verdict
 * in words and as a symbol; empty for the rows the probe does not concern. Sits between the flow
 * table and the matrix's filters (FlowMatrixWidget::setColumnsProxy()), so the result column
 * sorts and the text filter finds its words. Rows of the flow table are the derivation's flows.
 */
class ProbeMatrixColumn : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Roles { VerdictRole = Qt::UserRole + 64 };

    explicit ProbeMatrixColumn(const ProbeRunner *runner, QObject *parent = nullptr);

    /// The added column, after the flow table's own.
    int resultColumn() const;
    /// The runner reported this target.
    void targetChanged(int target);
    /// The result text of a flow row, and its verdict: the worst of its targets.
    QString resultText(int flow) const;
    ProbeVerdict verdict(int flow) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const ProbeRunner *m_runner;
    QHash<int, QList<int>> m_targetsOfFlow;
};

} // namespace portolan
