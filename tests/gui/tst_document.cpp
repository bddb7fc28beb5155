// The editor's Document: its change signals, and what replacing the design does.
#include "document.h"

#include "storage/revisioninfo.h"

#include <QSignalSpy>
#include <QTest>

using namespace portolan;

namespace {

/// A design as the document holds it once opened: whatever had no place arranged.
Design placed(const Design &design)
{
    return AutoLayout::hasUnplaced(design)
        ? AutoLayout::applied(design, *AutoLayout::arrange(design, AutoLayout::Mode::KeepSet))
        : design;
}

} // namespace

namespace {

/// Two hosts in a zone, linked.
Design smallDesign()
{
    Design design;
    Zone zone;
    zone.id = QStringLiteral("ot");
    zone.area = QRectF(0, 0, 400, 300);
    design.addZone(zone);
    for (const char *id : {"ws-1", "dns-1"}) {
        Host host;
        host.id = QLatin1String(id);
        host.type = QLatin1String(id).startsWith(QLatin1String("ws")) ? QStringLiteral("workstation")
                                                                      : QStringLiteral("dns-server");
        host.zone = zone.id;
        design.addHost(host);
    }
    design.addLink({QStringLiteral("ws-1"), QStringLiteral("dns-1"), {}, {}});
    return design;
}

} // namespace

class tst_Document : public QObject
{
    Q_OBJECT

private slots:
    void removalsAreAnnouncedBeforeAndAfter();
    void resetAndRevisionReplaceTheDesign();
    void addHostJoinsTheZoneUnderIt();
    void addLinkSaysWhatItMeansOrWhyNot();
    void addZoneAndRemoveItemsAreOneStepEach();
    void operationsRefuseARevision();
    void findHostByNameIdOrAddress();
    void removeLinksByTheirEnds();
};

void tst_Document::removalsAreAnnouncedBeforeAndAfter()
{
    Document document;
    document.resetDesign(smallDesign());
    QStringList events;
    // Before a removal the object is still in the design; after it, it is gone.
    connect(&document, &Document::hostAboutToBeRemoved, this, [&](const QString &id) {
        events << QStringLiteral("host about %1 %2").arg(id).arg(document.design().hostIndex(id));
    });
    connect(&document, &Document::hostRemoved, this, [&](const QString &id) {
        events << QStringLiteral("host removed %1 %2").arg(id).arg(document.design().hostIndex(id));
    });
    connect(&document, &Document::linkAboutToBeRemoved, this, [&](int index) {
        events << QStringLiteral("link about %1 of %2").arg(index).arg(document.design().links().size());
    });
    connect(&document, &Document::linkRemoved, this, [&](int index) {
        events << QStringLiteral("link removed %1 of %2").arg(index).arg(document.design().links().size());
    });
    connect(&document, &Document::zoneAboutToBeRemoved, this, [&](const QString &id) {
        events << QStringLiteral("zone about %1 %2").arg(id).arg(document.design().zoneIndex(id));
    });
    connect(&document, &Document::zoneRemoved, this, [&](const QString &id) {
        events << QStringLiteral("zone removed %1 %2").arg(id).arg(document.design().zoneIndex(id));
    });

    document.removeLink(0);
    document.removeHost(QStringLiteral("dns-1"));
    document.removeZone(QStringLiteral("ot"));
    QCOMPARE(events,
        QStringList({QStringLiteral("link about 0 of 1"), QStringLiteral("link removed 0 of 0"),
            QStringLiteral("host about dns-1 1"), QStringLiteral("host removed dns-1 -1"),
            QStringLiteral("zone about ot 0"), QStringLiteral("zone removed ot -1")}));
}

void tst_Document::resetAndRevisionReplaceTheDesign()
{
    Document document;
    QSignalSpy resets(&document, &Document::designReset);
    QSignalSpy paths(&document, &Document::filePathChanged);
    document.resetDesign(smallDesign(), QStringLiteral("/plans/plant.json"), Document::Format::Json);
    document.removeHost(QStringLiteral("ws-1"));
    document.undoStack()->resetClean();
    QVERIFY(document.isModified());

    ProjectRevision revision;
    revision.design = smallDesign();
    revision.design.name = QStringLiteral("Plant, revision 3");
    revision.info.number = 3;
    document.showRevision(revision, QStringLiteral("/plans/plant.portolan"));
    QVERIFY(document.isReadOnly());
    QCOMPARE(document.revision(), 3);
    QCOMPARE(document.format(), Document::Format::Project);
    QCOMPARE(document.filePath(), QStringLiteral("/plans/plant.portolan"));
    QVERIFY(!document.isModified());
    QVERIFY(document.design() == placed(revision.design));
    QCOMPARE(document.derivedDesign().name, revision.design.name); // derived at once

    // Reset leaves the revision: editable again, with no file the format goes with it.
    document.resetDesign(smallDesign());
    QVERIFY(!document.isReadOnly());
    QCOMPARE(document.revision(), 0);
    QCOMPARE(document.format(), Document::Format::None);
    QVERIFY(document.filePath().isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(resets.count(), 3);
    QCOMPARE(paths.count(), 3);
}

void tst_Document::addHostJoinsTheZoneUnderIt()
{
    Document document;
    document.resetDesign(smallDesign());
    QString message;
    const QString inside = document.addHost(QStringLiteral("ntp-server"), QPointF(99.6, 120.2), &message);
    QCOMPARE(inside, QStringLiteral("ntp-server-1"));
    QCOMPARE(message, QStringLiteral("Added NTP server to ot."));
    const Host *host = document.design().host(inside);
    QCOMPARE(host->zone, QStringLiteral("ot"));
    QCOMPARE(host->position, QPointF(100, 120)); // whole canvas units
    QVERIFY(host->hasPosition);
    QCOMPARE(host->name, inside);

    const QString outside = document.addHost(QStringLiteral("ntp-server"), QPointF(900, 900), &message);
    QCOMPARE(outside, QStringLiteral("ntp-server-2"));
    QCOMPARE(message, QStringLiteral("Added NTP server."));
    QVERIFY(document.design().host(outside)->zone.isEmpty());

    QVERIFY(document.addHost(QStringLiteral("toaster"), QPointF(), &message).isEmpty());
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QVERIFY(!document.design().host(outside));
}

void tst_Document::addLinkSaysWhatItMeansOrWhyNot()
{
    Document document;
    Design design = smallDesign();
    design.removeLink(0);
    Host sms;
    sms.id = QStringLiteral("sms-1");
    sms.type = QStringLiteral("sms-server");
    design.addHost(sms);
    document.resetDesign(design);

    QString message;
    QVERIFY(!document.addLink(QStringLiteral("ws-1"), QStringLiteral("dns-1"), &message));
    QCOMPARE(message,
        QStringLiteral(
            "A Workstation cannot be linked to a DNS server: the catalog gives the pair no meaning."));
    QVERIFY(document.addLink(QStringLiteral("dns-1"), QStringLiteral("sms-1"), &message));
    QVERIFY2(message.startsWith(QStringLiteral("Linked dns-1 and sms-1: ")), qPrintable(message));
    QVERIFY(!document.addLink(QStringLiteral("sms-1"), QStringLiteral("dns-1"), &message));
    QCOMPARE(message, QStringLiteral("sms-1 and dns-1 are already linked."));
    QVERIFY(!document.addLink(QStringLiteral("sms-1"), QStringLiteral("sms-1"), &message));
    QVERIFY(!document.addLink(QStringLiteral("sms-1"), QStringLiteral("gone"), &message));
    QCOMPARE(document.design().links().size(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
}

void tst_Document::addZoneAndRemoveItemsAreOneStepEach()
{
    Document document;
    const Design before = smallDesign();
    document.resetDesign(before);
    const QString zone = document.addZone(QRectF(500, 0, 400, 260));
    QCOMPARE(zone, QStringLiteral("zone-1"));
    QCOMPARE(document.design().zone(zone)->name, QStringLiteral("New zone 1"));
    QCOMPARE(document.design().zone(zone)->area, QRectF(500, 0, 400, 260));
    // A new zone starts empty, whatever lies under it.
    QCOMPARE(document.design().hosts().size(), before.hosts().size());
    QVERIFY(!before.hosts().isEmpty());
    for (const Host &host : document.design().hosts())
        QCOMPARE(host.zone, QStringLiteral("ot"));

    QVERIFY(document.removeItems({QStringLiteral("ws-1")}, {}, {QStringLiteral("ot")}));
    QVERIFY(!document.design().host(QStringLiteral("ws-1")));
    QVERIFY(document.design().links().isEmpty());
    QVERIFY(document.design().host(QStringLiteral("dns-1"))->zone.isEmpty());
    QVERIFY(!document.removeItems({QStringLiteral("ws-1")}, {}, {})); // nothing of it is left
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(document.design() == placed(before));
}

void tst_Document::operationsRefuseARevision()
{
    Document document;
    ProjectRevision revision;
    revision.design = smallDesign();
    revision.info.number = 1;
    document.showRevision(revision, QStringLiteral("plant.portolan"));
    QString message;
    QVERIFY(document.addHost(QStringLiteral("ntp-server"), QPointF(10, 10), &message).isEmpty());
    QVERIFY(!document.addLink(QStringLiteral("ws-1"), QStringLiteral("dns-1"), &message));
    QVERIFY(document.addZone(QRectF(0, 0, 100, 100)).isEmpty());
    QVERIFY(!document.removeItems({QStringLiteral("ws-1")}, {}, {}));
    Design fragment;
    Host copy;
    copy.id = QStringLiteral("dns-9");
    copy.type = QStringLiteral("dns-server");
    fragment.addHost(copy);
    QVERIFY(!document.addFragment(fragment));
    QVERIFY(document.design() == placed(revision.design));
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_Document::findHostByNameIdOrAddress()
{
    Design design = smallDesign();
    Host named = *design.host(QStringLiteral("dns-1"));
    named.name = QStringLiteral("Resolver East");
    named.address = QHostAddress(QStringLiteral("10.0.0.53"));
    design.setHost(design.hostIndex(named.id), named);
    Document document;
    document.resetDesign(design);
    QCOMPARE(document.findHost(QStringLiteral("resolver east")), QStringLiteral("dns-1"));
    QCOMPARE(document.findHost(QStringLiteral("ws-1")), QStringLiteral("ws-1"));
    QCOMPARE(document.findHost(QStringLiteral("10.0.0.53")), QStringLiteral("dns-1"));
    QCOMPARE(document.findHost(QStringLiteral("east")), QStringLiteral("dns-1"));
    QVERIFY(document.findHost(QStringLiteral("west")).isEmpty());
}

void tst_Document::removeLinksByTheirEnds()
{
    // Hosts h0..h11 in a ring, each linked to the next; h0-h1 linked twice (a repeated link).
    Design design;
    for (int i = 0; i < 12; ++i) {
        Host host;
        host.id = QStringLiteral("h%1").arg(i);
        host.type = QStringLiteral("workstation");
        design.addHost(host);
    }
    for (int i = 0; i < 12; ++i)
        design.addLink({QStringLiteral("h%1").arg(i), QStringLiteral("h%1").arg((i + 1) % 12), {}, {}});
    design.addLink({QStringLiteral("h1"), QStringLiteral("h0"), {}, {}});
    const auto ends = [](const Document &document) {
        QStringList list;
        for (const Link &link : document.design().links())
            list.append(link.a + QLatin1Char('-') + link.b);
        return list;
    };

    // A pair names the links between its hosts whichever way round, repeated ones included.
    Document few;
    few.resetDesign(design);
    QVERIFY(few.removeItems({}, {{QStringLiteral("h0"), QStringLiteral("h1")}}, {}));
    QCOMPARE(few.design().links().size(), 11);
    QVERIFY(!ends(few).contains(QStringLiteral("h0-h1")));
    QVERIFY(!ends(few).contains(QStringLiteral("h1-h0")));
    QVERIFY(ends(few).contains(QStringLiteral("h11-h0")));
    // A pair of hosts not linked removes nothing.
    QVERIFY(!few.removeItems({}, {{QStringLiteral("h0"), QStringLiteral("h5")}}, {}));

    // Many pairs at once (every other link of the ring, given from the second end).
    Document many;
    many.resetDesign(design);
    QList<QPair<QString, QString>> pairs;
    for (int i = 0; i < 12; i += 2)
        pairs.append({QStringLiteral("h%1").arg(i + 1), QStringLiteral("h%1").arg(i)});
    pairs.append({QStringLiteral("h3"), QStringLiteral("h9")}); // not linked
    pairs.append({QStringLiteral("h2"), QStringLiteral("h1")});
    pairs.append({QStringLiteral("h4"), QStringLiteral("h3")});
    QCOMPARE(pairs.size(), 9);
    QVERIFY(many.removeItems({}, pairs, {}));
    QCOMPARE(ends(many),
        QStringList({QStringLiteral("h5-h6"), QStringLiteral("h7-h8"), QStringLiteral("h9-h10"),
            QStringLiteral("h11-h0")}));
    many.undoStack()->undo();
    QCOMPARE(many.design().links().size(), 13);
}

QTEST_MAIN(tst_Document)
#include "tst_document.moc"
