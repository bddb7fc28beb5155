#include "backgroundjob.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QWidget>

#include <algorithm>

namespace portolan {

namespace {

/// Milliseconds between two looks at the work's progress.
constexpr int PollInterval = 50;

QList<BackgroundJob *> &runningJobs()
{
    static QList<BackgroundJob *> jobs;
    return jobs;
}

} // namespace

bool JobProgress::report(qint64 done, qint64 total)
{
    if (total > 0) {
        const qint64 clamped = std::clamp<qint64>(done, 0, total);
        m_percent.store(int(clamped * 100 / total), std::memory_order_relaxed);
    }
    return !isCancelled();
}

std::function<bool(qint64, qint64)> JobProgress::callback()
{
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

/// What the worker thread and the job share; the worker keeps it alive should the job go first.
struct BackgroundJob::State
{
    JobProgress progress;
    BackgroundJob::Work work;
    bool ok = false;
    QString error;
};

BackgroundJob::BackgroundJob(const QString &label, Work work, QWidget *window)
    : QObject(window)
    , m_label(label)
    , m_work(std::move(work))
    , m_window(window)
{
    setObjectName(QStringLiteral("backgroundJob"));
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, &BackgroundJob::pollProgress);
}

BackgroundJob::~BackgroundJob()
{
    runningJobs().removeAll(this);
    if (m_thread) {
        m_state->progress.m_cancelled.store(true);
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog.data();
}

QList<BackgroundJob *> BackgroundJob::running()
{
    return runningJobs();
}

void BackgroundJob::start()
{
    m_deleteWhenEnded = true;
    launch();
}

BackgroundJob::Outcome BackgroundJob::exec()
{
    QEventLoop loop;
    connect(this, &BackgroundJob::ended, &loop, &QEventLoop::quit);
    launch();
    if (m_outcome == Outcome::Running)
        loop.exec();
    return m_outcome;
}

void BackgroundJob::launch()
{
    if (m_outcome != Outcome::NotStarted)
        return;
    m_outcome = Outcome::Running;
    runningJobs().append(this);

    m_dialog = new QProgressDialog(m_label, tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(QStringLiteral("backgroundJobProgress"));
    m_dialog->setWindowTitle(m_window ? m_window->window()->windowTitle() : QString());
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    // Cancel asks the work to stop; the dialog stays until it has, so nothing is left half-done
    // behind the user's back.
    disconnect(m_dialog, &QProgressDialog::canceled, m_dialog, &QProgressDialog::cancel);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundJob::cancel);
    connect(m_dialog, &QProgressDialog::rejected, this, &BackgroundJob::cancel); // Escape
    m_dialog->setMinimumDuration(ShowDelayMs);
    m_dialog->setValue(0); // starts the dialog's clock: it shows itself after ShowDelayMs

    m_state = std::make_shared<State>();
    m_state->work = std::move(m_work);
    std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([state] { state->ok = state->work(state->progress, &state->error); });
    m_thread->setObjectName(QStringLiteral("portolan-job"));
    connect(m_thread, &QThread::finished, this, &BackgroundJob::workEnded, Qt::QueuedConnection);
    m_poll.start();
    m_thread->start();
}

void BackgroundJob::cancel()
{
    if (m_outcome != Outcome::Running || !m_state)
        return;
    m_state->progress.m_cancelled.store(true);
    if (m_dialog) {
        m_dialog->setLabelText(tr("Cancelling…"));
        if (auto *button = m_dialog->findChild<QPushButton *>())
            button->setEnabled(false);
    }
    emit cancelRequested();
}

void BackgroundJob::pollProgress()
{
    const int percent = m_state ? m_state->progress.percent() : -1;
    if (percent == m_shownPercent)
        return;
    m_shownPercent = percent;
    // Said before the dialog moves: a modal dialog's setValue() runs the event loop, which may
    // deliver the end of the work and its final figure, and that must be the last one said.
    emit progressChanged(percent);
    if (m_dialog) {
        if (percent < 0) {
            m_dialog->setRange(0, 0);
        } else {
            if (m_dialog->maximum() != 100)
                m_dialog->setRange(0, 100);
            // Never back to the minimum: setValue(0) would restart the dialog's clock.
            m_dialog->setValue(std::max(1, percent));
        }
    }
}

void BackgroundJob::workEnded()
{
    if (m_outcome != Outcome::Running)
        return;
    m_poll.stop();
    pollProgress(); // the last figure the work reported
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    runningJobs().removeAll(this);
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }

    if (m_state->ok) {
        m_outcome = Outcome::Succeeded;
        emit succeeded();
    } else if (m_state->progress.isCancelled()) {
        m_outcome = Outcome::Cancelled;
        emit cancelled();
    } else {
        m_outcome = Outcome::Failed;
        m_error = m_state->error.isEmpty() ? tr("The work could not be completed.") : m_state->error;
        emit failed(m_error);
    }
    emit ended(m_outcome);
    if (m_deleteWhenEnded)
        deleteLater();
}

} // namespace portolan
