#include "projectschema.h"

#include "projectconnection.h"

#include <QAtomicInteger>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <sys/stat.h>

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

// Version 3: the designers' custom flows, kept by revision like zones, hosts and links. Nothing of
// version 2 changes; a format-2 file simply had none.
const char *const Version3[] = {
    "CREATE TABLE custom_flow ("
    " row_id INTEGER PRIMARY KEY,"
    " valid_from INTEGER NOT NULL,"
    " valid_to INTEGER,"
    " ord REAL NOT NULL,"
    " id TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " destination TEXT NOT NULL,"
    " protocol TEXT NOT NULL,"
    " ports TEXT NOT NULL,"
    " service TEXT NOT NULL,"
    " reason TEXT NOT NULL,"
    " extra TEXT NOT NULL)",
    "CREATE INDEX custom_flow_current ON custom_flow(ord) WHERE valid_to IS NULL",
    "CREATE INDEX custom_flow_history ON custom_flow(valid_from, valid_to)",
};

bool setVersion(QSqlDatabase &db, int version, QString *problem)
{
    // PRAGMA takes no bound values; the number is ours, not user data.
    if (!ProjectSchema::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), problem))
        return false;
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"))) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    query.addBindValue(QString::number(version));
    if (!query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    return true;
}

/** One row of sqlite_master: what the schema holds. */
struct SchemaEntry
{
    QString type; ///< table, index, view or trigger
    QString name;
    QString table; ///< the table an index or trigger belongs to
    QString sql; ///< the statement that made it; empty for SQLite's own indexes
};

/// More entries than any project format has: reading stops there.
constexpr int MaxSchemaEntries = 200;

bool readSchema(QSqlDatabase &db, QList<SchemaEntry> *entries, QString *problem)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"))
        || !query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    while (query.next()) {
        if (entries->size() == MaxSchemaEntries) {
            *problem
                = ProjectSchema::tr("its database holds more than %1 tables, indexes, views and triggers")
                      .arg(MaxSchemaEntries);
            return false;
        }
        entries->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()});
    }
    if (query.lastError().isValid()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    return true;
}

/// The schema of project format `version`, made in an in-memory database by create() up to that format.
bool referenceSchema(int version, QList<SchemaEntry> *entries, QString *problem)
{
    static QMutex mutex;
    static QHash<int, QList<SchemaEntry>> made;
    static QAtomicInteger<quint64> count;
    const QMutexLocker lock(&mutex);
    const auto found = made.constFind(version);
    if (found != made.constEnd()) {
        *entries = *found;
        return true;
    }
    const QString name = QStringLiteral("portolan-schema-reference-%1").arg(count.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        ok = db.open() && ProjectSchema::exec(db, QStringLiteral("BEGIN"), problem)
            && ProjectSchema::create(db, problem, version)
            && ProjectSchema::exec(db, QStringLiteral("COMMIT"), problem) && readSchema(db, entries, problem);
        if (!db.isOpen() && problem->isEmpty())
            *problem = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (ok)
        made.insert(version, *entries);
    return ok;
}

QString describe(const SchemaEntry &entry)
{
    if (entry.type == QLatin1String("table"))
        return entry.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)
            ? ProjectSchema::tr("a virtual table \"%1\"").arg(entry.name)
            : ProjectSchema::tr("a table \"%1\"").arg(entry.name);
    if (entry.type == QLatin1String("index"))
        return ProjectSchema::tr("an index \"%1\"").arg(entry.name);
    if (entry.type == QLatin1String("view"))
        return ProjectSchema::tr("a view \"%1\"").arg(entry.name);
    if (entry.type == QLatin1String("trigger"))
        return ProjectSchema::tr("a trigger \"%1\"").arg(entry.name);
    return ProjectSchema::tr("an entry \"%1\" of type \"%2\"").arg(entry.name, entry.type);
}

} // namespace

bool ProjectSchema::verify(QSqlDatabase &db, int version, QString *problem)
{
    QList<SchemaEntry> expected;
    if (!referenceSchema(version, &expected, problem))
        return false;
    // Tables before their indexes: a table that became a view is reported as that.
    std::stable_partition(expected.begin(), expected.end(),
        [](const SchemaEntry &entry) { return entry.type == QLatin1String("table"); });
    QList<SchemaEntry> actual;
    if (!readSchema(db, &actual, problem))
        return false;
    QHash<QString, const SchemaEntry *> byName;
    for (const SchemaEntry &entry : std::as_const(actual))
        byName.insert(entry.type + QLatin1Char('/') + entry.name, &entry);
    for (const SchemaEntry &want : std::as_const(expected)) {
        const SchemaEntry *have = byName.value(want.type + QLatin1Char('/') + want.name);
        if (!have) {
            for (const SchemaEntry &other : std::as_const(actual)) {
                if (other.name == want.name) {
                    *problem = tr("its database holds %1 where project format %2 has %3")
                                   .arg(describe(other))
                                   .arg(version)
                                   .arg(describe(want));
                    return false;
                }
            }
            *problem = tr("%1 of project format %2 is missing").arg(describe(want)).arg(version);
            return false;
        }
        if (have->sql != want.sql || have->table != want.table) {
            *problem = tr("%1 is not defined as project format %2 defines it (its columns, types or "
                          "constraints differ)")
                           .arg(describe(want))
                           .arg(version);
            return false;
        }
        byName.remove(want.type + QLatin1Char('/') + want.name);
    }
    for (const SchemaEntry &entry : std::as_const(actual)) {
        if (byName.contains(entry.type + QLatin1Char('/') + entry.name)) {
            *problem = tr("its database holds %1, which Portolan does not make; project files with tables, "
                          "views or triggers of their own are refused")
                           .arg(describe(entry));
            return false;
        }
    }
    return true;
}

QString ProjectSchema::problem(const QSqlError &error)
{
    if (error.nativeErrorCode() == QLatin1String("18")) // SQLITE_TOOBIG
        return tr("a value is larger than the limit of %1 MiB for one cell")
            .arg(ProjectConnection::MaxCellBytes >> 20);
    return error.text();
}

SqliteHeader ProjectSchema::readHeader(const QString &path)
{
    SqliteHeader header;
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
        // Opening a FIFO would wait for a writer, and SQLite cannot keep a database in a device.
        header.regular = false;
        header.problem = S_ISDIR(info.st_mode) ? tr("it is a folder") : tr("it is not a regular file");
        return header;
    }
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
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    return true;
}

bool ProjectSchema::create(QSqlDatabase &db, QString *problem, int version)
{
    for (const char *statement : Version1) {
        if (!exec(db, QString::fromLatin1(statement), problem))
            return false;
    }
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"))) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    query.addBindValue(QStringLiteral("application"));
    query.addBindValue(QStringLiteral("Portolan"));
    if (!query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    query.addBindValue(QStringLiteral("created_by"));
    query.addBindValue(QStringLiteral("Portolan " PORTOLAN_VERSION));
    if (!query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), problem)
        && setVersion(db, 1, problem) && upgrade(db, migrations(), version, problem);
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
        {2,
            [](QSqlDatabase &db, QString *problem) {
                for (const char *statement : Version3) {
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
        *problem = ProjectSchema::problem(query.lastError());
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
