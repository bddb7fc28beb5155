#include "catalogbrowser.h"

#include "catalog/catalog.h"
#include "catalog/catalogtext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace portolan {

CatalogBrowser::CatalogBrowser(const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("Catalog Browser"));
    m_model->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Description"), tr("Reference")});
    fill(catalog);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setPlaceholderText(tr("Search host types, links, rules, blocks and findings"));
    m_filter->setClearButtonEnabled(true);
    auto *count = new QLabel(this);
    const auto updateCount = [this, count] {
        count->setText(tr("%1 of %n entries", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    };
    connect(m_filter, &QLineEdit::textChanged, this, [this, updateCount](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    updateCount();
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->header()->resizeSection(KindColumn, 110);
    m_view->header()->resizeSection(NameColumn, 260);
    m_view->header()->resizeSection(DescriptionColumn, 420);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1100, 680);
}

void CatalogBrowser::addRow(
    const QString &kind, const QString &name, const QString &description, const QString &reference)
{
    QList<QStandardItem *> row;
    for (const QString &text : {kind, name, description, reference}) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setToolTip(text);
        row << item;
    }
    m_model->appendRow(row);
}

void CatalogBrowser::fill(const Catalog &catalog)
{
    const auto typeName = [&catalog](const QString &id) {
        const HostType *type = catalog.type(id);
        return type ? CatalogText::typeText(id, type->name) : id;
    };
    const auto addFlows
        = [this](const QString &kind, const QList<FlowTemplate> &flows, const QString &context) {
              for (const FlowTemplate &flow : flows) {
                  addRow(kind, flow.rule,
                      tr("%1 (%2 %3), %4")
                          .arg(CatalogText::service(flow.rule, flow.service),
                              flow.protocols.join(QLatin1Char('/')), flow.ports.text(), context),
                      flow.reference);
              }
          };
    const auto addFindings = [this](const QList<FindingTemplate> &findings) {
        for (const FindingTemplate &finding : findings) {
            addRow(finding.category == QLatin1String("security") ? tr("Security note") : tr("Finding"),
                finding.id, CatalogText::message(finding.id, finding.message.text()), finding.reference);
        }
    };
    for (const HostType &type : catalog.types()) {
        QStringList references;
        for (const ParamSpec &param : type.params) {
            if (!param.reference.isEmpty() && !references.contains(param.reference))
                references << param.reference;
        }
        addRow(tr("Host type"), tr("%1 (%2)").arg(CatalogText::typeText(type.id, type.name), type.id),
            CatalogText::typeText(type.id, type.description), references.join(QLatin1String("; ")));
    }
    // Link kinds have no list of their own: every pair of types the catalog gives a meaning.
    QSet<const LinkKind *> seen;
    const QList<HostType> &types = catalog.types();
    for (qsizetype i = 0; i < types.size(); ++i) {
        for (qsizetype j = i; j < types.size(); ++j) {
            const LinkKind *kind = catalog.linkKind(types.at(i).id, types.at(j).id);
            if (!kind || seen.contains(kind))
                continue;
            seen.insert(kind);
            const QString pair = tr("%1 – %2").arg(typeName(kind->typeA), typeName(kind->typeB));
            addRow(tr("Link"), pair, CatalogText::linkMeaning(*kind),
                kind->flows.isEmpty() ? QString() : kind->flows.first().reference);
            addFlows(tr("Flow"), kind->flows, tr("a link %1").arg(pair));
            addFindings(kind->findings);
        }
    }
    for (const SystemRule &system : catalog.systems()) {
        const QString name = CatalogText::systemName(system.id, system.name);
        addRow(tr("System"), name, tr("Redundant system of %n host types", nullptr, int(system.types.size())),
            QString());
        for (const SystemRule::Pair &pair : system.pairs)
            addFlows(tr("Flow"), pair.flows, tr("between members of %1").arg(name));
        for (const QList<SystemRule::Requirement> *requirements : {&system.exactlyOne, &system.sameParam}) {
            for (const SystemRule::Requirement &requirement : *requirements)
                addRow(tr("Requirement"), requirement.id,
                    CatalogText::message(requirement.id, requirement.message), requirement.reference);
        }
    }
    for (const HostType &type : types) {
        const HostRule *rule = catalog.hostRule(type.id);
        if (!rule)
            continue;
        addFlows(tr("Block"), rule->blocks, tr("recommended for every %1").arg(typeName(type.id)));
        addFindings(rule->findings);
    }
}

} // namespace portolan
