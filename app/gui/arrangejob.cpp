#include "arrangejob.h"

#include "backgroundjob.h"
#include "document.h"

#include <QEventLoop>
#include <QUndoStack>

#include <memory>

namespace portolan {

ArrangeJob::ArrangeJob(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    setObjectName(QStringLiteral("arrangeJob"));
}

ArrangeJob::Outcome ArrangeJob::run(AutoLayout::Mode mode)
{
    if (m_running)
        return Outcome::Cancelled;
    if (m_document->isReadOnly())
        return Outcome::ReadOnly;
    m_running = true;
    auto result = std::make_shared<std::optional<AutoLayout::Result>>();
    auto *job = new BackgroundJob(
        mode == AutoLayout::Mode::RedoAll ? tr("Arranging every zone and host…")
                                          : tr("Arranging the zones and hosts without a place…"),
        [design = m_document->design(), mode, result](JobProgress &progress, QString *) {
            *result = AutoLayout::arrange(
                design, mode, [&progress](int done, int total) { return progress.report(done, total); });
            return result->has_value() && !progress.isCancelled();
        },
        m_window);
    // Cancel wins until the places are applied; an edit, an undo or another design meanwhile
    // makes the layout stale.
    bool cancelled = false;
    bool stale = false;
    connect(job, &BackgroundJob::cancelRequested, this, [&cancelled] { cancelled = true; });
    const auto markStale = [&stale] { stale = true; };
    const QMetaObject::Connection reset = connect(m_document, &Document::designReset, this, markStale);
    const QMetaObject::Connection edited
        = connect(m_document->undoStack(), &QUndoStack::indexChanged, this, markStale);
    QEventLoop loop;
    connect(job, &BackgroundJob::ended, &loop, &QEventLoop::quit);
    job->start(); // deletes itself once it has ended
    emit jobStarted(job);
    if (job->isRunning())
        loop.exec();
    disconnect(reset);
    disconnect(edited);
    m_running = false;
    if (cancelled || !result->has_value())
        return Outcome::Cancelled;
    if (stale)
        return Outcome::Stale;
    if (m_document->isReadOnly())
        return Outcome::ReadOnly;
    return m_document->applyLayout(**result, mode) ? Outcome::Arranged : Outcome::NothingToArrange;
}

QString ArrangeJob::statusText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Arranged:
        return tr("Arranged the design; Undo puts every zone and host back.");
    case Outcome::NothingToArrange:
        return tr("Nothing to arrange: every zone and host already has its place.");
    case Outcome::Cancelled:
        return tr("Arranging was cancelled; nothing moved.");
    case Outcome::Stale:
        return tr("The design changed while it was being arranged; nothing moved. Arrange it again.");
    case Outcome::ReadOnly:
        return tr("An old revision is shown: it cannot be arranged.");
    }
    return QString();
}

} // namespace portolan
