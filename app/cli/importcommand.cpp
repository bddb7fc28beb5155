#include "commands.h"

#include "engine/ruleengine.h"
#include "import/inventoryimport.h"
#include "io/designjson.h"
#include "io/inputfile.h"
#include "io/inventoryreader.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace portolan::cli {

namespace {

QString usage()
{
    return tr("  import INVENTORY.csv [--into DESIGN] --output DESIGN.json\n"
              "                 Makes a design from a host inventory (columns name, type, address,\n"
              "                 optional zone and id); --into adds the hosts to a design.\n");
}

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes a design from a host inventory in CSV (UTF-8; comma, semicolon or tab separated).\n"
           "The header names the columns name, type and address, and optionally zone and id, in any order "
           "and any case; other columns are kept as the host's notes. A row's zone is its zone column (an "
           "existing zone by id or name, else a new zone of that name) or the zone of the --into design "
           "whose subnet holds its address. Ids are made from the names when the id column is absent or "
           "empty. Every bad row is reported with its line and column, and then nothing is written."));
    parser.addPositionalArgument(QStringLiteral("INVENTORY"), tr("The host inventory: a .csv file."));
    const QCommandLineOption into(QStringLiteral("into"),
        tr("Add the hosts to this design (a .json or .portolan file) instead of a new one."),
        QStringLiteral("DESIGN"));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("The design JSON to write (\"-\" for standard output)."), QStringLiteral("FILE"));
    parser.addOptions({into, output});
    int status = Success;
    if (!parse(parser, command, arguments, 1, &status))
        return status;
    if (parser.value(output).isEmpty())
        return failure(command, tr("--output FILE is required"));

    const RuleEngine engine;
    Design design;
    const QString inventoryPath = parser.positionalArguments().front();
    if (parser.isSet(into)) {
        if (!loadDesign(command, parser.value(into), engine.catalog(), &design))
            return Failure;
    } else {
        design.name = QFileInfo(inventoryPath).completeBaseName();
    }
    QByteArray data;
    QString error;
    if (!InputFile::read(inventoryPath, &data, &error))
        return failure(command, error);
    const Inventory inventory = InventoryReader::read(data);
    const InventoryImport::Result result = InventoryImport::run(inventory, design, engine.catalog());
    if (!result.ok()) {
        for (const InventoryProblem &problem : result.problems)
            failure(command, InventoryReader::place(inventoryPath, problem));
        return Failure;
    }
    if (!writeOutput(command, parser.value(output), DesignJson::write(result.design)))
        return Failure;
    return Success;
}

} // namespace

Command importCommand()
{
    return {QStringLiteral("import"), usage, run, nullptr};
}

} // namespace portolan::cli
