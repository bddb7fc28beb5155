#pragma once

#include "review/requestfile.h"
#include "review/reviewengine.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;

namespace portolan {

class DesignView;
class Document;
class ReviewArrowItem;
class ReviewPanel;

/**
 * Reviewing a change request or a firewall's rule set against the open design (Design > Review
 * Change Request…). While active, the canvas only shows the design: a dock lists every request
 * line with its verdict; choosing one selects its hosts on the canvas and draws the flows the
 * design requires (solid), the excess it would open (dashed) and what is forbidden (dotted).
 * The review follows the design (an undo re-reviews it) and never changes it; closing the review
 * gives the canvas back for editing.
 */
class ReviewMode : public QObject
{
    Q_OBJECT

public:
    ReviewMode(Document *document, DesignView *view, QMainWindow *window);
    ~ReviewMode() override;

    /// Asks for a request or rule set file, then starts.
    void chooseAndStart();
    /// Reads the file and reviews the design against it; false with the reason (file, line, column).
    bool start(const QString &path, QString *error);
    /// Leaves the review: the overlay goes, the canvas is editable again.
    void stop();
    bool isActive() const { return m_active; }

    const ReviewResult &result() const { return m_result; }
    ReviewPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    /// Arrows drawn over the canvas for the chosen request.
    QList<ReviewArrowItem *> overlay() const;

    /// Writes the review to the file, by its suffix: .pdf (the report to sign), .csv or .json.
    bool exportReport(const QString &path, QString *error) const;
    /// Asks where, then exports.
    void chooseAndExport();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void statusMessage(const QString &message, int timeout);
    void activeChanged(bool active);

private:
    void review();
    void showRequest(int index);
    void showMissing();
    void clearOverlay();
    void addArrows(const QList<TupleGroup> &groups, int kind, int *budget);
    QString revisionText() const;

    Document *m_document;
    DesignView *m_view;
    QMainWindow *m_window;
    QDockWidget *m_dock = nullptr;
    ReviewPanel *m_panel = nullptr;
    RequestFile m_file;
    QString m_path;
    ReviewResult m_result;
    QList<QPointer<ReviewArrowItem>> m_overlay; ///< null once a rebuilt canvas deleted them
    bool m_active = false;
};

} // namespace portolan
