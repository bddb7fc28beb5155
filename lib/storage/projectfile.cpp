#include "projectfile.h"

#include "projectconnection.h"
#include "projectschema.h"
#include "revisionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <memory>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectFile", text);
}

QString damaged(const QString &path, const QString &problem)
{
    QString message = tr("%1 is damaged: %2").arg(path, problem);
    if (!message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return message;
}

/** The message for a file whose header is not that of a readable project, or empty when it is. */
QString headerProblem(const QString &path, const SqliteHeader &header)
{
    switch (header.kind) {
    case SqliteHeader::Unreadable:
        return tr("%1 cannot be opened: %2").arg(path, header.problem);
    case SqliteHeader::NotSqlite:
        return header.size == 0
            ? tr("%1 is not a Portolan project file: it is empty.").arg(path)
            : tr("%1 is not a Portolan project file: it is not an SQLite database (it may be encrypted or "
                 "of another format).")
                  .arg(path);
    case SqliteHeader::ForeignSqlite:
        return tr("%1 is not a Portolan project file: it is an SQLite database of another application.")
            .arg(path);
    case SqliteHeader::Truncated:
        return damaged(path, tr("the file is shorter than its header says; it was probably truncated."));
    case SqliteHeader::Portolan:
        break;
    }
    if (header.userVersion > ProjectSchema::Version)
        return tr(
            "%1 was saved by a newer version of Portolan (project format %2; this version reads formats up "
            "to %3). It is left unchanged; please open it with a newer Portolan.")
            .arg(path)
            .arg(header.userVersion)
            .arg(ProjectSchema::Version);
    if (header.userVersion < 1)
        return damaged(path, tr("it records no project format version."));
    return QString();
}

bool quickCheck(QSqlDatabase &db, QString *problem)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("PRAGMA quick_check")) || !query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    QStringList reports;
    while (query.next() && reports.size() < 3)
        reports.append(query.value(0).toString().simplified()); // messages are one line
    if (reports != QStringList {QStringLiteral("ok")}) {
        *problem = reports.isEmpty()
            ? query.lastError().text()
            : tr("the integrity check reports: %1").arg(reports.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

/**
 * An open, verified project for reading: read-only unless an interrupted save must be rolled back;
 * a file of an older format is read from a migrated copy, so reading never changes it.
 */
class ReadSession
{
public:
    bool open(const QString &path, QString *error)
    {
        const SqliteHeader header = ProjectSchema::readHeader(path);
        *error = headerProblem(path, header);
        if (!error->isEmpty())
            return false;
        m_connection = std::make_unique<ProjectConnection>(
            path, header.hotJournal ? ProjectConnection::ReadWrite : ProjectConnection::ReadOnly);
        QString problem;
        if (!m_connection->open(&problem)) {
            *error = tr("%1 cannot be opened: %2").arg(path, problem);
            return false;
        }
        if (!quickCheck(db(), &problem)) {
            *error = damaged(path, problem);
            return false;
        }
        const int version = ProjectSchema::storedVersion(db(), &problem);
        if (version < 0) {
            *error = damaged(path, problem);
            return false;
        }
        if (version < ProjectSchema::Version)
            return openMigratedCopy(path, error);
        return true;
    }

    QSqlDatabase &db() { return m_connection->db(); }

private:
    bool openMigratedCopy(const QString &path, QString *error)
    {
        m_connection.reset();
        m_copyDir = std::make_unique<QTemporaryDir>();
        const QString copy = m_copyDir->filePath(QStringLiteral("migrated.portolan"));
        QString problem;
        if (!m_copyDir->isValid() || !QFile::copy(path, copy)) {
            *error = tr("%1 cannot be opened: no room for a temporary copy to update its format.").arg(path);
            return false;
        }
        m_connection = std::make_unique<ProjectConnection>(copy, ProjectConnection::ReadWrite);
        if (!m_connection->open(&problem) || !ProjectSchema::exec(db(), QStringLiteral("BEGIN"), &problem)
            || !ProjectSchema::upgrade(db(), ProjectSchema::migrations(), ProjectSchema::Version, &problem)
            || !ProjectSchema::exec(db(), QStringLiteral("COMMIT"), &problem)) {
            *error = damaged(path, problem);
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_copyDir; // outlives the connection to the copy inside it
    std::unique_ptr<ProjectConnection> m_connection;
};

bool saveIntoProject(const QString &path, const Design &design, const QJsonObject &viewState,
    const ProjectFile::SaveOptions &options, int restoredFrom, RevisionInfo *saved, QString *error)
{
    {
        // Verify without write access first: a file that is refused is never opened for writing.
        ReadSession check;
        if (!check.open(path, error)) {
            *error = tr("%1 Nothing was written to it.").arg(*error);
            return false;
        }
    }
    ProjectConnection connection(path, ProjectConnection::ReadWrite);
    QString problem;
    if (!connection.open(&problem)) {
        *error = tr("%1 cannot be written: %2").arg(path, problem);
        return false;
    }
    QSqlDatabase &db = connection.db();
    if (!ProjectSchema::exec(db, QStringLiteral("BEGIN IMMEDIATE"), &problem)) {
        *error = tr("%1 cannot be written: %2").arg(path, problem);
        return false;
    }
    RevisionStore store(db);
    bool isDamaged = false;
    const bool written = store.readCurrent(&isDamaged, &problem)
        && ProjectSchema::upgrade(db, ProjectSchema::migrations(), ProjectSchema::Version, &problem)
        && store.write(design, viewState, options, restoredFrom, saved, &problem)
        && ProjectSchema::exec(db, QStringLiteral("COMMIT"), &problem);
    if (!written) {
        QString ignored;
        ProjectSchema::exec(db, QStringLiteral("ROLLBACK"), &ignored);
        *error = isDamaged ? tr("%1 Nothing was written to it.").arg(damaged(path, problem))
                           : tr("%1 cannot be written: %2").arg(path, problem);
        return false;
    }
    return true;
}

bool createProject(const QString &path, const Design &design, const QJsonObject &viewState,
    const ProjectFile::SaveOptions &options, RevisionInfo *saved, QString *error)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.saving").arg(target.fileName())));
    if (!temporary.open()) {
        *error = tr("%1 cannot be written: %2").arg(path, temporary.errorString());
        return false;
    }
    temporary.close();
    QString problem;
    {
        ProjectConnection connection(temporary.fileName(), ProjectConnection::ReadWrite);
        QSqlDatabase &db = connection.db();
        const bool written = connection.open(&problem)
            && ProjectSchema::exec(db, QStringLiteral("BEGIN"), &problem)
            && ProjectSchema::create(db, &problem)
            && RevisionStore(db).write(design, viewState, options, 0, saved, &problem)
            && ProjectSchema::exec(db, QStringLiteral("COMMIT"), &problem);
        if (!written) {
            *error = tr("%1 cannot be written: %2").arg(path, problem);
            return false;
        }
    }
    // The project appears under its name only once it is complete.
    if (!QFile::rename(temporary.fileName(), path)) {
        *error = tr("%1 cannot be written: the finished file could not be moved into place.").arg(path);
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

} // namespace

bool ProjectFile::isProjectFile(const QString &path)
{
    const SqliteHeader header = ProjectSchema::readHeader(path);
    return header.kind == SqliteHeader::Portolan || header.kind == SqliteHeader::Truncated;
}

bool ProjectFile::open(const QString &path, ProjectRevision *revision, QString *error)
{
    return openRevision(path, 0, revision, error);
}

bool ProjectFile::openRevision(const QString &path, int number, ProjectRevision *revision, QString *error)
{
    ReadSession session;
    if (!session.open(path, error))
        return false;
    QString problem;
    bool missing = false;
    if (!RevisionStore(session.db()).read(number, revision, &missing, &problem)) {
        *error = missing && number > 0 ? tr("%1: %2").arg(path, problem) : damaged(path, problem);
        return false;
    }
    return true;
}

bool ProjectFile::revisions(const QString &path, QList<RevisionInfo> *revisions, QString *error)
{
    ReadSession session;
    if (!session.open(path, error))
        return false;
    QString problem;
    if (!RevisionStore(session.db()).list(revisions, &problem)) {
        *error = damaged(path, problem);
        return false;
    }
    return true;
}

bool ProjectFile::save(const QString &path, const Design &design, const QJsonObject &viewState,
    const SaveOptions &options, RevisionInfo *saved, QString *error)
{
    if (QFileInfo::exists(path))
        return saveIntoProject(path, design, viewState, options, 0, saved, error);
    return createProject(path, design, viewState, options, saved, error);
}

bool ProjectFile::restoreRevision(
    const QString &path, int number, const SaveOptions &options, RevisionInfo *saved, QString *error)
{
    ProjectRevision old;
    if (!openRevision(path, number, &old, error))
        return false;
    SaveOptions restore = options;
    if (restore.comment.isEmpty())
        restore.comment = tr("Restored revision %1").arg(number);
    return saveIntoProject(path, old.design, old.viewState, restore, number, saved, error);
}

bool ProjectFile::signOffs(const QString &path, QList<SignOff> *signOffs, QString *error)
{
    ReadSession session;
    if (!session.open(path, error))
        return false;
    QString problem;
    if (!SignOffStore(session.db()).list(signOffs, &problem)) {
        *error = damaged(path, problem);
        return false;
    }
    return true;
}

bool ProjectFile::addSignOff(const QString &path, const SignOff &signOff, QString *error)
{
    {
        // Verify without write access first, as a save does.
        ReadSession check;
        if (!check.open(path, error)) {
            *error = tr("%1 Nothing was written to it.").arg(*error);
            return false;
        }
    }
    SignOff record = signOff;
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();
    if (record.reviewer.trimmed().isEmpty())
        record.reviewer = defaultAuthor();
    ProjectConnection connection(path, ProjectConnection::ReadWrite);
    QString problem;
    if (!connection.open(&problem)) {
        *error = tr("%1 cannot be written: %2").arg(path, problem);
        return false;
    }
    QSqlDatabase &db = connection.db();
    if (!ProjectSchema::exec(db, QStringLiteral("BEGIN IMMEDIATE"), &problem)) {
        *error = tr("%1 cannot be written: %2").arg(path, problem);
        return false;
    }
    const bool written
        = ProjectSchema::upgrade(db, ProjectSchema::migrations(), ProjectSchema::Version, &problem)
        && SignOffStore(db).add(record, &problem)
        && ProjectSchema::exec(db, QStringLiteral("COMMIT"), &problem);
    if (!written) {
        QString ignored;
        ProjectSchema::exec(db, QStringLiteral("ROLLBACK"), &ignored);
        *error = tr("%1: the sign-off cannot be recorded: %2").arg(path, problem);
        return false;
    }
    return true;
}

QString ProjectFile::defaultAuthor()
{
    const QString setting = QSettings().value(authorSettingKey()).toString().trimmed();
    return setting.isEmpty() ? systemAuthor() : setting;
}

QString ProjectFile::systemAuthor()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    // A service account, a container or cron sets no USER: the system's record of the account says
    // whose it is (its full name), or at least its name.
#if defined(Q_OS_UNIX)
    if (const passwd *entry = getpwuid(getuid())) {
        const QString fullName = QString::fromLocal8Bit(entry->pw_gecos ? entry->pw_gecos : "")
                                     .section(QLatin1Char(','), 0, 0)
                                     .trimmed();
        if (!fullName.isEmpty())
            return fullName;
        const QString name = QString::fromLocal8Bit(entry->pw_name ? entry->pw_name : "").trimmed();
        if (!name.isEmpty())
            return name;
    }
#endif
    return tr("unknown");
}

} // namespace portolan
