#pragma once

#include "engine/derivation.h"
#include "model/design.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace portolan {

enum class PageSize { A4, Letter };

/** Choices that shape an export; each format reads the ones that concern it. */
struct ExportOptions
{
    bool byteOrderMark = false; ///< CSV: start with a UTF-8 BOM for spreadsheets that need it
    /// Rule sets: hosts without an address get named placeholders (192.0.2.x, marked to be
    /// filled in) instead of failing the export with the list of those hosts.
    bool placeholders = false;
    /// Rule sets: also write the flows within one zone, which cross no firewall.
    bool includeIntraZone = false;
    PageSize pageSize = PageSize::A4; ///< PDF
    QString revision; ///< PDF title block
    QString author; ///< PDF title block
    QDateTime date; ///< PDF title block; the current time when null
    qreal imageScale = 1.0; ///< PNG: pixels per canvas unit
    /// Told (done, total) as a long export advances, from the thread that runs it; returning
    /// false stops the export, which then fails and writes nothing. May be empty.
    std::function<bool(qint64 done, qint64 total)> progress;

    /// Tells progress (when set) that `done` of `total` steps are complete; false to stop.
    bool advance(qint64 done, qint64 total) const { return !progress || progress(done, total); }
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
 *
 * Formats that can build their output in memory also implement render(), which the Export
 * dialog uses for its preview; write() then saves those bytes through QSaveFile.
 */
class ExportFormat
{
public:
    virtual ~ExportFormat() = default;
    virtual QString id() const = 0; ///< the --format name: "csv", "nft", ...
    virtual QString title() const = 0; ///< for the Export dialog
    virtual QString fileSuffix() const = 0;
    /// True for formats whose bytes are text a preview can show as such.
    virtual bool isText() const { return false; }
    /// The whole output in memory; false with an error naming the problem (such as the hosts
    /// without an address) when it cannot be built.
    virtual bool render(const ExportInput &input, QByteArray *data, QString *error) const;
    virtual bool write(const ExportInput &input, const QString &path, QString *error) const;

    /// Every format the build knows, in menu order. The painting formats (PDF, SVG, PNG) live
    /// in portolan_render and appear once registerRenderFormats() has run; the project file
    /// (lib/storage) once registerProjectExport() has.
    static const QList<const ExportFormat *> &all();
    static const ExportFormat *find(const QString &id);
    /// Adds a format from a library above the core; keeps the menu order of known ids.
    static void registerFormat(const ExportFormat *format);
};

} // namespace portolan
