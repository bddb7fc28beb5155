#pragma once

#include "proberunner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace portolan {

/** The circumstances of one probe, for the head of its report. */
struct ProbeRun
{
    QString designFile;
    QString revision; ///< the design's revision ("3"), or a description; empty when unknown
    QList<QHostAddress> machineAddresses;
    ProbeSettings settings;
    int rangeSample = ProbePlan::defaultRangeSample;
    QDateTime started; ///< UTC
    QDateTime finished; ///< UTC
    bool dryRun = false;
    bool cancelled = false;
    QStringList warnings;
};

/** Counts of a probe's results. */
struct ProbeSummary
{
    int targets = 0;
    int connects = 0;
    int open = 0;
    int closed = 0;
    int filtered = 0;
    int notProbed = 0;
    int pending = 0;
    int asPlanned = 0;
    int serviceDown = 0; ///< allowed flows refused: the firewall passes them, nothing listens
    int differences = 0;
};

/** What a report of a probe reads. */
struct ProbeReportInput
{
    const Design &design;
    const ProbePlan &plan;
    const QList<ProbeOutcome> &outcomes;
    ProbeRun run;
};

/**
 * The results of a probe in the forms of the command-line contract: JSON with a head (design,
 * host, machine addresses, time, limits) and a `results` array, and CSV with one row per result.
 * Each result names the destination host id, protocol, port, result (`open`, `closed`, `filtered`,
 * `not-probed`), expected (`open`, `not-open`), ok (true, false, or null when not probed) and rule.
 */
class ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)

public:
    static ProbeSummary summarize(const ProbePlan &plan, const QList<ProbeOutcome> &outcomes);
    /// What a dry run reports: every target not probed, the connects saying what would be tried.
    static QList<ProbeOutcome> dryRunOutcomes(const ProbePlan &plan);
    /// The machine's addresses do not include the host's: the firewall would see another source.
    static QString addressWarning(const Design &design, int host, const QList<QHostAddress> &machine);

    static QByteArray toJson(const ProbeReportInput &input);
    static QByteArray toCsv(const ProbeReportInput &input, bool byteOrderMark = false);
    static QStringList csvHeader();

    /// "as-planned", "service-down", "difference", "not-probed"; empty while pending.
    static QString verdictName(ProbeVerdict verdict);
    /// The verdict as a user reads it: "As planned", "Difference", ...
    static QString verdictTitle(ProbeVerdict verdict);
    /// "443", "3000 (sampled from 3000-3032)", "161,162" for a row listed whole.
    static QString portText(const ProbeTarget &target);
    /// One line for a person: "open: as planned (connected in 3 ms)".
    static QString resultText(const ProbeTarget &target, const ProbeOutcome &outcome);
};

} // namespace portolan
