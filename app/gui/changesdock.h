#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace portolan {

class ChangeReview;
class ChangesModel;

/**
 * The Changes dock of compare mode: what is compared with what, a legend of the canvas marks, the
 * design changes (each expandable to the flows and findings it causes, grouped by firewall), and
 * the buttons to export the change report, sign the change off and leave compare mode.
 */
class ChangesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChangesDock(QWidget *parent = nullptr);

    ChangesModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *signOffButton() const { return m_signOff; }
    QPushButton *leaveButton() const { return m_leave; }

    /// Shows a review; `title` says what is compared with what. Null clears the dock.
    void setReview(const ChangeReview *review, const QString &title);
    void setSignOffEnabled(bool enabled, const QString &why);

signals:
    /// A row was picked: the hosts it is about (ids, in either design).
    void hostsPicked(const QStringList &ids);
    void exportRequested();
    void signOffRequested();
    void leaveRequested();

private:
    void pick();

    ChangesModel *m_model;
    QTreeView *m_view;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_export;
    QPushButton *m_signOff;
    QPushButton *m_leave;
};

} // namespace portolan
