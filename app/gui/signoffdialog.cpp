#include "signoffdialog.h"

#include "storage/projectfile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace portolan {

SignOffDialog::SignOffDialog(const QString &projectName, int revision, int base, QWidget *parent)
    : QDialog(parent)
    , m_reviewer(new QLineEdit(ProjectFile::defaultAuthor(), this))
    , m_approve(new QRadioButton(tr("&Approve"), this))
    , m_reject(new QRadioButton(tr("&Reject"), this))
    , m_comment(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign Off"));
    auto *intro = new QLabel(
        tr("Your decision on revision %1 of %2, reviewed against revision %3. It is kept in the project file "
           "with your name and the time, and printed on the change report.")
            .arg(revision)
            .arg(projectName)
            .arg(base),
        this);
    intro->setWordWrap(true);
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_reviewer->setToolTip(tr("Kept as your name for the revisions you save and the changes you sign off"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("What you checked, conditions, or why the change is rejected"));
    m_comment->setTabChangesFocus(true);
    m_approve->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Decision"));
    m_hint->setWordWrap(true);

    auto *verdicts = new QHBoxLayout;
    verdicts->addWidget(m_approve);
    verdicts->addWidget(m_reject);
    verdicts->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Re&viewer:"), m_reviewer);
    form->addRow(tr("Decision:"), verdicts);
    form->addRow(tr("&Comment:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewer, &QLineEdit::textChanged, this, &SignOffDialog::updateState);
    connect(m_reject, &QRadioButton::toggled, this, &SignOffDialog::updateState);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &SignOffDialog::updateState);
    updateState();
    resize(520, 340);
}

QString SignOffDialog::reviewer() const
{
    return m_reviewer->text().simplified();
}

SignOff::Verdict SignOffDialog::verdict() const
{
    return m_reject->isChecked() ? SignOff::Verdict::Rejected : SignOff::Verdict::Approved;
}

QString SignOffDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void SignOffDialog::updateState()
{
    QString hint;
    if (reviewer().isEmpty())
        hint = tr("Give your name.");
    else if (verdict() == SignOff::Verdict::Rejected && comment().isEmpty())
        hint = tr("Say why the change is rejected.");
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty());
}

void SignOffDialog::accept()
{
    if (reviewer().isEmpty() || (verdict() == SignOff::Verdict::Rejected && comment().isEmpty()))
        return;
    // The name is the user's: remembered for the next sign-off and for the revisions they save.
    QSettings().setValue(ProjectFile::authorSettingKey(), reviewer());
    QDialog::accept();
}

} // namespace portolan
