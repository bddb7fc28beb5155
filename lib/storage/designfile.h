#pragma once

#include "catalog/catalog.h"
#include "model/design.h"
#include "revisioninfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace portolan {

/** Opens a design from any format Portolan reads, chosen by the file's content. */
class DesignFile
{
    Q_DECLARE_TR_FUNCTIONS(DesignFile)

public:
    /**
     * Reads a design JSON file or the latest revision of a .portolan project file (recognised by
     * the SQLite header, whatever its name); both are checked by the same rule book (DesignRules).
     * A regular file or a pipe (read once, within InputFile::MaxBytes); anything else is refused.
     */
    static bool load(const QString &path, const Catalog &catalog, Design *design, QString *error);
    /// Same, and also the view state a project file keeps (empty for JSON).
    static bool load(
        const QString &path, const Catalog &catalog, Design *design, QJsonObject *viewState, QString *error);
    /**
     * Reads revision `number` (0: the latest) of a project file, checked as load() checks it;
     * *info says which revision it is.
     */
    static bool loadRevision(const QString &path, int number, const Catalog &catalog, Design *design,
        RevisionInfo *info, QString *error);
    /// True when the file starts with the SQLite header: load() reads it as a project file.
    static bool isSqlite(const QString &path);
    /**
     * Saves by the file's suffix: ".json" writes design JSON (atomically, no view state); anything
     * else adds a revision to a project file (created if needed) by the given author with the comment.
     */
    static bool save(const QString &path, const Design &design, const QJsonObject &viewState,
        const QString &author, const QString &comment, QString *error);
};

} // namespace portolan
