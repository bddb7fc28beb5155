#pragma once

#include "review/reviewengine.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace portolan {

/**
 * The requests of a review as a table: one row per request line with its verdict, shown by name,
 * icon and colour (never colour alone). Sorting reads SortRole: verdicts sort from the most
 * pressing (forbidden, conflicts) to the settled ones, lines by their number.
 */
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        VerdictColumn,
        ActionColumn,
        SourceColumn,
        DestinationColumn,
        ProtocolColumn,
        PortsColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        VerdictRole, ///< int(Verdict)
        RequestRole, ///< the request's index in the result
    };

    explicit ReviewTableModel(QObject *parent = nullptr);

    void setResult(const ReviewResult &result);
    const ReviewResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A verdict's icon: a coloured disc with a sign of its own (tick, cross, question mark ...).
    static QIcon verdictIcon(Verdict verdict);
    /// The order verdicts sort in, most pressing first.
    static int verdictRank(Verdict verdict);

private:
    ReviewResult m_result;
};

} // namespace portolan
