#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace portolan {

/// A problem at a place of an inventory; message is a whole sentence without the place.
struct InventoryProblem
{
    int line = 0; ///< 0 for a problem of the whole file that has no place
    int column = 0;
    QString message;
};

/** A cell of an inventory row with its place; empty with line 0 when the column is absent. */
struct InventoryCell
{
    QString text; ///< without the spaces around it
    int line = 0;
    int column = 0;
};

/** One host line of an inventory, as written: nothing is checked against a catalog or design yet. */
struct InventoryRow
{
    int line = 0;
    InventoryCell name;
    InventoryCell type;
    InventoryCell address;
    InventoryCell zone;
    InventoryCell id;
    /// The extra columns' non-empty cells: (column name as the header writes it, text).
    QList<QPair<QString, QString>> notes;
};

/** A host inventory as read from CSV: its well-formed rows and the problems of the others. */
struct Inventory
{
    QChar separator = QLatin1Char(',');
    bool hasZoneColumn = false;
    bool hasIdColumn = false;
    QStringList noteColumns; ///< the extra columns, in header order
    QList<InventoryRow> rows;
    /// Problems of the file (not text, not CSV, no header) or of rows that are not in `rows`.
    QList<InventoryProblem> problems;
};

/**
 * Reads a host inventory: CSV (RFC 4180) in UTF-8, a byte order mark allowed, separated by
 * commas, or by semicolons or tabs when the header line uses those (spreadsheets in many locales
 * write semicolons; an Excel "sep=;" first line is honoured). The header names the columns name,
 * type and address (zone and id are optional) in any order and any case; any other named column
 * is kept as a note. Blank lines are skipped. The CSV itself goes through CsvReader.
 */
class InventoryReader
{
    Q_DECLARE_TR_FUNCTIONS(InventoryReader)

public:
    static Inventory read(const QByteArray &data);
    /// "FILE:LINE:COLUMN: message" (or "FILE: message" for a problem without a place).
    static QString place(const QString &fileName, const InventoryProblem &problem);
};

} // namespace portolan
