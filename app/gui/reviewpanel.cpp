#include "reviewpanel.h"

#include "reviewfiltermodel.h"
#include "reviewtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace portolan {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ReviewTableModel(this))
    , m_filter(new ReviewFilterModel(this))
    , m_summary(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_verdict(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_missing(new QPushButton(tr("Missing Flows"), this))
    , m_export(new QPushButton(tr("Export Report…"), this))
    , m_close(new QPushButton(tr("Close Review"), this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewTableModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_text->setPlaceholderText(tr("Filter requests"));
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("reviewTextFilter"));
    m_verdict->setObjectName(QStringLiteral("reviewVerdictFilter"));
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setOpenLinks(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->setToolTip(tr("The flows of the design that no rule allows"));
    m_export->setToolTip(tr("Write the review as a PDF report to sign, or as CSV or JSON"));
    m_close->setToolTip(tr("Leave the review and edit the design again (Esc)"));
    m_close->setShortcut(QKeySequence(Qt::Key_Escape));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_verdict);
    filters->addWidget(m_missing);
    filters->addWidget(m_export);
    filters->addWidget(m_close);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_text, &QLineEdit::textChanged, m_filter, &ReviewFilterModel::setText);
    connect(m_verdict, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_filter->setVerdict(m_verdict->itemData(index).toInt()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { emit requestSelected(currentRequest()); });
    connect(m_missing, &QPushButton::clicked, this, &ReviewPanel::missingRequested);
    connect(m_export, &QPushButton::clicked, this, &ReviewPanel::exportRequested);
    connect(m_close, &QPushButton::clicked, this, &ReviewPanel::closeRequested);
    updateVerdicts();
}

void ReviewPanel::setResult(const ReviewResult &result, const QString &title)
{
    m_model->setResult(result);
    QStringList counts;
    for (const Verdict verdict : allVerdicts()) {
        if (const int count = result.count(verdict))
            counts << tr("%1 %2").arg(count).arg(verdictName(verdict));
    }
    QString text
        = tr("<b>%1</b>: %n line(s): ", nullptr, int(result.requests.size())).arg(title.toHtmlEscaped())
        + counts.join(QStringLiteral(", "));
    if (result.complete)
        text += tr("; %n missing flow(s)", nullptr, int(result.missing.size()));
    m_summary->setText(text);
    m_missing->setEnabled(result.complete);
    m_missing->setText(
        result.complete ? tr("Missing Flows (%1)").arg(result.missing.size()) : tr("Missing Flows"));
    updateVerdicts();
    m_view->resizeColumnToContents(ReviewTableModel::IdColumn);
    m_view->resizeColumnToContents(ReviewTableModel::VerdictColumn);
    m_details->clear();
}

void ReviewPanel::updateVerdicts()
{
    const int chosen = m_verdict->currentData().isValid() ? m_verdict->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_verdict);
    m_verdict->clear();
    m_verdict->addItem(tr("All verdicts"), -1);
    for (const Verdict verdict : allVerdicts()) {
        m_verdict->addItem(ReviewTableModel::verdictIcon(verdict),
            tr("%1 (%2)").arg(verdictName(verdict)).arg(m_model->result().count(verdict)), int(verdict));
    }
    const int index = m_verdict->findData(chosen);
    m_verdict->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setVerdict(m_verdict->currentData().toInt());
}

int ReviewPanel::currentRequest() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ReviewTableModel::RequestRole).toInt() : -1;
}

void ReviewPanel::selectRequest(int index)
{
    const QModelIndex source = m_model->index(index, 0);
    const QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxy);
}

} // namespace portolan
