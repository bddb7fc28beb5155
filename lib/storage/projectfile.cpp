#include "projectfile.h"

#include "catalog/catalog.h"
#include "model/designrules.h"
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

#include <atomic>
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

std::atomic<int> timeLimit {60000};

QString sentence(QString message)
{
    if (!message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return message;
}

QString damaged(const QString &path, const QString &problem)
{
    return sentence(tr("%1 is damaged: %2").arg(path, problem));
}

QString nothingWritten(const QString &message)
{
    return tr("%1 Nothing was written to it.").arg(sentence(message));
}

/** The message for a file whose header is not that of a readable project, or empty when it is. */
QString headerProblem(const QString &path, const SqliteHeader &header)
{
    switch (header.kind) {
    case SqliteHeader::Unreadable:
        return sentence(tr("%1 cannot be opened: %2").arg(path, header.problem));
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

/// PRAGMA quick_check before a read; the full PRAGMA integrity_check, which also compares every
/// index with its table, before a write.
bool checkIntegrity(QSqlDatabase &db, bool full, QString *problem)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString pragma
        = full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
    if (!query.prepare(pragma) || !query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    QStringList reports;
    while (query.next() && reports.size() < 3)
        reports.append(query.value(0).toString().simplified()); // messages are one line
    if (reports != QStringList {QStringLiteral("ok")}) {
        *problem = reports.isEmpty()
            ? ProjectSchema::problem(query.lastError())
            : tr("the integrity check reports: %1").arg(reports.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

/// The rule book of every design, with the host types of the built-in catalog.
QString designProblem(const Design &design)
{
    const std::shared_ptr<const Catalog> catalog = Catalog::builtIn();
    return DesignRules::check(
        design, [&catalog](const QString &type) { return catalog->type(type) != nullptr; });
}

/**
 * An open, verified project for reading: read-only unless an interrupted save must be rolled back;
 * a file of an older format is read from a migrated copy, so reading never changes it.
 */
class ReadSession
{
public:
    enum Check { Quick, Full };

    bool open(const QString &path, Check check, QString *error)
    {
        m_path = path;
        const SqliteHeader header = ProjectSchema::readHeader(path);
        *error = headerProblem(path, header);
        if (!error->isEmpty())
            return false;
        m_connection = std::make_unique<ProjectConnection>(
            path, header.hotJournal ? ProjectConnection::ReadWrite : ProjectConnection::ReadOnly, timeLimit);
        QString problem;
        if (!m_connection->open(&problem)) {
            *error = failure(tr("%1 cannot be opened: %2").arg(path, problem));
            return false;
        }
        // The schema first: until it is known to be Portolan's, no query touches a table.
        if (!ProjectSchema::verify(db(), header.userVersion, &problem)) {
            *error = failure(sentence(tr("%1 is not a valid project file: %2").arg(path, problem)));
            return false;
        }
        if (!checkIntegrity(db(), check == Full, &problem)) {
            *error = failure(damaged(path, problem));
            return false;
        }
        const int version = ProjectSchema::storedVersion(db(), &problem);
        if (version < 0) {
            *error = failure(damaged(path, problem));
            return false;
        }
        if (version < ProjectSchema::Version)
            return openMigratedCopy(path, error);
        return true;
    }

    QSqlDatabase &db() { return m_connection->db(); }

    /// The message, or the time limit's when a query was interrupted by it.
    QString failure(const QString &message) const
    {
        if (!m_connection || !m_connection->timedOut())
            return message;
        return timedOut(m_path, m_connection->timeLimitMs());
    }

    static QString timedOut(const QString &path, int limitMs)
    {
        return tr("%1 was given up after %2 seconds of reading: it is very large, damaged, or made to stall "
                  "Portolan.")
            .arg(path)
            .arg(limitMs / 1000.0);
    }

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
        m_connection = std::make_unique<ProjectConnection>(copy, ProjectConnection::ReadWrite, timeLimit);
        if (!m_connection->open(&problem) || !ProjectSchema::exec(db(), QStringLiteral("BEGIN"), &problem)
            || !ProjectSchema::upgrade(db(), ProjectSchema::migrations(), ProjectSchema::Version, &problem)
            || !ProjectSchema::exec(db(), QStringLiteral("COMMIT"), &problem)) {
            *error = failure(damaged(path, problem));
            return false;
        }
        return true;
    }

    QString m_path;
    std::unique_ptr<QTemporaryDir> m_copyDir; // outlives the connection to the copy inside it
    std::unique_ptr<ProjectConnection> m_connection;
};

void step(const ProjectFile::SaveOptions &options, ProjectFile::SaveStep step)
{
    if (options.onStep)
        options.onStep(step);
}

bool saveIntoProject(const QString &path, const Design &design, const QJsonObject &viewState,
    const ProjectFile::SaveOptions &options, int restoredFrom, RevisionInfo *saved, QString *error)
{
    {
        // Verify without write access first: a file that is refused is never opened for writing.
        ReadSession check;
        if (!check.open(path, ReadSession::Full, error)) {
            *error = nothingWritten(*error);
            return false;
        }
    }
    ProjectConnection connection(path, ProjectConnection::ReadWrite, timeLimit);
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
    // An older format is brought up to date first: the latest revision is then read as this
    // format holds it (a format-2 file has no custom flows yet).
    RevisionStore store(db);
    bool isDamaged = false;
    bool written = ProjectSchema::upgrade(db, ProjectSchema::migrations(), ProjectSchema::Version, &problem)
        && store.readCurrent(&isDamaged, &problem);
    if (written) {
        // The new revision shares the latest one's rows: they must obey the rules as a read does.
        const QString rules = designProblem(store.current());
        if (!rules.isEmpty()) {
            QString ignored;
            ProjectSchema::exec(db, QStringLiteral("ROLLBACK"), &ignored);
            *error = nothingWritten(tr("%1: revision %2: %3").arg(path).arg(store.latest()).arg(rules));
            return false;
        }
        step(options, ProjectFile::SaveStep::Writing);
    }
    written = written
        && ProjectSchema::upgrade(db, ProjectSchema::migrations(), ProjectSchema::Version, &problem)
        && store.write(design, viewState, options, restoredFrom, saved, &problem)
        && ProjectSchema::exec(db, QStringLiteral("COMMIT"), &problem);
    if (!written) {
        const bool timedOut = connection.timedOut();
        QString ignored;
        ProjectSchema::exec(db, QStringLiteral("ROLLBACK"), &ignored);
        if (timedOut)
            *error = nothingWritten(ReadSession::timedOut(path, connection.timeLimitMs()));
        else
            *error = isDamaged ? nothingWritten(damaged(path, problem))
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
    step(options, ProjectFile::SaveStep::Writing);
    QString problem;
    {
        ProjectConnection connection(temporary.fileName(), ProjectConnection::ReadWrite, timeLimit);
        QSqlDatabase &db = connection.db();
        const bool written = connection.open(&problem)
            && ProjectSchema::exec(db, QStringLiteral("BEGIN"), &problem)
            && ProjectSchema::create(db, &problem)
            && RevisionStore(db).write(design, viewState, options, 0, saved, &problem)
            && ProjectSchema::exec(db, QStringLiteral("COMMIT"), &problem);
        if (!written) {
            *error = connection.timedOut() ? ReadSession::timedOut(path, connection.timeLimitMs())
                                           : tr("%1 cannot be written: %2").arg(path, problem);
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

/// Adds a revision after checking the design by the rule book: the writer never changes a text.
bool saveRevision(const QString &path, const Design &design, const QJsonObject &viewState,
    const ProjectFile::SaveOptions &options, int restoredFrom, RevisionInfo *saved, QString *error)
{
    step(options, ProjectFile::SaveStep::Checking);
    const bool exists = QFileInfo::exists(path);
    const QString rules = designProblem(design);
    if (!rules.isEmpty()) {
        const QString message = tr("%1 cannot be written: %2").arg(path, rules);
        *error = exists ? nothingWritten(message) : sentence(message);
        return false;
    }
    const bool done = exists ? saveIntoProject(path, design, viewState, options, restoredFrom, saved, error)
                             : createProject(path, design, viewState, options, saved, error);
    if (done)
        step(options, ProjectFile::SaveStep::Done);
    return done;
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
    if (!session.open(path, ReadSession::Quick, error))
        return false;
    QString problem;
    bool missing = false;
    ProjectRevision read;
    if (!RevisionStore(session.db()).read(number, &read, &missing, &problem)) {
        *error = session.failure(
            missing && number > 0 ? tr("%1: %2").arg(path, problem) : damaged(path, problem));
        return false;
    }
    // The same rules as design JSON: whatever a hand or a program wrote into the file.
    const QString rules = designProblem(read.design);
    if (!rules.isEmpty()) {
        *error = tr("%1: revision %2: %3").arg(path).arg(read.info.number).arg(rules);
        return false;
    }
    *revision = std::move(read);
    return true;
}

bool ProjectFile::revisions(const QString &path, QList<RevisionInfo> *revisions, QString *error)
{
    ReadSession session;
    if (!session.open(path, ReadSession::Quick, error))
        return false;
    QString problem;
    if (!RevisionStore(session.db()).list(revisions, &problem)) {
        *error = session.failure(damaged(path, problem));
        return false;
    }
    return true;
}

bool ProjectFile::save(const QString &path, const Design &design, const QJsonObject &viewState,
    const SaveOptions &options, RevisionInfo *saved, QString *error)
{
    return saveRevision(path, design, viewState, options, 0, saved, error);
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
    return saveRevision(path, old.design, old.viewState, restore, number, saved, error);
}

int ProjectFile::timeLimitMs()
{
    return timeLimit;
}

void ProjectFile::setTimeLimitMs(int milliseconds)
{
    timeLimit = milliseconds;
}

bool ProjectFile::signOffs(const QString &path, QList<SignOff> *signOffs, QString *error)
{
    ReadSession session;
    if (!session.open(path, ReadSession::Quick, error))
        return false;
    QString problem;
    if (!SignOffStore(session.db()).list(signOffs, &problem)) {
        *error = session.failure(damaged(path, problem));
        return false;
    }
    return true;
}

bool ProjectFile::addSignOff(const QString &path, const SignOff &signOff, QString *error)
{
    {
        // Verify without write access first, as a save does.
        ReadSession check;
        if (!check.open(path, ReadSession::Full, error)) {
            *error = nothingWritten(*error);
            return false;
        }
    }
    SignOff record = signOff;
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();
    if (record.reviewer.trimmed().isEmpty())
        record.reviewer = defaultAuthor();
    ProjectConnection connection(path, ProjectConnection::ReadWrite, timeLimit);
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
