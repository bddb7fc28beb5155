#include "probereport.h"

#include "io/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace portolan {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString addressText(const QHostAddress &address)
{
    return address.isNull() ? QString() : address.toString();
}

QStringList addressTexts(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return texts;
}

} // namespace

ProbeSummary ProbeReport::summarize(const ProbePlan &plan, const QList<ProbeOutcome> &outcomes)
{
    ProbeSummary summary;
    summary.targets = int(plan.targets().size());
    summary.connects = plan.connectCount();
    for (int index = 0; index < plan.targets().size() && index < outcomes.size(); ++index) {
        const ProbeResult result = outcomes.at(index).result;
        switch (result) {
        case ProbeResult::Pending:
            ++summary.pending;
            break;
        case ProbeResult::Open:
            ++summary.open;
            break;
        case ProbeResult::Closed:
            ++summary.closed;
            break;
        case ProbeResult::Filtered:
            ++summary.filtered;
            break;
        case ProbeResult::NotProbed:
            ++summary.notProbed;
            break;
        }
        switch (probeVerdict(plan.targets().at(index).expected, result)) {
        case ProbeVerdict::AsPlanned:
            ++summary.asPlanned;
            break;
        case ProbeVerdict::ServiceDown:
            ++summary.serviceDown;
            break;
        case ProbeVerdict::Difference:
            ++summary.differences;
            break;
        case ProbeVerdict::Pending:
        case ProbeVerdict::NotProbed:
            break;
        }
    }
    return summary;
}

QList<ProbeOutcome> ProbeReport::dryRunOutcomes(const ProbePlan &plan)
{
    QList<ProbeOutcome> outcomes;
    for (const ProbeTarget &target : plan.targets()) {
        ProbeOutcome outcome;
        outcome.result = ProbeResult::NotProbed;
        outcome.detail = target.isConnect() ? tr("Dry run: a TCP connect to %1 port %2 would be tried.")
                                                  .arg(target.address.toString())
                                                  .arg(target.port)
                                            : target.notProbed;
        outcomes.append(outcome);
    }
    return outcomes;
}

QString ProbeReport::addressWarning(const Design &design, int host, const QList<QHostAddress> &machine)
{
    const Host &self = design.hosts().at(host);
    const QString machineText
        = machine.isEmpty() ? tr("none") : addressTexts(machine).join(QStringLiteral(", "));
    if (self.address.isNull()) {
        return tr("%1 has no address in the design, so the firewall's rules for it cannot be checked from "
                  "this machine (addresses: %2); the results show what this machine may reach.")
            .arg(self.id, machineText);
    }
    if (machine.contains(self.address))
        return QString();
    return tr("None of this machine's addresses (%1) is %2's address %3: the firewall sees another source, "
              "so the results show what this machine may reach, not what %2 may.")
        .arg(machineText, self.id, self.address.toString());
}

QString ProbeReport::verdictName(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Pending:
        return QString();
    case ProbeVerdict::AsPlanned:
        return QStringLiteral("as-planned");
    case ProbeVerdict::ServiceDown:
        return QStringLiteral("service-down");
    case ProbeVerdict::Difference:
        return QStringLiteral("difference");
    case ProbeVerdict::NotProbed:
        return QStringLiteral("not-probed");
    }
    return QString();
}

QString ProbeReport::verdictTitle(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Pending:
        return tr("Waiting");
    case ProbeVerdict::AsPlanned:
        return tr("As planned");
    case ProbeVerdict::ServiceDown:
        return tr("Passes, nothing listens");
    case ProbeVerdict::Difference:
        return tr("Difference");
    case ProbeVerdict::NotProbed:
        return tr("Not probed");
    }
    return QString();
}

QString ProbeReport::portText(const ProbeTarget &target)
{
    if (!target.isConnect())
        return target.ports.toString();
    if (target.sampled) {
        return tr("%1 (sampled from %2-%3)").arg(target.port).arg(target.range.first).arg(target.range.last);
    }
    return QString::number(target.port);
}

QString ProbeReport::resultText(const ProbeTarget &target, const ProbeOutcome &outcome)
{
    const ProbeVerdict verdict = probeVerdict(target.expected, outcome.result);
    if (verdict == ProbeVerdict::Pending)
        return tr("Waiting");
    if (verdict == ProbeVerdict::NotProbed)
        return tr("Not probed: %1").arg(outcome.detail);
    return tr("%1: %2 (%3)").arg(probeResultName(outcome.result), verdictTitle(verdict), outcome.detail);
}

QByteArray ProbeReport::toJson(const ProbeReportInput &input)
{
    const Design &design = input.design;
    const ProbePlan &plan = input.plan;
    const ProbeRun &run = input.run;
    const Host &self = design.hosts().at(plan.host());

    QJsonArray results;
    for (int index = 0; index < plan.targets().size(); ++index) {
        const ProbeTarget &target = plan.targets().at(index);
        const ProbeOutcome outcome = input.outcomes.value(index);
        const Host &destination = design.hosts().at(target.destination);
        const ProbeVerdict verdict = probeVerdict(target.expected, outcome.result);
        QJsonObject row;
        row.insert(QStringLiteral("destination"), destination.id);
        row.insert(QStringLiteral("destination_name"), destination.displayName());
        row.insert(QStringLiteral("address"), addressText(target.address));
        row.insert(QStringLiteral("protocol"), protocolName(target.protocol));
        row.insert(QStringLiteral("port"), target.port >= 0 ? QJsonValue(target.port) : QJsonValue());
        row.insert(QStringLiteral("ports"), target.ports.toString());
        row.insert(QStringLiteral("sampled"), target.sampled);
        row.insert(QStringLiteral("range"),
            target.sampled ? QStringLiteral("%1-%2").arg(target.range.first).arg(target.range.last)
                           : QString());
        row.insert(QStringLiteral("action"), actionName(target.action));
        row.insert(QStringLiteral("result"), probeResultName(outcome.result));
        row.insert(QStringLiteral("expected"), probeExpectationName(target.expected));
        const bool judged = verdict != ProbeVerdict::Pending && verdict != ProbeVerdict::NotProbed;
        row.insert(
            QStringLiteral("ok"), judged ? QJsonValue(verdict != ProbeVerdict::Difference) : QJsonValue());
        row.insert(QStringLiteral("verdict"), verdictName(verdict));
        row.insert(QStringLiteral("rule"), target.rule);
        row.insert(QStringLiteral("service"), target.service);
        row.insert(QStringLiteral("detail"), outcome.detail);
        row.insert(QStringLiteral("milliseconds"),
            outcome.milliseconds >= 0 ? QJsonValue(outcome.milliseconds) : QJsonValue());
        row.insert(QStringLiteral("time"), timeText(outcome.time));
        results.append(row);
    }

    const ProbeSummary s = summarize(plan, input.outcomes);
    QJsonObject summary;
    summary.insert(QStringLiteral("results"), s.targets);
    summary.insert(QStringLiteral("connects"), s.connects);
    summary.insert(QStringLiteral("open"), s.open);
    summary.insert(QStringLiteral("closed"), s.closed);
    summary.insert(QStringLiteral("filtered"), s.filtered);
    summary.insert(QStringLiteral("not_probed"), s.notProbed);
    summary.insert(QStringLiteral("as_planned"), s.asPlanned);
    summary.insert(QStringLiteral("service_down"), s.serviceDown);
    summary.insert(QStringLiteral("differences"), s.differences);

    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("portolan-probe"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("design"), design.name);
    root.insert(QStringLiteral("design_file"), run.designFile);
    root.insert(QStringLiteral("revision"), run.revision);
    root.insert(QStringLiteral("host"), self.id);
    root.insert(QStringLiteral("host_name"), self.displayName());
    root.insert(QStringLiteral("host_address"), addressText(self.address));
    root.insert(
        QStringLiteral("machine_addresses"), QJsonArray::fromStringList(addressTexts(run.machineAddresses)));
    root.insert(QStringLiteral("host_address_on_machine"),
        !self.address.isNull() && run.machineAddresses.contains(self.address));
    root.insert(QStringLiteral("source_address"), addressText(run.settings.source));
    root.insert(QStringLiteral("started"), timeText(run.started));
    root.insert(QStringLiteral("finished"), timeText(run.finished));
    root.insert(QStringLiteral("dry_run"), run.dryRun);
    root.insert(QStringLiteral("cancelled"), run.cancelled);
    root.insert(QStringLiteral("timeout_ms"), run.settings.timeout);
    root.insert(QStringLiteral("concurrency"), run.settings.concurrency);
    root.insert(QStringLiteral("rate"), run.settings.rate);
    root.insert(QStringLiteral("range_sample"), run.rangeSample);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(run.warnings));
    root.insert(QStringLiteral("summary"), summary);
    root.insert(QStringLiteral("results"), results);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList ProbeReport::csvHeader()
{
    return {QStringLiteral("destination"), QStringLiteral("protocol"), QStringLiteral("port"),
        QStringLiteral("result"), QStringLiteral("expected"), QStringLiteral("ok"), QStringLiteral("rule"),
        QStringLiteral("verdict"), QStringLiteral("destination_name"), QStringLiteral("address"),
        QStringLiteral("ports"), QStringLiteral("sampled"), QStringLiteral("range"), QStringLiteral("action"),
        QStringLiteral("service"), QStringLiteral("detail"), QStringLiteral("milliseconds"),
        QStringLiteral("time"), QStringLiteral("host"), QStringLiteral("machine_addresses"),
        QStringLiteral("design"), QStringLiteral("revision")};
}

QByteArray ProbeReport::toCsv(const ProbeReportInput &input, bool byteOrderMark)
{
    const Design &design = input.design;
    const ProbePlan &plan = input.plan;
    CsvWriter csv(byteOrderMark);
    csv.addRow(csvHeader());
    const QString self = design.hosts().at(plan.host()).id;
    const QString machine = addressTexts(input.run.machineAddresses).join(QLatin1Char(' '));
    for (int index = 0; index < plan.targets().size(); ++index) {
        const ProbeTarget &target = plan.targets().at(index);
        const ProbeOutcome outcome = input.outcomes.value(index);
        const Host &destination = design.hosts().at(target.destination);
        const ProbeVerdict verdict = probeVerdict(target.expected, outcome.result);
        const bool judged = verdict != ProbeVerdict::Pending && verdict != ProbeVerdict::NotProbed;
        csv.addRow({destination.id, protocolName(target.protocol),
            target.port >= 0 ? QString::number(target.port) : QString(), probeResultName(outcome.result),
            probeExpectationName(target.expected),
            judged ? (verdict != ProbeVerdict::Difference ? QStringLiteral("true") : QStringLiteral("false"))
                   : QString(),
            target.rule, verdictName(verdict), destination.displayName(), addressText(target.address),
            target.ports.toString(), target.sampled ? QStringLiteral("true") : QStringLiteral("false"),
            target.sampled ? QStringLiteral("%1-%2").arg(target.range.first).arg(target.range.last)
                           : QString(),
            actionName(target.action), target.service, outcome.detail,
            outcome.milliseconds >= 0 ? QString::number(outcome.milliseconds) : QString(),
            timeText(outcome.time), self, machine, design.name, input.run.revision});
    }
    return csv.data();
}

} // namespace portolan
