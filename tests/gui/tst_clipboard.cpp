// The clipboard class on its own, with a document and its canvas: what a copy puts on the system
// clipboard, and what cut and paste do to the design, the selection and the undo history.
#include "clipboard.h"
#include "designscene.h"
#include "document.h"
#include "hostitem.h"
#include "zoneitem.h"

#include "io/designjson.h"
#include "storage/revisioninfo.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace portolan;

namespace {

Host host(const char *id, const char *type, const char *zone, const QPointF *position = nullptr)
{
    Host host;
    host.id = QLatin1String(id);
    host.type = QLatin1String(type);
    host.zone = QLatin1String(zone);
    if (position) {
        host.position = *position;
        host.hasPosition = true;
    }
    return host;
}

/// Zone "ot" with an NMC and a PowerChute agent linked, and a workstation in "it"; the agent has
/// no coordinates, so the canvas places it.
Design plant()
{
    Design design;
    Zone ot;
    ot.id = QStringLiteral("ot");
    ot.name = QStringLiteral("Control");
    ot.area = QRectF(0, 0, 500, 300);
    Zone it;
    it.id = QStringLiteral("it");
    it.area = QRectF(600, 0, 400, 300);
    design.addZone(ot);
    design.addZone(it);
    const QPointF nmc(100, 100);
    const QPointF ws(700, 100);
    design.addHost(host("nmc-1", "nmc", "ot", &nmc));
    design.addHost(host("pcns-1", "pcns", "ot"));
    design.addHost(host("workstation-1", "workstation", "it", &ws));
    design.addLink({QStringLiteral("pcns-1"), QStringLiteral("nmc-1"), {}, {}});
    design.addLink({QStringLiteral("workstation-1"), QStringLiteral("pcns-1"), {}, {}});
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

class tst_Clipboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void copyPutsTheSelectionOnTheClipboard();
    void pasteAddsFreshCopiesAsOneStep();
    void pasteIntoTheSameDesignKeepsZonesLeftBehind();
    void cutIsCopyThenDelete();
    void nothingSelectedOrReadOnlyChangesNothing();
    void foreignClipboardIsNotPasted();
};

void tst_Clipboard::init()
{
    QGuiApplication::clipboard()->clear();
}

void tst_Clipboard::copyPutsTheSelectionOnTheClipboard()
{
    Document document;
    document.resetDesign(plant());
    DesignScene scene(&document);
    Clipboard clipboard(&document, &scene);
    QSignalSpy status(&clipboard, &Clipboard::statusMessage);

    scene.selectHosts({QStringLiteral("nmc-1"), QStringLiteral("pcns-1")});
    scene.zoneItem(QStringLiteral("ot"))->setSelected(true);
    const QPointF drawnAt = scene.hostItem(QStringLiteral("pcns-1"))->pos();
    QVERIFY(clipboard.copy());
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().first().toString(), QStringLiteral("Copied 3 items."));
    QVERIFY(clipboard.canPaste());

    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data->hasFormat(Clipboard::MimeType));
    QCOMPARE(data->text().toUtf8(), data->data(Clipboard::MimeType));
    Design copied;
    QString error;
    QVERIFY2(DesignJson::read(data->data(Clipboard::MimeType), document.catalog(), &copied, &error),
        qPrintable(error));
    QCOMPARE(copied.zones().size(), 1);
    QCOMPARE(hostIds(copied), QStringList({QStringLiteral("nmc-1"), QStringLiteral("pcns-1")}));
    // Only the link between two copied hosts; the host placed by the canvas is copied where it is drawn.
    QCOMPARE(copied.links().size(), 1);
    QVERIFY(copied.host(QStringLiteral("pcns-1"))->hasPosition);
    QCOMPARE(copied.host(QStringLiteral("pcns-1"))->position, drawnAt);
    QVERIFY(document.undoStack()->count() == 0); // copying changes nothing
}

void tst_Clipboard::pasteAddsFreshCopiesAsOneStep()
{
    Document document;
    document.resetDesign(plant());
    DesignScene scene(&document);
    Clipboard clipboard(&document, &scene);
    scene.selectHosts({QStringLiteral("nmc-1"), QStringLiteral("pcns-1")});
    scene.zoneItem(QStringLiteral("ot"))->setSelected(true);
    QVERIFY(clipboard.copy());
    const Design before = document.design();

    QSignalSpy status(&clipboard, &Clipboard::statusMessage);
    QVERIFY(clipboard.paste());
    QCOMPARE(status.first().first().toString(), QStringLiteral("Pasted 3 items."));
    const Design &design = document.design();
    QCOMPARE(hostIds(design),
        QStringList({QStringLiteral("nmc-1"), QStringLiteral("pcns-1"), QStringLiteral("workstation-1"),
            QStringLiteral("nmc-2"), QStringLiteral("pcns-2")}));
    const Zone *zone = design.zone(QStringLiteral("ot-1"));
    QVERIFY(zone);
    QCOMPARE(zone->area, QRectF(40, 40, 500, 300));
    QCOMPARE(design.host(QStringLiteral("nmc-2"))->zone, QStringLiteral("ot-1"));
    QCOMPARE(design.host(QStringLiteral("nmc-2"))->position, QPointF(140, 140));
    QVERIFY(document.linkIndex(QStringLiteral("nmc-2"), QStringLiteral("pcns-2")) >= 0);
    QCOMPARE(design.links().size(), 3);
    // What was pasted is selected, ready to be moved.
    QCOMPARE(scene.selectedHostIds(), QStringList({QStringLiteral("nmc-2"), QStringLiteral("pcns-2")}));
    QCOMPARE(scene.selectedZoneIds(), QStringList({QStringLiteral("ot-1")}));

    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.design() == before);

    // Pasting again gives the next free ids.
    QVERIFY(clipboard.paste());
    QVERIFY(clipboard.paste());
    QVERIFY(document.design().host(QStringLiteral("nmc-3")));
    QVERIFY(document.design().zone(QStringLiteral("ot-2")));
}

void tst_Clipboard::pasteIntoTheSameDesignKeepsZonesLeftBehind()
{
    Document document;
    document.resetDesign(plant());
    DesignScene scene(&document);
    Clipboard clipboard(&document, &scene);
    scene.selectHosts({QStringLiteral("workstation-1")});
    QVERIFY(clipboard.copy());
    QVERIFY(clipboard.paste());
    const Host *copy = document.design().host(QStringLiteral("workstation-2"));
    QVERIFY(copy);
    QCOMPARE(copy->zone, QStringLiteral("it"));
    QVERIFY(copy->extra.isEmpty());

    // In another design without that zone, it is in no zone.
    Document other;
    DesignScene otherScene(&other);
    Clipboard otherClipboard(&other, &otherScene);
    QVERIFY(otherClipboard.paste());
    QCOMPARE(hostIds(other.design()), QStringList({QStringLiteral("workstation-1")}));
    QVERIFY(other.design().hosts().at(0).zone.isEmpty());
}

void tst_Clipboard::cutIsCopyThenDelete()
{
    Document document;
    document.resetDesign(plant());
    DesignScene scene(&document);
    Clipboard clipboard(&document, &scene);
    const Design before = document.design();
    scene.selectHosts({QStringLiteral("pcns-1")});
    QVERIFY(clipboard.cut());
    QVERIFY(!document.design().host(QStringLiteral("pcns-1")));
    QVERIFY(document.design().links().isEmpty()); // its links went with it
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.design() == before);

    // What was cut pastes back, as a copy.
    QVERIFY(clipboard.paste());
    QVERIFY(document.design().host(QStringLiteral("pcns-2")));
}

void tst_Clipboard::nothingSelectedOrReadOnlyChangesNothing()
{
    Document document;
    document.resetDesign(plant());
    DesignScene scene(&document);
    Clipboard clipboard(&document, &scene);
    QVERIFY(!clipboard.copy());
    QVERIFY(!clipboard.cut());
    QVERIFY(!clipboard.canPaste());
    QVERIFY(!clipboard.paste());

    scene.selectHosts({QStringLiteral("nmc-1")});
    QVERIFY(clipboard.copy());
    ProjectRevision revision;
    revision.design = plant();
    revision.info.number = 2;
    document.showRevision(revision, QStringLiteral("plant.portolan"));
    const Design shown = document.design(); // the revision, with a place for every host
    scene.selectHosts({QStringLiteral("nmc-1")});
    QVERIFY(!clipboard.paste());
    QVERIFY(!clipboard.cut());
    QVERIFY(document.design() == shown);
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_Clipboard::foreignClipboardIsNotPasted()
{
    Document document;
    document.resetDesign(plant());
    const Design before = document.design(); // the plant, with a place for every host
    DesignScene scene(&document);
    Clipboard clipboard(&document, &scene);
    QGuiApplication::clipboard()->setText(QStringLiteral("{\"hosts\": []}"));
    QVERIFY(!clipboard.canPaste());
    QVERIFY(!clipboard.paste());

    // Our type, but not a design this catalog reads: refused with the reason.
    auto *data = new QMimeData;
    data->setData(Clipboard::MimeType, "{\"hosts\": [{\"id\": \"x\", \"type\": \"toaster\"}]}");
    QGuiApplication::clipboard()->setMimeData(data);
    QSignalSpy status(&clipboard, &Clipboard::statusMessage);
    QVERIFY(!clipboard.paste());
    QCOMPARE(status.count(), 1);
    QVERIFY2(status.first().first().toString().startsWith(QStringLiteral("Cannot paste: ")),
        qPrintable(status.first().first().toString()));
    QVERIFY(document.design() == before);
}

QTEST_MAIN(tst_Clipboard)
#include "tst_clipboard.moc"
