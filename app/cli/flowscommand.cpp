#include "commands.h"

#include "engine/ruleengine.h"
#include "io/flowsreport.h"

#include <QCommandLineParser>

namespace portolan::cli {

namespace {

QString usage()
{
    return tr("  flows DESIGN [--format json|csv] [--output FILE]\n"
              "                 Prints the derived flows, blocks and findings.\n");
}

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("flows");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the flows, blocks and findings the catalog derives from a design."));
    parser.addPositionalArgument(QStringLiteral("DESIGN"), tr("The design: a .json or .portolan file."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json (default) or csv."),
        QStringLiteral("json|csv"), QStringLiteral("json"));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({format, output});
    int status = Success;
    if (!parse(parser, command, arguments, 1, &status))
        return status;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv"))
        return failure(command, tr("unknown format \"%1\"; use json or csv").arg(formatName));

    const RuleEngine engine;
    Design loaded;
    const QString path = parser.positionalArguments().front();
    if (!loadDesign(command, path, engine.catalog(), &loaded))
        return Failure;
    const Design &design = keepUntilExit(std::move(loaded));
    const Derivation &derivation = keepUntilExit(engine.derive(design));
    // The CSV is written as it is formatted: a large matrix is never whole in memory.
    const bool written = formatName == QLatin1String("csv")
        ? writeOutput(command, parser.value(output),
            [&](const PartWriter &write) { return FlowsReport::writeCsv(design, derivation, false, write); })
        : writeOutput(command, parser.value(output), FlowsReport::toJson(design, derivation));
    if (!written)
        return Failure;
    reportErrorFindings(path, derivation);
    return derivation.hasErrors() ? Findings : Success;
}

} // namespace

Command flowsCommand()
{
    return {QStringLiteral("flows"), usage, run, nullptr};
}

} // namespace portolan::cli
