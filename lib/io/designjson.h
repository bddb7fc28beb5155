#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace portolan {

/**
 * The design JSON of the interchange contract. Reading is all or nothing: a bad input gives an
 * error naming the place (host id, link index, or line and column) and no design.
 */
class DesignJson
{
    Q_DECLARE_TR_FUNCTIONS(DesignJson)

public:
    static constexpr int FormatVersion = 1;

    /// Parses a design; host types are checked against the catalog.
    static bool read(const QByteArray &json, const Catalog &catalog, Design *design, QString *error);
    static QByteArray write(const Design &design);

    /// Reads a file; errors start with the file name.
    static bool readFile(const QString &path, const Catalog &catalog, Design *design, QString *error);
    /// Writes a file atomically (the old file stays whole if writing fails).
    static bool writeFile(const QString &path, const Design &design, QString *error);
};

} // namespace portolan
