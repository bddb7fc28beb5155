#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace portolan {

class Catalog;
class PaletteModel;

/**
 * The palette dock's contents: a filter field over the host types grouped by product. A type is
 * dragged onto the canvas, or activated (double-click, Enter) to add it where the canvas shows.
 */
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(const Catalog &catalog, QWidget *parent = nullptr);

    PaletteModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The width that shows every entry whole: the longest type name with its icon and indent.
    int preferredWidth() const;

signals:
    /// A host type was double-clicked or chosen with Enter.
    void typeActivated(const QString &typeId);

private:
    PaletteModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace portolan
