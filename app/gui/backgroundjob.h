#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QEventLoop;
class QThread;
class QWidget;

namespace portolan {

/**
 * What a background job's work sees: it reports how far it is and asks whether Cancel was
 * pressed. Both may be called from the worker thread while the GUI thread reads them.
 */
class JobProgress
{
public:
    /// Records that `done` of `total` steps are complete; false once the job is cancelled, so a
    /// loop can stop. A total of 0 or less means "no measure yet" (a busy indicator).
    bool report(qint64 done, qint64 total);
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    /// The same as a callback, for core functions that take one: (done, total) -> keep going.
    std::function<bool(qint64, qint64)> callback();
    /// 0 to 100, or -1 while no measure was reported.
    int percent() const { return m_percent.load(std::memory_order_relaxed); }

private:
    friend class BackgroundJob;
    std::atomic<int> m_percent {-1};
    std::atomic<bool> m_cancelled {false};
};

/**
 * Long work off the GUI thread, with a progress bar and Cancel.
 *
 * The work is a function that runs on a thread of its own, on copies of what it reads (capture
 * them by value: the document may change while it runs). It reports progress and checks for
 * Cancel through JobProgress, and returns true on success or false with an error naming the
 * place. The outcome is delivered on the GUI thread: succeeded(), failed() or cancelled(); a job
 * whose work returns false after Cancel counts as cancelled. A result goes back through what the
 * function captured (a std::shared_ptr the caller keeps), read once succeeded() is emitted.
 *
 * While it runs, a window-modal progress dialog with Cancel appears over `window` once the work
 * has taken longer than ShowDelayMs, so quick work shows nothing. The window keeps repainting and
 * its timers keep running. exec() starts the job and returns once it has ended, for callers that
 * want the outcome at once; start() returns at once.
 *
 *     auto placed = std::make_shared<Placement>();
 *     auto *job = new BackgroundJob(tr("Arranging the design…"),
 *         [design = m_document->design(), placed](JobProgress &progress, QString *error) {
 *             *placed = arrange(design, progress.callback());
 *             return !progress.isCancelled();
 *         }, window);
 *     connect(job, &BackgroundJob::succeeded, this, [placed] { ... apply *placed ... });
 *     job->start(); // deletes itself once it has ended
 */
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { NotStarted, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)
    using Work = std::function<bool(JobProgress &progress, QString *error)>;

    /// Milliseconds of work before the progress dialog is shown.
    static constexpr int ShowDelayMs = 300;

    BackgroundJob(const QString &label, Work work, QWidget *window);
    /// Cancels work still running and waits for it to stop.
    ~BackgroundJob() override;

    /// Runs the work on its own thread; the job deletes itself once it has ended and said so.
    void start();
    /// Runs the work and returns once it has ended; the event loop runs meanwhile.
    Outcome exec();

    Outcome outcome() const { return m_outcome; }
    bool isRunning() const { return m_outcome == Outcome::Running; }
    /// Why the work failed (empty unless outcome() is Failed).
    QString errorText() const { return m_error; }
    /// The last progress shown: 0 to 100, or -1 while the work has given no measure.
    int percent() const { return m_shownPercent; }
    /// The dialog shown while the job runs (hidden during the first ShowDelayMs), or null.
    QProgressDialog *progressDialog() const { return m_dialog; }

    /// Every job that is running, oldest first (for the tests and for closing the window).
    static QList<BackgroundJob *> running();

public slots:
    /// Asks the work to stop; the job ends with cancelled() once the work has returned.
    void cancel();

signals:
    void progressChanged(int percent);
    /// Cancel was asked for while the work ran (the outcome follows once the work has returned).
    void cancelRequested();
    void succeeded();
    void failed(const QString &error);
    void cancelled();
    /// After any of the three above.
    void ended(portolan::BackgroundJob::Outcome outcome);

private:
    struct State;
    void launch();
    void pollProgress();
    void workEnded();

    QString m_label;
    Work m_work;
    QPointer<QWidget> m_window;
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_poll;
    Outcome m_outcome = Outcome::NotStarted;
    QString m_error;
    int m_shownPercent = -1;
    bool m_deleteWhenEnded = false;
};

} // namespace portolan
