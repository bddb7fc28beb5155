// The editor with a large estate, driven through the real window: what a user sees after
// deleting everything, undoing and redoing, and after undoing a move of a host placed without
// coordinates.
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "estategenerator.h"
#include "flowmatrixwidget.h"
#include "flowtablemodel.h"
#include "hostitem.h"
#include "linkitem.h"
#include "mainwindow.h"
#include "zoneitem.h"

#include "layout/placement.h"

#include <QAction>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace portolan;

namespace {

/// The estate as an inventory gives it: the same hosts and zones, no host coordinates.
Design estateWithoutCoordinates(int hosts)
{
    Design design = generateEstate(hosts);
    for (int i = 0; i < design.hosts().size(); ++i) {
        Host host = design.hosts().at(i);
        host.hasPosition = false;
        host.position = QPointF();
        design.setHost(i, host);
    }
    return design;
}

} // namespace

class tst_LargeDesign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void undoMoveOfHostWithoutCoordinates();
    void deleteEverythingUndoRedo();

private:
    /// What the canvas and the matrix show: host cards, zone frames, link lines, flow rows.
    QList<int> shown() const;
    QPoint viewPoint(const QPointF &scenePos) const { return m_window->view()->mapFromScene(scenePos); }
    MainWindow *m_window = nullptr;
};

void tst_LargeDesign::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LargeDesign::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_LargeDesign::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void tst_LargeDesign::undoMoveOfHostWithoutCoordinates()
{
    m_window->document()->resetDesign(estateWithoutCoordinates(10000));
    const Design &design = m_window->document()->design();
    const QString id = design.hosts().at(5).id;
    HostItem *item = m_window->scene()->hostItem(id);
    QVERIFY(item);
    const QPointF placed = item->pos();
    QCOMPARE(placed, Placement::hostCentres(design).at(5));

    m_window->view()->resetZoom();
    m_window->view()->centerOn(placed);
    QWidget *viewport = m_window->view()->viewport();
    const QPoint start = viewPoint(placed);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(viewport, start + QPoint(step * 10, step * 7));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(60, 42));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QVERIFY(design.host(id)->hasPosition);
    QCOMPARE(item->pos(), design.host(id)->position);

    m_window->action(QStringLiteral("undo"))->trigger();
    // The design opened arranged: the host goes back to the place the layout gave it, and the
    // card with it.
    QCOMPARE(design.host(id)->position, placed);
    QCOMPARE(item->pos(), Placement::hostCentres(design).at(5));
    QCOMPARE(item->pos(), placed);
}

QList<int> tst_LargeDesign::shown() const
{
    m_window->document()->flushDerivation();
    int hosts = 0, zones = 0, links = 0;
    const QList<QGraphicsItem *> items = m_window->scene()->items();
    for (const QGraphicsItem *item : items) {
        hosts += item->type() == HostItem::Type;
        zones += item->type() == ZoneItem::Type;
        links += item->type() == LinkItem::Type;
    }
    return {hosts, zones, links, m_window->matrix()->model()->rowCount()};
}

void tst_LargeDesign::deleteEverythingUndoRedo()
{
    // Select all, Delete, undo and redo with the keyboard on the canvas of a 10k-host estate.
    const Design estate = generateEstate(10000);
    m_window->document()->resetDesign(estate);
    m_window->document()->flushDerivation();
    const qsizetype flows = m_window->document()->derivation().flows.size();
    QCOMPARE(shown(), QList<int>({10000, 50, 11499, int(flows)}));
    QWidget *canvas = m_window->view()->viewport();
    m_window->view()->setFocus();
    QElapsedTimer timer;

    QTest::keyClick(canvas, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->scene()->selectedHostIds().size(), 10000);
    timer.start();
    QTest::keyClick(canvas, Qt::Key_Delete);
    const qint64 deleteTime = timer.elapsed();
    const Design &design = m_window->document()->design();
    QVERIFY(design.hosts().isEmpty());
    QVERIFY(design.links().isEmpty());
    QVERIFY(design.zones().isEmpty());
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(shown(), QList<int>({0, 0, 0, 0}));

    timer.restart();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    const qint64 undoTime = timer.elapsed();
    QVERIFY(design == estate);
    QCOMPARE(shown(), QList<int>({10000, 50, 11499, int(flows)}));
    QVERIFY(!m_window->document()->isModified());

    timer.restart();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const qint64 redoTime = timer.elapsed();
    QVERIFY(design.hosts().isEmpty() && design.links().isEmpty() && design.zones().isEmpty());
    QCOMPARE(shown(), QList<int>({0, 0, 0, 0}));

    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(design == estate);
    // The canvas draws each host where the design puts it.
    for (const Host &host : estate.hosts())
        QCOMPARE(m_window->scene()->hostItem(host.id)->pos(), host.position);
    qInfo("delete every host: %lld ms, undo the delete: %lld ms, redo it: %lld ms", deleteTime, undoTime,
        redoTime);
}

QTEST_MAIN(tst_LargeDesign)
#include "tst_largedesign.moc"
