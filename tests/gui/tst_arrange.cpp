// Automatic layout in the editor: a design without coordinates opens placed, Design > Arrange and
// Arrange All are one undo step each, and undo puts every zone and host back.
#include "arrangejob.h"
#include "backgroundjob.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "estategenerator.h"
#include "hostitem.h"
#include "mainwindow.h"
#include "zoneitem.h"

#include "layout/placement.h"

#include <QAction>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace portolan;

namespace {

/// The estate as an inventory gives it: the same hosts and zones, no coordinates, no zone areas.
Design estateWithoutCoordinates(int hosts)
{
    Design design = generateEstate(hosts);
    for (int i = 0; i < design.zones().size(); ++i) {
        Zone zone = design.zones().at(i);
        zone.area = QRectF();
        design.setZone(i, zone);
    }
    for (int i = 0; i < design.hosts().size(); ++i) {
        Host host = design.hosts().at(i);
        host.hasPosition = false;
        host.position = QPointF();
        design.setHost(i, host);
    }
    return design;
}

/// Every host's coordinates and every zone's area, to compare before and after.
QList<QRectF> places(const Design &design)
{
    QList<QRectF> rects;
    for (const Host &host : design.hosts())
        rects.append(host.hasPosition ? Placement::hostRect(host.position) : QRectF());
    for (const Zone &zone : design.zones())
        rects.append(zone.area);
    return rects;
}

} // namespace

class tst_Arrange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void estateWithoutCoordinatesOpensPlaced();
    void arrangeAllIsOneUndoStep();
    void arrangeKeepsSetPlaces();
    void arrangeLeavesTheWindowLive();
    void cancelledArrangeChangesNothing();
    void editWhileArrangingDropsTheLayout();

private:
    MainWindow *m_window = nullptr;
};

void tst_Arrange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Arrange::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_Arrange::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void tst_Arrange::estateWithoutCoordinatesOpensPlaced()
{
    Document *document = m_window->document();
    document->resetDesign(estateWithoutCoordinates(2000));
    // Placed as it opens, and nothing to save or undo for it.
    QVERIFY(!AutoLayout::hasUnplaced(document->design()));
    QVERIFY(!document->isModified());
    QCOMPARE(document->undoStack()->count(), 0);
    // The canvas shows every zone as a frame, every host card inside its zone's frame, and the
    // zones side by side, not one column.
    int zoneFrames = 0, cards = 0;
    QRectF bounds;
    for (QGraphicsItem *item : m_window->scene()->items()) {
        if (auto *zone = dynamic_cast<ZoneItem *>(item)) {
            ++zoneFrames;
            bounds |= zone->sceneBoundingRect();
        }
    }
    for (QGraphicsItem *item : m_window->scene()->items()) {
        auto *card = dynamic_cast<HostItem *>(item);
        if (!card)
            continue;
        ++cards;
        const Host *host = document->design().host(card->id());
        QVERIFY(host);
        QCOMPARE(card->pos(), host->position);
        const Zone *zone = document->design().zone(host->zone);
        QVERIFY2(zone && zone->area.contains(Placement::hostRect(card->pos())), qPrintable(host->id));
    }
    QCOMPARE(zoneFrames, int(document->design().zones().size()));
    QCOMPARE(cards, int(document->design().hosts().size()));
    QVERIFY2(bounds.width() > bounds.height(),
        qPrintable(QStringLiteral("%1 x %2").arg(bounds.width()).arg(bounds.height())));
}

void tst_Arrange::arrangeAllIsOneUndoStep()
{
    Document *document = m_window->document();
    document->resetDesign(generateEstate(1000)); // the generator's own places
    const Design before = document->design();
    QAction *arrangeAll = m_window->findChild<QAction *>(QStringLiteral("arrangeAll"));
    QVERIFY(arrangeAll && arrangeAll->isEnabled());
    arrangeAll->trigger();
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(document->isModified());
    const QList<QRectF> arranged = places(document->design());
    QVERIFY(arranged != places(before));
    // The canvas follows: each card where the design says.
    const QString first = before.hosts().first().id;
    for (QGraphicsItem *item : m_window->scene()->items()) {
        if (auto *card = dynamic_cast<HostItem *>(item); card && card->id() == first)
            QCOMPARE(card->pos(), document->design().host(first)->position);
    }
    // Undo puts every host and zone back where it was; redo arranges again.
    document->undoStack()->undo();
    QCOMPARE(places(document->design()), places(before));
    QVERIFY(document->design() == before);
    document->undoStack()->redo();
    QCOMPARE(places(document->design()), arranged);
    // Arranging a design already arranged moves nothing and adds no step.
    QVERIFY(!document->arrange(AutoLayout::Mode::RedoAll));
    QCOMPARE(document->undoStack()->count(), 1);
}

void tst_Arrange::arrangeKeepsSetPlaces()
{
    Document *document = m_window->document();
    document->resetDesign(generateEstate(200));
    // A zone added without its hosts placed: Arrange places its hosts and keeps all the rest.
    const QRectF area = document->freeZoneArea(QPointF(-2000, 0), QSizeF(800, 500));
    QVERIFY(!document->addZone(area).isEmpty());
    const QString zoneId = document->design().zones().last().id;
    const Design before = document->design();
    // Hosts without coordinates cannot come from the canvas: give three of them through the
    // document's batch change, as an import does.
    QList<Host> moved;
    for (int i = 0; i < 3; ++i) {
        Host host = before.hosts().at(i);
        host.zone = zoneId;
        host.hasPosition = false;
        moved.append(host);
    }
    document->changeMany(moved, {});
    const Design unplaced = document->design();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("arrange")));
    m_window->findChild<QAction *>(QStringLiteral("arrange"))->trigger();
    const Design arranged = document->design();
    for (int i = 3; i < arranged.hosts().size(); ++i)
        QCOMPARE(arranged.hosts().at(i).position, unplaced.hosts().at(i).position);
    for (int i = 0; i < arranged.zones().size(); ++i)
        QCOMPARE(arranged.zones().at(i).area, unplaced.zones().at(i).area);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(arranged.hosts().at(i).hasPosition);
        QVERIFY(area.contains(Placement::hostRect(arranged.hosts().at(i).position)));
    }
    document->undoStack()->undo();
    QVERIFY(document->design() == unplaced);
}

void tst_Arrange::arrangeLeavesTheWindowLive()
{
    Document *document = m_window->document();
    document->resetDesign(generateEstate(2000));
    const Design before = document->design();
    // The window's event loop runs while the layout is computed: a timer due now fires before
    // Arrange All has finished (it used to wait until the whole layout was done).
    bool timerFiredDuringArrange = false;
    bool arranging = true;
    QTimer::singleShot(0, m_window, [&] { timerFiredDuringArrange = arranging; });
    auto *arrangeJob = m_window->findChild<ArrangeJob *>(QStringLiteral("arrangeJob"));
    QVERIFY(arrangeJob);
    QList<int> percents;
    bool modalProgress = false;
    connect(arrangeJob, &ArrangeJob::jobStarted, this, [&](BackgroundJob *job) {
        modalProgress = job->progressDialog() && job->progressDialog()->windowModality() == Qt::WindowModal;
        connect(job, &BackgroundJob::progressChanged, this, [&](int percent) { percents.append(percent); });
    });
    m_window->findChild<QAction *>(QStringLiteral("arrangeAll"))->trigger();
    arranging = false;
    QVERIFY(timerFiredDuringArrange);
    QVERIFY(modalProgress);
    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.last(), 100);
    QVERIFY(BackgroundJob::running().isEmpty());
    // One undo step, with the places the layout gives.
    QCOMPARE(document->undoStack()->count(), 1);
    const std::optional<AutoLayout::Result> expected = AutoLayout::arrange(before, AutoLayout::Mode::RedoAll);
    QVERIFY(expected);
    QVERIFY(document->design() == AutoLayout::applied(before, *expected));
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("Arranged the design; Undo puts every zone and host back."));
    document->undoStack()->undo();
    QVERIFY(document->design() == before);
}

void tst_Arrange::cancelledArrangeChangesNothing()
{
    Document *document = m_window->document();
    document->resetDesign(generateEstate(2000));
    const Design before = document->design();
    auto *arrangeJob = m_window->findChild<ArrangeJob *>(QStringLiteral("arrangeJob"));
    QVERIFY(arrangeJob);
    // Cancel as the progress dialog's button does, as soon as the job runs.
    connect(arrangeJob, &ArrangeJob::jobStarted, this, [](BackgroundJob *job) { job->cancel(); });
    m_window->findChild<QAction *>(QStringLiteral("arrangeAll"))->trigger();
    QVERIFY(document->design() == before);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!document->isModified());
    QCOMPARE(
        m_window->statusBar()->currentMessage(), QStringLiteral("Arranging was cancelled; nothing moved."));
    const QString first = before.hosts().first().id;
    QCOMPARE(m_window->scene()->hostItem(first)->pos(), before.hosts().first().position);
}

void tst_Arrange::editWhileArrangingDropsTheLayout()
{
    Document *document = m_window->document();
    document->resetDesign(generateEstate(2000));
    const QList<QRectF> before = places(document->design());
    auto *arrangeJob = m_window->findChild<ArrangeJob *>(QStringLiteral("arrangeJob"));
    QVERIFY(arrangeJob);
    // A zone added while the layout runs: the layout no longer fits the design and is dropped.
    connect(arrangeJob, &ArrangeJob::jobStarted, this, [document] {
        QVERIFY(!document->addZone(document->freeZoneArea(QPointF(-3000, 0), QSizeF(600, 400))).isEmpty());
    });
    m_window->findChild<QAction *>(QStringLiteral("arrangeAll"))->trigger();
    QCOMPARE(document->undoStack()->count(), 1); // the zone only
    QList<QRectF> after = places(document->design());
    after.removeLast(); // the new zone
    QCOMPARE(after, before);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("The design changed while it was being arranged; nothing moved.")));
}

QTEST_MAIN(tst_Arrange)
#include "tst_arrange.moc"
