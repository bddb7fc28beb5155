#include "commands.h"

#include "engine/ruleengine.h"
#include "io/flowsreport.h"

#include <QCommandLineParser>

namespace portolan::cli {

namespace {

QString usage()
{
    return tr("  validate DESIGN\n"
              "                 Prints the findings only.\n");
}

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("validate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the findings about a design: errors, warnings and security notes."));
    parser.addPositionalArgument(QStringLiteral("DESIGN"), tr("The design: a .json or .portolan file."));
    int status = Success;
    if (!parse(parser, command, arguments, 1, &status))
        return status;
    const RuleEngine engine;
    Design design;
    const QString path = parser.positionalArguments().front();
    if (!loadDesign(command, path, engine.catalog(), &design))
        return Failure;
    const Derivation derivation = engine.derive(design);
    if (!writeOutput(command, QString(), FlowsReport::toJson(design, derivation, true)))
        return Failure;
    reportErrorFindings(path, derivation);
    return derivation.hasErrors() ? Findings : Success;
}

} // namespace

Command validateCommand()
{
    return {QStringLiteral("validate"), usage, run, nullptr};
}

} // namespace portolan::cli
