#include "customflowdialog.h"

#include "document.h"
#include "model/designrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portolan {

CustomFlowDialog::CustomFlowDialog(const Document *document, const CustomFlow &flow, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_source(new QComboBox(this))
    , m_destination(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_ports(new QLineEdit(this))
    , m_service(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(flow.id.isEmpty() ? tr("Add Custom Flow") : tr("Edit Custom Flow %1").arg(flow.id));
    for (QComboBox *box : {m_source, m_destination}) {
        for (const Host &host : document->design().hosts()) {
            const QString shown = host.name.isEmpty() || host.name == host.id
                ? host.id
                : tr("%1 (%2)").arg(host.name, host.id);
            box->addItem(shown, host.id);
        }
        box->setEditable(false);
    }
    m_source->setCurrentIndex(qMax(0, m_source->findData(flow.source)));
    // No destination given: the first host other than the source.
    const int destination = m_destination->findData(flow.destination);
    m_destination->setCurrentIndex(destination >= 0
            ? destination
            : (m_source->currentIndex() == 0 && m_destination->count() > 1 ? 1 : 0));
    for (const Protocol protocol : {Protocol::Tcp, Protocol::Udp, Protocol::Icmp})
        m_protocol->addItem(protocolName(protocol), int(protocol));
    m_protocol->setCurrentIndex(m_protocol->findData(int(flow.protocol)));
    m_ports->setText(flow.ports.toString());
    m_ports->setPlaceholderText(tr("443, or 3000-3032"));
    m_service->setText(flow.service);
    m_service->setPlaceholderText(tr("What it is for, such as NMC web administration"));
    m_reason->setText(flow.reason);
    m_reason->setPlaceholderText(tr("Why it is needed, such as CR-2031: UPS firmware updates"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Destination:"), m_destination);
    form->addRow(tr("&Protocol:"), m_protocol);
    form->addRow(tr("P&orts:"), m_ports);
    form->addRow(tr("Ser&vice:"), m_service);
    form->addRow(tr("&Reason:"), m_reason);
    auto *note = new QLabel(tr("A custom flow is derived and exported like a catalog flow, marked as custom. "
                               "A block row or one-way rule of the catalog still forbids it."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QComboBox *box : {m_source, m_destination, m_protocol})
        connect(box, &QComboBox::currentIndexChanged, this, &CustomFlowDialog::updateState);
    for (QLineEdit *edit : {m_ports, m_service, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &CustomFlowDialog::updateState);
    updateState();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

CustomFlow CustomFlowDialog::flow() const
{
    CustomFlow flow = m_flow;
    flow.source = m_source->currentData().toString();
    flow.destination = m_destination->currentData().toString();
    flow.protocol = Protocol(m_protocol->currentData().toInt());
    flow.ports = PortSet();
    PortSet::parse(m_ports->text(), &flow.ports);
    if (flow.protocol == Protocol::Icmp)
        flow.ports = PortSet();
    flow.service = m_service->text().trimmed();
    flow.reason = m_reason->text().trimmed();
    return flow;
}

QString CustomFlowDialog::problem() const
{
    if (m_source->count() < 2)
        return tr("A custom flow joins two hosts: add hosts to the design first.");
    const CustomFlow entered = flow();
    if (entered.source == entered.destination)
        return tr("Choose a destination other than the source.");
    QString portProblem;
    PortSet ports;
    if (entered.protocol != Protocol::Icmp && !PortSet::parse(m_ports->text(), &ports, &portProblem))
        return portProblem;
    const QString rule = DesignRules::customPortsProblem(entered.protocol, entered.ports);
    if (!rule.isEmpty())
        return rule;
    if (entered.reason.isEmpty())
        return tr("Give the reason the flow is needed (a change request, a maintenance contract).");
    return QString();
}

void CustomFlowDialog::updateState()
{
    m_ports->setEnabled(Protocol(m_protocol->currentData().toInt()) != Protocol::Icmp);
    const QString text = problem();
    m_problem->setText(text);
    if (QPushButton *ok = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok))
        ok->setEnabled(text.isEmpty());
}

void CustomFlowDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace portolan
