#include "projectautosave.h"

#include "projectconnection.h"
#include "projectfile.h"
#include "projectschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>

namespace portolan {

namespace {

const QString Suffix = QStringLiteral(".autosave");
const QString AutosaveOfKey = QStringLiteral("autosave_of");

bool recordDocument(const QString &autosave, const QString &documentPath, QString *problem)
{
    ProjectConnection connection(autosave, ProjectConnection::ReadWrite, ProjectFile::timeLimitMs());
    if (!connection.open(problem))
        return false;
    QSqlQuery query(connection.db());
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"))) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    query.addBindValue(AutosaveOfKey);
    query.addBindValue(documentPath.isNull() ? QString(QLatin1String("")) : documentPath);
    if (!query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    return true;
}

QString recordedDocument(const QString &autosave)
{
    const SqliteHeader header = ProjectSchema::readHeader(autosave);
    if (header.kind != SqliteHeader::Portolan || header.userVersion < 1
        || header.userVersion > ProjectSchema::Version)
        return QString();
    ProjectConnection connection(autosave, ProjectConnection::ReadOnly, ProjectFile::timeLimitMs());
    QString problem;
    // An autosave found on disk is read like any project file: its schema first.
    if (!connection.open(&problem) || !ProjectSchema::verify(connection.db(), header.userVersion, &problem))
        return QString();
    QSqlQuery query(connection.db());
    if (!query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?")))
        return QString();
    query.addBindValue(AutosaveOfKey);
    if (!query.exec() || !query.next())
        return QString();
    return query.value(0).toString();
}

} // namespace

QString ProjectAutosave::untitledDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/autosave");
}

QString ProjectAutosave::pathFor(const QString &documentPath, const QString &untitledKey)
{
    if (!documentPath.isEmpty())
        return documentPath + Suffix;
    const QString key
        = untitledKey.isEmpty() ? QString::number(QCoreApplication::applicationPid()) : untitledKey;
    return untitledDirectory() + QStringLiteral("/untitled-%1.portolan").arg(key) + Suffix;
}

bool ProjectAutosave::write(const QString &autosavePath, const QString &documentPath, const Design &design,
    const QJsonObject &viewState, QString *error)
{
    QDir().mkpath(QFileInfo(autosavePath).absolutePath());
    const QString fresh = autosavePath + QStringLiteral(".new");
    QFile::remove(fresh);
    ProjectFile::SaveOptions options;
    options.comment = tr("Autosave");
    if (!ProjectFile::save(fresh, design, viewState, options, nullptr, error))
        return false;
    QString problem;
    if (!recordDocument(fresh, documentPath, &problem)) {
        QFile::remove(fresh);
        *error = tr("%1 cannot be written: %2").arg(autosavePath, problem);
        return false;
    }
    // rename() replaces the old autosave in one step, so one whole autosave exists at all times.
    if (std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(autosavePath).constData()) != 0) {
        QFile::remove(autosavePath);
        if (!QFile::rename(fresh, autosavePath)) {
            QFile::remove(fresh);
            *error = tr("%1 cannot be written: the finished file could not be moved into place.")
                         .arg(autosavePath);
            return false;
        }
    }
    return true;
}

QList<AutosaveInfo> ProjectAutosave::find(const QStringList &documentPaths)
{
    QStringList candidates;
    const QDir untitled(untitledDirectory());
    const QStringList names = untitled.entryList({QStringLiteral("*") + Suffix}, QDir::Files, QDir::Time);
    for (const QString &name : names)
        candidates.append(untitled.filePath(name));
    for (const QString &document : documentPaths) {
        if (!document.isEmpty() && QFileInfo::exists(document + Suffix))
            candidates.append(document + Suffix);
    }
    QList<AutosaveInfo> found;
    for (const QString &candidate : std::as_const(candidates)) {
        if (!ProjectFile::isProjectFile(candidate))
            continue;
        AutosaveInfo info;
        info.autosavePath = candidate;
        info.documentPath = recordedDocument(candidate);
        info.time = QFileInfo(candidate).lastModified().toUTC();
        found.append(info);
    }
    return found;
}

bool ProjectAutosave::remove(const QString &autosavePath)
{
    QFile::remove(autosavePath + QStringLiteral("-journal"));
    return QFile::remove(autosavePath);
}

} // namespace portolan
