#pragma once

#include "layout/autolayout.h"

#include <QObject>

class QWidget;

namespace portolan {

class BackgroundJob;
class Document;

/**
 * Design > Arrange and Arrange All: the layout is computed on a worker thread over a copy of the
 * design, with the background job's progress dialog and Cancel, and applied on the GUI thread as
 * one undo step. Cancel changes nothing, even when it comes after the layout was computed but
 * before it was applied. An edit of the design while the layout runs makes it stale: it is not
 * applied, and the user is told so.
 */
class ArrangeJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Arranged, ///< the places were applied as one undo step
        NothingToArrange, ///< every place was already where the layout puts it
        Cancelled, ///< Cancel was pressed: the design is unchanged
        Stale, ///< the design changed meanwhile: the layout was not applied
        ReadOnly, ///< the design cannot be edited now (an old revision is shown)
    };
    Q_ENUM(Outcome)

    ArrangeJob(Document *document, QWidget *window);

    /// Arranges the design and returns once the result is applied or dropped; the window's event
    /// loop runs meanwhile. A second call while one runs returns Cancelled at once.
    Outcome run(AutoLayout::Mode mode);
    bool isRunning() const { return m_running; }
    /// The message the status bar shows for an outcome.
    static QString statusText(Outcome outcome);

signals:
    /// The background job of a run, as it starts: for a test, or a window that shows it.
    void jobStarted(portolan::BackgroundJob *job);

private:
    Document *m_document;
    QWidget *m_window;
    bool m_running = false;
};

} // namespace portolan
