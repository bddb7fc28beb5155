#include "changesdock.h"

#include "changesmodel.h"
#include "comparemarkitem.h"

#include "export/changereview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace portolan {

namespace {

/// A legend entry: the canvas badge and what it means.
QWidget *legendEntry(CompareMarkItem::Mark mark, const QString &text, QWidget *parent)
{
    auto *entry = new QWidget(parent);
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(4);
    QPixmap pixmap(18, 18);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    CompareMarkItem::paintBadge(&painter, mark, QPointF(9, 9), 14);
    painter.end();
    auto *icon = new QLabel(entry);
    icon->setPixmap(pixmap);
    layout->addWidget(icon);
    layout->addWidget(new QLabel(text, entry));
    return entry;
}

} // namespace

ChangesDock::ChangesDock(QWidget *parent)
    : QDockWidget(tr("Changes"), parent)
    , m_model(new ChangesModel(this))
    , m_view(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("changesDock"));
    auto *contents = new QWidget(this);
    auto *layout = new QVBoxLayout(contents);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);

    auto *legend = new QWidget(contents);
    auto *legendLayout = new QHBoxLayout(legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->addWidget(legendEntry(CompareMarkItem::Mark::Added, tr("added"), legend));
    legendLayout->addWidget(legendEntry(CompareMarkItem::Mark::Changed, tr("changed"), legend));
    legendLayout->addWidget(legendEntry(CompareMarkItem::Mark::Removed, tr("removed (ghost)"), legend));
    legendLayout->addWidget(new QLabel(tr("Everything else is dimmed."), legend));
    legendLayout->addStretch();
    layout->addWidget(legend);

    m_view->setObjectName(QStringLiteral("changesView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChangesDock::pick);
    connect(m_view, &QTreeView::activated, this, &ChangesDock::pick);

    auto *buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export Change Report…"), contents);
    m_export->setObjectName(QStringLiteral("exportChangeReport"));
    m_export->setToolTip(tr("Write the change report as PDF: the design changes and what each causes"));
    m_signOff = new QPushButton(tr("Sign &Off…"), contents);
    m_signOff->setObjectName(QStringLiteral("signOff"));
    m_leave = new QPushButton(tr("&Leave Compare Mode"), contents);
    m_leave->setObjectName(QStringLiteral("leaveCompare"));
    m_leave->setToolTip(tr("Back to editing the design (Esc)"));
    buttons->addWidget(m_export);
    buttons->addWidget(m_signOff);
    buttons->addStretch();
    buttons->addWidget(m_leave);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &ChangesDock::exportRequested);
    connect(m_signOff, &QPushButton::clicked, this, &ChangesDock::signOffRequested);
    connect(m_leave, &QPushButton::clicked, this, &ChangesDock::leaveRequested);
    setWidget(contents);
}

void ChangesDock::setReview(const ChangeReview *review, const QString &title)
{
    m_model->setReview(review);
    m_title->setText(title);
    if (!review) {
        m_summary->clear();
        return;
    }
    const ChangeSet &set = review->changes;
    int rulesAdded = 0;
    int rulesRemoved = 0;
    for (const ChangeReview::Firewall &firewall : review->firewalls) {
        rulesAdded += firewall.count(true);
        rulesRemoved += firewall.count(false);
    }
    m_summary->setText(tr("%n design change(s).", nullptr, int(set.designChanges.size())) + QLatin1Char(' ')
        + tr("Flows: %1 added, %2 removed, %3 changed. Findings: %4 added, %5 removed. Firewall rules: %6 "
             "added, "
             "%7 removed in %8 zone pair(s).")
              .arg(set.added.size())
              .arg(set.removed.size())
              .arg(set.changed.size())
              .arg(set.findingsAdded.size())
              .arg(set.findingsRemoved.size())
              .arg(rulesAdded)
              .arg(rulesRemoved)
              .arg(review->firewalls.size()));
    m_view->expandToDepth(0);
}

void ChangesDock::setSignOffEnabled(bool enabled, const QString &why)
{
    m_signOff->setEnabled(enabled);
    m_signOff->setToolTip(why);
}

void ChangesDock::pick()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit hostsPicked(current.data(ChangesModel::HostIdsRole).toStringList());
}

} // namespace portolan
