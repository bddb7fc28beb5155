#include "autosavewriter.h"

#include "storage/projectautosave.h"

#include <QThread>

namespace portolan {

AutosaveWriter::AutosaveWriter(QObject *parent)
    : QObject(parent)
{ }

AutosaveWriter::~AutosaveWriter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool AutosaveWriter::write(const QString &autosavePath, const QString &documentPath, const Design &design,
    const QJsonObject &viewState)
{
    if (m_thread)
        return false;
    auto outcome = std::make_shared<Outcome>();
    outcome->autosavePath = autosavePath;
    m_outcome = outcome;
    m_thread = QThread::create([outcome, documentPath, design, viewState] {
        outcome->ok
            = ProjectAutosave::write(outcome->autosavePath, documentPath, design, viewState, &outcome->error);
    });
    QThread *thread = m_thread;
    // Queued to this object's (the GUI) thread; a write already waited for is not reported twice.
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread == thread)
            finish();
    });
    thread->start(QThread::LowPriority);
    return true;
}

void AutosaveWriter::waitForFinished()
{
    if (m_thread)
        finish();
}

void AutosaveWriter::finish()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (outcome->ok)
        emit written(outcome->autosavePath);
    else
        emit failed(outcome->autosavePath, outcome->error);
}

} // namespace portolan
