#include "commands.h"

#include "diff/flowdiff.h"
#include "engine/ruleengine.h"
#include "export/pdfreport.h"

#include <QBuffer>
#include <QCommandLineParser>

namespace portolan::cli {

namespace {

QString usage()
{
    return tr(
        "  diff OLD NEW [--format json|csv|pdf] [--output FILE]\n"
        "                 Prints the flows added, removed and changed between two designs;\n"
        "                 pdf writes them as a report and needs --output FILE (- for standard output).\n");
}

int run(const QStringList &arguments)
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

bool paints(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=pdf")
            || (arguments.at(i) == QLatin1String("--format")
                && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

} // namespace

Command diffCommand()
{
    return {QStringLiteral("diff"), usage, run, paints};
}

} // namespace portolan::cli
