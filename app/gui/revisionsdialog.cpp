#include "revisionsdialog.h"

#include "revisionsmodel.h"

#include "storage/projectfile.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace portolan {

RevisionsDialog::RevisionsDialog(const QString &projectPath, int shownRevision, QWidget *parent)
    : QDialog(parent)
    , m_path(projectPath)
    , m_model(new RevisionsModel(this))
    , m_view(new QTableView(this))
    , m_label(new QLabel(this))
{
    setWindowTitle(tr("Revisions"));
    const QString fileName = QFileInfo(projectPath).fileName();

    QList<RevisionInfo> revisions;
    if (ProjectFile::revisions(projectPath, &revisions, &m_error)) {
        m_model->setRevisions(revisions);
        m_label->setText(
            tr("Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to "
               "continue from it: restoring adds a new revision and keeps the history.")
                .arg(fileName));
    } else {
        m_label->setText(tr("The revisions of %1 cannot be read: %2").arg(fileName, m_error));
    }
    m_label->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("revisionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(RevisionsModel::CommentColumn, QHeaderView::Stretch);
    m_view->resizeColumnsToContents();
    m_label->setBuddy(m_view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openButton = buttons->addButton(tr("&Open Read-Only"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openReadOnly"));
    m_restoreButton = buttons->addButton(tr("&Restore as New Revision…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restore"));
    connect(m_openButton, &QPushButton::clicked, this, &RevisionsDialog::openReadOnly);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] { restore(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter or a double click on a row opens it.
    connect(m_view, &QTableView::activated, this, &RevisionsDialog::openReadOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RevisionsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(760, 420);

    selectRevision(
        shownRevision > 0 ? shownRevision : (m_model->rowCount() > 0 ? m_model->revisionAt(0).number : 0));
    updateButtons();
    m_view->setFocus();
}

void RevisionsDialog::selectRevision(int number)
{
    const int row = m_model->rowOf(number);
    if (row >= 0)
        m_view->selectRow(row);
}

int RevisionsDialog::selectedRevision() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->revisionAt(rows.first().row()).number;
}

void RevisionsDialog::updateButtons()
{
    const bool selected = selectedRevision() > 0;
    m_openButton->setEnabled(selected);
    m_restoreButton->setEnabled(selected);
}

void RevisionsDialog::openReadOnly()
{
    const int number = selectedRevision();
    if (number <= 0)
        return;
    m_choice = Choice::OpenReadOnly;
    m_chosen = number;
    accept();
}

void RevisionsDialog::restore(bool confirmed)
{
    const int number = selectedRevision();
    if (number <= 0)
        return;
    if (!confirmed) {
        const auto answer = QMessageBox::question(this, tr("Restore Revision"),
            tr("Restore revision %1 of %2? Its design becomes a new revision; the revisions after it stay in "
               "the "
               "history.")
                .arg(number)
                .arg(QFileInfo(m_path).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_choice = Choice::Restore;
    m_chosen = number;
    accept();
}

} // namespace portolan
