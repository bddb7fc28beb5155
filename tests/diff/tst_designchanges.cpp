// The review of a design change in the core: which design changes two designs differ by, which
// flows and findings change, and which design changes cause each of them.
#include "designbuilder.h"
#include "diff/changeset.h"
#include "engine/ruleengine.h"
#include "estategenerator.h"
#include "io/designjson.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace portolan;

namespace {

Design loadDesign(const QString &name)
{
    Design design;
    QString error;
    if (!DesignJson::readFile(test::sourcePath(QStringLiteral("tests/diff/data/") + name),
            *Catalog::builtIn(), &design, &error))
        qWarning("%s", qPrintable(error));
    return design;
}

QString hostId(const Design &design, int index)
{
    return index == Flow::AnySource ? QStringLiteral("any") : design.hosts().at(index).id;
}

/// "src>dst proto ports rule" for a flow change, from the design it lives in.
QString flowLine(const ChangeSet &set, const FlowChange &change)
{
    const bool removed = change.kind == FlowChange::Kind::Removed;
    const Design &design = removed ? set.before : set.after;
    const Flow &flow = change.flow();
    QString line = hostId(design, flow.source) + QLatin1Char('>') + hostId(design, flow.destination)
        + QLatin1Char(' ') + protocolName(flow.protocol);
    if (!flow.ports.isEmpty())
        line += QLatin1Char(' ') + flow.ports.toString();
    return line + QLatin1Char(' ') + flow.rule;
}

QStringList lines(const ChangeSet &set, const QList<FlowChange> &list)
{
    QStringList result;
    for (const FlowChange &change : list)
        result << flowLine(set, change);
    std::sort(result.begin(), result.end());
    return result;
}

QList<int> causesOf(const ChangeSet &set, const QList<FlowChange> &list, const QString &line)
{
    for (const FlowChange &change : list) {
        if (flowLine(set, change) == line)
            return change.because;
    }
    return {-1};
}

QList<int> findingCauses(const QList<FindingChange> &list, const QString &rule)
{
    for (const FindingChange &change : list) {
        if (change.finding.rule == rule)
            return change.because;
    }
    return {-1};
}

QStringList findingRules(const QList<FindingChange> &list)
{
    QStringList rules;
    for (const FindingChange &change : list)
        rules << change.finding.rule;
    std::sort(rules.begin(), rules.end());
    return rules;
}

int indexOf(const ChangeSet &set, const QString &kind, const QString &subject)
{
    for (int c = 0; c < set.designChanges.size(); ++c) {
        const DesignChange &change = set.designChanges.at(c);
        if (change.kindName() == kind && change.describe().contains(subject))
            return c;
    }
    return -1;
}

} // namespace

class tst_DesignChanges : public QObject
{
    Q_OBJECT

private slots:
    void issueExample();
    void issueExampleJson();
    void sameDesignsHaveNoChange();
    void hostRemovalNamesHostAndLinks();
    void eitherOfTwoLinksRemovesAFinding();
    void typeChangeReachesTheNeighbours();
    void zoneSubnetsCauseFindings();
    void linksAreMatchedByTheirEnds();
    void cutDownTriesAgreeWithWholeDesign_data();
    void cutDownTriesAgreeWithWholeDesign();
};

void tst_DesignChanges::issueExample()
{
    // The issue's change: a link of a redundant ClearSCADA system removed (splitting it), an NMC's
    // protocol changed, and a workstation added with a link to a PowerChute agent. SCADA-A also
    // moved on the canvas, which is no design change.
    const Design before = loadDesign(QStringLiteral("plant-before.json"));
    const Design after = loadDesign(QStringLiteral("plant-after.json"));
    QCOMPARE(before.hosts().size(), 6);
    const ChangeSet set = ChangeSet::compute(before, after, RuleEngine());

    QStringList kinds;
    for (const DesignChange &change : set.designChanges)
        kinds << change.kindName();
    QCOMPARE(kinds,
        (QStringList {QStringLiteral("param-changed"), QStringLiteral("host-added"),
            QStringLiteral("link-added"), QStringLiteral("link-removed")}));
    const DesignChange &param = set.designChanges.at(0);
    QCOMPARE(param.host, QStringLiteral("ups1-nmc"));
    QCOMPARE(param.param, QStringLiteral("protocol"));
    QCOMPARE(param.before.toString(), QStringLiteral("https")); // the catalog default, not written before
    QCOMPARE(param.after.toString(), QStringLiteral("http"));
    QCOMPARE(set.designChanges.at(1).host, QStringLiteral("ws1"));
    QCOMPARE(
        set.designChanges.at(2).hostIds(), (QStringList {QStringLiteral("ws1"), QStringLiteral("pcns-c")}));
    QCOMPARE(set.designChanges.at(3).hostIds(),
        (QStringList {QStringLiteral("scada-b"), QStringLiteral("scada-c")}));

    // The split: SCADA-C leaves the system, so every flow between it and the other servers goes,
    // SCADA-A's too, though the removed link never touched SCADA-A. The partner port is 5481 and
    // the DMZ standby takes no part with a permanent standby.
    const QStringList removed {QStringLiteral("scada-a>scada-c icmp clearscada.hardware-poll"),
        QStringLiteral("scada-a>scada-c tcp 5481 clearscada.partner"),
        QStringLiteral("scada-b>scada-c icmp clearscada.hardware-poll"),
        QStringLiteral("scada-b>scada-c tcp 5481 clearscada.partner"),
        QStringLiteral("scada-c>scada-a icmp clearscada.hardware-poll"),
        QStringLiteral("scada-c>scada-a tcp 5481 clearscada.partner"),
        QStringLiteral("scada-c>scada-b icmp clearscada.hardware-poll"),
        QStringLiteral("scada-c>scada-b tcp 5481 clearscada.partner")};
    QCOMPARE(lines(set, set.removed), removed);
    for (const QString &line : removed)
        QCOMPARE(causesOf(set, set.removed, line), QList<int> {3});

    // HTTP registration: port 80 instead of 443, caused by the parameter alone.
    QCOMPARE(
        lines(set, set.changed), QStringList {QStringLiteral("pcns-c>ups1-nmc tcp 80 pcns.registration")});
    QCOMPARE(set.changed.front().before.ports.toString(), QStringLiteral("443"));
    QCOMPARE(set.changed.front().because, QList<int> {0});

    // The workstation's flows need both the host and its link.
    const QStringList added {QStringLiteral("ws1>pcns-c tcp 3052 pcns.web-redirect"),
        QStringLiteral("ws1>pcns-c tcp 6547 pcns.web-ui")};
    QCOMPARE(lines(set, set.added), added);
    for (const QString &line : added)
        QCOMPARE(causesOf(set, set.added, line), (QList<int> {1, 2}));

    // Findings: HTTP registration is a security note of the NMC; SCADA-C alone is a system without
    // its main server.
    QCOMPARE(findingRules(set.findingsAdded),
        (QStringList {QStringLiteral("clearscada.main-count"), QStringLiteral("pcns.nmc-http")}));
    QCOMPARE(findingCauses(set.findingsAdded, QStringLiteral("pcns.nmc-http")), QList<int> {0});
    QCOMPARE(findingCauses(set.findingsAdded, QStringLiteral("clearscada.main-count")), QList<int> {3});
    QVERIFY(set.findingsRemoved.isEmpty());
    QVERIFY(!set.isEmpty());
    QCOMPARE(set.stats.wholeDesignDerivations, 0);
    QCOMPARE(set.stats.unexplained, 0);
}

void tst_DesignChanges::issueExampleJson()
{
    const ChangeSet set = ChangeSet::compute(loadDesign(QStringLiteral("plant-before.json")),
        loadDesign(QStringLiteral("plant-after.json")), RuleEngine());
    const QJsonObject json = set.toJson();
    const QJsonArray changes = json.value(QLatin1String("design_changes")).toArray();
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.at(3).toObject(),
        (QJsonObject {{QStringLiteral("kind"), QStringLiteral("link-removed")},
            {QStringLiteral("a"), QStringLiteral("scada-b")},
            {QStringLiteral("b"), QStringLiteral("scada-c")}}));
    QCOMPARE(changes.at(0).toObject(),
        (QJsonObject {{QStringLiteral("kind"), QStringLiteral("param-changed")},
            {QStringLiteral("host"), QStringLiteral("ups1-nmc")},
            {QStringLiteral("param"), QStringLiteral("protocol")},
            {QStringLiteral("before"), QStringLiteral("https")},
            {QStringLiteral("after"), QStringLiteral("http")}}));
    for (const char *list : {"added", "removed", "changed", "findings_added"}) {
        const QJsonArray items = json.value(QLatin1String(list)).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &item : items)
            QVERIFY2(!item.toObject().value(QLatin1String("because")).toArray().isEmpty(), list);
    }
    const QJsonObject changed = json.value(QLatin1String("changed")).toArray().at(0).toObject();
    QCOMPARE(changed.value(QLatin1String("before")).toObject().value(QLatin1String("ports")).toString(),
        QStringLiteral("443"));
    QCOMPARE(changed.value(QLatin1String("after")).toObject().value(QLatin1String("ports")).toString(),
        QStringLiteral("80"));
}

void tst_DesignChanges::sameDesignsHaveNoChange()
{
    Design before = loadDesign(QStringLiteral("plant-before.json"));
    Design moved = before;
    Host host = moved.hosts().at(0);
    host.position += QPointF(300, 40);
    moved.setHost(0, host);
    // A default written out is no change either.
    Host nmc = *moved.host(QStringLiteral("ups1-nmc"));
    nmc.params.insert(QStringLiteral("protocol"), QStringLiteral("https"));
    moved.setHost(moved.hostIndex(QStringLiteral("ups1-nmc")), nmc);
    const ChangeSet set = ChangeSet::compute(before, moved, RuleEngine());
    QVERIFY(set.designChanges.isEmpty());
    QVERIFY(set.isEmpty());
}

void tst_DesignChanges::hostRemovalNamesHostAndLinks()
{
    const Design before
        = test::buildDesign(QStringLiteral("p:pcns n:nmc w:workstation"), QStringLiteral("p-n w-p"));
    const Design after = test::buildDesign(QStringLiteral("n:nmc w:workstation"), QString());
    const ChangeSet set = ChangeSet::compute(before, after, RuleEngine());
    const int host = indexOf(set, QStringLiteral("host-removed"), QStringLiteral("Host p"));
    const int toNmc = indexOf(set, QStringLiteral("link-removed"), QStringLiteral("p \u2013 n"));
    const int fromWorkstation = indexOf(set, QStringLiteral("link-removed"), QStringLiteral("w \u2013 p"));
    QVERIFY(host >= 0 && toNmc >= 0 && fromWorkstation >= 0);
    QCOMPARE(set.designChanges.size(), 3);
    // The registration went with the host and with its link to the NMC, not with the workstation's link.
    QCOMPARE(causesOf(set, set.removed, QStringLiteral("p>n tcp 443 pcns.registration")),
        (QList<int> {std::min(host, toNmc), std::max(host, toNmc)}));
    QCOMPARE(causesOf(set, set.removed, QStringLiteral("w>p tcp 6547 pcns.web-ui")),
        (QList<int> {std::min(host, fromWorkstation), std::max(host, fromWorkstation)}));
}

void tst_DesignChanges::eitherOfTwoLinksRemovesAFinding()
{
    // "Linked to no NMC" goes when the agent gets two NMC links: taking either back leaves the other,
    // so no single change explains it by its absence; each explains it alone, and both are named.
    const Design before = test::buildDesign(QStringLiteral("p:pcns n1:nmc n2:nmc"), QString());
    const Design after
        = test::buildDesign(QStringLiteral("p:pcns n1:nmc n2:nmc"), QStringLiteral("p-n1 p-n2"));
    const ChangeSet set = ChangeSet::compute(before, after, RuleEngine());
    QCOMPARE(set.designChanges.size(), 2);
    QCOMPARE(findingRules(set.findingsRemoved), QStringList {QStringLiteral("pcns.no-nmc")});
    QCOMPARE(set.findingsRemoved.front().because, (QList<int> {0, 1}));
    QCOMPARE(set.stats.secondPass, 1);
    QCOMPARE(set.stats.unexplained, 0);
}

void tst_DesignChanges::typeChangeReachesTheNeighbours()
{
    // An NMC that becomes a workstation: the agent's registration goes and it is linked to no NMC.
    const Design before = test::buildDesign(QStringLiteral("p:pcns x:nmc"), QStringLiteral("p-x"));
    Design after = before;
    Host host = *after.host(QStringLiteral("x"));
    host.type = QStringLiteral("workstation");
    after.setHost(after.hostIndex(QStringLiteral("x")), host);
    const ChangeSet set = ChangeSet::compute(before, after, RuleEngine());
    QCOMPARE(set.designChanges.size(), 1);
    QCOMPARE(set.designChanges.front().field, QStringLiteral("type"));
    QCOMPARE(causesOf(set, set.removed, QStringLiteral("p>x tcp 443 pcns.registration")), QList<int> {0});
    QCOMPARE(causesOf(set, set.added, QStringLiteral("x>p tcp 6547 pcns.web-ui")), QList<int> {0});
    QCOMPARE(findingCauses(set.findingsAdded, QStringLiteral("pcns.no-nmc")), QList<int> {0});
}

void tst_DesignChanges::zoneSubnetsCauseFindings()
{
    Design before = loadDesign(QStringLiteral("plant-before.json"));
    Design after = before;
    Zone zone = *after.zone(QStringLiteral("backup"));
    Subnet subnet;
    QVERIFY(Zone::parseSubnet(QStringLiteral("192.168.30.0/24"), &subnet));
    zone.subnets = {subnet};
    after.setZone(after.zoneIndex(QStringLiteral("backup")), zone);
    const ChangeSet set = ChangeSet::compute(before, after, RuleEngine());
    QCOMPARE(set.designChanges.size(), 1);
    QCOMPARE(set.designChanges.front().kindName(), QStringLiteral("zone-changed"));
    QCOMPARE(set.designChanges.front().field, QStringLiteral("subnets"));
    // SCADA-C and its PowerChute agent now lie outside their zone.
    QCOMPARE(set.findingsAdded.size(), 2);
    for (const FindingChange &change : set.findingsAdded) {
        QCOMPARE(change.finding.rule, QStringLiteral("design.address-outside-zone"));
        QCOMPARE(change.because, QList<int> {0});
    }
    QVERIFY(set.added.isEmpty() && set.removed.isEmpty() && set.changed.isEmpty());
}

void tst_DesignChanges::linksAreMatchedByTheirEnds()
{
    // The same link written the other way round, and a repeated link's parameters changed.
    const Design before = test::buildDesign(QStringLiteral("p:pcns n:nmc"), QStringLiteral("p-n p-n"));
    Design after = test::buildDesign(QStringLiteral("p:pcns n:nmc"), QString());
    after.addLink({QStringLiteral("n"), QStringLiteral("p"), {}, {}});
    after.addLink({QStringLiteral("p"), QStringLiteral("n"),
        QJsonObject {{QStringLiteral("note"), QStringLiteral("spare")}}, {}});
    const ChangeSet set = ChangeSet::compute(before, after, RuleEngine());
    QCOMPARE(set.designChanges.size(), 1);
    const DesignChange &change = set.designChanges.front();
    QCOMPARE(change.kindName(), QStringLiteral("link-changed"));
    QCOMPARE(change.occurrence, 1);
    QCOMPARE(change.toJson().value(QLatin1String("occurrence")).toInt(), 1);
    QVERIFY(set.isEmpty()); // a link's own parameters reach no rule
}

void tst_DesignChanges::cutDownTriesAgreeWithWholeDesign_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 4; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void tst_DesignChanges::cutDownTriesAgreeWithWholeDesign()
{
    // Random changes to a 200-host estate: each try derives only the part of the design a change
    // reaches, and checks it against the whole design; no try may need the whole design, and the
    // causes must be those that tries on the whole design give.
    QFETCH(int, seed);
    const Design before = generateEstate(200);
    Design after = before;
    std::mt19937 random(seed);
    const auto pick = [&random](qsizetype size) { return int(random() % size); };
    for (int step = 0; step < 12; ++step) {
        switch (pick(5)) {
        case 0: { // a link goes
            if (!after.links().isEmpty())
                after.removeLink(pick(after.links().size()));
            break;
        }
        case 1: { // a host goes, with its links
            const QString id = after.hosts().at(pick(after.hosts().size())).id;
            const QList<int> links = after.linksOf(id);
            for (qsizetype l = links.size() - 1; l >= 0; --l)
                after.removeLink(links.at(l));
            after.removeHost(after.hostIndex(id));
            break;
        }
        case 2: { // a workstation comes, linked to an agent
            for (int h = 0; h < after.hosts().size(); ++h) {
                const Host agent = after.hosts().at(h);
                if (agent.type == QLatin1String("pcns") && pick(4) == 0) {
                    Host workstation;
                    workstation.id = after.uniqueId(QStringLiteral("ws"));
                    workstation.type = QStringLiteral("workstation");
                    workstation.zone = agent.zone;
                    after.addHost(workstation);
                    after.addLink({workstation.id, agent.id, {}, {}});
                    break;
                }
            }
            break;
        }
        case 3: { // a parameter changes
            for (int h = pick(after.hosts().size()); h < after.hosts().size(); ++h) {
                Host host = after.hosts().at(h);
                if (host.type == QLatin1String("nmc")) {
                    host.params.insert(QStringLiteral("protocol"), QStringLiteral("http"));
                    after.setHost(h, host);
                    break;
                }
                if (host.type.startsWith(QLatin1String("clearscada"))) {
                    host.params.insert(QStringLiteral("port"), 5490);
                    after.setHost(h, host);
                    break;
                }
            }
            break;
        }
        default: { // a host moves to another zone
            const int h = pick(after.hosts().size());
            Host host = after.hosts().at(h);
            host.zone = after.zones().at(pick(after.zones().size())).id;
            after.setHost(h, host);
            break;
        }
        }
    }
    const RuleEngine engine;
    const ChangeSet local = ChangeSet::compute(before, after, engine);
    QVERIFY(!local.designChanges.isEmpty());
    QVERIFY(local.added.size() + local.removed.size() + local.changed.size() > 0);
    QVERIFY(local.stats.tests > 0);
    QCOMPARE(local.stats.wholeDesignDerivations, 0);
    const ChangeSet whole = ChangeSet::compute(before, after, engine, ChangeSet::Tries::WholeDesign);
    QCOMPARE(whole.stats.wholeDesignDerivations, whole.stats.tests);
    for (const auto &[mine, theirs] : {std::pair(&local.added, &whole.added),
             std::pair(&local.removed, &whole.removed), std::pair(&local.changed, &whole.changed)}) {
        QCOMPARE(mine->size(), theirs->size());
        for (qsizetype i = 0; i < mine->size(); ++i)
            QCOMPARE(mine->at(i).because, theirs->at(i).because);
    }
    for (const auto &[mine, theirs] : {std::pair(&local.findingsAdded, &whole.findingsAdded),
             std::pair(&local.findingsRemoved, &whole.findingsRemoved)}) {
        QCOMPARE(mine->size(), theirs->size());
        for (qsizetype i = 0; i < mine->size(); ++i)
            QCOMPARE(mine->at(i).because, theirs->at(i).because);
    }
}

QTEST_GUILESS_MAIN(tst_DesignChanges)
#include "tst_designchanges.moc"
