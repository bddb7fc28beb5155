#include "customflowactions.h"

#include "customflowdialog.h"
#include "designscene.h"
#include "document.h"
#include "flowmatrixwidget.h"
#include "flowtablemodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>

namespace portolan {

CustomFlowActions::CustomFlowActions(
    Document *document, DesignScene *scene, FlowMatrixWidget *matrix, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_matrix(matrix)
    , m_window(window)
    , m_add(new QAction(tr("Add &Custom Flow…"), this))
    , m_edit(new QAction(tr("&Edit Custom Flow…"), this))
    , m_remove(new QAction(tr("Re&move Custom Flow"), this))
{
    m_add->setObjectName(QStringLiteral("addCustomFlow"));
    m_add->setStatusTip(tr("Add a flow the catalog does not know, with the reason it is needed; the "
                           "selected hosts are its source and destination"));
    m_edit->setObjectName(QStringLiteral("editCustomFlow"));
    m_edit->setStatusTip(tr("Edit the custom flow of the chosen matrix row"));
    m_remove->setObjectName(QStringLiteral("removeCustomFlow"));
    m_remove->setStatusTip(tr("Remove the custom flow of the chosen matrix row"));
    connect(m_add, &QAction::triggered, this, [this] {
        const QStringList hosts = m_scene->selectedHostIds();
        add(hosts.value(0), hosts.value(1));
    });
    connect(m_edit, &QAction::triggered, this, [this] { edit(currentCustomFlow()); });
    connect(
        m_remove, &QAction::triggered, this, [this] { m_document->removeCustomFlow(currentCustomFlow()); });
    connect(m_matrix->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CustomFlowActions::updateActions);
    connect(m_document, &Document::derivationChanged, this, &CustomFlowActions::updateActions);
    connect(m_document, &Document::designReset, this, &CustomFlowActions::updateActions);
    updateActions();
}

QString CustomFlowActions::currentCustomFlow() const
{
    const QString id = m_matrix->view()->currentIndex().data(FlowTableModel::CustomFlowRole).toString();
    return m_document->design().customFlowIndex(id) >= 0 ? id : QString();
}

void CustomFlowActions::add(const QString &source, const QString &destination)
{
    if (m_document->isReadOnly())
        return;
    CustomFlow flow;
    flow.source = source;
    flow.destination = destination;
    CustomFlowDialog dialog(m_document, flow, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        QString problem;
        if (m_document->addCustomFlow(dialog.flow(), &problem))
            return;
        report(problem);
    }
}

void CustomFlowActions::edit(const QString &id)
{
    const int index = m_document->design().customFlowIndex(id);
    if (index < 0 || m_document->isReadOnly())
        return;
    CustomFlowDialog dialog(m_document, m_document->design().customFlows.at(index), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        QString problem;
        if (m_document->changeCustomFlow(dialog.flow(), &problem))
            return;
        report(problem);
    }
}

void CustomFlowActions::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    m_add->setEnabled(editable && m_document->design().hosts().size() >= 2);
    const bool chosen = editable && !currentCustomFlow().isEmpty();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void CustomFlowActions::report(const QString &problem)
{
    QMessageBox::warning(m_window, tr("Custom Flow"), tr("The custom flow cannot be taken: %1").arg(problem));
}

} // namespace portolan
