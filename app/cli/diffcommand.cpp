#include "commands.h"

#include "diff/changeset.h"
#include "engine/ruleengine.h"
#include "export/changereview.h"
#include "export/pdfreport.h"
#include "export/rulesetdelta.h"
#include "storage/designsource.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>

namespace portolan::cli {

namespace {

QString usage()
{
    return tr("  diff OLD NEW [--format json|csv|pdf|iptables|asa|nft] [--output FILE]\n"
              "                 The design changes between two designs and the flows, findings and\n"
              "                 firewall rules they add, remove and change, each naming its causes;\n"
              "                 FILE.portolan@N names revision N of a project file. iptables, asa and\n"
              "                 nft write the change as a rule-set delta to apply.\n");
}

/// The decisions recorded on NEW against OLD, when both are revisions of one project file.
QList<PdfReport::SignOff> signOffsFor(const DesignSource &before, const DesignSource &after)
{
    QList<PdfReport::SignOff> result;
    if (!before.isProject || !after.isProject
        || QFileInfo(before.path).canonicalFilePath() != QFileInfo(after.path).canonicalFilePath())
        return result;
    QList<SignOff> recorded;
    QString error;
    if (!ProjectFile::signOffs(after.path, &recorded, &error))
        return result;
    for (const SignOff &signOff : std::as_const(recorded)) {
        if (signOff.revision != after.info.number || signOff.base != before.info.number)
            continue;
        result.append({signOff.reviewer, signOff.time, tr("revision %1").arg(signOff.base),
            tr("revision %1").arg(signOff.revision), SignOff::verdictName(signOff.verdict), signOff.comment});
    }
    return result;
}

int run(const QStringList &arguments)
{
    const QString command = QStringLiteral("diff");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reviews a design change: lists the design changes between OLD and NEW (zones, hosts, parameters and "
        "links added, removed and changed) and the flows, findings and firewall rules they add, remove and "
        "change; every flow and finding change names the design changes that cause it (\"because\": their "
        "indexes in \"design_changes\").\n"
        "OLD and NEW are design JSON or project files; FILE.portolan@N names revision N of a project file, "
        "FILE.portolan its latest revision.\n"
        "--format iptables writes -D and -A lines for iptables-restore --noflush that turn the old design's "
        "iptables export into the new one's; asa writes no access-list and access-list lines; nft writes the "
        "whole new table preceded by the changes as comments. Each line names its rule and causes.\n"
        "--format pdf writes the change report and needs --output FILE (- for standard output).\n"
        "Exit status: 0 no flow and no finding changed, 1 changes found, 2 unreadable input, bad usage or a "
        "file that cannot be written."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The design before the change (FILE or FILE@N)."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The design after the change (FILE or FILE@N)."));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format: json (default), csv, pdf, iptables, asa or nft."),
        QStringLiteral("json|csv|pdf|iptables|asa|nft"), QStringLiteral("json"));
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
    const QStringList formats {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf"),
        QStringLiteral("iptables"), QStringLiteral("asa"), QStringLiteral("nft")};
    if (!formats.contains(formatName))
        return failure(
            command, tr("unknown format \"%1\"; use json, csv, pdf, iptables, asa or nft").arg(formatName));
    const bool pdf = formatName == QLatin1String("pdf");
    if (pdf && parser.value(output).isEmpty())
        return failure(command, tr("--output FILE is required for pdf; use --output - for standard output"));
    const QString pageSizeName = parser.value(pageSize).toLower();
    if (pageSizeName != QLatin1String("a4") && pageSizeName != QLatin1String("letter"))
        return failure(command, tr("unknown page size \"%1\"; use A4 or Letter").arg(parser.value(pageSize)));

    const RuleEngine engine;
    DesignSource sources[2] = {DesignSource::parse(parser.positionalArguments().at(0)),
        DesignSource::parse(parser.positionalArguments().at(1))};
    Design designs[2];
    for (int i = 0; i < 2; ++i) {
        QString error;
        if (!sources[i].load(engine.catalog(), &designs[i], &error))
            return failure(command, error);
    }
    const ChangeReview review = ChangeReview::build(ChangeSet::compute(designs[0], designs[1], engine));

    QByteArray data;
    QString error;
    bool written = true;
    if (pdf) {
        ExportOptions options;
        options.pageSize = pageSizeName == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
        PdfReport::ChangeReportInfo info;
        info.before = sources[0].label();
        info.after = sources[1].label();
        info.signOffs = signOffsFor(sources[0], sources[1]);
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        written = PdfReport::designChanges(review, info, options)->writePdf(&buffer, &error);
    } else if (formatName == QLatin1String("csv")) {
        data = review.toCsv();
    } else if (formatName == QLatin1String("iptables")) {
        written = RuleSetDelta::iptables(review, &data, &error);
    } else if (formatName == QLatin1String("asa")) {
        written = RuleSetDelta::asa(review, &data, &error);
    } else if (formatName == QLatin1String("nft")) {
        written = RuleSetDelta::nftables(review, ExportOptions(), &data, &error);
    } else {
        data = review.toJson();
    }
    if (!written)
        return failure(command, error);
    if (!writeOutput(command, parser.value(output), data))
        return Failure;
    return review.changes.isEmpty() ? Success : Findings;
}

} // namespace

Command diffCommand()
{
    return {QStringLiteral("diff"), usage, run, asksForPdf};
}

} // namespace portolan::cli
