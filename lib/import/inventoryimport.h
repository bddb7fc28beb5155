#pragma once

#include "catalog/catalog.h"
#include "io/inventoryreader.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portolan {

/**
 * Turns a host inventory into hosts of a design (portolan-cli import, File > Import Hosts from
 * CSV). For each row:
 * - the type is a catalog type id or name in any case; an unknown type is an error that names the
 *   nearest catalog type;
 * - the address, when given, is an IPv4 dotted quad or an IPv6 address;
 * - the zone is the row's zone (an existing zone by id or name in any case, else a new zone of
 *   that name) or, without one, the zone of the design whose subnet holds the address (the longest
 *   prefix wins), else none. An address outside every subnet of the zone the row names is not an
 *   error: the host is imported and the design's findings report it (the preview shows it);
 * - the id is the row's id, else one made from the name in the id alphabet of DesignRules
 *   ("Pump PLC 1" -> "pump-plc-1"), unique among the hosts and zones with -2, -3, ...;
 * - ids, names (in any case) and addresses used twice, in the file or with the design, are errors
 *   that name the other line or host;
 * - the extra columns become the host's "notes" object (column name -> text).
 * Every problem names its line and column; the import is all or nothing.
 */
class InventoryImport
{
    Q_DECLARE_TR_FUNCTIONS(InventoryImport)

public:
    /** What becomes of one row of the file, for the preview. */
    struct Row
    {
        int line = 0;
        QString name;
        QString hostId;
        QString type; ///< the catalog type id, empty when unknown
        QString zone; ///< zone id, empty for none
        QString zoneName;
        bool newZone = false;
        QString address;
        QList<InventoryProblem> problems; ///< empty for a row that imports
        QString warning; ///< something the findings will report (address outside the zone's subnets)
    };

    struct Result
    {
        QList<Row> rows; ///< every row of the file with a line, in file order
        QList<InventoryProblem> problems; ///< all problems, by line and column
        Design design; ///< the design with the new zones and hosts appended (when ok())
        QList<Zone> newZones; ///< appended in this order
        QList<Host> newHosts;
        bool ok() const { return problems.isEmpty(); }
    };

    static Result run(const Inventory &inventory, const Design &into, const Catalog &catalog);

    /// An id in the alphabet of DesignRules made from a name: "Pump PLC 1" -> "pump-plc-1"; empty
    /// when the name has no letter or digit.
    static QString idFromName(const QString &name);
};

} // namespace portolan
