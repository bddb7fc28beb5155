#include "probepdfreport.h"

#include "export/pdfreport.h"

namespace portolan {

namespace {

using Block = PdfReport::Block;

Block heading(const QString &text, qreal size)
{
    Block block;
    block.kind = Block::Heading;
    block.text = text;
    block.size = size;
    return block;
}

Block paragraph(const QString &text, bool muted = false, qreal size = 9)
{
    Block block;
    block.kind = Block::Paragraph;
    block.text = text;
    block.muted = muted;
    block.size = muted ? 8.5 : size;
    return block;
}

Block table(const QList<QPair<QString, qreal>> &columns, const QList<QStringList> &rows,
    const QString &continued = QString())
{
    Block block;
    block.kind = Block::Table;
    block.columns = columns;
    block.rows = rows;
    block.continued = continued;
    return block;
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
                          : ProbePdfReport::tr("-");
}

} // namespace

std::unique_ptr<PdfReport> ProbePdfReport::build(const ProbeReportInput &input, const ExportOptions &options)
{
    const Design &design = input.design;
    const ProbePlan &plan = input.plan;
    const ProbeRun &run = input.run;
    const Host &self = design.hosts().at(plan.host());
    const QString designName = design.name.isEmpty() ? tr("Untitled design") : design.name;
    const ProbeSummary summary = ProbeReport::summarize(plan, input.outcomes);

    QList<Block> blocks;
    blocks << paragraph(tr("COMMISSIONING PROBE"), true);
    blocks << heading(designName, 22);
    QStringList machine;
    for (const QHostAddress &address : run.machineAddresses)
        machine << address.toString();
    blocks << table(
        {{tr("Design"), 0.2}, {tr("Revision"), 0.14}, {tr("Probed from"), 0.22},
            {tr("This machine's addresses"), 0.18}, {tr("Started"), 0.13}, {tr("Finished"), 0.13}},
        {{designName + (run.designFile.isEmpty() ? QString() : QLatin1Char('\n') + run.designFile),
            run.revision.isEmpty() ? tr("-") : run.revision,
            tr("%1 (%2), %3")
                .arg(self.displayName(), self.id,
                    self.address.isNull() ? tr("no address in the design") : self.address.toString()),
            machine.isEmpty() ? tr("none") : machine.join(QLatin1Char('\n')), localTime(run.started),
            run.cancelled ? tr("%1\ncancelled").arg(localTime(run.finished)) : localTime(run.finished)}});
    blocks << table(
        {{tr("Timeout"), 0.2}, {tr("Connections at once"), 0.2}, {tr("Connections per second"), 0.2},
            {tr("Ports tried inside a range"), 0.2}, {tr("Source address"), 0.2}},
        {{tr("%1 ms").arg(run.settings.timeout), QString::number(run.settings.concurrency),
            QString::number(run.settings.rate), tr("both ends and %1 between").arg(run.rangeSample),
            run.settings.source.isNull() ? tr("chosen by the system") : run.settings.source.toString()}});
    for (const QString &warning : run.warnings)
        blocks << paragraph(tr("Warning: %1").arg(warning));

    blocks << heading(tr("Summary"), 13);
    blocks << table(
        {{tr("Connects"), 0.14}, {tr("As planned"), 0.14}, {tr("Passes, nothing listens"), 0.18},
            {tr("Differences"), 0.14}, {tr("Not probed"), 0.14}, {tr("Open / closed / filtered"), 0.26}},
        {{QString::number(summary.connects), QString::number(summary.asPlanned),
            QString::number(summary.serviceDown), QString::number(summary.differences),
            QString::number(summary.notProbed),
            tr("%1 / %2 / %3").arg(summary.open).arg(summary.closed).arg(summary.filtered)}});
    blocks << paragraph(
        tr("Each allowed tcp flow from %1 is expected open, each tcp block row that %1 falls under (it is "
           "outside the destination's zone) anything but open. Open: the connection was made. Closed: it was "
           "refused, so the firewall let it through and nothing listens on the port (or a firewall answered "
           "with a TCP reset). Filtered: no answer within the timeout, or an ICMP unreachable from a "
           "firewall "
           "or router. A port range is tried at both ends and at ports between them. udp and icmp rows, "
           "rows to hosts without an address and rows with a fixed source port are not probed.")
            .arg(self.id),
        true);

    const QList<QPair<QString, qreal>> columns
        = {{tr("Destination"), 0.15}, {tr("Protocol"), 0.06}, {tr("Port"), 0.12}, {tr("Expected"), 0.07},
            {tr("Result"), 0.07}, {tr("Verdict"), 0.11}, {tr("Rule and service"), 0.22}, {tr("Detail"), 0.2}};
    const auto row = [&](int index) {
        const ProbeTarget &target = plan.targets().at(index);
        const ProbeOutcome outcome = input.outcomes.value(index);
        const Host &destination = design.hosts().at(target.destination);
        const ProbeVerdict verdict = probeVerdict(target.expected, outcome.result);
        return QStringList {destination.displayName() + QLatin1Char('\n')
                + (target.address.isNull() ? tr("(no address)") : target.address.toString()),
            protocolName(target.protocol), ProbeReport::portText(target),
            probeExpectationName(target.expected), probeResultName(outcome.result),
            verdict == ProbeVerdict::Difference ? tr("DIFFERENCE") : ProbeReport::verdictTitle(verdict),
            target.rule + QLatin1Char('\n') + target.service, outcome.detail};
    };
    const auto section = [&](const QString &title, const QString &none, auto accept) {
        QList<QStringList> rows;
        for (int index = 0; index < plan.targets().size(); ++index) {
            if (accept(index))
                rows << row(index);
        }
        blocks << heading(title, 13);
        if (rows.isEmpty())
            blocks << paragraph(none);
        else
            blocks << table(columns, rows, tr("%1 (continued)").arg(title));
    };
    const auto verdictOf = [&](int index) {
        return probeVerdict(plan.targets().at(index).expected, input.outcomes.value(index).result);
    };
    section(tr("Differences"), tr("No difference: every connect gave what the design plans."),
        [&](int index) { return verdictOf(index) == ProbeVerdict::Difference; });
    section(tr("Allowed flows (expected open)"), tr("No allowed tcp flow from this host was probed."),
        [&](int index) {
            return plan.targets().at(index).isConnect() && plan.targets().at(index).action == Action::Allow;
        });
    section(tr("Block rows (expected not open)"), tr("No block row was probed."), [&](int index) {
        return plan.targets().at(index).isConnect() && plan.targets().at(index).action == Action::Block;
    });
    section(tr("Not probed"), tr("Every row was probed."),
        [&](int index) { return verdictOf(index) == ProbeVerdict::NotProbed; });

    blocks << heading(tr("Sign-off"), 13);
    blocks << table({{tr("Role"), 0.2}, {tr("Name"), 0.3}, {tr("Date"), 0.2}, {tr("Signature"), 0.3}},
        {{tr("Tested by"), QString(), QString(), QStringLiteral("\n\n")},
            {tr("Witnessed by"), QString(), QString(), QStringLiteral("\n\n")}});

    return PdfReport::fromBlocks(
        options, tr("Commissioning probe: %1 from %2").arg(designName, self.id), blocks);
}

bool ProbePdfReport::write(
    const ProbeReportInput &input, const ExportOptions &options, QIODevice *device, QString *error)
{
    return build(input, options)->writePdf(device, error);
}

} // namespace portolan
