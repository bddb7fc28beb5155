#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

/**
 * One named QSQLITE connection to one project file, removed again when this goes out of scope.
 * Queries made on db() must be destroyed before it.
 *
 * A project file is a database someone else may have written, so every connection is opened
 * defensively: SQLite's defensive mode, an untrusted schema, no triggers, views or extensions,
 * no attached databases, cell sizes checked, no string or blob above MaxCellBytes, and SQL that
 * runs longer than the time limit is interrupted (timedOut() then tells why a query failed).
 */
class ProjectConnection
{
public:
    enum Mode { ReadOnly, ReadWrite };

    /// No text or blob in a project file may be larger than this: 16 MiB.
    static constexpr int MaxCellBytes = 16 << 20;

    /// `timeLimitMs` bounds all the SQL of this connection, counted from open().
    ProjectConnection(const QString &path, Mode mode, int timeLimitMs);
    ~ProjectConnection();
    ProjectConnection(const ProjectConnection &) = delete;
    ProjectConnection &operator=(const ProjectConnection &) = delete;

    /// Opens the file; read-write connections also get the settings that make commits atomic.
    bool open(QString *problem);
    QSqlDatabase &db() { return m_db; }
    /// True once a query was interrupted because the time limit had passed.
    bool timedOut() const { return m_timedOut; }
    int timeLimitMs() const { return m_timeLimitMs; }

private:
    static int progress(void *connection);
    bool harden(QString *problem);

    QString m_name;
    Mode m_mode;
    int m_timeLimitMs;
    QDeadlineTimer m_deadline;
    bool m_timedOut = false;
    void *m_handle = nullptr; ///< the sqlite3 handle, while the progress handler is installed
    QSqlDatabase m_db;
};

} // namespace portolan
