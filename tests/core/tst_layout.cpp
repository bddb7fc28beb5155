// The automatic layout, where hosts without coordinates go, and the zone palette: the rules the canvas and
// the exported diagram share.
#include "estategenerator.h"
#include "layout/autolayout.h"
#include "layout/placement.h"
#include "layout/zonepalette.h"

#include <QSet>
#include <QtTest>

#include <algorithm>
#include <numeric>

using namespace portolan;

class tst_Layout : public QObject
{
    Q_OBJECT

private slots:
    void hostsWithoutCoordinatesFillTheirZoneGrid();
    void zonesWithoutAreaArePackedUnderTheRest();
    void generatedEstateCardsApart();
    void estateWithoutCoordinatesIsPlaced();
    void setPlacesAreKeptUnlessRedoAll();
    void keptZoneGrowsWithoutOverlap();
    void linkedHostsSitSideBySide();
    void progressTellsAndCancels();
    void paletteRepeatsSixHues();
};

namespace {

Host host(const QString &id, const QString &zone)
{
    Host host;
    host.id = id;
    host.type = QStringLiteral("workstation");
    host.zone = zone;
    return host;
}

} // namespace

void tst_Layout::hostsWithoutCoordinatesFillTheirZoneGrid()
{
    Design design;
    Zone zone;
    zone.id = QStringLiteral("ot");
    zone.area = QRectF(100, 50, 400, 300); // room for two columns of 150
    design.addZone(zone);
    design.addHost(host(QStringLiteral("a"), zone.id));
    Host placed = host(QStringLiteral("placed"), zone.id);
    placed.position = QPointF(450, 300);
    placed.hasPosition = true;
    design.addHost(placed);
    design.addHost(host(QStringLiteral("b"), zone.id));
    design.addHost(host(QStringLiteral("c"), zone.id));

    const QList<QPointF> centres = Placement::hostCentres(design);
    // Left to right, then the next row, 80 and 76 in from the zone's corner; a host with
    // coordinates keeps them and takes no place in the grid.
    QCOMPARE(centres,
        (QList<QPointF> {QPointF(180, 126), QPointF(450, 300), QPointF(330, 126), QPointF(180, 226)}));
    QCOMPARE(Placement::hostRect(centres.at(0)), QRectF(116, 90, 128, 72));
}

void tst_Layout::zonesWithoutAreaArePackedUnderTheRest()
{
    Design design;
    Zone upper;
    upper.id = QStringLiteral("upper");
    upper.area = QRectF(0, 0, 300, 200);
    Zone lower;
    lower.id = QStringLiteral("lower");
    lower.area = QRectF(400, 100, 300, 400); // its bottom, 500, is the lowest
    Zone unplaced;
    unplaced.id = QStringLiteral("unplaced"); // no area
    design.addZone(upper);
    design.addZone(lower);
    design.addZone(unplaced);
    for (int i = 0; i < 11; ++i)
        design.addHost(host(QStringLiteral("h%1").arg(i), i % 2 ? unplaced.id : QString()));

    const QList<QPointF> centres = Placement::hostCentres(design);
    const QList<QRectF> areas = Placement::zoneAreas(design);
    QCOMPARE(areas.at(0), upper.area); // kept
    QCOMPARE(areas.at(1), lower.area);
    // The unplaced zone's five hosts: a frame of three columns and two rows, the tallest frame,
    // so first in the row packed 60 under the lowest kept area; the six hosts in no zone beside it.
    const QRectF frame = areas.at(2);
    QCOMPARE(frame, QRectF(0, 560, 80 + 2 * 150 + 64 + 16, 76 + 100 + 36 + 16));
    QCOMPARE(centres.at(1), QPointF(80, 636)); // h1: first of the zone
    QCOMPARE(centres.at(3), QPointF(230, 636));
    QCOMPARE(centres.at(9), QPointF(230, 736)); // h9: fifth, second row
    // The six hosts in no zone: as tall, but a row is only as wide as the two frames' surface
    // (with gaps) times 1.6 is tall, about 690, so in the next row.
    const QPointF outside(80, frame.bottom() + AutoLayout::FrameGap + 76);
    QCOMPARE(centres.at(0), outside); // h0: first host in no zone
    QCOMPARE(centres.at(10), outside + QPointF(300, 100)); // h10: sixth of a 3-column grid

    // Without any zone area, from the top-left corner.
    QCOMPARE(Placement::hostCentres(Design()).size(), 0);
    Design bare;
    bare.addHost(host(QStringLiteral("x"), QString()));
    QCOMPARE(Placement::hostCentres(bare), QList<QPointF> {QPointF(80, 76)});
}

namespace {

/// The estate generator's design without any coordinates, as an inventory would give it.
Design unplacedEstate(int hosts)
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

/// The first pair of rectangles that overlap, as "i and j", or empty (a sweep along x).
QString firstOverlap(const QList<QRectF> &rects)
{
    QList<int> order(rects.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(
        order.begin(), order.end(), [&](int a, int b) { return rects.at(a).left() < rects.at(b).left(); });
    for (int i = 0; i < order.size(); ++i) {
        const QRectF &a = rects.at(order.at(i));
        for (int j = i + 1; j < order.size() && rects.at(order.at(j)).left() < a.right(); ++j) {
            if (a.intersects(rects.at(order.at(j))))
                return QStringLiteral("%1 and %2").arg(order.at(i)).arg(order.at(j));
        }
    }
    return QString();
}

/// Checks a placed design: every zone has an area and no two overlap; every host card is inside
/// its zone's area, overlaps no other card, and a host in no zone overlaps no zone.
void checkPlaced(const Design &design)
{
    QList<QRectF> frames;
    for (const Zone &zone : design.zones()) {
        QVERIFY2(!zone.area.isEmpty(), qPrintable(zone.id));
        frames.append(zone.area);
    }
    QString overlap = firstOverlap(frames);
    QVERIFY2(overlap.isEmpty(), qPrintable(QStringLiteral("zones ") + overlap));
    QList<QRectF> cards;
    for (const Host &host : design.hosts()) {
        QVERIFY2(host.hasPosition, qPrintable(host.id));
        const QRectF card = Placement::hostRect(host.position);
        cards.append(card);
        if (const Zone *zone = design.zone(host.zone)) {
            QVERIFY2(zone->area.contains(card), qPrintable(host.id + QLatin1Char(' ') + zone->id));
        } else {
            for (const Zone &zone : design.zones())
                QVERIFY2(!zone.area.intersects(card), qPrintable(host.id + QLatin1Char(' ') + zone.id));
        }
    }
    overlap = firstOverlap(cards);
    QVERIFY2(overlap.isEmpty(), qPrintable(QStringLiteral("hosts ") + overlap));
}

} // namespace

void tst_Layout::generatedEstateCardsApart()
{
    // The estate generator's own places: no two cards touch (each grown by 2 on every side still
    // overlaps none), and every card lies inside a zone's frame, clear of its edges.
    const Design estate = generateEstate(1000);
    QList<QRectF> grown;
    for (const Host &host : estate.hosts()) {
        QVERIFY2(host.hasPosition, qPrintable(host.id));
        const QRectF card = Placement::hostRect(host.position);
        grown.append(card.adjusted(-2, -2, 2, 2));
        bool inside = false;
        for (const Zone &zone : estate.zones())
            inside |= zone.area.contains(card.adjusted(-8, -8, 8, 8));
        QVERIFY2(inside, qPrintable(host.id));
    }
    const QString overlap = firstOverlap(grown);
    QVERIFY2(overlap.isEmpty(), qPrintable(QStringLiteral("hosts ") + overlap));
}

void tst_Layout::estateWithoutCoordinatesIsPlaced()
{
    Design design = unplacedEstate(2000);
    // Some hosts in no zone, and one zone with no host: they get places too.
    for (int i = 0; i < 30; ++i) {
        Host host = design.hosts().at(i * 7);
        host.zone.clear();
        design.setHost(i * 7, host);
    }
    Zone empty;
    empty.id = QStringLiteral("empty");
    design.addZone(empty);
    const std::optional<AutoLayout::Result> layout = AutoLayout::arrange(design, AutoLayout::Mode::KeepSet);
    QVERIFY(layout);
    const Design placed = AutoLayout::applied(design, *layout);
    checkPlaced(placed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!AutoLayout::hasUnplaced(placed));
    // Not one column: the placed estate is wider than tall, as a screen is.
    QRectF bounds;
    for (const Zone &zone : placed.zones())
        bounds |= zone.area;
    QVERIFY2(bounds.width() > bounds.height(),
        qPrintable(QStringLiteral("%1 x %2").arg(bounds.width()).arg(bounds.height())));
    // The same design always gets the same places.
    QCOMPARE(AutoLayout::arrange(design, AutoLayout::Mode::KeepSet)->hostCentres, layout->hostCentres);
}

void tst_Layout::setPlacesAreKeptUnlessRedoAll()
{
    // The generated estate, arranged (its own places put each DMZ standby in the frame of the zone
    // before its own). Take the places from two
    // zones and all their hosts, and from a few hosts that leave their zone; add a zone with room
    // to spare holding one placed and three unplaced hosts.
    const Design estate = generateEstate(1000);
    Design design = AutoLayout::applied(estate, *AutoLayout::arrange(estate, AutoLayout::Mode::RedoAll));
    QSet<QString> cleared;
    for (int i : {1, 3}) {
        Zone zone = design.zones().at(i);
        zone.area = QRectF();
        design.setZone(i, zone);
        cleared.insert(zone.id);
    }
    for (int i = 0; i < design.hosts().size(); ++i) {
        Host host = design.hosts().at(i);
        if (cleared.contains(host.zone) || i % 97 == 0) {
            host.hasPosition = false;
            if (i % 97 == 0 && !cleared.contains(host.zone))
                host.zone.clear();
            design.setHost(i, host);
        }
    }
    Zone spare;
    spare.id = QStringLiteral("spare");
    spare.area = QRectF(-1000, 0, 620, 400); // four columns, the first row's second cell taken
    design.addZone(spare);
    Host kept = host(QStringLiteral("kept"), spare.id);
    kept.position = QPointF(-1000 + 80 + 150, 76);
    kept.hasPosition = true;
    design.addHost(kept);
    for (const char *id : {"new-1", "new-2", "new-3"})
        design.addHost(host(QLatin1String(id), spare.id));

    const Design placed
        = AutoLayout::applied(design, *AutoLayout::arrange(design, AutoLayout::Mode::KeepSet));
    checkPlaced(placed);
    for (int i = 0; i < design.hosts().size(); ++i) {
        if (design.hosts().at(i).hasPosition)
            QCOMPARE(placed.hosts().at(i).position, design.hosts().at(i).position);
    }
    for (int i = 0; i < design.zones().size(); ++i) {
        if (!design.zones().at(i).area.isEmpty())
            QCOMPARE(placed.zones().at(i).area, design.zones().at(i).area);
    }
    // The spare zone's new hosts take its free cells, around the kept one.
    QCOMPARE(placed.host(QStringLiteral("new-1"))->position, QPointF(-1000 + 80, 76));
    QCOMPARE(placed.host(QStringLiteral("new-2"))->position, QPointF(-1000 + 80 + 300, 76));
    QCOMPARE(placed.host(QStringLiteral("new-3"))->position, QPointF(-1000 + 80 + 450, 76));

    // Redo all: no place is kept, as if the design had none, and the result is a clean layout.
    const AutoLayout::Result redoAll = *AutoLayout::arrange(design, AutoLayout::Mode::RedoAll);
    checkPlaced(AutoLayout::applied(design, redoAll));
    Design bare = design;
    for (int i = 0; i < bare.zones().size(); ++i) {
        Zone zone = bare.zones().at(i);
        zone.area = QRectF();
        bare.setZone(i, zone);
    }
    for (int i = 0; i < bare.hosts().size(); ++i) {
        Host host = bare.hosts().at(i);
        host.hasPosition = false;
        bare.setHost(i, host);
    }
    const AutoLayout::Result fresh = *AutoLayout::arrange(bare, AutoLayout::Mode::KeepSet);
    QCOMPARE(redoAll.hostCentres, fresh.hostCentres);
    QCOMPARE(redoAll.zoneAreas, fresh.zoneAreas);
    QVERIFY(redoAll.hostCentres.at(design.hostIndex(QStringLiteral("kept"))) != kept.position);
}

void tst_Layout::keptZoneGrowsWithoutOverlap()
{
    // A zone with room for three cards in one row, one of them taken, gets seven new hosts; a
    // zone lies 60 below it. Growing down would cover that zone.
    const auto zone = [](const char *id, const QRectF &area) {
        Zone zone;
        zone.id = QLatin1String(id);
        zone.area = area;
        return zone;
    };
    const auto kept = [](const char *id, const char *zone, const QPointF &at) {
        Host placed = host(QLatin1String(id), QLatin1String(zone));
        placed.position = at;
        placed.hasPosition = true;
        return placed;
    };
    Design design;
    design.addZone(zone("small", QRectF(0, 0, 470, 200)));
    design.addZone(zone("below", QRectF(0, 260, 470, 200)));
    design.addHost(kept("small-kept", "small", QPointF(80, 76)));
    design.addHost(kept("below-kept", "below", QPointF(80, 336)));
    design.addHost(kept("loose", "", QPointF(200, 560))); // in no zone, under both
    for (int i = 1; i <= 7; ++i)
        design.addHost(host(QStringLiteral("new-%1").arg(i), QStringLiteral("small")));

    // Free room beside it: it grows sideways, and everything else keeps its place.
    Design placed = AutoLayout::applied(design, *AutoLayout::arrange(design, AutoLayout::Mode::KeepSet));
    checkPlaced(placed);
    if (QTest::currentTestFailed())
        return;
    const QRectF small = placed.zone(QStringLiteral("small"))->area;
    QCOMPARE(small.topLeft(), QPointF(0, 0));
    QVERIFY2(small.height() <= 200, qPrintable(QString::number(small.height())));
    QCOMPARE(placed.zone(QStringLiteral("below"))->area, QRectF(0, 260, 470, 200));
    QCOMPARE(placed.host(QStringLiteral("small-kept"))->position, QPointF(80, 76));
    QCOMPARE(placed.host(QStringLiteral("below-kept"))->position, QPointF(80, 336));
    QCOMPARE(placed.host(QStringLiteral("loose"))->position, QPointF(200, 560));

    // A zone beside it too: it grows down, and what lies below it moves down as much, hosts with
    // their zone; the zone beside stays.
    design.addZone(zone("beside", QRectF(530, 0, 300, 460)));
    design.addHost(kept("beside-kept", "beside", QPointF(610, 76)));
    placed = AutoLayout::applied(design, *AutoLayout::arrange(design, AutoLayout::Mode::KeepSet));
    checkPlaced(placed);
    if (QTest::currentTestFailed())
        return;
    const QRectF grown = placed.zone(QStringLiteral("small"))->area;
    QCOMPARE(grown.topLeft(), QPointF(0, 0));
    QCOMPARE(grown.width(), 470.0);
    QVERIFY(grown.height() > 200);
    const qreal shift = grown.height() - 200;
    QCOMPARE(placed.zone(QStringLiteral("below"))->area, QRectF(0, 260 + shift, 470, 200));
    QCOMPARE(placed.host(QStringLiteral("below-kept"))->position, QPointF(80, 336 + shift));
    QCOMPARE(placed.host(QStringLiteral("loose"))->position, QPointF(200, 560 + shift));
    QCOMPARE(placed.zone(QStringLiteral("beside"))->area, QRectF(530, 0, 300, 460));
    QCOMPARE(placed.host(QStringLiteral("beside-kept"))->position, QPointF(610, 76));
    QCOMPARE(placed.host(QStringLiteral("small-kept"))->position, QPointF(80, 76));
    // The new hosts fill the small zone's grid from its first free cell.
    QCOMPARE(placed.host(QStringLiteral("new-1"))->position, QPointF(230, 76));
}

void tst_Layout::linkedHostsSitSideBySide()
{
    // a..f in one zone, in design order; c links to f and f to a: a, then its link f, then f's
    // link c, then b, d, e.
    Design design;
    Zone zone;
    zone.id = QStringLiteral("z");
    design.addZone(zone);
    for (const char *id : {"a", "b", "c", "d", "e", "f"})
        design.addHost(host(QLatin1String(id), zone.id));
    design.addLink(Link {QStringLiteral("c"), QStringLiteral("f"), {}, {}});
    design.addLink(Link {QStringLiteral("f"), QStringLiteral("a"), {}, {}});
    const QList<QPointF> centres = AutoLayout::arrange(design, AutoLayout::Mode::KeepSet)->hostCentres;
    // Three columns (the square root of six, rounded up), two rows.
    QCOMPARE(centres.at(0), QPointF(80, 76)); // a
    QCOMPARE(centres.at(5), QPointF(230, 76)); // f, beside a
    QCOMPARE(centres.at(2), QPointF(380, 76)); // c, beside f
    QCOMPARE(centres.at(1), QPointF(80, 176)); // b
    QCOMPARE(centres.at(3), QPointF(230, 176)); // d
    QCOMPARE(centres.at(4), QPointF(380, 176)); // e
}

void tst_Layout::progressTellsAndCancels()
{
    const Design design = unplacedEstate(3000);
    QList<int> told;
    int total = 0;
    QVERIFY(AutoLayout::arrange(design, AutoLayout::Mode::KeepSet, [&](int done, int all) {
        told.append(done);
        total = all;
        return true;
    }));
    QCOMPARE(total, int(design.hosts().size() + design.zones().size()));
    QVERIFY(told.size() >= 2);
    QVERIFY(std::is_sorted(told.cbegin(), told.cend()));
    QCOMPARE(told.last(), total);

    int calls = 0;
    QVERIFY(!AutoLayout::arrange(design, AutoLayout::Mode::KeepSet, [&](int, int) { return ++calls < 2; }));
    QCOMPARE(calls, 2); // stopped at once
}

void tst_Layout::paletteRepeatsSixHues()
{
    QCOMPARE(ZonePalette::size(), 6);
    QSet<QString> frames;
    for (int i = 0; i < ZonePalette::size(); ++i) {
        const ZonePalette::Colours colours = ZonePalette::colours(i);
        frames.insert(QStringLiteral("%1,%2,%3")
                          .arg(colours.frame.red)
                          .arg(colours.frame.green)
                          .arg(colours.frame.blue));
        QCOMPARE(colours.frame.alpha, 255);
        QCOMPARE(colours.title.alpha, 255);
        // The area and its band are the hue, see-through; the title is darker than the frame.
        QVERIFY(colours.fill.alpha < colours.band.alpha && colours.band.alpha < 128);
        QCOMPARE(colours.fill.red, colours.frame.red);
        QVERIFY(colours.title.red + colours.title.green + colours.title.blue
            < colours.frame.red + colours.frame.green + colours.frame.blue);
        QVERIFY(ZonePalette::colours(i + 6) == colours);
    }
    QCOMPARE(frames.size(), 6);
}

QTEST_GUILESS_MAIN(tst_Layout)
#include "tst_layout.moc"
