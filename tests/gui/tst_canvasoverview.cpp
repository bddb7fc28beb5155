// The zoomed-out canvas: below DesignScene::CondensedBelow the links, flow arrows and cards are
// drawn together by one item. What the user sees must not change: the arrows still show where
// they were, follow a card being dragged, and come back as arrows with heads when zooming in; a
// selected link and a selected card still show as selected; hovering over an arrow or a link shows
// its tooltip as it does zoomed in.
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "estategenerator.h"
#include "flowarrowitem.h"
#include "hostitem.h"
#include "linkitem.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QPixmap>
#include <QTest>
#include <QToolTip>

using namespace portolan;

namespace {

/// The arrow's colour far out (catalog flows): blue over the canvas, whatever the background.
bool isArrowBlue(const QColor &colour)
{
    return colour.blue() > colour.red() + 60 && colour.blue() > colour.green() + 20;
}

/// Whether a pixel within `radius` of `at` in the view's image passes `test`.
template <typename Test> bool nearPixel(const QImage &image, QPoint at, int radius, Test test)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (image.rect().contains(p) && test(image.pixelColor(p)))
                return true;
        }
    }
    return false;
}

/// One of the scene's flow arrows; null when it shows none.
FlowArrowItem *firstArrow(const DesignScene &scene)
{
    for (QGraphicsItem *item : scene.items()) {
        if (auto *arrow = dynamic_cast<FlowArrowItem *>(item))
            return arrow;
    }
    return nullptr;
}

} // namespace

class tst_CanvasOverview : public QObject
{
    Q_OBJECT

private slots:
    void farOutArrowsStillShowAndFollow();
    void cardsMovedZoomedInShowFarOut();
    void farOutTooltips();
};

void tst_CanvasOverview::farOutArrowsStillShowAndFollow()
{
    Document document;
    document.resetDesign(generateEstate(200));
    DesignScene scene(&document);
    scene.setFlowsShown(true);
    QVERIFY(scene.flowArrowCount() > 0);
    DesignView view(&scene);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // An arrow whose two cards are dragged out beside the estate, so that its middle is on the
    // bare canvas.
    FlowArrowItem *arrow = firstArrow(scene);
    QVERIFY(arrow);
    const QRectF estate = scene.itemsBoundingRect();
    arrow->source()->setPos(estate.right() + 1000, estate.top());
    arrow->destination()->setPos(estate.right() + 3000, estate.top());
    scene.setSceneRect(scene.sceneRect().united(QRectF(estate.right(), estate.top() - 4000, 4000, 8000)));
    const QPointF middle = arrow->lineWithoutHead().center();
    QVERIFY(arrow->lineWithoutHead().length() > 1500);

    // Zoomed out: the arrow items make way for the overview, and the arrow still shows.
    view.setZoom(0.1);
    QVERIFY(scene.condensed());
    QVERIFY(!arrow->isVisible());
    view.centerOn(middle);
    QImage image = view.viewport()->grab().toImage();
    QVERIFY2(nearPixel(image, view.mapFromScene(middle), 1, isArrowBlue), "the arrow does not show far out");

    // Dragging its source card: the line follows at once.
    HostItem *source = arrow->source();
    const QPointF moveBy(0, 3000);
    source->setPos(source->pos() + moveBy);
    const QPointF newMiddle = arrow->lineWithoutHead().center();
    QVERIFY((newMiddle - middle).manhattanLength() > 1000);
    view.centerOn(newMiddle);
    image = view.viewport()->grab().toImage();
    QVERIFY2(
        nearPixel(image, view.mapFromScene(newMiddle), 1, isArrowBlue), "the arrow did not follow the card");

    // A selected card shows in the selection colour far out too.
    source->setSelected(true);
    image = view.viewport()->grab().toImage();
    QVERIFY(nearPixel(image, view.mapFromScene(source->pos()), 0,
        [](const QColor &c) { return c == QColor(0x1e, 0x88, 0xe5); }));

    // Zoomed in again: arrows with heads, the overview gone.
    view.setZoom(1);
    QVERIFY(!scene.condensed());
    QVERIFY(arrow->isVisible());
}

void tst_CanvasOverview::cardsMovedZoomedInShowFarOut()
{
    Document document;
    document.resetDesign(generateEstate(200));
    DesignScene scene(&document);
    scene.setFlowsShown(true);
    // Room beside the estate from the start: a scene rect that grows re-indexes every item, which
    // would hide what this test looks at.
    const QRectF estate = scene.itemsBoundingRect();
    scene.setSceneRect(scene.sceneRect().united(QRectF(estate.right(), estate.top() - 4000, 10000, 8000)));
    DesignView view(&scene);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Far out once, so that the overview has told the scene its bounds: the estate.
    view.setZoom(0.1);
    QVERIFY(scene.condensed());
    view.viewport()->grab();

    // Zoomed in, an arrow's two cards are dragged far beside the estate, outside those bounds.
    view.setZoom(1);
    QVERIFY(!scene.condensed());
    FlowArrowItem *arrow = firstArrow(scene);
    QVERIFY(arrow);
    const QRectF room = scene.sceneRect();
    arrow->source()->setPos(estate.right() + 6000, estate.top());
    arrow->destination()->setPos(estate.right() + 9000, estate.top());
    QCOMPARE(scene.sceneRect(), room);
    const QPointF middle = arrow->lineWithoutHead().center();
    QCoreApplication::processEvents(); // the scene's index updates

    // Far out again, looking only at the bare canvas beside the estate: the arrow is drawn there.
    view.setZoom(0.1);
    QVERIFY(scene.condensed());
    view.centerOn(middle);
    const QImage image = view.viewport()->grab().toImage();
    QVERIFY2(nearPixel(image, view.mapFromScene(middle), 1, isArrowBlue),
        "the arrow moved while zoomed in does not show far out");
}

void tst_CanvasOverview::farOutTooltips()
{
    Document document;
    document.resetDesign(generateEstate(200));
    DesignScene scene(&document);
    scene.setFlowsShown(true);
    DesignView view(&scene);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRectF estate = scene.itemsBoundingRect();
    scene.setSceneRect(estate.adjusted(-6000, -6000, 6000, 6000));

    // Hovers over a point of the canvas, `off` pixels below it.
    const auto hover = [&view](const QPointF &scenePos, int off) {
        view.centerOn(scenePos);
        const QPoint at = view.mapFromScene(scenePos) + QPoint(0, off);
        QHelpEvent event(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &event);
    };
    const auto shown = [] { return QToolTip::isVisible() ? QToolTip::text() : QString(); };
    // Two hosts dragged far from the estate side by side, so that the middle of the line between
    // them is on the bare canvas, far from every other line.
    const auto dragApart = [&](HostItem *a, HostItem *b, qreal y) {
        a->setPos(estate.right() + 1000, y);
        b->setPos(estate.right() + 3000, y);
    };

    // An arrow of flows one way only (no second arrow beside it).
    FlowArrowItem *arrow = nullptr;
    for (QGraphicsItem *item : scene.items()) {
        auto *candidate = dynamic_cast<FlowArrowItem *>(item);
        if (candidate && !scene.flowArrow(candidate->destination()->id(), candidate->source()->id())) {
            arrow = candidate;
            break;
        }
    }
    QVERIFY(arrow);
    QVERIFY(!arrow->toolTip().isEmpty());
    dragApart(arrow->source(), arrow->destination(), estate.top() - 3000);
    const QPointF middle = arrow->lineWithoutHead().center();

    // Zoomed in, two pixels off the arrow: its tooltip. Far out, where the arrow item is hidden:
    // the same. Away from every line: none.
    const auto check = [&](const QPointF &at, int off, const QString &expected) {
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        hover(at, off);
        QTRY_COMPARE(shown(), expected);
    };
    view.setZoom(1);
    check(middle, 2, arrow->toolTip());
    view.setZoom(0.1);
    QVERIFY(scene.condensed());
    QVERIFY(!arrow->isVisible());
    check(middle, 2, arrow->toolTip());
    check(middle, -40, QString()); // above it: nothing, the other lines run down to the estate

    // A link, flows hidden: its meaning, zoomed in and far out.
    scene.setFlowsShown(false);
    LinkItem *link = scene.linkItems().first();
    QVERIFY(!link->toolTip().isEmpty());
    dragApart(link->hostA(), link->hostB(), estate.bottom() + 3000);
    const QPointF onLink = link->line().center();
    view.setZoom(1);
    check(onLink, 2, link->toolTip());
    view.setZoom(0.1);
    QVERIFY(scene.condensed());
    check(onLink, 2, link->toolTip());
    check(onLink, 40, QString()); // below it: nothing, the other lines run up to the estate
    QVERIFY(!QTest::currentTestFailed());
}

QTEST_MAIN(tst_CanvasOverview)
#include "tst_canvasoverview.moc"
