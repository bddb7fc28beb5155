#pragma once

#include "engine/derivation.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portolan {

/** Choices that shape an export; each format reads the ones that concern it. */
struct ExportOptions
{
    bool byteOrderMark = false; ///< CSV: start with a UTF-8 BOM for spreadsheets that need it
};

/** What every export reads: the design and what the engine derived from it. */
struct ExportInput
{
    const Design &design;
    const Derivation &derivation;
    ExportOptions options;
};

/**
 * One export format. Exports need no dialog: the CLI, the tests and the GUI call the same
 * function with a path; the file is written whole or not at all.
 */
class ExportFormat
{
public:
    virtual ~ExportFormat() = default;
    virtual QString id() const = 0; ///< the --format name: "csv", "nft", ...
    virtual QString title() const = 0; ///< for the Export dialog
    virtual QString fileSuffix() const = 0;
    virtual bool write(const ExportInput &input, const QString &path, QString *error) const = 0;

    /// Every format the build knows, in menu order.
    static const QList<const ExportFormat *> &all();
    static const ExportFormat *find(const QString &id);
};

} // namespace portolan
