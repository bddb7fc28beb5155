#include "commands.h"

#include "catalog/catalog.h"
#include "io/designjson.h"
#include "layout/autolayout.h"

#include <QCommandLineParser>

namespace portolan::cli {

namespace {

QString usage()
{
    return tr("  layout DESIGN --output DESIGN.json [--all]\n"
              "                 Places every zone and host without overlap, hosts inside their\n"
              "                 zone's frame, keeping the places already set unless --all.\n");
}

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("layout");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the design with a place for every zone and host: zones as frames that do not "
           "overlap, each sized to its hosts, hosts in a grid inside their zone's frame, hosts in "
           "no zone in an area of their own, linked hosts side by side. Zones and hosts that "
           "already have a place keep it unless --all is given."));
    parser.addPositionalArgument(QStringLiteral("DESIGN"), tr("The design: a .json or .portolan file."));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("The design JSON file to write (written whole or not at all; - for standard output)."),
        QStringLiteral("DESIGN.json"));
    const QCommandLineOption all(
        QStringLiteral("all"), tr("Places every zone and host anew, ignoring the places already set."));
    parser.addOptions({output, all});
    int status = Success;
    if (!parse(parser, command, arguments, 1, &status))
        return status;
    if (parser.value(output).isEmpty())
        return failure(command, tr("--output DESIGN.json is required"));
    const std::shared_ptr<const Catalog> catalog = Catalog::builtIn();
    Design design;
    if (!loadDesign(command, parser.positionalArguments().front(), *catalog, &design))
        return Failure;
    const AutoLayout::Mode mode = parser.isSet(all) ? AutoLayout::Mode::RedoAll : AutoLayout::Mode::KeepSet;
    const std::optional<AutoLayout::Result> layout = AutoLayout::arrange(design, mode);
    if (!layout)
        return failure(command, tr("the layout was cancelled"));
    if (!writeOutput(command, parser.value(output), DesignJson::write(AutoLayout::applied(design, *layout))))
        return Failure;
    return Success;
}

} // namespace

Command layoutCommand()
{
    return {QStringLiteral("layout"), usage, run, nullptr};
}

} // namespace portolan::cli
