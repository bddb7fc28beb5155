#include "palettewidget.h"

#include "palettemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace portolan {

PaletteWidget::PaletteWidget(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_model(new PaletteModel(catalog, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter host types"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setIconSize(QSize(24, 24));
    m_view->setRootIsDecorated(true);
    m_view->setIndentation(14);
    m_view->setUniformRowHeights(true);
    m_view->expandAll();
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString typeId = index.data(PaletteModel::TypeIdRole).toString();
        if (!typeId.isEmpty())
            emit typeActivated(typeId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

} // namespace portolan
