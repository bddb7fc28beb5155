#include "reviewfiltermodel.h"

#include "reviewtablemodel.h"

namespace portolan {

ReviewFilterModel::ReviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ReviewFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ReviewFilterModel::setVerdict(int verdict)
{
    m_verdict = verdict;
    invalidateFilter();
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_verdict >= 0
        && model->index(sourceRow, 0, sourceParent).data(ReviewTableModel::VerdictRole).toInt() != m_verdict)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace portolan
