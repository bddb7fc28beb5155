#include "palettewidget.h"

#include "palettemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

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

int PaletteWidget::preferredWidth() const
{
    // The widest entry as the view draws it: its indent, icon and text.
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.decorationSize = m_view->iconSize();
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    int widest = 0;
    const QAbstractItemModel *model = m_view->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        widest = std::max(widest, m_view->itemDelegate()->sizeHint(option, parent).width());
        for (int row = 0; row < model->rowCount(parent); ++row) {
            widest = std::max(widest,
                m_view->indentation()
                    + m_view->itemDelegate()->sizeHint(option, model->index(row, 0, parent)).width());
        }
    }
    const QMargins margins = layout()->contentsMargins();
    return widest + m_view->indentation() + 2 * m_view->frameWidth()
        + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + margins.left() + margins.right() + 8;
}

} // namespace portolan
