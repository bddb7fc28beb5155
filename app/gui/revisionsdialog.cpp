#include "revisionsdialog.h"

#include "revisionsmodel.h"
#include "signoffdialog.h"

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

RevisionsDialog::RevisionsDialog(
    const QString &projectPath, int shownRevision, QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_path(projectPath)
    , m_model(new RevisionsModel(this))
    , m_view(new QTableView(this))
    , m_label(new QLabel(this))
    , m_purpose(purpose)
{
    setWindowTitle(purpose == Purpose::Compare ? tr("Compare with Revision") : tr("Revisions"));
    const QString fileName = QFileInfo(projectPath).fileName();

    QList<RevisionInfo> revisions;
    if (ProjectFile::revisions(projectPath, &revisions, &m_error)) {
        m_model->setRevisions(revisions);
        reloadSignOffs();
        m_label->setText(purpose == Purpose::Compare
                ? tr("Compare the design as it is now with a revision of %1: the canvas marks what changed "
                     "and the Changes dock lists what each change does to the flows and findings.")
                      .arg(fileName)
                : tr(
                    "Every save of %1 is kept as a revision. Open an old one to look at it, or restore it to "
                    "continue from it: restoring adds a new revision and keeps the history. Sign Off "
                    "records a reviewer's decision on a revision.")
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

    auto *buttons = new QDialogButtonBox(
        purpose == Purpose::Compare ? QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (purpose == Purpose::Compare) {
        // Only the choice of the revision to compare with: opening or restoring one is the
        // Revisions dialog's business.
        m_compareButton = buttons->addButton(tr("&Compare"), QDialogButtonBox::AcceptRole);
        m_compareButton->setObjectName(QStringLiteral("compare"));
        m_compareButton->setDefault(true);
        connect(m_compareButton, &QPushButton::clicked, this, &RevisionsDialog::compare);
    } else {
        m_openButton = buttons->addButton(tr("&Open Read-Only"), QDialogButtonBox::ActionRole);
        m_openButton->setObjectName(QStringLiteral("openReadOnly"));
        m_restoreButton = buttons->addButton(tr("&Restore as New Revision…"), QDialogButtonBox::ActionRole);
        m_restoreButton->setObjectName(QStringLiteral("restore"));
        connect(m_openButton, &QPushButton::clicked, this, &RevisionsDialog::openReadOnly);
        connect(m_restoreButton, &QPushButton::clicked, this, [this] { restore(); });
        m_signOffButton = buttons->addButton(tr("&Sign Off…"), QDialogButtonBox::ActionRole);
        m_signOffButton->setObjectName(QStringLiteral("signOff"));
        m_signOffButton->setToolTip(tr("Approve or reject the selected revision against the one before it"));
        connect(m_signOffButton, &QPushButton::clicked, this, [this] { signOff(); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter or a double click on a row opens it (or compares with it).
    connect(m_view, &QTableView::activated, this,
        purpose == Purpose::Compare ? &RevisionsDialog::compare : &RevisionsDialog::openReadOnly);
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
    if (m_openButton)
        m_openButton->setEnabled(selected);
    if (m_restoreButton)
        m_restoreButton->setEnabled(selected);
    if (m_compareButton)
        m_compareButton->setEnabled(selected);
    if (m_signOffButton)
        m_signOffButton->setEnabled(selected && m_model->rowCount() > 1);
}

void RevisionsDialog::compare()
{
    const int number = selectedRevision();
    if (number <= 0)
        return;
    m_choice = Choice::Compare;
    m_chosen = number;
    accept();
}

void RevisionsDialog::reloadSignOffs()
{
    QList<SignOff> signOffs;
    QString error;
    if (ProjectFile::signOffs(m_path, &signOffs, &error))
        m_model->setSignOffs(signOffs);
}

bool RevisionsDialog::signOff(int base)
{
    const int number = selectedRevision();
    if (number <= 0)
        return false;
    if (base <= 0) {
        // The revision saved before it: what the change was made from.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const int candidate = m_model->revisionAt(row).number;
            if (candidate < number && candidate > base)
                base = candidate;
        }
    }
    if (base <= 0)
        return false;
    SignOffDialog dialog(QFileInfo(m_path).fileName(), number, base, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    SignOff record;
    record.revision = number;
    record.base = base;
    record.reviewer = dialog.reviewer();
    record.verdict = dialog.verdict();
    record.comment = dialog.comment();
    QString error;
    if (!ProjectFile::addSignOff(m_path, record, &error)) {
        QMessageBox::warning(this, tr("Sign Off"), error);
        return false;
    }
    reloadSignOffs();
    selectRevision(number);
    return true;
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
