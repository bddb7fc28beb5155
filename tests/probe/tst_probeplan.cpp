// What the probe tries from the machine standing in for a host, before any network is touched:
// the allowed tcp flows from the host, the tcp block rows it falls under without the ports its
// allowed flows open, port ranges at their ends and a sample, and the rows listed as not probed.

#include "designbuilder.h"
#include "engine/ruleengine.h"
#include "io/designjson.h"
#include "probe/probeplan.h"
#include "probe/probereport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace portolan;

namespace {

Design loadPlant()
{
    QFile file(QFINDTESTDATA("data/plant.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("data/plant.json is missing");
    Design design;
    QString error;
    if (!DesignJson::read(file.readAll(), *Catalog::builtIn(), &design, &error))
        qFatal("%s", qPrintable(error));
    return design;
}

/// "vos1 tcp 22 open" for a connect; "vosx tcp 21 open listed" for a row listed as not probed, with
/// its ports; " sampled" after a port picked from a range.
QStringList planLines(const Design &design, const ProbePlan &plan)
{
    QStringList lines;
    for (const ProbeTarget &target : plan.targets()) {
        QStringList words {design.hosts().at(target.destination).id, protocolName(target.protocol),
            target.isConnect() ? QString::number(target.port) : target.ports.toString(),
            probeExpectationName(target.expected)};
        words.removeAll(QString());
        QString line = words.join(QLatin1Char(' '));
        if (!target.isConnect())
            line += QStringLiteral(" listed");
        if (target.sampled)
            line += QStringLiteral(" sampled");
        lines << line.trimmed();
    }
    return lines;
}

QStringList sorted(QStringList lines)
{
    lines.sort();
    return lines;
}

Flow flow(
    int source, int destination, Protocol protocol, const QString &ports, Action action, const QString &rule)
{
    Flow f;
    f.source = source;
    f.destination = destination;
    f.protocol = protocol;
    PortSet::parse(ports, &f.ports);
    f.action = action;
    f.rule = rule;
    return f;
}

} // namespace

class tst_ProbePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workstationTriesItsFlowsAndTheBlocksOfOtherZones();
    void rangesAreProbedAtTheirEndsAndASample_data();
    void rangesAreProbedAtTheirEndsAndASample();
    void sourcePortFlowsAndIcmpAreListed();
    void allowedFlowsAreExceptionsOfTheBlocks();
    void blocksFollowTheZones();
    void resultWordsAndVerdicts();
    void dryRunListsEveryConnect();
};

void tst_ProbePlan::workstationTriesItsFlowsAndTheBlocksOfOtherZones()
{
    const Design design = loadPlant();
    const Derivation derivation = RuleEngine().derive(design);
    const ProbePlan plan = ProbePlan::build(design, derivation, design.hostIndex(QStringLiteral("ws")));
    // ws (engineering) administers three VOS modules over FTP, SSH and Telnet. vos0 shares its zone,
    // so its blocks do not concern ws; vos1 (control) and vosx (services) are in other zones. vosx
    // has no address: everything to it is listed. udp rows are listed.
    const QStringList expected = {
        QStringLiteral("vos0 tcp 21 open"),
        QStringLiteral("vos0 tcp 22 open"),
        QStringLiteral("vos0 tcp 23 open"),
        QStringLiteral("vos1 tcp 21 open"),
        QStringLiteral("vos1 tcp 22 open"),
        QStringLiteral("vos1 tcp 23 open"),
        QStringLiteral("vosx tcp 21 open listed"),
        QStringLiteral("vosx tcp 22 open listed"),
        QStringLiteral("vosx tcp 23 open listed"),
        QStringLiteral("vos1 tcp 7 not-open"),
        QStringLiteral("vos1 tcp 9 not-open"),
        QStringLiteral("vos1 tcp 13 not-open"),
        QStringLiteral("vos1 tcp 19 not-open"),
        QStringLiteral("vos1 tcp 37 not-open"),
        QStringLiteral("vos1 tcp 85 not-open"),
        QStringLiteral("vos1 udp 7,9,13,19,37 not-open listed"),
        QStringLiteral("vos1 udp 67 not-open listed"),
        QStringLiteral("vos1 udp 69 not-open listed"),
        QStringLiteral("vos1 udp 29000 not-open listed"),
        QStringLiteral("vosx tcp 7,9,13,19,37 not-open listed"),
        QStringLiteral("vosx tcp 85 not-open listed"),
        QStringLiteral("vosx udp 7,9,13,19,37 not-open listed"),
        QStringLiteral("vosx udp 67 not-open listed"),
        QStringLiteral("vosx udp 69 not-open listed"),
        QStringLiteral("vosx udp 29000 not-open listed"),
    };
    QCOMPARE(sorted(planLines(design, plan)), sorted(expected));
    QCOMPARE(plan.connectCount(), 12);
    // Only addresses of the design, and only those of the connects.
    QCOMPARE(plan.addresses(),
        (QList<QHostAddress> {
            QHostAddress(QStringLiteral("10.9.1.20")), QHostAddress(QStringLiteral("10.9.2.20"))}));

    // Reasons name what is missing.
    for (const ProbeTarget &target : plan.targets()) {
        if (target.isConnect())
            continue;
        if (target.protocol == Protocol::Udp)
            QVERIFY2(target.notProbed.startsWith(QLatin1String("udp:")), qPrintable(target.notProbed));
        else
            QCOMPARE(target.notProbed, QStringLiteral("vosx has no address in the design."));
    }
    // The RSN block row keeps its rule for the report.
    const auto rsn = std::find_if(plan.targets().cbegin(), plan.targets().cend(),
        [](const ProbeTarget &target) { return target.isConnect() && target.port == 85; });
    QVERIFY(rsn != plan.targets().cend());
    QCOMPARE(rsn->rule, QStringLiteral("vos.block.rsn"));
    QCOMPARE(rsn->action, Action::Block);
}

void tst_ProbePlan::rangesAreProbedAtTheirEndsAndASample_data()
{
    QTest::addColumn<int>("sample");
    QTest::addColumn<QStringList>("osl");
    // vos0 -> vos1 Open StrataLink: 3000 to 3000 + 2 x 16 (max_open_server's default).
    QTest::newRow("default: the ends and three between")
        << ProbePlan::defaultRangeSample
        << QStringList {QStringLiteral("vos1 tcp 3000 open sampled"),
               QStringLiteral("vos1 tcp 3008 open sampled"), QStringLiteral("vos1 tcp 3016 open sampled"),
               QStringLiteral("vos1 tcp 3024 open sampled"), QStringLiteral("vos1 tcp 3032 open sampled")};
    QTest::newRow("the ends only") << 0
                                   << QStringList {QStringLiteral("vos1 tcp 3000 open sampled"),
                                          QStringLiteral("vos1 tcp 3032 open sampled")};
    QStringList all;
    for (int port = 3000; port <= 3032; ++port)
        all << QStringLiteral("vos1 tcp %1 open").arg(port);
    QTest::newRow("a sample as large as the range: every port") << 31 << all;
}

void tst_ProbePlan::rangesAreProbedAtTheirEndsAndASample()
{
    QFETCH(int, sample);
    QFETCH(QStringList, osl);
    const Design design = loadPlant();
    const Derivation derivation = RuleEngine().derive(design);
    const ProbePlan plan
        = ProbePlan::build(design, derivation, design.hostIndex(QStringLiteral("vos0")), sample);
    QStringList lines;
    for (const QString &line : planLines(design, plan)) {
        if (line.startsWith(QLatin1String("vos1 tcp 30")))
            lines << line;
    }
    QCOMPARE(lines, osl);
    for (const ProbeTarget &target : plan.targets()) {
        if (target.sampled) {
            QCOMPARE(target.range, (PortRange {3000, 3032}));
            QCOMPARE(ProbeReport::portText(target),
                QStringLiteral("%1 (sampled from 3000-3032)").arg(target.port));
        }
    }
}

void tst_ProbePlan::sourcePortFlowsAndIcmpAreListed()
{
    const Design design = loadPlant();
    const Derivation derivation = RuleEngine().derive(design);
    // vos0 -> ws FTP active-mode data leaves from source port 20: a connect from an ephemeral port
    // is not what the firewall is asked to pass.
    const ProbePlan vos0 = ProbePlan::build(design, derivation, design.hostIndex(QStringLiteral("vos0")));
    const auto data = std::find_if(vos0.targets().cbegin(), vos0.targets().cend(),
        [](const ProbeTarget &target) { return target.rule == QLatin1String("vos.ftp-data"); });
    QVERIFY(data != vos0.targets().cend());
    QVERIFY(!data->isConnect());
    QCOMPARE(data->ports.toString(), QStringLiteral("1024-65535"));
    QCOMPARE(data->port, -1);
    QVERIFY2(data->notProbed.contains(QLatin1String("source port 20")), qPrintable(data->notProbed));

    // SCADA-A -> SCADA-B: the partner link is a connect, the hardware poll (icmp) is listed. SCADA-A
    // (engineering) also falls under the blocks of the VOS modules in other zones.
    const ProbePlan scada = ProbePlan::build(design, derivation, design.hostIndex(QStringLiteral("cs-a")));
    const QStringList lines = planLines(design, scada);
    QCOMPARE(lines.mid(0, 2),
        (QStringList {QStringLiteral("cs-b tcp 5481 open"), QStringLiteral("cs-b icmp open listed")}));
    QVERIFY(scada.targets().at(1).notProbed.startsWith(QLatin1String("icmp:")));
    QCOMPARE(lines.filter(QStringLiteral("vos1 tcp")).size(), 6);
    QCOMPARE(lines.filter(QStringLiteral("vosx ")).size(), 6);
    QCOMPARE(lines.size(), 18);
}

void tst_ProbePlan::allowedFlowsAreExceptionsOfTheBlocks()
{
    // h0 is allowed tcp 85 and 88 into h1, whose block row covers 80-90 from every other zone: the
    // block is probed on the ports that stay blocked for h0, never on the allowed ones.
    Design design
        = test::buildDesign(QStringLiteral("h0:workstation@a h1:vos-module@b h2:workstation@c"), QString());
    for (int index = 0; index < 3; ++index) {
        Host host = design.hosts().at(index);
        host.address = QHostAddress(QStringLiteral("10.9.0.%1").arg(index + 1));
        design.setHost(index, host);
    }
    Derivation derivation;
    derivation.flows << flow(
        0, 1, Protocol::Tcp, QStringLiteral("85,88"), Action::Allow, QStringLiteral("custom.a"))
                     << flow(Flow::AnySource, 1, Protocol::Tcp, QStringLiteral("80-90"), Action::Block,
                            QStringLiteral("block.b"));
    const ProbePlan h0 = ProbePlan::build(design, derivation, 0, 0);
    QCOMPARE(planLines(design, h0),
        (QStringList {QStringLiteral("h1 tcp 85 open"), QStringLiteral("h1 tcp 88 open"),
            QStringLiteral("h1 tcp 80 not-open sampled"), QStringLiteral("h1 tcp 84 not-open sampled"),
            QStringLiteral("h1 tcp 86 not-open"), QStringLiteral("h1 tcp 87 not-open"),
            QStringLiteral("h1 tcp 89 not-open"), QStringLiteral("h1 tcp 90 not-open")}));
    // h2 has no allowed flow: the whole block is probed (ends of the range, no sample).
    const ProbePlan h2 = ProbePlan::build(design, derivation, 2, 0);
    QCOMPARE(planLines(design, h2),
        (QStringList {
            QStringLiteral("h1 tcp 80 not-open sampled"), QStringLiteral("h1 tcp 90 not-open sampled")}));
}

void tst_ProbePlan::blocksFollowTheZones()
{
    // A block row's source is every host outside the destination's zone.
    Design design = test::buildDesign(QStringLiteral("in:workstation@b out:workstation@a none:workstation "
                                                     "target:vos-module@b loose:vos-module"),
        QString());
    for (int index = 0; index < design.hosts().size(); ++index) {
        Host host = design.hosts().at(index);
        host.address = QHostAddress(QStringLiteral("10.9.0.%1").arg(index + 1));
        design.setHost(index, host);
    }
    Derivation derivation;
    derivation.flows << flow(
        Flow::AnySource, 3, Protocol::Tcp, QStringLiteral("85"), Action::Block, QStringLiteral("b"))
                     << flow(Flow::AnySource, 4, Protocol::Tcp, QStringLiteral("86"), Action::Block,
                            QStringLiteral("b"));
    const auto lines = [&](const QString &id) {
        return planLines(design, ProbePlan::build(design, derivation, design.hostIndex(id)));
    };
    // Same zone as target: not under its block; target's zone differs from the zoneless "loose".
    QCOMPARE(lines(QStringLiteral("in")), (QStringList {QStringLiteral("loose tcp 86 not-open")}));
    QCOMPARE(lines(QStringLiteral("out")),
        (QStringList {QStringLiteral("target tcp 85 not-open"), QStringLiteral("loose tcp 86 not-open")}));
    QCOMPARE(lines(QStringLiteral("none")),
        (QStringList {QStringLiteral("target tcp 85 not-open"), QStringLiteral("loose tcp 86 not-open")}));
    // A host never probes its own blocks.
    QCOMPARE(lines(QStringLiteral("target")), (QStringList {QStringLiteral("loose tcp 86 not-open")}));
    QCOMPARE(lines(QStringLiteral("loose")), (QStringList {QStringLiteral("target tcp 85 not-open")}));
}

void tst_ProbePlan::resultWordsAndVerdicts()
{
    QCOMPARE(probeResultName(ProbeResult::Open), QStringLiteral("open"));
    QCOMPARE(probeResultName(ProbeResult::Closed), QStringLiteral("closed"));
    QCOMPARE(probeResultName(ProbeResult::Filtered), QStringLiteral("filtered"));
    QCOMPARE(probeResultName(ProbeResult::NotProbed), QStringLiteral("not-probed"));
    QCOMPARE(probeExpectationName(ProbeExpectation::Open), QStringLiteral("open"));
    QCOMPARE(probeExpectationName(ProbeExpectation::NotOpen), QStringLiteral("not-open"));
    // An allowed flow: open as planned; refused passes the firewall but nothing listens; filtered differs.
    QCOMPARE(probeVerdict(ProbeExpectation::Open, ProbeResult::Open), ProbeVerdict::AsPlanned);
    QCOMPARE(probeVerdict(ProbeExpectation::Open, ProbeResult::Closed), ProbeVerdict::ServiceDown);
    QCOMPARE(probeVerdict(ProbeExpectation::Open, ProbeResult::Filtered), ProbeVerdict::Difference);
    // A block row: anything but open holds.
    QCOMPARE(probeVerdict(ProbeExpectation::NotOpen, ProbeResult::Open), ProbeVerdict::Difference);
    QCOMPARE(probeVerdict(ProbeExpectation::NotOpen, ProbeResult::Closed), ProbeVerdict::AsPlanned);
    QCOMPARE(probeVerdict(ProbeExpectation::NotOpen, ProbeResult::Filtered), ProbeVerdict::AsPlanned);
    QCOMPARE(probeVerdict(ProbeExpectation::NotOpen, ProbeResult::NotProbed), ProbeVerdict::NotProbed);
}

void tst_ProbePlan::dryRunListsEveryConnect()
{
    const Design design = loadPlant();
    const Derivation derivation = RuleEngine().derive(design);
    const ProbePlan plan = ProbePlan::build(design, derivation, design.hostIndex(QStringLiteral("ws")));
    const QList<ProbeOutcome> outcomes = ProbeReport::dryRunOutcomes(plan);
    ProbeRun run;
    run.dryRun = true;
    const QJsonObject root
        = QJsonDocument::fromJson(ProbeReport::toJson({design, plan, outcomes, run})).object();
    QCOMPARE(root.value(QStringLiteral("dry_run")).toBool(), true);
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), plan.targets().size());
    QStringList tried;
    for (const QJsonValue &value : results) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(QStringLiteral("result")).toString(), QStringLiteral("not-probed"));
        QVERIFY(row.value(QStringLiteral("ok")).isNull());
        if (row.value(QStringLiteral("detail")).toString().startsWith(QLatin1String("Dry run:")))
            tried << QStringLiteral("%1:%2")
                         .arg(row.value(QStringLiteral("address")).toString())
                         .arg(row.value(QStringLiteral("port")).toInt());
    }
    tried.sort();
    QCOMPARE(tried,
        (QStringList {QStringLiteral("10.9.1.20:21"), QStringLiteral("10.9.1.20:22"),
            QStringLiteral("10.9.1.20:23"), QStringLiteral("10.9.2.20:13"), QStringLiteral("10.9.2.20:19"),
            QStringLiteral("10.9.2.20:21"), QStringLiteral("10.9.2.20:22"), QStringLiteral("10.9.2.20:23"),
            QStringLiteral("10.9.2.20:37"), QStringLiteral("10.9.2.20:7"), QStringLiteral("10.9.2.20:85"),
            QStringLiteral("10.9.2.20:9")}));
}

QTEST_GUILESS_MAIN(tst_ProbePlan)
#include "tst_probeplan.moc"
