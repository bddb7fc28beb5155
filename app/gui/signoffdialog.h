#pragma once

#include "storage/signoff.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace portolan {

/**
 * Asks for a reviewer's decision on a revision against a base revision: the reviewer's name
 * (remembered as the user's name for revisions and sign-offs), approve or reject, and a comment,
 * which a rejection needs. The dialog only asks; the caller records it.
 */
class SignOffDialog : public QDialog
{
    Q_OBJECT

public:
    SignOffDialog(const QString &projectName, int revision, int base, QWidget *parent = nullptr);

    QString reviewer() const;
    SignOff::Verdict verdict() const;
    QString comment() const;

    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QRadioButton *approveButton() const { return m_approve; }
    QRadioButton *rejectButton() const { return m_reject; }
    QPlainTextEdit *commentEdit() const { return m_comment; }

    void accept() override;

private:
    void updateState();

    QLineEdit *m_reviewer;
    QRadioButton *m_approve;
    QRadioButton *m_reject;
    QPlainTextEdit *m_comment;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace portolan
