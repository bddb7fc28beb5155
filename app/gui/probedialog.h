#pragma once

#include "probe/proberunner.h"

#include <QDialog>
#include <QHostAddress>

class QComboBox;
class QLabel;
class QSpinBox;

namespace portolan {

class Document;

/**
 * Design > Verify from This Machine: which host this machine stands in for (the one whose address
 * this machine has is chosen first), what the probe will try from it, and the limits that keep it
 * gentle on the plant network. Start accepts.
 */
class ProbeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProbeDialog(Document *document, QWidget *parent = nullptr);

    /// The chosen host's index in the document's derived design.
    int host() const;
    void setHost(const QString &id);
    ProbeSettings settings() const;
    QList<QHostAddress> machineAddresses() const { return m_machine; }

    QComboBox *hostBox() const { return m_host; }
    QLabel *planLabel() const { return m_plan; }
    QLabel *warningLabel() const { return m_warning; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QSpinBox *rateBox() const { return m_rate; }

private:
    void updatePlan();

    Document *m_document;
    QList<QHostAddress> m_machine;
    QComboBox *m_host;
    QLabel *m_addresses;
    QLabel *m_plan;
    QLabel *m_warning;
    QSpinBox *m_timeout;
    QSpinBox *m_concurrency;
    QSpinBox *m_rate;
};

} // namespace portolan
