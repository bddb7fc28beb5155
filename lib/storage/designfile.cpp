#include "designfile.h"

#include "io/designjson.h"
#include "projectfile.h"

#include <QFile>

namespace portolan {

namespace {

/** The checks the JSON reader makes while reading, for a design read from a project file. */
bool checkDesign(const QString &path, const Design &design, const Catalog &catalog, QString *error)
{
    for (const Host &host : design.hosts()) {
        const QString place = DesignFile::tr("host \"%1\"").arg(host.id);
        if (!catalog.type(host.type)) {
            *error = DesignFile::tr("%1: %2: unknown host type \"%3\"").arg(path, place, host.type);
            return false;
        }
        if (!host.zone.isEmpty() && design.zoneIndex(host.zone) < 0) {
            *error = DesignFile::tr("%1: %2: zone \"%3\" does not exist").arg(path, place, host.zone);
            return false;
        }
    }
    for (int i = 0; i < design.links().size(); ++i) {
        const Link &link = design.links().at(i);
        const QString named = DesignFile::tr("link %1 (%2 - %3)").arg(i).arg(link.a, link.b);
        for (const QString &end : {link.a, link.b}) {
            if (design.hostIndex(end) < 0) {
                *error = DesignFile::tr("%1: %2: host \"%3\" does not exist").arg(path, named, end);
                return false;
            }
        }
        if (link.a == link.b) {
            *error = DesignFile::tr("%1: %2: a host cannot be linked to itself").arg(path, named);
            return false;
        }
    }
    return true;
}

} // namespace

bool DesignFile::isSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

bool DesignFile::load(const QString &path, const Catalog &catalog, Design *design, QString *error)
{
    QJsonObject viewState;
    return load(path, catalog, design, &viewState, error);
}

bool DesignFile::load(
    const QString &path, const Catalog &catalog, Design *design, QJsonObject *viewState, QString *error)
{
    if (!isSqlite(path)) {
        *viewState = QJsonObject();
        return DesignJson::readFile(path, catalog, design, error);
    }
    ProjectRevision revision;
    if (!ProjectFile::open(path, &revision, error) || !checkDesign(path, revision.design, catalog, error))
        return false;
    *design = std::move(revision.design);
    *viewState = revision.viewState;
    return true;
}

bool DesignFile::loadRevision(const QString &path, int number, const Catalog &catalog, Design *design,
    RevisionInfo *info, QString *error)
{
    ProjectRevision revision;
    if (!ProjectFile::openRevision(path, number, &revision, error)
        || !checkDesign(path, revision.design, catalog, error))
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
