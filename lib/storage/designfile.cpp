#include "designfile.h"

#include "io/designjson.h"
#include "io/inputfile.h"
#include "model/designrules.h"
#include "projectfile.h"

#include <QFile>
#include <QTemporaryDir>

namespace portolan {

namespace {

const QByteArray SqliteMagic("SQLite format 3", 16); // with its terminating zero

/**
 * A revision read from a project file, checked by the rule book with the given catalog too:
 * ProjectFile checks it with the built-in catalog, and another catalog has other types.
 */
bool checkWithCatalog(
    const QString &path, const ProjectRevision &revision, const Catalog &catalog, QString *error)
{
    if (&catalog == Catalog::builtIn().get())
        return true;
    const QString problem = DesignRules::check(
        revision.design, [&catalog](const QString &type) { return catalog.type(type) != nullptr; });
    if (problem.isEmpty())
        return true;
    *error = DesignFile::tr("%1: revision %2: %3").arg(path).arg(revision.info.number).arg(problem);
    return false;
}

/** The latest revision of a project file, checked by the rule book with the given catalog. */
bool loadProject(
    const QString &path, const Catalog &catalog, Design *design, QJsonObject *viewState, QString *error)
{
    ProjectRevision revision;
    if (!ProjectFile::open(path, &revision, error) || !checkWithCatalog(path, revision, catalog, error))
        return false;
    *design = std::move(revision.design);
    *viewState = revision.viewState;
    return true;
}

/**
 * A design that arrives through a pipe is read once, within the size limit: design JSON is parsed
 * from memory, a project file goes to a private temporary file that SQLite can open.
 */
bool loadFromPipe(
    const QString &path, const Catalog &catalog, Design *design, QJsonObject *viewState, QString *error)
{
    QByteArray data;
    if (!InputFile::read(path, &data, error))
        return false;
    if (!data.startsWith(SqliteMagic)) {
        QString problem;
        if (!DesignJson::read(data, catalog, design, &problem)) {
            *error = path + QStringLiteral(": ") + problem;
            return false;
        }
        *viewState = QJsonObject();
        return true;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("piped.portolan"));
    QFile file(copy);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size()
        || !file.flush()) {
        *error = DesignFile::tr("%1: cannot be read: no room for a temporary copy of the project file.")
                     .arg(path);
        return false;
    }
    file.close();
    if (!loadProject(copy, catalog, design, viewState, error)) {
        error->replace(copy, path); // the messages name the file the user gave
        return false;
    }
    return true;
}

} // namespace

bool DesignFile::isSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == SqliteMagic;
}

bool DesignFile::load(const QString &path, const Catalog &catalog, Design *design, QString *error)
{
    QJsonObject viewState;
    return load(path, catalog, design, &viewState, error);
}

bool DesignFile::load(
    const QString &path, const Catalog &catalog, Design *design, QJsonObject *viewState, QString *error)
{
    InputFile::Kind kind = InputFile::Regular;
    if (!InputFile::check(path, &kind, error))
        return false;
    if (kind == InputFile::Pipe)
        return loadFromPipe(path, catalog, design, viewState, error);
    if (!isSqlite(path)) {
        *viewState = QJsonObject();
        return DesignJson::readFile(path, catalog, design, error);
    }
    return loadProject(path, catalog, design, viewState, error);
}

bool DesignFile::loadRevision(const QString &path, int number, const Catalog &catalog, Design *design,
    RevisionInfo *info, QString *error)
{
    ProjectRevision revision;
    if (!ProjectFile::openRevision(path, number, &revision, error)
        || !checkWithCatalog(path, revision, catalog, error))
        return false;
    *design = std::move(revision.design);
    *info = revision.info;
    return true;
}

bool DesignFile::save(const QString &path, const Design &design, const QJsonObject &viewState,
    const QString &author, const QString &comment, QString *error)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return DesignJson::writeFile(path, design, error);
    ProjectFile::SaveOptions options;
    options.author = author;
    options.comment = comment;
    return ProjectFile::save(path, design, viewState, options, nullptr, error);
}

} // namespace portolan
