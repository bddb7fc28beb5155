#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace portolan {

/**
 * Help > Keyboard Shortcuts: every action of a window with its shortcuts, read from the actions
 * themselves so the list stays true; a filter field narrows it.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// The rows as shown: "Action<TAB>Shortcuts", in order.
    QStringList rows() const;
    QLineEdit *filter() const { return m_filter; }

    /// Every action of `window` that a user can trigger by name (its text), once each.
    static QList<QAction *> actionsOf(const QWidget *window);

private:
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace portolan
