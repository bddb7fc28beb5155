// IncrementalDerivation against the whole derivation: random designs that use every product take
// thousands of random edits (hosts and links added and removed, links moved, parameters, zones,
// subnets and addresses changed, several at once), and after each the incremental result must
// equal RuleEngine::derive() of the edited design, flow for flow and finding for finding, and its
// flow changes must turn the old flows into the new ones.
//
// Seeded and reproducible: a failure prints the seed and the edit. PORTOLAN_RANDOM_SEED=N runs
// one seed; PORTOLAN_RANDOM_EDITS=N sets the edits per seed (600 by default: 2,400 in all).
#include "randomdesign.h"

#include "engine/incrementalderivation.h"
#include "engine/ruleengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace portolan;
using namespace portolan::test;

namespace {

QString flowText(const Design &design, const Flow &flow)
{
    const auto id = [&design](int host) {
        return host < 0                    ? QStringLiteral("any")
            : host < design.hosts().size() ? design.hosts().at(host).id
                                           : QStringLiteral("#%1").arg(host);
    };
    return QStringLiteral("%1>%2 %3 %4 %5 %6 [%7] %8")
        .arg(id(flow.source), id(flow.destination), protocolName(flow.protocol), flow.ports.toString(),
            flow.sourcePorts.toString(), actionName(flow.action), flow.rule, flow.notes);
}

/** Applies random edits to a design and says what each did, as an editor would. */
class Editor
{
public:
    Editor(const Catalog &catalog, RandomSource &random, Design *design)
        : m_catalog(catalog)
        , m_random(random)
        , m_design(*design)
    { }

    /// One random edit (or a few at once); returns its description.
    QString edit(EditLog *change)
    {
        if (m_random.chance(10)) {
            QStringList parts;
            const int count = 2 + m_random.below(3);
            for (int i = 0; i < count; ++i)
                parts.append(single(change));
            return parts.join(QStringLiteral("; "));
        }
        return single(change);
    }

private:
    QString single(EditLog *change)
    {
        const int roll = m_random.below(100);
        if (roll < 10 || m_design.hosts().size() < 4)
            return addHost(change);
        if (roll < 16)
            return removeHost(change);
        if (roll < 34)
            return addLink(change);
        if (roll < 46)
            return removeLink(change);
        if (roll < 52)
            return relink(change);
        if (roll < 72)
            return changeParam(change);
        if (roll < 78)
            return moveToZone(change);
        if (roll < 83)
            return changeAddress(change);
        if (roll < 87)
            return changeSubnets(change);
        if (roll < 90)
            return rename(change);
        if (roll < 93)
            return changeType(change);
        if (roll < 96)
            return addZone(change);
        return removeZone(change);
    }

    int anyHost() { return m_random.below(int(m_design.hosts().size())); }

    QString addHost(EditLog *change)
    {
        static const QStringList favoured
            = {QStringLiteral("clearscada-main"), QStringLiteral("clearscada-standby"),
                QStringLiteral("clearscada-dmz-standby"), QStringLiteral("vos-module"), QStringLiteral("ips"),
                QStringLiteral("sms-server"), QStringLiteral("nmc"), QStringLiteral("pcns")};
        const QString type
            = m_random.chance(60) ? m_random.pick(favoured) : m_random.pick(m_catalog.types()).id;
        const Host host = randomHost(m_catalog, m_random, m_design, type);
        const int index = m_random.chance(50) ? int(m_design.hosts().size())
                                              : m_random.below(int(m_design.hosts().size()) + 1);
        m_design.insertHost(index, host);
        change->hostInserted(index);
        QString text = QStringLiteral("add host %1 at %2").arg(host.id).arg(index);
        // Usually linked to a few hosts, as a user drops a host and links it.
        for (int l = m_random.below(3); l > 0; --l) {
            int other = anyHost();
            if (other != index && m_catalog.canLink(type, m_design.hosts().at(other).type)) {
                m_design.addLink({host.id, m_design.hosts().at(other).id, {}, {}});
                change->linkInserted(int(m_design.links().size() - 1));
                text += QStringLiteral(", linked to %1").arg(m_design.hosts().at(other).id);
            }
        }
        return text;
    }

    QString removeHost(EditLog *change)
    {
        const int index = anyHost();
        const QString id = m_design.hosts().at(index).id;
        const QList<int> links = m_design.linksOf(id);
        for (auto it = links.crbegin(); it != links.crend(); ++it) {
            m_design.removeLink(*it);
            change->linkRemoved(*it);
        }
        m_design.removeHost(index);
        change->hostRemoved(index);
        return QStringLiteral("remove host %1 at %2 with %3 links").arg(id).arg(index).arg(links.size());
    }

    QString addLink(EditLog *change)
    {
        int a = 0;
        int b = 0;
        const int kind = m_random.below(100);
        if (kind < 6 && !m_design.links().isEmpty()) {
            // The same two hosts again, in the other order: a repeated link.
            const Link link = m_random.pick(m_design.links());
            return insertLink({link.b, link.a, {}, {}}, change, QStringLiteral("repeat"));
        }
        if (kind < 10) {
            a = anyHost();
            b = anyHost();
            if (a == b)
                return QStringLiteral("nothing");
            return insertLink({m_design.hosts().at(a).id, m_design.hosts().at(b).id, {}, {}}, change,
                QStringLiteral("any"));
        }
        if (!randomLinkablePair(m_catalog, m_random, m_design, &a, &b))
            return QStringLiteral("nothing");
        return insertLink(
            {m_design.hosts().at(a).id, m_design.hosts().at(b).id, {}, {}}, change, QStringLiteral("link"));
    }

    QString insertLink(const Link &link, EditLog *change, const QString &what)
    {
        const int index = m_random.chance(70) ? int(m_design.links().size())
                                              : m_random.below(int(m_design.links().size()) + 1);
        m_design.insertLink(index, link);
        change->linkInserted(index);
        return QStringLiteral("%1 %2 - %3 at %4").arg(what, link.a, link.b).arg(index);
    }

    QString removeLink(EditLog *change)
    {
        if (m_design.links().isEmpty())
            return QStringLiteral("nothing");
        const int index = m_random.below(int(m_design.links().size()));
        const Link link = m_design.links().at(index);
        m_design.removeLink(index);
        change->linkRemoved(index);
        return QStringLiteral("remove link %1 - %2 at %3").arg(link.a, link.b).arg(index);
    }

    QString relink(EditLog *change)
    {
        if (m_design.links().isEmpty())
            return QStringLiteral("nothing");
        const int index = m_random.below(int(m_design.links().size()));
        Link link = m_design.links().at(index);
        const Host &moved = m_design.hosts().at(anyHost());
        if (moved.id == link.a || moved.id == link.b)
            return QStringLiteral("nothing");
        link.b = moved.id;
        m_design.setLink(index, link);
        change->linkChanged(index);
        return QStringLiteral("relink %1 to %2 - %3").arg(index).arg(link.a, link.b);
    }

    QString changeHost(int index, const Host &host, EditLog *change, const QString &what)
    {
        m_design.setHost(index, host);
        change->hostChanged(index);
        return QStringLiteral("%1 of %2").arg(what, host.id);
    }

    QString changeParam(EditLog *change)
    {
        // The parameters the rules read most: NMC protocol, VOS release and open servers, the
        // ClearSCADA port; and now and then any parameter of any host.
        static const QList<QPair<QString, QString>> favoured
            = {{QStringLiteral("nmc"), QStringLiteral("protocol")},
                {QStringLiteral("nmc"), QStringLiteral("port")},
                {QStringLiteral("vos-module"), QStringLiteral("release")},
                {QStringLiteral("vos-module"), QStringLiteral("max_open_server")},
                {QStringLiteral("vos-module"), QStringLiteral("system")},
                {QStringLiteral("clearscada-main"), QStringLiteral("port")},
                {QStringLiteral("clearscada-standby"), QStringLiteral("port")}};
        int index = anyHost();
        QString name;
        if (m_random.chance(70)) {
            const auto [type, param] = m_random.pick(favoured);
            for (int tries = 0; tries < 20; ++tries) {
                const int candidate = anyHost();
                if (m_design.hosts().at(candidate).type == type) {
                    index = candidate;
                    name = param;
                    break;
                }
            }
        }
        Host host = m_design.hosts().at(index);
        const HostType *type = m_catalog.type(host.type);
        if (name.isEmpty()) {
            if (type->params.isEmpty())
                return QStringLiteral("nothing");
            name = m_random.pick(type->params).name;
        }
        const int slot = type->paramIndex(name);
        if (m_random.chance(15)) {
            host.params.remove(name);
        } else {
            host.params.insert(name, randomParamValue(type->params.at(slot), m_random));
        }
        return changeHost(index, host, change,
            QStringLiteral("%1 = %2").arg(name,
                QString::fromUtf8(
                    QJsonDocument(QJsonArray {host.params.value(name)}).toJson(QJsonDocument::Compact))));
    }

    QString moveToZone(EditLog *change)
    {
        const int index = anyHost();
        Host host = m_design.hosts().at(index);
        host.zone = m_design.zones().isEmpty() || m_random.chance(15) ? QString()
                                                                      : m_random.pick(m_design.zones()).id;
        return changeHost(index, host, change, QStringLiteral("zone %1").arg(host.zone));
    }

    QString changeAddress(EditLog *change)
    {
        const int index = anyHost();
        Host host = m_design.hosts().at(index);
        const Host fresh = randomHost(m_catalog, m_random, m_design, host.type);
        host.address = fresh.address;
        return changeHost(index, host, change, QStringLiteral("address %1").arg(host.address.toString()));
    }

    QString rename(EditLog *change)
    {
        const int index = anyHost();
        Host host = m_design.hosts().at(index);
        host.name = m_random.chance(30) ? QString() : QStringLiteral("Renamed %1").arg(m_random.below(1000));
        return changeHost(index, host, change, QStringLiteral("name %1").arg(host.name));
    }

    QString changeType(EditLog *change)
    {
        // Not an edit the editor offers, but one the interface allows: the host becomes another
        // type and keeps its links, meaningful or not.
        const int index = anyHost();
        Host host = m_design.hosts().at(index);
        host.type = m_random.pick(m_catalog.types()).id;
        host.params = {};
        return changeHost(index, host, change, QStringLiteral("type %1").arg(host.type));
    }

    QString changeSubnets(EditLog *change)
    {
        if (m_design.zones().isEmpty())
            return QStringLiteral("nothing");
        const int index = m_random.below(int(m_design.zones().size()));
        Zone zone = m_design.zones().at(index);
        const int roll = m_random.below(3);
        if (roll == 0 && !zone.subnets.isEmpty())
            zone.subnets.removeLast();
        else if (roll == 1)
            zone.subnets.append({QHostAddress(QStringLiteral("192.168.%1.0").arg(m_random.below(256))), 24});
        else
            zone.subnets = {{QHostAddress(QStringLiteral("10.%1.0.0").arg(m_random.below(4))), 16}};
        m_design.setZone(index, zone);
        change->zoneChanged(index);
        return QStringLiteral("subnets of %1").arg(zone.id);
    }

    QString addZone(EditLog *change)
    {
        Zone zone;
        zone.id = m_design.uniqueId(QStringLiteral("z"));
        zone.name = QStringLiteral("New %1").arg(zone.id);
        if (m_random.chance(70))
            zone.subnets = {
                {QHostAddress(QStringLiteral("10.%1.%2.0").arg(m_random.below(8)).arg(m_random.below(256))),
                    24}};
        const int index = m_random.below(int(m_design.zones().size()) + 1);
        m_design.insertZone(index, zone);
        change->zoneInserted(index);
        return QStringLiteral("add zone %1 at %2").arg(zone.id).arg(index);
    }

    QString removeZone(EditLog *change)
    {
        if (m_design.zones().isEmpty())
            return QStringLiteral("nothing");
        const int index = m_random.below(int(m_design.zones().size()));
        const QString id = m_design.zones().at(index).id;
        // Its hosts stay, in no zone; or, now and then, keep naming a zone that is gone.
        const bool clear = m_random.chance(80);
        for (int h = 0; h < m_design.hosts().size() && clear; ++h) {
            if (m_design.hosts().at(h).zone != id)
                continue;
            Host host = m_design.hosts().at(h);
            host.zone.clear();
            m_design.setHost(h, host);
            change->hostChanged(h);
        }
        m_design.removeZone(index);
        change->zoneRemoved(index);
        return QStringLiteral("remove zone %1").arg(id);
    }

    const Catalog &m_catalog;
    RandomSource &m_random;
    Design &m_design;
};

} // namespace

class tst_IncrementalDerivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsWholeDerivation_data();
    void equalsWholeDerivation();
    void editOnEstateTouchesFewFlows();

private:
    static QString compare(const Design &design, const Derivation &incremental, const Derivation &whole);
};

void tst_IncrementalDerivation::equalsWholeDerivation_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("edits");
    const int edits = qEnvironmentVariableIsSet("PORTOLAN_RANDOM_EDITS")
        ? qEnvironmentVariableIntValue("PORTOLAN_RANDOM_EDITS")
        : 600;
    if (qEnvironmentVariableIsSet("PORTOLAN_RANDOM_SEED")) {
        const quint64 seed = qEnvironmentVariable("PORTOLAN_RANDOM_SEED").toULongLong();
        QTest::newRow("seed from the environment") << seed << 120 << edits;
        return;
    }
    QTest::newRow("small designs, seed 1") << quint64(1) << 25 << edits;
    QTest::newRow("seed 2") << quint64(2) << 120 << edits;
    QTest::newRow("seed 3") << quint64(3) << 160 << edits;
    QTest::newRow("seed 4") << quint64(4) << 80 << edits;
}

QString tst_IncrementalDerivation::compare(
    const Design &design, const Derivation &incremental, const Derivation &whole)
{
    if (incremental.flows != whole.flows) {
        const qsizetype count = qMin(incremental.flows.size(), whole.flows.size());
        qsizetype i = 0;
        while (i < count && incremental.flows.at(i) == whole.flows.at(i))
            ++i;
        return QStringLiteral(
            "flows differ at %1 of %2 (whole derivation has %3): incremental \"%4\", whole \"%5\"")
            .arg(i)
            .arg(incremental.flows.size())
            .arg(whole.flows.size())
            .arg(i < incremental.flows.size() ? flowText(design, incremental.flows.at(i))
                                              : QStringLiteral("(none)"),
                i < whole.flows.size() ? flowText(design, whole.flows.at(i)) : QStringLiteral("(none)"));
    }
    if (incremental.findings != whole.findings) {
        const qsizetype count = qMin(incremental.findings.size(), whole.findings.size());
        qsizetype i = 0;
        while (i < count && incremental.findings.at(i) == whole.findings.at(i))
            ++i;
        return QStringLiteral("findings differ at %1 (%2 against %3): incremental \"%4\", whole \"%5\"")
            .arg(i)
            .arg(incremental.findings.size())
            .arg(whole.findings.size())
            .arg(i < incremental.findings.size() ? incremental.findings.at(i).message
                                                 : QStringLiteral("(none)"),
                i < whole.findings.size() ? whole.findings.at(i).message : QStringLiteral("(none)"));
    }
    if (incremental.ephemeral != whole.ephemeral)
        return QStringLiteral("ephemeral ranges differ");
    return QString();
}

void tst_IncrementalDerivation::equalsWholeDerivation()
{
    QFETCH(quint64, seed);
    QFETCH(int, hosts);
    QFETCH(int, edits);
    const RuleEngine engine;
    RandomSource random(seed);
    Design design = randomDesign(engine.catalog(), random, hosts);
    IncrementalDerivation incremental(engine);
    incremental.reset(design);
    QCOMPARE(incremental.derivation().flows, engine.derive(design).flows);
    Editor editor(engine.catalog(), random, &design);
    for (int e = 0; e < edits; ++e) {
        const QList<Flow> before = incremental.derivation().flows;
        const Design old = design;
        const QList<Finding> findingsBefore = incremental.derivation().findings;
        EditLog change;
        const QString edit = editor.edit(&change);
        incremental.update(design, change);
        const Derivation whole = engine.derive(design);
        const QString problem = compare(design, incremental.derivation(), whole);
        if (!problem.isEmpty())
            QFAIL(
                qPrintable(QStringLiteral("seed %1, edit %2 (%3): %4").arg(seed).arg(e).arg(edit, problem)));
        // The flow changes turn the old list into the new one; the flows they leave alone
        // follow their hosts to new indexes when hosts come or go.
        QList<Flow> replayed;
        for (Flow flow : before) {
            const auto follow = [&](int *host) {
                if (*host >= 0)
                    *host = design.hostIndex(old.hosts().at(*host).id);
            };
            follow(&flow.source);
            follow(&flow.destination);
            replayed.append(flow);
        }
        int last = -1;
        for (const FlowSpan &span : incremental.flowChanges()) {
            if (span.first < last || span.first + span.removed > replayed.size()) {
                QFAIL(qPrintable(
                    QStringLiteral("seed %1, edit %2 (%3): flow change at %4 out of order or range")
                        .arg(seed)
                        .arg(e)
                        .arg(edit)
                        .arg(span.first)));
            }
            replayed = replayed.mid(0, span.first) + whole.flows.mid(span.first, span.inserted)
                + replayed.mid(span.first + span.removed);
            last = span.first + span.inserted;
        }
        if (replayed != whole.flows)
            QFAIL(
                qPrintable(QStringLiteral("seed %1, edit %2 (%3): the flow changes do not give the new flows")
                               .arg(seed)
                               .arg(e)
                               .arg(edit)));
        if (!incremental.findingsChanged() && findingsBefore != whole.findings)
            QFAIL(qPrintable(QStringLiteral("seed %1, edit %2 (%3): findings changed unannounced")
                                 .arg(seed)
                                 .arg(e)
                                 .arg(edit)));
    }
}

void tst_IncrementalDerivation::editOnEstateTouchesFewFlows()
{
    // A parameter change of one VOS module in a plant cell replaces the flows of that cell's
    // hosts only, in place.
    const RuleEngine engine;
    RandomSource random(7);
    Design design = randomDesign(engine.catalog(), random, 400);
    IncrementalDerivation incremental(engine);
    incremental.reset(design);
    const qsizetype total = incremental.derivation().flows.size();
    int module = 0;
    while (design.hosts().at(module).type != QLatin1String("vos-module"))
        ++module;
    Host host = design.hosts().at(module);
    host.params.insert(QStringLiteral("telnet"), !host.params.value(QStringLiteral("telnet")).toBool(true));
    design.setHost(module, host);
    EditLog change;
    change.hostChanged(module);
    incremental.update(design, change);
    QCOMPARE(incremental.derivation().flows, engine.derive(design).flows);
    qsizetype touched = 0;
    for (const FlowSpan &span : incremental.flowChanges())
        touched += span.removed;
    QVERIFY2(touched > 0, "the change shows in the flows");
    QVERIFY2(
        touched < total / 10, qPrintable(QStringLiteral("%1 of %2 flows replaced").arg(touched).arg(total)));
}

QTEST_GUILESS_MAIN(tst_IncrementalDerivation)
#include "tst_incrementalderivation.moc"
