#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace portolan {

namespace {

/// "&Save As…" -> "Save As…"
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QLatin1String("&&"), QLatin1String("&"));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        auto *name = new QStandardItem(plainText(action));
        name->setToolTip(action->statusTip().isEmpty() ? action->toolTip() : action->statusTip());
        auto *shortcut = new QStandardItem(keys.isEmpty() ? tr("(none)") : keys.join(tr(" or ")));
        if (keys.isEmpty())
            shortcut->setForeground(palette().color(QPalette::PlaceholderText));
        for (QStandardItem *item : {name, shortcut})
            item->setEditable(false);
        m_model->appendRow({name, shortcut});
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->sort(0);
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(560, 620);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->index(r, 0).data().toString() + QLatin1Char('\t')
                + m_proxy->index(r, 1).data().toString();
    return rows;
}

QList<QAction *> ShortcutsDialog::actionsOf(const QWidget *window)
{
    QList<QAction *> found;
    QStringList seen;
    const QList<QAction *> all = window->findChildren<QAction *>();
    for (QAction *action : all) {
        if (action->isSeparator() || action->menu() || action->text().isEmpty()
            || action->objectName().isEmpty() || action->objectName().startsWith(QLatin1String("context-"))
            || seen.contains(action->objectName()))
            continue;
        seen << action->objectName();
        found << action;
    }
    return found;
}

} // namespace portolan
