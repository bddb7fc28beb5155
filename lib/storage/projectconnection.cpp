#include "projectconnection.h"

#include "projectschema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>

namespace portolan {

namespace {

QAtomicInteger<quint64> connectionCount;

} // namespace

ProjectConnection::ProjectConnection(const QString &path, Mode mode)
    : m_name(QStringLiteral("portolan-project-%1").arg(connectionCount.fetchAndAddRelaxed(1)))
    , m_mode(mode)
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
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
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
