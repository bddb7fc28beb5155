#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace portolan {

class ReviewFilterModel;
class ReviewTableModel;
struct ReviewResult;

/**
 * The review dock: a summary line, filters by text and verdict, the table of request lines with
 * their verdicts (sortable), and the details of the chosen line: the flows and references
 * behind its verdict, its excess and what is forbidden, or the missing flows.
 */
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    ReviewTableModel *model() const { return m_model; }
    ReviewFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *verdictFilter() const { return m_verdict; }
    QTextBrowser *details() const { return m_details; }
    QLabel *summary() const { return m_summary; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *missingButton() const { return m_missing; }
    QPushButton *closeButton() const { return m_close; }

    /// Shows a new review; the filters stay, the selection is cleared.
    void setResult(const ReviewResult &result, const QString &title);
    /// The chosen request's index in the result, or -1.
    int currentRequest() const;
    /// Chooses the request (by its index in the result) and shows it in the table.
    void selectRequest(int index);

signals:
    void requestSelected(int index);
    void missingRequested();
    void exportRequested();
    void closeRequested();

private:
    void updateVerdicts();

    ReviewTableModel *m_model;
    ReviewFilterModel *m_filter;
    QLabel *m_summary;
    QLineEdit *m_text;
    QComboBox *m_verdict;
    QTableView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_missing;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace portolan
