#include "projectconnection.h"

#include "projectschema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace portolan {

namespace {

QAtomicInteger<quint64> connectionCount;

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectFile", text);
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

ProjectConnection::ProjectConnection(const QString &path, Mode mode, int timeLimitMs)
    : m_name(QStringLiteral("portolan-project-%1").arg(connectionCount.fetchAndAddRelaxed(1)))
    , m_mode(mode)
    , m_timeLimitMs(timeLimitMs)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
}

ProjectConnection::~ProjectConnection()
{
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

int ProjectConnection::progress(void *connection)
{
    auto *self = static_cast<ProjectConnection *>(connection);
    if (!self->m_deadline.hasExpired())
        return 0;
    self->m_timedOut = true;
    return 1; // interrupts the statement: it fails with SQLITE_INTERRUPT
}

bool ProjectConnection::harden(QString *problem)
{
    sqlite3 *handle = nativeHandle(m_db);
    if (!handle) {
        *problem = tr("the Qt SQLite driver does not give access to SQLite's safety settings");
        return false;
    }
    // Set before the first statement, which is when SQLite reads the file's schema.
    const struct
    {
        int option;
        int value;
    } settings[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1}, // no writable_schema, no direct changes to internal tables
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0}, // the schema may not call functions with side effects
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
        {SQLITE_DBCONFIG_ENABLE_FKEY, 0},
    };
    for (const auto &setting : settings) {
        int applied = -1;
        if (sqlite3_db_config(handle, setting.option, setting.value, &applied) != SQLITE_OK
            || applied != setting.value) {
            *problem = tr("SQLite refused a safety setting (%1)").arg(setting.option);
            return false;
        }
    }
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, MaxCellBytes);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    m_deadline = QDeadlineTimer(m_timeLimitMs);
    m_handle = handle;
    sqlite3_progress_handler(handle, 1000, &ProjectConnection::progress, this);
    // cell_size_check: a cell whose size does not fit its page is found as it is read.
    return ProjectSchema::exec(m_db, QStringLiteral("PRAGMA cell_size_check = ON"), problem)
        && ProjectSchema::exec(m_db, QStringLiteral("PRAGMA mmap_size = 0"), problem);
}

bool ProjectConnection::open(QString *problem)
{
    if (!m_db.isValid()) {
        *problem
            = QCoreApplication::translate("ProjectFile", "the Qt SQLite driver (QSQLITE) is not available");
        return false;
    }
    if (!m_db.open()) {
        *problem = m_db.lastError().text();
        return false;
    }
    if (!harden(problem))
        return false;
    if (m_mode == ReadOnly)
        return true;
    // A rollback journal keeps the file a single file at rest (safe to mail or copy), and with
    // synchronous=FULL a commit is on disk before it returns: a kill leaves the old or new state.
    return ProjectSchema::exec(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"), problem)
        && ProjectSchema::exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"), problem)
        // Room for a large save in memory, so pages reach the file only at commit.
        && ProjectSchema::exec(m_db, QStringLiteral("PRAGMA cache_size = -32768"), problem)
        && ProjectSchema::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), problem);
}

} // namespace portolan
