#pragma once

#include "model/customflow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace portolan {

class Document;

/**
 * Design > Add Custom Flow… (also on a host's and a link's context menu) and Edit Custom Flow…: a flow the
 * catalog does not know, from one host of the design to another, with its protocol, ports, service and the
 * reason it is needed. OK stays refused, with the reason shown, until the design's rules accept the flow.
 */
class CustomFlowDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts from `flow` (its id empty for a new one); source and destination name host ids.
    CustomFlowDialog(const Document *document, const CustomFlow &flow, QWidget *parent = nullptr);

    /// The flow as entered; valid once the dialog is accepted.
    CustomFlow flow() const;

    QComboBox *sourceBox() const { return m_source; }
    QComboBox *destinationBox() const { return m_destination; }
    QComboBox *protocolBox() const { return m_protocol; }
    QLineEdit *portsEdit() const { return m_ports; }
    QLineEdit *serviceEdit() const { return m_service; }
    QLineEdit *reasonEdit() const { return m_reason; }
    /// Why the flow cannot be taken as it is, or empty.
    QString problem() const;

    void accept() override;

private:
    void updateState();

    CustomFlow m_flow;
    QComboBox *m_source;
    QComboBox *m_destination;
    QComboBox *m_protocol;
    QLineEdit *m_ports;
    QLineEdit *m_service;
    QLineEdit *m_reason;
    QLabel *m_problem;
};

} // namespace portolan
