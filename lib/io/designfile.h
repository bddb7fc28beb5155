#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QString>

namespace portolan {

/** Opens a design from any format Portolan reads, chosen by the file's content. */
class DesignFile
{
    Q_DECLARE_TR_FUNCTIONS(DesignFile)

public:
    static bool load(const QString &path, const Catalog &catalog, Design *design, QString *error);
};

} // namespace portolan
