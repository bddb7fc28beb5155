// The exported diagram (the PDF report's diagram page, the SVG and the PNG all draw through
// DiagramPainter) and the canvas show a design alike: every host in the same place, hosts without
// coordinates included, and every zone in the same colours.
#include "designscene.h"
#include "document.h"
#include "hostitem.h"

#include "export/diagrampainter.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace portolan;

namespace {

Host host(const QString &id, const QString &zone, const QPointF *position = nullptr)
{
    Host host;
    host.id = id;
    host.type = QStringLiteral("workstation");
    host.zone = zone;
    if (position) {
        host.position = *position;
        host.hasPosition = true;
    }
    return host;
}

/// Seven zones side by side (one more than the palette has hues), hosts with and without
/// coordinates in zones with an area, in a zone without one and in no zone.
Design mixedDesign()
{
    Design design;
    for (int z = 0; z < 7; ++z) {
        Zone zone;
        zone.id = QStringLiteral("z%1").arg(z);
        zone.name = QStringLiteral("Zone %1").arg(z);
        zone.area = QRectF(z * 520, 0, 480, 360);
        design.addZone(zone);
    }
    Zone unplaced;
    unplaced.id = QStringLiteral("unplaced");
    design.addZone(unplaced);

    const QPointF placed(300, 250);
    design.addHost(host(QStringLiteral("placed"), QStringLiteral("z0"), &placed));
    for (int i = 0; i < 5; ++i)
        design.addHost(host(QStringLiteral("grid-%1").arg(i), QStringLiteral("z1")));
    design.addHost(host(QStringLiteral("in-unplaced"), QStringLiteral("unplaced")));
    design.addHost(host(QStringLiteral("nowhere-1"), QString()));
    const QPointF outside(-400, 900);
    design.addHost(host(QStringLiteral("outside"), QString(), &outside));
    design.addHost(host(QStringLiteral("nowhere-2"), QString()));
    design.addHost(host(QStringLiteral("grid-5"), QStringLiteral("z1")));
    return design;
}

QImage image(const QRectF &bounds)
{
    QImage image(bounds.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

bool near(QRgb a, QRgb b)
{
    // The canvas paints on a faint grey ground, the diagram on white paper.
    return std::abs(qRed(a) - qRed(b)) <= 6 && std::abs(qGreen(a) - qGreen(b)) <= 6
        && std::abs(qBlue(a) - qBlue(b)) <= 6;
}

QString rgb(QRgb colour)
{
    return QColor(colour).name();
}

} // namespace

class tst_DiagramCanvas : public QObject
{
    Q_OBJECT

private slots:
    void hostsInTheSamePlaces();
    void placesFollowEdits();
    void zonesInTheSameColours();
};

void tst_DiagramCanvas::hostsInTheSamePlaces()
{
    const Design design = mixedDesign();
    Document document;
    document.resetDesign(design);
    DesignScene scene(&document);
    const DiagramPainter diagram(document.design());

    for (int i = 0; i < design.hosts().size(); ++i) {
        const Host &host = design.hosts().at(i);
        HostItem *item = scene.hostItem(host.id);
        QVERIFY2(item, qPrintable(host.id));
        const QRectF card = diagram.hostRect(i);
        QVERIFY2(card.center() == item->pos(),
            qPrintable(QStringLiteral("%1: the diagram draws it at %2,%3, the canvas at %4,%5")
                           .arg(host.id)
                           .arg(card.center().x())
                           .arg(card.center().y())
                           .arg(item->pos().x())
                           .arg(item->pos().y())));
        QCOMPARE(card.size(), item->boundingRect().adjusted(3, 3, -3, -3).size());
        if (host.hasPosition)
            QCOMPARE(item->pos(), host.position);
    }
    // Hosts without coordinates in a zone with an area sit inside it, apart from each other.
    const QRectF gridZone = design.zone(QStringLiteral("z1"))->area;
    QSet<QPair<qreal, qreal>> places;
    for (int i = 0; i < 6; ++i) {
        const QPointF centre = scene.hostItem(QStringLiteral("grid-%1").arg(i))->pos();
        QVERIFY2(gridZone.contains(centre), qPrintable(QStringLiteral("grid-%1").arg(i)));
        places.insert({centre.x(), centre.y()});
    }
    QCOMPARE(places.size(), 6);
    // A zone without an area gets one as the design opens, the same on the canvas and in the diagram.
    const QRectF arranged = document.design().zone(QStringLiteral("unplaced"))->area;
    QVERIFY(!arranged.isEmpty());
    QVERIFY(scene.zoneItem(QStringLiteral("unplaced")));
    QCOMPARE(diagram.zoneArea(QStringLiteral("unplaced")), arranged);
}

void tst_DiagramCanvas::placesFollowEdits()
{
    Document document;
    document.resetDesign(mixedDesign());
    DesignScene scene(&document);
    const auto agree = [&] {
        const DiagramPainter diagram(document.design());
        for (int i = 0; i < document.design().hosts().size(); ++i) {
            const Host &host = document.design().hosts().at(i);
            if (diagram.hostRect(i).center() != scene.hostItem(host.id)->pos()) {
                qWarning("%s is not where the diagram draws it", qPrintable(host.id));
                return false;
            }
        }
        return true;
    };
    const QPointF second = scene.hostItem(QStringLiteral("grid-1"))->pos();
    // The places given as the design opened are the design's: when a host leaves the grid, the
    // next one keeps its own place, on the canvas as in the diagram.
    document.removeHost(QStringLiteral("grid-0"));
    QCOMPARE(scene.hostItem(QStringLiteral("grid-1"))->pos(), second);
    QVERIFY(agree());
    Host host = *document.design().host(QStringLiteral("grid-2"));
    host.zone = QStringLiteral("z3");
    document.setHost(host);
    QVERIFY(agree());
    // The zone grows: its grid gets wider.
    Zone zone = *document.design().zone(QStringLiteral("z1"));
    zone.area.setWidth(900);
    document.setZone(zone);
    QVERIFY(agree());
    // Zones come and go, and hosts without coordinates outside them follow.
    document.removeZone(QStringLiteral("z6"));
    QVERIFY(agree());
    document.undoStack()->clear();
    document.resetDesign(mixedDesign());
    QCOMPARE(scene.hostItem(QStringLiteral("grid-1"))->pos(), second);
    QVERIFY(agree());
}

void tst_DiagramCanvas::zonesInTheSameColours()
{
    const Design design = mixedDesign();
    Document document;
    document.resetDesign(design);
    DesignScene scene(&document);
    scene.setFlowsShown(false);
    const DiagramPainter diagram(document.design());
    const QRectF bounds = diagram.bounds();

    QImage canvas = image(bounds);
    {
        QPainter painter(&canvas);
        scene.render(&painter, QRectF(QPointF(0, 0), bounds.size()), bounds);
    }
    QImage drawn = image(bounds);
    {
        QPainter painter(&drawn);
        diagram.paint(&painter, QRectF(QPointF(0, 0), bounds.size()));
    }

    for (const Zone &zone : design.zones()) {
        if (zone.area.isEmpty())
            continue;
        QCOMPARE(diagram.zoneArea(zone.id), zone.area);
        // Inside the zone, clear of hosts and text: the fill, and the title band above its text.
        const QPointF fill = zone.area.bottomLeft() + QPointF(8, -24) - bounds.topLeft();
        const QPointF band = zone.area.topLeft() + QPointF(zone.area.width() / 2, 3) - bounds.topLeft();
        for (const QPointF &point : {fill, band}) {
            const QRgb onCanvas = canvas.pixel(point.toPoint());
            const QRgb inDiagram = drawn.pixel(point.toPoint());
            QVERIFY2(near(onCanvas, inDiagram),
                qPrintable(
                    QStringLiteral("%1 %2: the canvas shows %3, the diagram %4")
                        .arg(zone.id, point == fill ? QStringLiteral("fill") : QStringLiteral("title band"),
                            rgb(onCanvas), rgb(inDiagram))));
        }
    }
    // Zones of different colours look different, and the palette repeats after six.
    const auto fillOf = [&](const QString &id) {
        return canvas.pixel(
            (design.zone(id)->area.bottomLeft() + QPointF(8, -24) - bounds.topLeft()).toPoint());
    };
    QVERIFY(!near(fillOf(QStringLiteral("z0")), fillOf(QStringLiteral("z1"))));
    QCOMPARE(rgb(fillOf(QStringLiteral("z6"))), rgb(fillOf(QStringLiteral("z0"))));
}

QTEST_MAIN(tst_DiagramCanvas)
#include "tst_diagramcanvas.moc"
