#pragma once

#include "model/design.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace portolan {

/**
 * Writes autosaves on a thread of its own, one at a time, so that a large design's autosave does
 * not stop the window. Each write works on a copy of the design taken when it starts: edits made
 * while it runs go into the next autosave. The outcome arrives on the GUI thread as written() or
 * failed(); waitForFinished() delivers it at once, for a save or a close that must know whether a
 * file is still being written.
 */
class AutosaveWriter : public QObject
{
    Q_OBJECT

public:
    explicit AutosaveWriter(QObject *parent = nullptr);
    /// Waits for a write still running (its outcome is not reported: nobody is left to hear it).
    ~AutosaveWriter() override;

    bool isWriting() const { return m_thread != nullptr; }
    /// Starts writing; refused (false) while an earlier write runs.
    bool write(const QString &autosavePath, const QString &documentPath, const Design &design,
        const QJsonObject &viewState);
    /// Waits for the running write, if any, and reports its outcome before returning.
    void waitForFinished();

signals:
    void written(const QString &autosavePath);
    void failed(const QString &autosavePath, const QString &error);

private:
    struct Outcome
    {
        QString autosavePath;
        bool ok = false;
        QString error;
    };
    void finish();

    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace portolan
