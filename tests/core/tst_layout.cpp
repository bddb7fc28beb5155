// Where hosts without coordinates go, and the zone palette: the rules the canvas and the exported
// diagram share.
#include "layout/placement.h"
#include "layout/zonepalette.h"

#include <QSet>
#include <QtTest>

using namespace portolan;

class tst_Layout : public QObject
{
    Q_OBJECT

private slots:
    void hostsWithoutCoordinatesFillTheirZoneGrid();
    void hostsOutsideZoneAreasGoUnderThem();
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

void tst_Layout::hostsOutsideZoneAreasGoUnderThem()
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
    // Rows of ten, 80 under the lowest zone, in design order whatever their zone.
    QCOMPARE(centres.at(0), QPointF(80, 580));
    QCOMPARE(centres.at(1), QPointF(230, 580));
    QCOMPARE(centres.at(9), QPointF(1430, 580));
    QCOMPARE(centres.at(10), QPointF(80, 680));

    // Without any zone area, from the top.
    QCOMPARE(Placement::hostCentres(Design()).size(), 0);
    Design bare;
    bare.addHost(host(QStringLiteral("x"), QString()));
    QCOMPARE(Placement::hostCentres(bare), QList<QPointF> {QPointF(80, 80)});
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
