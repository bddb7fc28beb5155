#pragma once

#include "engine/derivation.h"
#include "model/design.h"

#include <QByteArray>

#include <functional>

namespace portolan {

/** The derived flows, blocks and findings in the forms of the command-line contract. */
class FlowsReport
{
public:
    /// {"flows": [...], "findings": [...], "ephemeral_ports": [...]}; findingsOnly leaves flows out.
    static QByteArray toJson(const Design &design, const Derivation &derivation, bool findingsOnly = false);
    /// One row per flow with the JSON key names as header, then names and addresses.
    static QByteArray toCsv(const Design &design, const Derivation &derivation, bool byteOrderMark = false);
    /// Rows of the CSV in one part of writeCsv().
    static constexpr qsizetype RowsPerPart = 12500;
    /**
     * The same bytes as toCsv, handed to write() part by part in order as they are formatted, a
     * part of RowsPerPart rows on each core at a time; a part can be dropped once written, so a
     * large matrix is never whole in memory. Stops at the first write() that returns false, and
     * returns false then.
     */
    static bool writeCsv(const Design &design, const Derivation &derivation, bool byteOrderMark,
        const std::function<bool(const QByteArray &part)> &write);
    static QStringList csvHeader();
    /// The CSV cells of one flow, in csvHeader() order.
    static QStringList csvRow(const Design &design, const Flow &flow);
    /// "design.json: error: host \"x\": ..." lines for standard error.
    static QString findingLine(const QString &file, const Finding &finding);
};

} // namespace portolan
