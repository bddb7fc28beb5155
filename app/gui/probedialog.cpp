#include "probedialog.h"

#include "document.h"
#include "probe/probemachine.h"
#include "probe/probereport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace portolan {

ProbeDialog::ProbeDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_machine(ProbeMachine::addresses())
    , m_host(new QComboBox(this))
    , m_addresses(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
{
    setWindowTitle(tr("Verify from This Machine"));
    document->flushDerivation();
    const Design &design = document->derivedDesign();

    auto *intro = new QLabel(
        tr("Connects from this machine to the flows of the host it stands in for: every allowed tcp flow "
           "should open, every block row into another zone should not. Only addresses of the design are "
           "touched."),
        this);
    intro->setWordWrap(true);

    m_host->setObjectName(QStringLiteral("probeHost"));
    for (int index = 0; index < design.hosts().size(); ++index) {
        const Host &host = design.hosts().at(index);
        QString text = host.address.isNull()
            ? tr("%1 (%2), no address").arg(host.displayName(), host.id)
            : tr("%1 (%2), %3").arg(host.displayName(), host.id, host.address.toString());
        if (ProbeMachine::hasHostAddress(design, index, m_machine))
            text = tr("%1: this machine").arg(text);
        m_host->addItem(text, host.id);
    }
    const int mine = ProbeMachine::hostOf(design, m_machine);
    m_host->setCurrentIndex(mine >= 0 ? mine : 0);
    connect(m_host, &QComboBox::currentIndexChanged, this, &ProbeDialog::updatePlan);

    QStringList addresses;
    for (const QHostAddress &address : std::as_const(m_machine))
        addresses << address.toString();
    m_addresses->setText(addresses.isEmpty() ? tr("none") : addresses.join(QStringLiteral(", ")));
    m_addresses->setWordWrap(true);
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan->setObjectName(QStringLiteral("probePlan"));
    m_plan->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("probeWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Stand in for:"), m_host);
    form->addRow(tr("This machine:"), m_addresses);
    form->addRow(tr("Plan:"), m_plan);
    form->addRow(QString(), m_warning);

    m_timeout->setRange(50, 60000);
    m_timeout->setSingleStep(250);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(ProbeSettings::defaultTimeout);
    m_timeout->setToolTip(tr("How long a connect may wait for an answer before it counts as filtered"));
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(ProbeSettings::defaultConcurrency);
    m_concurrency->setToolTip(tr("Connections in flight at most"));
    m_rate->setRange(1, 1000);
    m_rate->setSuffix(tr(" per second"));
    m_rate->setValue(ProbeSettings::defaultRate);
    m_rate->setToolTip(tr("Connections started per second at most"));
    auto *limits = new QGroupBox(tr("Limits"), this);
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("&Timeout:"), m_timeout);
    limitsForm->addRow(tr("&Connections at once:"), m_concurrency);
    limitsForm->addRow(tr("&Rate:"), m_rate);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(limits);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updatePlan();
}

int ProbeDialog::host() const
{
    return m_document->derivedDesign().hostIndex(m_host->currentData().toString());
}

void ProbeDialog::setHost(const QString &id)
{
    const int index = m_host->findData(id);
    if (index >= 0)
        m_host->setCurrentIndex(index);
}

ProbeSettings ProbeDialog::settings() const
{
    ProbeSettings settings;
    settings.timeout = m_timeout->value();
    settings.concurrency = m_concurrency->value();
    settings.rate = m_rate->value();
    const Design &design = m_document->derivedDesign();
    if (ProbeMachine::hasHostAddress(design, host(), m_machine))
        settings.source = design.hosts().at(host()).address;
    return settings;
}

void ProbeDialog::updatePlan()
{
    const int index = host();
    if (index < 0) {
        m_plan->setText(tr("The design has no host."));
        m_warning->clear();
        return;
    }
    const Design &design = m_document->derivedDesign();
    const ProbePlan plan = ProbePlan::build(design, m_document->derivation(), index);
    const int listed = int(plan.targets().size()) - plan.connectCount();
    m_plan->setText(
        tr("%1 connects to %2 addresses of the design; %3 rows listed without a connect (udp, icmp, "
           "no address).")
            .arg(plan.connectCount())
            .arg(plan.addresses().size())
            .arg(listed));
    m_warning->setText(ProbeReport::addressWarning(design, index, m_machine));
    m_warning->setVisible(!m_warning->text().isEmpty());
    // The warning wraps onto more lines than the dialog had room for: grow to show it whole.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace portolan
