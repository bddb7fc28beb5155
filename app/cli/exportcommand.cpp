#include "commands.h"

#include "engine/ruleengine.h"
#include "export/exportformat.h"

#include <QCommandLineParser>

namespace portolan::cli {

namespace {

QString exportFormatList()
{
    QStringList ids;
    for (const ExportFormat *format : ExportFormat::all())
        ids.append(format->id());
    return ids.join(QLatin1Char('|'));
}

QString usage()
{
    return tr("  export DESIGN --format %1 --output FILE\n"
              "                 Writes one export (FILE - for standard output); --format portolan writes\n"
              "                 a project file, or adds a revision when FILE already is one.\n")
        .arg(exportFormatList());
}

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes one export of a design.\n"
           "With --format portolan, FILE becomes a Portolan project file (SQLite with revision history). "
           "When FILE already is a Portolan project, the design is added to it as a new revision and its "
           "history is kept; any other existing file is refused and left unchanged."));
    parser.addPositionalArgument(QStringLiteral("DESIGN"), tr("The design: a .json or .portolan file."));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("Export format: %1.").arg(exportFormatList()), QStringLiteral("FORMAT"));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption bom(QStringLiteral("bom"), tr("CSV: start with a UTF-8 byte order mark."));
    const QCommandLineOption placeholders(QStringLiteral("placeholders"),
        tr("Rule sets: give hosts without an address a named placeholder (192.0.2.x, marked to be filled in) "
           "instead of failing."));
    const QCommandLineOption intraZone(QStringLiteral("include-intra-zone"),
        tr("Rule sets: also write the flows within one zone, which cross no firewall."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("PDF: A4 (default) or Letter."),
        QStringLiteral("A4|Letter"), QStringLiteral("A4"));
    const QCommandLineOption revision(
        QStringLiteral("revision"), tr("PDF: the revision for the title block."), QStringLiteral("TEXT"));
    const QCommandLineOption author(
        QStringLiteral("author"), tr("PDF: the author for the title block."), QStringLiteral("TEXT"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("PNG: pixels per canvas unit (default 1)."),
        QStringLiteral("FACTOR"), QStringLiteral("1"));
    parser.addOptions({format, output, bom, placeholders, intraZone, pageSize, revision, author, scale});
    int status = Success;
    if (!parse(parser, command, arguments, 1, &status))
        return status;
    const ExportFormat *exporter = ExportFormat::find(parser.value(format));
    if (!exporter)
        return failure(command,
            tr("unknown format \"%1\"; use one of %2").arg(parser.value(format), exportFormatList()));
    const QString outputPath = parser.value(output);
    if (outputPath.isEmpty())
        return failure(command, tr("--output FILE is required"));
    const bool toStandardOutput = outputPath == QLatin1String("-");
    if (toStandardOutput && exporter->id() == QLatin1String("portolan"))
        return failure(
            command, tr("a project file cannot be written to standard output; give --output a file name"));
    const QString pageSizeName = parser.value(pageSize).toLower();
    if (pageSizeName != QLatin1String("a4") && pageSizeName != QLatin1String("letter"))
        return failure(command, tr("unknown page size \"%1\"; use A4 or Letter").arg(parser.value(pageSize)));
    bool scaleOk = false;
    const double scaleFactor = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || scaleFactor <= 0 || scaleFactor > 16)
        return failure(command, tr("--scale must be a number above 0 and at most 16"));

    const RuleEngine engine;
    Design design;
    if (!loadDesign(command, parser.positionalArguments().front(), engine.catalog(), &design))
        return Failure;
    const Derivation derivation = engine.derive(design);
    ExportInput input {design, derivation, {}};
    input.options.byteOrderMark = parser.isSet(bom);
    input.options.placeholders = parser.isSet(placeholders);
    input.options.includeIntraZone = parser.isSet(intraZone);
    input.options.pageSize = pageSizeName == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
    input.options.revision = parser.value(revision);
    input.options.author = parser.value(author);
    input.options.imageScale = scaleFactor;
    QString error;
    if (toStandardOutput) {
        QByteArray data;
        if (!exporter->render(input, &data, &error))
            return failure(command, parser.positionalArguments().front() + QStringLiteral(": ") + error);
        return writeOutput(command, outputPath, data) ? Success : Failure;
    }
    if (!exporter->write(input, outputPath, &error))
        return failure(command, parser.positionalArguments().front() + QStringLiteral(": ") + error);
    return Success;
}

/// The --format given on a command line, as QCommandLineParser reads it (the last one counts);
/// null when there is none.
QString formatGiven(const QStringList &given)
{
    // The options that take a value, whose value is skipped: it may be any text.
    static const QStringList valued
        = {QStringLiteral("--format"), QStringLiteral("--output"), QStringLiteral("--page-size"),
            QStringLiteral("--revision"), QStringLiteral("--author"), QStringLiteral("--scale")};
    const QString prefix = QStringLiteral("--format=");
    QString format;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QString &argument = given.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(prefix))
            format = argument.mid(prefix.size());
        else if (argument == QLatin1String("--format") && i + 1 < given.size())
            format = given.at(i + 1);
        if (valued.contains(argument))
            ++i;
    }
    return format;
}

bool paints(const QStringList &given)
{
    // Before the application starts only the formats that never paint are registered (CSV, the
    // rule sets, design JSON): for one of them the command runs without a GUI application, that is
    // without a platform plugin and the font configuration. Any other choice may paint.
    const QString format = formatGiven(given);
    return format.isEmpty() || !ExportFormat::find(format);
}

} // namespace

Command exportCommand()
{
    return {QStringLiteral("export"), usage, run, paints};
}

} // namespace portolan::cli
