#include "commands.h"

#include "engine/ruleengine.h"
#include "review/reviewengine.h"
#include "review/reviewpdf.h"
#include "review/reviewreport.h"
#include "storage/designfile.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QCommandLineParser>

namespace portolan::cli {

namespace {

QString usage()
{
    return tr("  review DESIGN REQUEST [--complete] [--format json|csv|pdf] [--output FILE]\n"
              "                 Gives each requested or running firewall rule its verdict against the\n"
              "                 design: a change request CSV, iptables-save output, nft -j list ruleset\n"
              "                 JSON or a Cisco ASA configuration, recognised by content.\n");
}

/// "revision 3 of 2026-11-22 04:46 UTC" for a project file's latest revision; empty for JSON.
QString revisionOf(const QString &path)
{
    if (!DesignFile::isSqlite(path))
        return QString();
    QList<RevisionInfo> revisions;
    QString error;
    if (!ProjectFile::revisions(path, &revisions, &error) || revisions.isEmpty())
        return QString();
    const RevisionInfo &latest = revisions.last();
    return tr("%1 of %2")
        .arg(latest.number)
        .arg(latest.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("review");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reviews a change request or a running firewall's rule set against a design: each requested "
           "rule gets a verdict (required, partly-required, not-required, forbidden, unknown; conflicts or "
           "consistent for a block; shadowed for a rule an earlier one hides) with the flows, catalog rules "
           "and vendor references behind it, and the excess it would open.\n"
           "REQUEST is a change request CSV (columns id, source, destination, protocol, ports, optional "
           "action and comment, in any order), iptables-save output (with an optional ipset save section), "
           "nft -j list ruleset JSON or a Cisco ASA configuration; the kind is recognised by content.\n"
           "With --complete, or for any rule set, the request is a firewall's whole rule set: the derived "
           "flows crossing the zones it covers that no rule allows are listed as missing.\n"
           "Exit status: 0 every allow request is required and nothing is missing; 1 otherwise; 2 an "
           "unreadable design or request (the file, line and column of the bad row), bad usage or a file "
           "that cannot be written."));
    parser.addPositionalArgument(QStringLiteral("DESIGN"), tr("The design (JSON or project file)."));
    parser.addPositionalArgument(QStringLiteral("REQUEST"), tr("The change request or rule set."));
    const QCommandLineOption complete(QStringLiteral("complete"),
        tr("The request is a firewall's whole rule set: list the derived flows nothing allows."));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format: json (default), csv or pdf."), QStringLiteral("json|csv|pdf"),
        QStringLiteral("json"));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("Write to FILE instead of standard output; required for pdf (- for standard output)."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("PDF: A4 (default) or Letter."),
        QStringLiteral("A4|Letter"), QStringLiteral("A4"));
    parser.addOptions({complete, format, output, pageSize});
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
    const QString designPath = parser.positionalArguments().at(0);
    Design design;
    if (!loadDesign(command, designPath, engine.catalog(), &design))
        return Failure;
    RequestFile requests;
    QString error;
    if (!RequestReader::readFile(parser.positionalArguments().at(1), &requests, &error))
        return failure(command, error);
    const Derivation derivation = engine.derive(design);
    ReviewEngine::Options options;
    options.complete = parser.isSet(complete);
    ReviewResult result;
    if (!ReviewEngine::review(design, derivation, engine.catalog(), requests, options, &result, &error))
        return failure(command, error);

    QByteArray data;
    if (pdf) {
        ReviewPdf::Options pdfOptions;
        pdfOptions.pageSize = pageSizeName == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
        pdfOptions.revision = revisionOf(designPath);
        pdfOptions.designFile = designPath;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!ReviewPdf(design, result, pdfOptions).writePdf(&buffer, &error))
            return failure(command, error);
    } else {
        data = formatName == QLatin1String("csv") ? ReviewReport::toCsv(design, result)
                                                  : ReviewReport::toJson(design, result);
    }
    if (!writeOutput(command, parser.value(output), data))
        return Failure;
    return result.exitStatus() == 0 ? Success : Findings;
}

} // namespace

Command reviewCommand()
{
    return {QStringLiteral("review"), usage, run, asksForPdf};
}

} // namespace portolan::cli
