// The editor's Document: its change signals, and what replacing the design does.
#include "document.h"

#include "storage/revisioninfo.h"

#include <QSignalSpy>
#include <QTest>

using namespace portolan;

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
    QVERIFY(document.design() == revision.design);
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

QTEST_MAIN(tst_Document)
#include "tst_document.moc"
