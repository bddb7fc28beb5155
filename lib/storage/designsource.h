#pragma once

#include "catalog/catalog.h"
#include "model/design.h"
#include "revisioninfo.h"

#include <QCoreApplication>
#include <QString>

namespace portolan {

/**
 * A design named on a command line: a design JSON file, a project file (its latest revision), or
 * `plant.portolan@3`, revision 3 of a project file. A file whose own name ends in "@3" is read as
 * that file.
 */
class DesignSource
{
    Q_DECLARE_TR_FUNCTIONS(DesignSource)

public:
    QString path;
    int revision = 0; ///< the revision asked for; 0 for the latest
    bool isProject = false; ///< set by load()
    RevisionInfo info; ///< set by load() for a project file: the revision read

    static DesignSource parse(const QString &argument);

    /// Reads the design; false with a message naming the file (and revision).
    bool load(const Catalog &catalog, Design *design, QString *error);
    /// "plant.portolan, revision 3" or "design.json", once loaded.
    QString label() const;
};

} // namespace portolan
