#include "clicommands.h"

#include "diff/flowdiff.h"
#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "export/pdfreport.h"
#include "io/flowsreport.h"
#include "io/savefile.h"
#include "storage/designfile.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace portolan::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QTextStream &errors()
{
    static QTextStream stream(stderr);
    return stream;
}

int failure(const QString &command, const QString &message)
{
    errors() << "portolan-cli " << command << ": " << message << Qt::endl;
    return Failure;
}

/** Parses one command's arguments; false with a message (or after --help) when it should stop. */
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int positionals,
    int *status)
{
    const QCommandLineOption help(
        QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList {QStringLiteral("portolan-cli ") + command} + arguments)) {
        *status = failure(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // The parser's usage line names the program as it was started (a path); it must read
        // "portolan-cli COMMAND [options] ..." whatever the path.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String("[options]"));
        if (text.startsWith(QLatin1String("Usage: ")) && options > 0)
            text.replace(7, options - 7, QStringLiteral("portolan-cli ") + command + QLatin1Char(' '));
        QTextStream(stdout) << text;
        *status = Success;
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        *status = failure(command, tr("expects %1 file argument(s); see --help").arg(positionals));
        return false;
    }
    return true;
}

bool loadDesign(const QString &command, const QString &path, const Catalog &catalog, Design *design)
{
    QString error;
    if (!DesignFile::load(path, catalog, design, &error)) {
        failure(command, error);
        return false;
    }
    return true;
}

void reportErrorFindings(const QString &path, const Derivation &derivation)
{
    for (const Finding &finding : derivation.findings) {
        if (finding.severity == Severity::Error)
            errors() << FlowsReport::findingLine(path, finding) << Qt::endl;
    }
}

bool writeOutput(const QString &command, const QString &outputPath, const QByteArray &data)
{
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size()) {
            failure(command, tr("cannot write to standard output"));
            return false;
        }
        return true;
    }
    QString error;
    if (!saveFile(outputPath, data, &error)) {
        failure(command, error);
        return false;
    }
    return true;
}

QString exportFormatList()
{
    QStringList ids;
    for (const ExportFormat *format : ExportFormat::all())
        ids.append(format->id());
    return ids.join(QLatin1Char('|'));
}

} // namespace

QString usage()
{
    return tr(
        "Usage: portolan-cli COMMAND [options]\n"
        "Derives the firewall flows of a Portolan design from the product catalog.\n"
        "\n"
        "Commands:\n"
        "  flows DESIGN [--format json|csv] [--output FILE]\n"
        "                 Prints the derived flows, blocks and findings.\n"
        "  validate DESIGN\n"
        "                 Prints the findings only.\n"
        "  export DESIGN --format %1 --output FILE\n"
        "                 Writes one export; --format portolan writes a project file, or adds a\n"
        "                 revision when FILE already is one.\n"
        "  diff OLD NEW [--format json|csv|pdf] [--output FILE]\n"
        "                 Prints the flows added, removed and changed between two designs;\n"
        "                 pdf writes them as a report and needs --output FILE (- for standard output).\n"
        "\n"
        "DESIGN is a design JSON file or a Portolan project file.\n"
        "Exit status: 0 success; 1 an error finding exists (flows, validate) or flows changed (diff);\n"
        "2 unreadable input or bad usage. Run 'portolan-cli COMMAND --help' for a command's options.\n")
        .arg(exportFormatList());
}

int runFlows(const QStringList &arguments)
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
    Design design;
    const QString path = parser.positionalArguments().front();
    if (!loadDesign(command, path, engine.catalog(), &design))
        return Failure;
    const Derivation derivation = engine.derive(design);
    const QByteArray data = formatName == QLatin1String("csv") ? FlowsReport::toCsv(design, derivation)
                                                               : FlowsReport::toJson(design, derivation);
    if (!writeOutput(command, parser.value(output), data))
        return Failure;
    reportErrorFindings(path, derivation);
    return derivation.hasErrors() ? Findings : Success;
}

int runValidate(const QStringList &arguments)
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

int runExport(const QStringList &arguments)
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
    if (parser.value(output).isEmpty())
        return failure(command, tr("--output FILE is required"));
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
    if (!exporter->write(input, parser.value(output), &error))
        return failure(command, parser.positionalArguments().front() + QStringLiteral(": ") + error);
    return Success;
}

int runDiff(const QStringList &arguments)
{
    const QString command = QStringLiteral("diff");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the flows added, removed and changed between two designs.\n"
           "With --format pdf, writes a report titled with both design names: the flows added, removed and "
           "changed (before and after), by zone pair. A PDF needs --output FILE; --output - writes it to "
           "standard output.\n"
           "Exit status: 0 no flow changed, 1 flows changed, 2 unreadable input, bad usage or a file that "
           "cannot be written."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The design before the change."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The design after the change."));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format: json (default), csv or pdf."), QStringLiteral("json|csv|pdf"),
        QStringLiteral("json"));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("Write to FILE instead of standard output; required for pdf (- for standard output)."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("PDF: A4 (default) or Letter."),
        QStringLiteral("A4|Letter"), QStringLiteral("A4"));
    parser.addOptions({format, output, pageSize});
    int status = Success;
    if (!parse(parser, command, arguments, 2, &status))
        return status;
    const QString formatName = parser.value(format);
    const bool pdf = formatName == QLatin1String("pdf");
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv") && !pdf)
        return failure(command, tr("unknown format \"%1\"; use json, csv or pdf").arg(formatName));
    if (pdf && parser.value(output).isEmpty())
        return failure(command, tr("--output FILE is required for pdf; use --output - for standard output"));
    const QString pageSizeName = parser.value(pageSize).toLower();
    if (pageSizeName != QLatin1String("a4") && pageSizeName != QLatin1String("letter"))
        return failure(command, tr("unknown page size \"%1\"; use A4 or Letter").arg(parser.value(pageSize)));
    const RuleEngine engine;
    Design before;
    Design after;
    if (!loadDesign(command, parser.positionalArguments().at(0), engine.catalog(), &before)
        || !loadDesign(command, parser.positionalArguments().at(1), engine.catalog(), &after))
        return Failure;
    const FlowDiff diff = FlowDiff::compare(before, engine.derive(before), after, engine.derive(after));
    QByteArray data;
    if (pdf) {
        ExportOptions options;
        options.pageSize = pageSizeName == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!PdfReport::flowChanges(before, after, diff, options)->writePdf(&buffer, &error))
            return failure(command, error);
    } else {
        data = formatName == QLatin1String("csv") ? diff.toCsv(before, after) : diff.toJson(before, after);
    }
    if (!writeOutput(command, parser.value(output), data))
        return Failure;
    return diff.isEmpty() ? Success : Findings;
}

} // namespace portolan::cli
