#include "commands.h"

#include "engine/ruleengine.h"
#include "probe/probemachine.h"
#include "probe/probepdfreport.h"
#include "probe/probereport.h"
#include "storage/designfile.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace portolan::cli {

namespace {

QString usage()
{
    return tr(
        "  probe DESIGN --as HOST [--timeout MS] [--concurrency N] [--rate N] [--dry-run]\n"
        "        [--format json|csv|pdf] [--output FILE]\n"
        "                 On the live network, from this machine standing in for HOST: a TCP connect\n"
        "                 to every allowed tcp flow from HOST and to every tcp block row it falls under.\n");
}

bool readNumber(
    const QCommandLineParser &parser, const QCommandLineOption &option, int *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (!ok) {
        *error = tr("--%1 expects a whole number; \"%2\" is not one")
                     .arg(option.names().front(), parser.value(option));
        return false;
    }
    return true;
}

/// "3" for the latest revision of a project file; empty for design JSON.
QString revisionOf(const QString &path)
{
    if (!DesignFile::isSqlite(path))
        return QString();
    QList<RevisionInfo> revisions;
    QString error;
    if (!ProjectFile::revisions(path, &revisions, &error) || revisions.isEmpty())
        return QString();
    int latest = 0;
    for (const RevisionInfo &revision : std::as_const(revisions))
        latest = std::max(latest, revision.number);
    return QString::number(latest);
}

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("probe");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Checks the firewalls on the live network against the design, from this machine standing in for "
        "one host: a TCP connect to every port of every allowed tcp flow from the host (expected open) and "
        "of every tcp block row the host falls under, that is every block into a zone other than its own "
        "(expected not open). Each result is open (connected), closed (refused: the firewall passes it, "
        "nothing listens) or filtered (no answer in time, or an ICMP unreachable); udp and icmp rows, "
        "rows to hosts without an address and rows with a fixed source port are listed as not probed. "
        "Port ranges are tried at both ends and at ports between them. Only addresses of the design are "
        "touched, at most N connections at once and N per second. When this machine has the host's "
        "address, connections leave from it; otherwise a warning says the firewall sees another source.\n"
        "Exit status: 0 all as planned (a refused allowed flow counts as planned for the firewall and is "
        "reported as service-down), 1 a difference, 2 unreadable input, an unknown host, bad usage or a "
        "file that cannot be written."));
    parser.addPositionalArgument(QStringLiteral("DESIGN"), tr("The design: a .json or .portolan file."));
    const QCommandLineOption as(QStringLiteral("as"),
        tr("The host this machine stands in for: its id, or its name when no other host has it."),
        QStringLiteral("HOST"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        tr("Milliseconds a connect may take before it counts as filtered (50 to 60000; default %1).")
            .arg(ProbeSettings::defaultTimeout),
        QStringLiteral("MS"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
        tr("Connections in flight at most (1 to 256; default %1).").arg(ProbeSettings::defaultConcurrency),
        QStringLiteral("N"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        tr("Connections started per second at most (1 to 1000; default %1).").arg(ProbeSettings::defaultRate),
        QStringLiteral("N"));
    const QCommandLineOption sample(QStringLiteral("sample"),
        tr("Ports tried inside each port range besides its two ends (0 to 64; default %1).")
            .arg(ProbePlan::defaultRangeSample),
        QStringLiteral("N"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("List what would be tried, without connecting to anything."));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format: json (default), csv, or pdf (a commissioning report; needs --output)."),
        QStringLiteral("json|csv|pdf"), QStringLiteral("json"));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("Write to FILE instead of standard output (- for standard output)."), QStringLiteral("FILE"));
    parser.addOptions({as, timeout, concurrency, rate, sample, dryRun, format, output});
    int status = Success;
    if (!parse(parser, command, arguments, 1, &status))
        return status;

    const QString formatName = parser.value(format);
    const bool pdf = formatName == QLatin1String("pdf");
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv") && !pdf)
        return failure(command, tr("unknown format \"%1\"; use json, csv or pdf").arg(formatName));
    if (pdf && parser.value(output).isEmpty())
        return failure(command, tr("--output FILE is required for pdf; use --output - for standard output"));
    if (!parser.isSet(as))
        return failure(command, tr("--as HOST is required: the host this machine stands in for"));
    ProbeSettings settings;
    int rangeSample = ProbePlan::defaultRangeSample;
    QString error;
    if (!readNumber(parser, timeout, &settings.timeout, &error)
        || !readNumber(parser, concurrency, &settings.concurrency, &error)
        || !readNumber(parser, rate, &settings.rate, &error)
        || !readNumber(parser, sample, &rangeSample, &error) || !settings.check(&error))
        return failure(command, error);
    if (rangeSample < 0 || rangeSample > 64)
        return failure(command, tr("--sample must be 0 to 64; %1 is not").arg(rangeSample));

    const RuleEngine engine;
    Design design;
    const QString path = parser.positionalArguments().front();
    if (!loadDesign(command, path, engine.catalog(), &design))
        return Failure;
    const int host = ProbeMachine::findHost(design, parser.value(as), &error);
    if (host < 0)
        return failure(command, QStringLiteral("%1: %2").arg(path, error));
    const Derivation derivation = engine.derive(design);
    reportErrorFindings(path, derivation);
    const ProbePlan plan = ProbePlan::build(design, derivation, host, rangeSample);

    ProbeRun info;
    info.designFile = QFileInfo(path).fileName();
    info.revision = revisionOf(path);
    info.machineAddresses = ProbeMachine::addresses();
    info.rangeSample = rangeSample;
    info.dryRun = parser.isSet(dryRun);
    if (ProbeMachine::hasHostAddress(design, host, info.machineAddresses))
        settings.source = design.hosts().at(host).address;
    else
        info.warnings << ProbeReport::addressWarning(design, host, info.machineAddresses);
    if (plan.connectCount() == 0) {
        info.warnings << tr("Nothing to connect to: %1 has no allowed tcp flow and falls under no tcp block "
                            "row of a host with an address.")
                             .arg(design.hosts().at(host).id);
    }
    info.settings = settings;
    for (const QString &warning : std::as_const(info.warnings))
        failure(command, tr("warning: %1").arg(warning));

    QList<ProbeOutcome> outcomes;
    if (info.dryRun) {
        info.started = info.finished = QDateTime::currentDateTimeUtc();
        outcomes = ProbeReport::dryRunOutcomes(plan);
    } else {
        ProbeRunner runner(plan, settings);
        // Progress on a terminal only; a script reads the results and the exit status.
        const bool terminal = isatty(fileno(stderr));
        QTextStream progress(stderr);
        if (terminal) {
            QObject::connect(&runner, &ProbeRunner::outcomeReady, &runner, [&] {
                progress
                    << '\r'
                    << tr("probe: %1 of %2 connects done").arg(runner.doneCount()).arg(runner.connectCount())
                    << Qt::flush;
            });
        }
        QEventLoop loop;
        QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
        runner.start();
        if (runner.isRunning())
            loop.exec();
        if (terminal && runner.connectCount() > 0)
            progress << '\n' << Qt::flush;
        info.started = runner.startTime();
        info.finished = runner.finishTime();
        outcomes = runner.outcomes();
    }

    const ProbeReportInput input {design, plan, outcomes, info};
    QByteArray data;
    if (pdf) {
        ExportOptions options;
        options.revision = info.revision;
        options.date = info.started;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!ProbePdfReport::write(input, options, &buffer, &error))
            return failure(command, error);
    } else {
        data = formatName == QLatin1String("csv") ? ProbeReport::toCsv(input) : ProbeReport::toJson(input);
    }
    if (!writeOutput(command, parser.value(output), data))
        return Failure;
    return ProbeReport::summarize(plan, outcomes).differences > 0 ? Findings : Success;
}

} // namespace

Command probeCommand()
{
    return {QStringLiteral("probe"), usage, run, asksForPdf};
}

} // namespace portolan::cli
