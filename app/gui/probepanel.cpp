#include "probepanel.h"

#include "probe/probereport.h"
#include "proberesultsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace portolan {

ProbePanel::ProbePanel(const ProbeRunner *runner, ProbeResultsModel *results, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_heading(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(tr("&Cancel Probe"), this))
    , m_save(new QPushButton(tr("Save &Report…"), this))
    , m_close(new QPushButton(tr("Clos&e"), this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
    m_warnings->setVisible(false);
    m_summary->setObjectName(QStringLiteral("probeSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("probeProgress"));

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(results);
    sorted->setSortRole(ProbeResultsModel::SortRole);
    m_view->setModel(sorted);
    m_view->setObjectName(QStringLiteral("probeResults"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {150, 120, 100, 60, 150, 70, 70, 160, 170, 200};
    for (int column = 0; column < ProbeResultsModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths[column]);

    m_cancel->setObjectName(QStringLiteral("probeCancel"));
    m_save->setObjectName(QStringLiteral("probeSave"));
    m_close->setObjectName(QStringLiteral("probeClose"));
    m_cancel->setToolTip(tr("Stop now: connects in flight are dropped, the rest is listed as not probed"));
    m_save->setToolTip(tr("Save the results as a commissioning report: PDF or CSV"));
    m_close->setToolTip(tr("Leave the probe: the canvas and the matrix show the design again"));
    connect(m_cancel, &QPushButton::clicked, this, &ProbePanel::cancelRequested);
    connect(m_save, &QPushButton::clicked, this, &ProbePanel::saveRequested);
    connect(m_close, &QPushButton::clicked, this, &ProbePanel::closeRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    refresh();
}

void ProbePanel::setHeading(const QString &heading, const QStringList &warnings)
{
    m_heading->setText(heading);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void ProbePanel::refresh()
{
    const ProbeSummary s = ProbeReport::summarize(m_runner->plan(), m_runner->outcomes());
    const int connects = m_runner->connectCount();
    m_progress->setRange(0, std::max(1, connects));
    m_progress->setValue(connects == 0 ? 1 : m_runner->doneCount());
    m_progress->setFormat(tr("%1 of %2 connects").arg(m_runner->doneCount()).arg(connects));
    QString state;
    if (m_runner->isRunning())
        state = tr("Probing…");
    else if (m_runner->wasCancelled())
        state = tr("Cancelled.");
    else if (m_runner->startTime().isValid())
        state = s.differences > 0 ? tr("Done: the network differs from the design.")
                                  : tr("Done: the network is as planned.");
    m_summary->setText(tr("%1 As planned: %2. Passes, nothing listens: %3. Differences: %4. Not probed: %5.")
                           .arg(state)
                           .arg(s.asPlanned)
                           .arg(s.serviceDown)
                           .arg(s.differences)
                           .arg(s.notProbed));
    m_cancel->setEnabled(m_runner->isRunning());
    m_save->setEnabled(!m_runner->isRunning() && m_runner->startTime().isValid());
}

} // namespace portolan
