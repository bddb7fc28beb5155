#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace portolan {

class Catalog;

/**
 * Help > Catalog Browser: every host type, link meaning, flow, block, requirement and finding of
 * the loaded catalog with the vendor document it cites, in one table a filter field searches
 * (any column, any case).
 */
class CatalogBrowser : public QDialog
{
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, DescriptionColumn, ReferenceColumn, ColumnCount };

    explicit CatalogBrowser(const Catalog &catalog, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    /// The table as shown, after the filter.
    QTreeView *view() const { return m_view; }
    /// Every entry of the catalog, before the filter.
    QStandardItemModel *model() const { return m_model; }

private:
    void fill(const Catalog &catalog);
    void addRow(
        const QString &kind, const QString &name, const QString &description, const QString &reference);

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace portolan
