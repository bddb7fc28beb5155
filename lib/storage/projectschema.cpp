#include "projectschema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace portolan {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

// Version 1. Entity rows carry the revision range they are valid for: a row belongs to every
// revision r with valid_from <= r < valid_to (valid_to NULL: still current), so a save writes
// only the rows that changed and a revision stays complete without copying the others.
const char *const Version1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE revision ("
    " number INTEGER PRIMARY KEY,"
    " saved_at TEXT NOT NULL,"
    " author TEXT NOT NULL,"
    " comment TEXT NOT NULL,"
    " restored_from INTEGER,"
    " design_name TEXT NOT NULL,"
    " design_extra TEXT NOT NULL,"
    " view_state TEXT NOT NULL,"
    " zone_count INTEGER NOT NULL,"
    " host_count INTEGER NOT NULL,"
    " link_count INTEGER NOT NULL)",
    "CREATE TABLE zone ("
    " row_id INTEGER PRIMARY KEY,"
    " valid_from INTEGER NOT NULL,"
    " valid_to INTEGER,"
    " ord REAL NOT NULL,"
    " id TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " subnets TEXT NOT NULL,"
    " x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL, height REAL NOT NULL,"
    " extra TEXT NOT NULL)",
    "CREATE TABLE host ("
    " row_id INTEGER PRIMARY KEY,"
    " valid_from INTEGER NOT NULL,"
    " valid_to INTEGER,"
    " ord REAL NOT NULL,"
    " id TEXT NOT NULL,"
    " type TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " zone TEXT NOT NULL,"
    " address TEXT,"
    " params TEXT NOT NULL,"
    " has_position INTEGER NOT NULL,"
    " x REAL NOT NULL, y REAL NOT NULL,"
    " extra TEXT NOT NULL)",
    "CREATE TABLE link ("
    " row_id INTEGER PRIMARY KEY,"
    " valid_from INTEGER NOT NULL,"
    " valid_to INTEGER,"
    " ord REAL NOT NULL,"
    " a TEXT NOT NULL,"
    " b TEXT NOT NULL,"
    " params TEXT NOT NULL,"
    " extra TEXT NOT NULL)",
    // The current rows, which every save compares against, without scanning the history.
    "CREATE INDEX zone_current ON zone(ord) WHERE valid_to IS NULL",
    "CREATE INDEX host_current ON host(ord) WHERE valid_to IS NULL",
    "CREATE INDEX link_current ON link(ord) WHERE valid_to IS NULL",
    "CREATE INDEX zone_history ON zone(valid_from, valid_to)",
    "CREATE INDEX host_history ON host(valid_from, valid_to)",
    "CREATE INDEX link_history ON link(valid_from, valid_to)",
};

// Version 2: reviewers' sign-offs. A row records a decision on revision `revision` taken against
// revision `base`; rows are only ever added. Nothing of version 1 changes.
const char *const Version2[] = {
    "CREATE TABLE signoff ("
    " row_id INTEGER PRIMARY KEY,"
    " revision INTEGER NOT NULL,"
    " base INTEGER NOT NULL,"
    " reviewer TEXT NOT NULL,"
    " signed_at TEXT NOT NULL,"
    " verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'rejected')),"
    " comment TEXT NOT NULL)",
    "CREATE INDEX signoff_revision ON signoff(revision)",
};

bool setVersion(QSqlDatabase &db, int version, QString *problem)
{
    // PRAGMA takes no bound values; the number is ours, not user data.
    if (!ProjectSchema::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), problem))
        return false;
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"))) {
        *problem = query.lastError().text();
        return false;
    }
    query.addBindValue(QString::number(version));
    if (!query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

SqliteHeader ProjectSchema::readHeader(const QString &path)
{
    SqliteHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.problem = file.errorString();
        return header;
    }
    header.size = file.size();
    const QByteArray bytes = file.read(100);
    const QByteArray magic(SqliteMagic, sizeof(SqliteMagic)); // with its terminating zero
    if (!bytes.startsWith(magic)) {
        header.kind = SqliteHeader::NotSqlite;
        return header;
    }
    if (bytes.size() < 100) {
        header.kind = SqliteHeader::Truncated;
        return header;
    }
    header.hotJournal = QFile(path + QStringLiteral("-journal")).size() > 0;
    header.userVersion = int(bigEndian32(bytes, 60));
    if (bigEndian32(bytes, 68) != ApplicationId) {
        header.kind = SqliteHeader::ForeignSqlite;
        return header;
    }
    header.kind = SqliteHeader::Portolan;
    // With a rollback journal pending, the size is only right once SQLite has rolled it back.
    if (!header.hotJournal) {
        const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const bool pageCountValid = bigEndian32(bytes, 24) == bigEndian32(bytes, 92);
        const qint64 pageCount = bigEndian32(bytes, 28);
        if (pageSize < 512 || header.size % pageSize != 0
            || (pageCountValid && header.size < pageCount * pageSize))
            header.kind = SqliteHeader::Truncated;
    }
    return header;
}

bool ProjectSchema::exec(QSqlDatabase &db, const QString &sql, QString *problem)
{
    QSqlQuery query(db);
    if (!query.prepare(sql) || !query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    return true;
}

bool ProjectSchema::create(QSqlDatabase &db, QString *problem)
{
    for (const char *statement : Version1) {
        if (!exec(db, QString::fromLatin1(statement), problem))
            return false;
    }
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"))) {
        *problem = query.lastError().text();
        return false;
    }
    query.addBindValue(QStringLiteral("application"));
    query.addBindValue(QStringLiteral("Portolan"));
    if (!query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    query.addBindValue(QStringLiteral("created_by"));
    query.addBindValue(QStringLiteral("Portolan " PORTOLAN_VERSION));
    if (!query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), problem)
        && setVersion(db, 1, problem) && upgrade(db, migrations(), Version, problem);
}

const QList<SchemaMigration> &ProjectSchema::migrations()
{
    // Version 1 is the first format; a format change appends {from, step} here and raises Version.
    static const QList<SchemaMigration> steps = {
        {1,
            [](QSqlDatabase &db, QString *problem) {
                for (const char *statement : Version2) {
                    if (!exec(db, QString::fromLatin1(statement), problem))
                        return false;
                }
                return true;
            }},
    };
    return steps;
}

bool ProjectSchema::upgrade(
    QSqlDatabase &db, const QList<SchemaMigration> &steps, int target, QString *problem)
{
    int version = storedVersion(db, problem);
    if (version < 0)
        return false;
    while (version < target) {
        const SchemaMigration *step = nullptr;
        for (const SchemaMigration &candidate : steps) {
            if (candidate.from == version)
                step = &candidate;
        }
        if (!step) {
            *problem = tr("no migration from project format %1").arg(version);
            return false;
        }
        QString stepProblem;
        if (!step->run(db, &stepProblem)) {
            *problem = tr("migration from project format %1 failed: %2").arg(version).arg(stepProblem);
            return false;
        }
        if (!setVersion(db, version + 1, problem))
            return false;
        ++version;
    }
    return true;
}

int ProjectSchema::storedVersion(QSqlDatabase &db, QString *problem)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("PRAGMA user_version")) || !query.exec() || !query.next()) {
        *problem = query.lastError().text();
        return -1;
    }
    const int header = query.value(0).toInt();
    QSqlQuery meta(db);
    if (!meta.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"))) {
        *problem = tr("the table \"meta\" is missing");
        return -1;
    }
    meta.addBindValue(QStringLiteral("schema_version"));
    if (!meta.exec() || !meta.next()) {
        *problem = tr("the project format version is missing");
        return -1;
    }
    bool ok = false;
    const int recorded = meta.value(0).toString().toInt(&ok);
    if (!ok || recorded != header) {
        *problem = tr("the project format version %1 does not match the header's %2")
                       .arg(meta.value(0).toString())
                       .arg(header);
        return -1;
    }
    return recorded;
}

} // namespace portolan
