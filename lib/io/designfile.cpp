#include "designfile.h"

#include "designjson.h"

namespace portolan {

bool DesignFile::load(const QString &path, const Catalog &catalog, Design *design, QString *error)
{
    return DesignJson::readFile(path, catalog, design, error);
}

} // namespace portolan
