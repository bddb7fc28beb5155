#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

namespace portolan {

/** What the first 100 bytes of a file say about it, read without SQLite. */
struct SqliteHeader
{
    enum Kind {
        Unreadable, ///< the file cannot be opened or read
        NotSqlite, ///< empty, foreign, or encrypted: the SQLite magic is missing
        Truncated, ///< SQLite magic, but the file is shorter than the header says
        ForeignSqlite, ///< an SQLite database of another application
        Portolan, ///< a Portolan project file (application id matches)
    };
    Kind kind = Unreadable;
    bool regular = true; ///< false for a device, FIFO, socket or folder: SQLite cannot use it
    int userVersion = 0; ///< PRAGMA user_version: the project format version
    qint64 size = 0;
    bool hotJournal = false; ///< an interrupted save left a rollback journal beside the file
    QString problem; ///< why the file is unreadable, for Unreadable
};

/** One step of the project format, from version `from` to `from + 1`, run inside the save transaction. */
struct SchemaMigration
{
    int from = 0;
    std::function<bool(QSqlDatabase &db, QString *problem)> run;
};

/**
 * The layout of a .portolan file and its ordered migrations. Version 1 is created whole by
 * create(); each later version adds one SchemaMigration, so every later Portolan opens every
 * earlier file. The version is kept twice: PRAGMA user_version (readable from the header without
 * SQLite) and meta.schema_version; they must agree.
 */
class ProjectSchema
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSchema)

public:
    /// The project format this build writes. 2 adds the table "signoff" (reviewers' decisions),
    /// 3 the table "custom_flow" (the designers' custom flows).
    static constexpr int Version = 3;
    /// PRAGMA application_id of every Portolan project file: "PRTL".
    static constexpr quint32 ApplicationId = 0x5052544C;

    static SqliteHeader readHeader(const QString &path);

    /// Creates the tables of project format `version` (the current one unless given) in an empty
    /// database (inside a transaction): those of version 1, then the migrations up to `version`, so a
    /// new file and a migrated one are alike.
    static bool create(QSqlDatabase &db, QString *problem, int version = Version);
    /// The shipped migrations, ordered by `from`.
    static const QList<SchemaMigration> &migrations();
    /**
     * Brings a database from its version to `target` with the given steps, in order. Runs in the
     * caller's transaction; any failing step fails the whole upgrade.
     */
    static bool upgrade(QSqlDatabase &db, const QList<SchemaMigration> &steps, int target, QString *problem);
    /// The version recorded in the database; -1 with a problem when the two records disagree.
    static int storedVersion(QSqlDatabase &db, QString *problem);
    /**
     * Checks the database's schema before anything else is read from it: exactly the tables and
     * indexes project format `version` has, each as that format creates it (a table, not a view;
     * the same columns, types and constraints), and nothing else: no view, trigger, virtual table or
     * table of its own. A hostile file cannot make Portolan's queries run code of its choosing.
     */
    static bool verify(QSqlDatabase &db, int version, QString *problem);
    /// A failed statement's error as a message: the cell size limit in words, else SQLite's text.
    static QString problem(const QSqlError &error);
    /// Runs one statement that binds no values (DDL, PRAGMA, BEGIN/COMMIT) through a prepared query.
    static bool exec(QSqlDatabase &db, const QString &sql, QString *problem);
};

} // namespace portolan
