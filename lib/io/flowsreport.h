#pragma once

#include "engine/derivation.h"
#include "model/design.h"

#include <QByteArray>

namespace portolan {

/** The derived flows, blocks and findings in the forms of the command-line contract. */
class FlowsReport
{
public:
    /// {"flows": [...], "findings": [...], "ephemeral_ports": [...]}; findingsOnly leaves flows out.
    static QByteArray toJson(const Design &design, const Derivation &derivation, bool findingsOnly = false);
    /// One row per flow with the JSON key names as header, then names and addresses.
    static QByteArray toCsv(const Design &design, const Derivation &derivation, bool byteOrderMark = false);
    /// The same bytes as toCsv, in consecutive parts (formatted on every core), to be written in order.
    static QList<QByteArray> toCsvParts(
        const Design &design, const Derivation &derivation, bool byteOrderMark = false);
    static QStringList csvHeader();
    /// The CSV cells of one flow, in csvHeader() order.
    static QStringList csvRow(const Design &design, const Flow &flow);
    /// "design.json: error: host \"x\": ..." lines for standard error.
    static QString findingLine(const QString &file, const Finding &finding);
};

} // namespace portolan
