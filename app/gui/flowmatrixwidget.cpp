#include "flowmatrixwidget.h"

#include "document.h"
#include "flowfiltermodel.h"
#include "flowmatrixdelegate.h"
#include "flowtablemodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace portolan {

FlowMatrixWidget::FlowMatrixWidget(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FlowTableModel(document, this))
    , m_filter(new FlowFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_zonePair(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_hostLabel(new QLabel(this))
    , m_clearHosts(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);

    m_text->setPlaceholderText(tr("Filter flows (host, service, port, reference…)"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_filter, &FlowFilterModel::setText);

    m_zonePair->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zonePair->setToolTip(tr("Show only flows from one zone to another"));
    connect(m_zonePair, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QStringList pair = m_zonePair->itemData(index).toStringList();
        if (pair.size() == 2)
            m_filter->setZonePair(pair.at(0), pair.at(1));
        else
            m_filter->clearZonePair();
    });

    m_protocol->addItem(tr("Any protocol"), -1);
    m_protocol->addItem(QStringLiteral("TCP"), int(Protocol::Tcp));
    m_protocol->addItem(QStringLiteral("UDP"), int(Protocol::Udp));
    m_protocol->addItem(QStringLiteral("ICMP"), int(Protocol::Icmp));
    connect(m_protocol, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_filter->setProtocol(m_protocol->itemData(index).toInt()); });

    m_hostLabel->setVisible(false);
    m_clearHosts->setText(tr("Show all"));
    m_clearHosts->setToolTip(tr("Show the flows of every host"));
    m_clearHosts->setVisible(false);
    connect(m_clearHosts, &QToolButton::clicked, this, [this] { setHostFilter({}, QString()); });

    m_view->setModel(m_filter);
    m_view->setItemDelegate(new FlowMatrixDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {56, 120, 120, 220, 64, 110, 190, 220, 200};
    // Wide enough for the header in any language (German and French titles are longer).
    for (int column = 0; column < FlowTableModel::ColumnCount; ++column)
        m_view->setColumnWidth(
            column, std::max(widths[column], m_view->horizontalHeader()->sectionSizeHint(column)));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FlowMatrixWidget::onCurrentChanged);

    connect(m_model, &FlowTableModel::zonePairsChanged, this, &FlowMatrixWidget::updateZonePairs);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FlowMatrixWidget::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FlowMatrixWidget::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FlowMatrixWidget::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FlowMatrixWidget::updateCount);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_text, 3);
    filters->addWidget(m_zonePair, 2);
    filters->addWidget(m_protocol);
    filters->addWidget(m_hostLabel);
    filters->addWidget(m_clearHosts);
    filters->addStretch(0);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    updateZonePairs();
}

void FlowMatrixWidget::setHostFilter(const QStringList &hostIds, const QString &description)
{
    m_filter->setHosts(hostIds);
    m_hostLabel->setText(description);
    m_hostLabel->setVisible(!hostIds.isEmpty());
    m_clearHosts->setVisible(!hostIds.isEmpty());
    updateCount();
}

void FlowMatrixWidget::setColumnsProxy(QAbstractProxyModel *proxy)
{
    if (proxy) {
        proxy->setSourceModel(m_model);
        m_filter->setSourceModel(proxy);
    } else {
        m_filter->setSourceModel(m_model);
    }
    updateCount();
}

void FlowMatrixWidget::updateZonePairs()
{
    const QStringList current = m_zonePair->currentData().toStringList();
    const QSignalBlocker blocker(m_zonePair);
    m_zonePair->clear();
    m_zonePair->addItem(tr("Any zone pair"));
    const QList<QPair<QString, QString>> pairs = m_model->zonePairs();
    for (const auto &pair : pairs) {
        m_zonePair->addItem(tr("%1 → %2").arg(m_model->zoneName(pair.first), m_model->zoneName(pair.second)),
            QStringList {pair.first, pair.second});
    }
    const int index = current.isEmpty() ? 0 : m_zonePair->findData(current);
    m_zonePair->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_filter->clearZonePair();
    updateCount();
}

void FlowMatrixWidget::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        shown == total ? tr("%n flows", nullptr, total) : tr("%1 of %2 flows").arg(shown).arg(total));
}

void FlowMatrixWidget::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    emit flowSelected(current.data(FlowTableModel::SourceIdRole).toString(),
        current.data(FlowTableModel::DestinationIdRole).toString());
}

} // namespace portolan
