#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace portolan {

class RevisionsModel;

/**
 * Lists the revisions of a project file, with the reviewers' sign-offs, and lets the user pick one
 * to open read-only or to restore as a new revision (or, for compare mode, to compare with). The
 * dialog only chooses; the main window does the work after exec(). Signing a revision off is done
 * here, as it changes no design: the decision goes into the project file at once.
 */
class RevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, OpenReadOnly, Restore, Compare };
    /// What the dialog is opened for: the Revisions dialog, or picking the revision to compare with.
    enum class Purpose { Browse, Compare };

    /// `shownRevision` is the revision the editor shows read-only (selected first), 0 for the latest.
    explicit RevisionsDialog(const QString &projectPath, int shownRevision = 0, QWidget *parent = nullptr,
        Purpose purpose = Purpose::Browse);

    RevisionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// False when the revisions could not be read; errorText() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }

    Choice choice() const { return m_choice; }
    /// The revision number chosen, 0 when none.
    int chosenRevision() const { return m_chosen; }

    /// Selects the row of a revision number.
    void selectRevision(int number);
    /// The button actions, also for tests; restoring asks for confirmation unless `confirmed`.
    void openReadOnly();
    void restore(bool confirmed = false);
    void compare();
    /// Asks for a decision on the selected revision against the one before it (or `base`), and
    /// records it; false when nothing was recorded.
    bool signOff(int base = 0);
    /// Reads the sign-offs again, after one was recorded.
    void reloadSignOffs();

private:
    int selectedRevision() const;
    void updateButtons();

    QString m_path;
    RevisionsModel *m_model;
    QTableView *m_view;
    QLabel *m_label;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_signOffButton = nullptr;
    Purpose m_purpose;
    QString m_error;
    Choice m_choice = Choice::None;
    int m_chosen = 0;
};

} // namespace portolan
