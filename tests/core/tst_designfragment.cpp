// Copy and paste of part of a design as plain functions: what a copy holds, and how a paste
// gives it fresh ids that the links and zone memberships follow.
#include "model/designfragment.h"

#include <QtTest>

using namespace portolan;

namespace {

Host host(const char *id, const char *zone, const QString &name = QString())
{
    Host host;
    host.id = QLatin1String(id);
    host.type = QStringLiteral("nmc");
    host.zone = QLatin1String(zone);
    host.name = name;
    host.position = QPointF(100, 200);
    host.hasPosition = true;
    return host;
}

/// Zones "ot" and "it"; nmc-1 and nmc-2 in ot, pcns-1 in it; links nmc-1 - nmc-2 and nmc-2 - pcns-1.
Design plant()
{
    Design design;
    for (const char *id : {"ot", "it"}) {
        Zone zone;
        zone.id = QLatin1String(id);
        zone.area = QRectF(0, 0, 300, 200);
        design.addZone(zone);
    }
    design.addHost(host("nmc-1", "ot", QStringLiteral("UPS A")));
    design.addHost(host("nmc-2", "ot"));
    design.addHost(host("pcns-1", "it"));
    design.addLink({QStringLiteral("nmc-1"), QStringLiteral("nmc-2"), {}, {}});
    design.addLink({QStringLiteral("nmc-2"), QStringLiteral("pcns-1"), {}, {}});
    return design;
}

QStringList hostIds(const Design &design)
{
    QStringList ids;
    for (const Host &host : design.hosts())
        ids << host.id;
    return ids;
}

} // namespace

class tst_DesignFragment : public QObject
{
    Q_OBJECT

private slots:
    void extractKeepsLinksBetweenCopiedHosts();
    void extractRemembersZonesLeftBehind();
    void remapGivesFreshIdsThatLinksFollow();
    void remapPutsHostsBackInZonesLeftBehind();
    void idPrefixes_data();
    void idPrefixes();
};

void tst_DesignFragment::extractKeepsLinksBetweenCopiedHosts()
{
    const Design fragment = extractFragment(plant(),
        {QStringLiteral("nmc-2"), QStringLiteral("nmc-1"), QStringLiteral("gone")}, {QStringLiteral("ot")});
    QCOMPARE(fragment.zones().size(), 1);
    QCOMPARE(fragment.zones().at(0).id, QStringLiteral("ot"));
    // In the order given; an unknown id is skipped.
    QCOMPARE(hostIds(fragment), QStringList({QStringLiteral("nmc-2"), QStringLiteral("nmc-1")}));
    // nmc-2 - pcns-1 stays behind with pcns-1.
    QCOMPARE(fragment.links().size(), 1);
    QCOMPARE(fragment.links().at(0).a, QStringLiteral("nmc-1"));
    QCOMPARE(fragment.links().at(0).b, QStringLiteral("nmc-2"));
    // Their zone was copied with them: they stay in it, with nothing remembered.
    QCOMPARE(fragment.hosts().at(0).zone, QStringLiteral("ot"));
    QVERIFY(!fragment.hosts().at(0).extra.contains(FragmentLeftZoneKey));
}

void tst_DesignFragment::extractRemembersZonesLeftBehind()
{
    const Design fragment = extractFragment(plant(), {QStringLiteral("pcns-1")}, {});
    QVERIFY(fragment.zones().isEmpty());
    QCOMPARE(fragment.hosts().size(), 1);
    QVERIFY(fragment.hosts().at(0).zone.isEmpty());
    QCOMPARE(fragment.hosts().at(0).extra.value(FragmentLeftZoneKey).toString(), QStringLiteral("it"));
    QVERIFY(fragment.links().isEmpty());
}

void tst_DesignFragment::remapGivesFreshIdsThatLinksFollow()
{
    const Design design = plant();
    const Design copied
        = extractFragment(design, {QStringLiteral("nmc-1"), QStringLiteral("nmc-2")}, {QStringLiteral("ot")});
    const Design pasted = remapFragment(copied, design, QPointF(40, 40));

    QCOMPARE(pasted.zones().size(), 1);
    QCOMPARE(pasted.zones().at(0).id, QStringLiteral("ot-1"));
    QCOMPARE(pasted.zones().at(0).area, QRectF(40, 40, 300, 200));
    // Fresh ids from each old id's prefix, none taken twice.
    QCOMPARE(hostIds(pasted), QStringList({QStringLiteral("nmc-3"), QStringLiteral("nmc-4")}));
    QCOMPARE(pasted.hosts().at(0).zone, QStringLiteral("ot-1"));
    QCOMPARE(pasted.hosts().at(1).zone, QStringLiteral("ot-1"));
    QCOMPARE(pasted.hosts().at(0).position, QPointF(140, 240));
    // A name of its own says it is a copy; a host named by its id is named by its new id.
    QCOMPARE(pasted.hosts().at(0).name, QStringLiteral("UPS A (copy)"));
    QCOMPARE(pasted.hosts().at(1).name, QStringLiteral("nmc-4"));
    QCOMPARE(pasted.links().size(), 1);
    QCOMPARE(pasted.links().at(0).a, QStringLiteral("nmc-3"));
    QCOMPARE(pasted.links().at(0).b, QStringLiteral("nmc-4"));

    // Pasting the same again takes the next free ids.
    Design target = design;
    for (const Zone &zone : pasted.zones())
        target.addZone(zone);
    for (const Host &host : pasted.hosts())
        target.addHost(host);
    QCOMPARE(hostIds(remapFragment(copied, target, QPointF())),
        QStringList({QStringLiteral("nmc-5"), QStringLiteral("nmc-6")}));
}

void tst_DesignFragment::remapPutsHostsBackInZonesLeftBehind()
{
    const Design design = plant();
    const Design copied = extractFragment(design, {QStringLiteral("pcns-1")}, {});
    const Design here = remapFragment(copied, design, QPointF(40, 40));
    QCOMPARE(here.hosts().at(0).id, QStringLiteral("pcns-2"));
    QCOMPARE(here.hosts().at(0).zone, QStringLiteral("it"));
    QVERIFY(!here.hosts().at(0).extra.contains(FragmentLeftZoneKey));

    // In a design without that zone, the host is in no zone.
    const Design elsewhere = remapFragment(copied, Design(), QPointF());
    QCOMPARE(elsewhere.hosts().at(0).id, QStringLiteral("pcns-1"));
    QVERIFY(elsewhere.hosts().at(0).zone.isEmpty());
    QVERIFY(elsewhere.hosts().at(0).extra.isEmpty());
}

void tst_DesignFragment::idPrefixes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("numbered") << "nmc-12"
                              << "nmc";
    QTest::newRow("dashes inside") << "sms-server-3"
                                   << "sms-server";
    QTest::newRow("no number") << "scada-a"
                               << "scada-a";
    QTest::newRow("bare") << "gateway"
                          << "gateway";
    QTest::newRow("leading dash") << "-4"
                                  << "-4";
}

void tst_DesignFragment::idPrefixes()
{
    QFETCH(QString, id);
    QFETCH(QString, prefix);
    QCOMPARE(idPrefix(id), prefix);
}

QTEST_GUILESS_MAIN(tst_DesignFragment)
#include "tst_designfragment.moc"
