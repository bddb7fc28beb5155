#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace portolan {

class ProbeResultsModel;
class ProbeRunner;

/**
 * The probe's dock while its mode lasts: which host this machine stands in for and from which
 * addresses, any warning, the progress, the counts (as planned, passes with nothing listening,
 * differences, not probed), every result in a sortable table, and Cancel, Save Report and Close.
 */
class ProbePanel : public QWidget
{
    Q_OBJECT

public:
    ProbePanel(const ProbeRunner *runner, ProbeResultsModel *results, QWidget *parent = nullptr);

    void setHeading(const QString &heading, const QStringList &warnings);
    /// Reads the runner's progress and counts again.
    void refresh();

    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableView *resultsView() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void cancelRequested();
    void saveRequested();
    void closeRequested();

private:
    const ProbeRunner *m_runner;
    QLabel *m_heading;
    QLabel *m_warnings;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace portolan
