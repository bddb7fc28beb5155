#pragma once

#include <QSortFilterProxyModel>

namespace portolan {

/** Filters the review table by free text (any column) and by verdict; sorts by SortRole. */
class ReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// int(Verdict), or -1 for every verdict.
    void setVerdict(int verdict);
    int verdict() const { return m_verdict; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_verdict = -1;
};

} // namespace portolan
