#include "clipboard.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"
#include "flowmatrixwidget.h"
#include "flowtablemodel.h"
#include "hostitem.h"
#include "mainwindow.h"
#include "palettemodel.h"
#include "palettewidget.h"
#include "propertieswidget.h"
#include "zoneitem.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace portolan;

/** The editor driven as a user drives it: palette drops, link drawing, drags, undo, clipboard. */
class tst_Editor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void paletteDropCreatesHost();
    void paletteEnterAddsHostInView();
    void readOnlyCanvasClosesEditing();
    void drawnLinkShowsItsFlows();
    void undoRemovesLinkAndHosts();
    void refusedLinkChangesNothing();
    void dropIntoZoneJoinsIt();
    void dragIsOneUndoStep();
    void dragIntoAnotherZoneChangesZone();
    void deleteRemovesHostWithLinks();
    void copyAndPaste();
    void titleShowsUnsavedChanges();
    void propertiesEditsAreUndoable();
    void invalidAddressIsRefused();
    void addressOutsideZoneIsWarned();
    void paramEditorsFollowTheCatalog();
    void zoneSubnetsAreValidated();

private:
    QString drop(const QString &typeId, const QPointF &scenePos);
    void dragLink(const QString &from, const QString &to);
    QPoint viewPoint(const QPointF &scenePos) const;
    QList<QStringList> matrixRows() const;

    MainWindow *m_window = nullptr;
};

void tst_Editor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Editor::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->view()->resetZoom();
    m_window->view()->centerOn(0, 0);
}

void tst_Editor::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no "save changes?" on close
    delete m_window;
    m_window = nullptr;
}

QPoint tst_Editor::viewPoint(const QPointF &scenePos) const
{
    return m_window->view()->mapFromScene(scenePos);
}

QString tst_Editor::drop(const QString &typeId, const QPointF &scenePos)
{
    PaletteModel *model = m_window->palette()->model();
    const QModelIndex index = model->indexOfType(typeId);
    if (!index.isValid())
        return QString();
    std::unique_ptr<QMimeData> data(model->mimeData({index}));
    QWidget *viewport = m_window->view()->viewport();
    const QPoint point = viewPoint(scenePos);
    QDragEnterEvent enter(point, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return QString();
    QDropEvent dropEvent(QPointF(point), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
    const QStringList selected = m_window->scene()->selectedHostIds();
    return dropEvent.isAccepted() && selected.size() == 1 ? selected.first() : QString();
}

void tst_Editor::dragLink(const QString &from, const QString &to)
{
    m_window->action(QStringLiteral("linkMode"))->trigger();
    QWidget *viewport = m_window->view()->viewport();
    const QPoint start = viewPoint(m_window->scene()->hostItem(from)->pos());
    const QPoint end = viewPoint(m_window->scene()->hostItem(to)->pos());
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, (start + end) / 2);
    QTest::mouseMove(viewport, end);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
    m_window->action(QStringLiteral("selectMode"))->trigger();
}

/// The matrix rows as shown: source, destination, protocol, ports, action.
QList<QStringList> tst_Editor::matrixRows() const
{
    m_window->document()->flushDerivation();
    const QAbstractItemModel *model = m_window->matrix()->view()->model();
    QList<QStringList> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        rows.append({model->index(row, FlowTableModel::SourceColumn).data().toString(),
            model->index(row, FlowTableModel::DestinationColumn).data().toString(),
            model->index(row, FlowTableModel::ProtocolColumn).data().toString(),
            model->index(row, FlowTableModel::PortsColumn).data().toString(),
            model->index(row, FlowTableModel::ActionColumn).data().toString()});
    }
    return rows;
}

void tst_Editor::paletteDropCreatesHost()
{
    QCOMPARE(m_window->document()->design().hosts().size(), 0);
    const QString id = drop(QStringLiteral("pcns"), QPointF(100, 100));
    QCOMPARE(id, QStringLiteral("pcns-1"));
    const Host *host = m_window->document()->design().host(id);
    QVERIFY(host);
    QCOMPARE(host->type, QStringLiteral("pcns"));
    QCOMPARE(host->position, QPointF(100, 100));
    QVERIFY(m_window->scene()->hostItem(id));
    QCOMPARE(m_window->scene()->hostItem(id)->pos(), QPointF(100, 100));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void tst_Editor::paletteEnterAddsHostInView()
{
    // Without dragging: choose a type in the palette and press Enter; the host lands in the
    // middle of what the canvas shows, selected, as one undo step.
    m_window->view()->centerOn(600, 300);
    QTreeView *palette = m_window->palette()->view();
    const QModelIndex source = m_window->palette()->model()->indexOfType(QStringLiteral("ntp-server"));
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(palette->model());
    QVERIFY(proxy);
    palette->setFocus();
    palette->setCurrentIndex(proxy->mapFromSource(source));
    QTest::keyClick(palette, Qt::Key_Return);

    const Host *host = m_window->document()->design().host(QStringLiteral("ntp-server-1"));
    QVERIFY(host);
    const QPointF centre = m_window->view()->mapToScene(m_window->view()->viewport()->rect().center());
    QCOMPARE(host->position, QPointF(qRound(centre.x()), qRound(centre.y())));
    QCOMPARE(m_window->scene()->selectedHostIds(), QStringList({host->id}));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Added NTP server."));
}

void tst_Editor::readOnlyCanvasClosesEditing()
{
    // A mode that only shows the design sets the canvas read-only; the window follows it.
    drop(QStringLiteral("pcns"), QPointF(100, 100));
    m_window->view()->setMode(DesignView::Mode::Link);
    m_window->view()->setReadOnly(true);
    for (const QString &name : {QStringLiteral("cut"), QStringLiteral("paste"), QStringLiteral("delete"),
             QStringLiteral("addZone"), QStringLiteral("linkMode")})
        QVERIFY2(!m_window->action(name)->isEnabled(), qPrintable(name));
    QVERIFY(m_window->action(QStringLiteral("save"))->isEnabled()); // the design itself can be saved
    QVERIFY(!m_window->palette()->isEnabled());
    QVERIFY(!m_window->properties()->isEnabled());
    QCOMPARE(m_window->view()->mode(), DesignView::Mode::Select);
    QVERIFY(!m_window->view()->acceptDrops());
    QVERIFY(!(m_window->scene()->hostItem(QStringLiteral("pcns-1"))->flags() & QGraphicsItem::ItemIsMovable));
    QVERIFY(m_window->scene()->dropHostType(QStringLiteral("nmc"), QPointF(300, 100)).isEmpty());
    QCOMPARE(m_window->document()->design().hosts().size(), 1);

    m_window->view()->setReadOnly(false);
    QVERIFY(m_window->action(QStringLiteral("delete"))->isEnabled());
    QVERIFY(m_window->palette()->isEnabled());
    QVERIFY(m_window->view()->acceptDrops());
    QVERIFY(m_window->scene()->hostItem(QStringLiteral("pcns-1"))->flags() & QGraphicsItem::ItemIsMovable);
}

void tst_Editor::drawnLinkShowsItsFlows()
{
    const QString pcns = drop(QStringLiteral("pcns"), QPointF(100, 100));
    const QString nmc = drop(QStringLiteral("nmc"), QPointF(400, 100));
    QVERIFY(!pcns.isEmpty() && !nmc.isEmpty());
    m_window->scene()->clearSelection();
    // Unlinked, the two hosts have no flow and neither brings a block row: the matrix is empty.
    QCOMPARE(matrixRows(), QList<QStringList>());

    dragLink(pcns, nmc);
    QCOMPARE(m_window->document()->design().links().size(), 1);
    const QList<QStringList> rows = matrixRows();
    QVERIFY(rows.contains(
        QStringList({pcns, nmc, QStringLiteral("tcp"), QStringLiteral("443"), QStringLiteral("Allow")})));
    QVERIFY(rows.contains(
        QStringList({nmc, pcns, QStringLiteral("udp"), QStringLiteral("3052"), QStringLiteral("Allow")})));
    // The canvas shows each direction as its own arrow.
    QVERIFY(m_window->scene()->flowArrow(pcns, nmc));
    QVERIFY(m_window->scene()->flowArrow(nmc, pcns));
}

void tst_Editor::undoRemovesLinkAndHosts()
{
    const QString pcns = drop(QStringLiteral("pcns"), QPointF(100, 100));
    const QString nmc = drop(QStringLiteral("nmc"), QPointF(400, 100));
    dragLink(pcns, nmc);
    QCOMPARE(m_window->document()->undoStack()->count(), 3);
    m_window->scene()->clearSelection();

    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(m_window->document()->design().links().size(), 0);
    QCOMPARE(matrixRows(), QList<QStringList>()); // the link's flows went with it
    QVERIFY(!m_window->scene()->flowArrow(pcns, nmc));

    m_window->action(QStringLiteral("undo"))->trigger();
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(m_window->document()->design().hosts().size(), 0);
    QVERIFY(!m_window->scene()->hostItem(pcns));
    QVERIFY(matrixRows().isEmpty());

    m_window->action(QStringLiteral("redo"))->trigger();
    m_window->action(QStringLiteral("redo"))->trigger();
    m_window->action(QStringLiteral("redo"))->trigger();
    QCOMPARE(m_window->document()->design().links().size(), 1);
    QVERIFY(matrixRows().contains(
        QStringList({nmc, pcns, QStringLiteral("udp"), QStringLiteral("3052"), QStringLiteral("Allow")})));
}

void tst_Editor::refusedLinkChangesNothing()
{
    const QString nmc = drop(QStringLiteral("nmc"), QPointF(100, 100));
    const QString nio = drop(QStringLiteral("nio"), QPointF(400, 100));
    const int steps = m_window->document()->undoStack()->count();
    const QList<QStringList> before = matrixRows();

    dragLink(nmc, nio);
    QCOMPARE(m_window->document()->design().links().size(), 0);
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QCOMPARE(matrixRows(), before);
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("A UPS Network Management Card cannot be linked to a Stratus NIO blade: "
                       "the catalog gives the pair no meaning."));
}

void tst_Editor::dropIntoZoneJoinsIt()
{
    QVERIFY(m_window->files()->openSample());
    m_window->view()->resetZoom();
    const Zone *control = m_window->document()->design().zone(QStringLiteral("control"));
    QVERIFY(control);
    const QPointF inside = control->area.center() + QPointF(0, 60);
    m_window->view()->centerOn(inside);
    const QString id = drop(QStringLiteral("syslog-server"), inside);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_window->document()->design().host(id)->zone, QStringLiteral("control"));
}

void tst_Editor::dragIsOneUndoStep()
{
    QVERIFY(m_window->files()->openSample());
    m_window->view()->resetZoom();
    HostItem *item = m_window->scene()->hostItem(QStringLiteral("scada-a"));
    QVERIFY(item);
    const QPointF before = item->pos();
    m_window->view()->centerOn(before);
    QWidget *viewport = m_window->view()->viewport();
    const QPoint start = viewPoint(before);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(viewport, start + QPoint(step * 5, step * 3));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(30, 18));

    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    const Host *host = m_window->document()->design().host(QStringLiteral("scada-a"));
    QCOMPARE(host->position, before + QPointF(30, 18));
    QCOMPARE(host->zone, QStringLiteral("control"));
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(m_window->document()->design().host(QStringLiteral("scada-a"))->position, before);
    QCOMPARE(item->pos(), before);
}

void tst_Editor::dragIntoAnotherZoneChangesZone()
{
    QVERIFY(m_window->files()->openSample());
    m_window->view()->resetZoom();
    m_window->view()->fitToView();
    const QString id = QStringLiteral("dmz-jump");
    const QPointF from = m_window->scene()->hostItem(id)->pos();
    const QPointF to = m_window->document()->design().zone(QStringLiteral("power"))->area.center();
    QWidget *viewport = m_window->view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewPoint(from));
    QTest::mouseMove(viewport, viewPoint((from + to) / 2));
    QTest::mouseMove(viewport, viewPoint(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewPoint(to));
    QCOMPARE(m_window->document()->design().host(id)->zone, QStringLiteral("power"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(m_window->document()->design().host(id)->zone, QStringLiteral("dmz"));
}

void tst_Editor::deleteRemovesHostWithLinks()
{
    QVERIFY(m_window->files()->openSample());
    const Design before = m_window->document()->design();
    const QString id = QStringLiteral("ups1-nmc");
    const int links = int(before.linksOf(id).size());
    QVERIFY(links > 0);
    m_window->scene()->selectHosts({id});
    m_window->view()->setFocus();
    m_window->action(QStringLiteral("delete"))->trigger();
    QVERIFY(!m_window->document()->design().host(id));
    QCOMPARE(m_window->document()->design().links().size(), before.links().size() - links);
    QVERIFY(!m_window->scene()->hostItem(id));
    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(m_window->document()->design() == before);
    QVERIFY(m_window->scene()->hostItem(id));
    QCOMPARE(m_window->scene()->linkItems().size(), before.links().size());
}

void tst_Editor::copyAndPaste()
{
    const QString pcns = drop(QStringLiteral("pcns"), QPointF(100, 100));
    const QString nmc = drop(QStringLiteral("nmc"), QPointF(400, 100));
    dragLink(pcns, nmc);
    m_window->scene()->selectHosts({pcns, nmc});
    m_window->clipboard()->copy();
    m_window->clipboard()->paste();
    const Design &design = m_window->document()->design();
    QCOMPARE(design.hosts().size(), 4);
    QCOMPARE(design.links().size(), 2);
    const QStringList pasted = m_window->scene()->selectedHostIds();
    QCOMPARE(pasted, QStringList({QStringLiteral("pcns-2"), QStringLiteral("nmc-2")}));
    QCOMPARE(design.host(QStringLiteral("pcns-2"))->position, QPointF(140, 140));
    QVERIFY(m_window->document()->linkIndex(QStringLiteral("pcns-2"), QStringLiteral("nmc-2")) >= 0);
    QVERIFY(matrixRows().contains(QStringList({QStringLiteral("pcns-2"), QStringLiteral("nmc-2"),
        QStringLiteral("tcp"), QStringLiteral("443"), QStringLiteral("Allow")})));
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(m_window->document()->design().hosts().size(), 2);
    QCOMPARE(m_window->document()->design().links().size(), 1);
}

void tst_Editor::titleShowsUnsavedChanges()
{
    QVERIFY(m_window->files()->openSample());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Portolan — Riverside water treatment plant[*]"));
    QVERIFY(!m_window->isWindowModified());
    drop(QStringLiteral("ntp-server"), QPointF(2000, 2000));
    QVERIFY(m_window->isWindowModified());
    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(!m_window->isWindowModified());
}

void tst_Editor::propertiesEditsAreUndoable()
{
    const QString id = drop(QStringLiteral("pcns"), QPointF(100, 100));
    auto *name = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("name")));
    QVERIFY(name);
    QCOMPARE(name->text(), id);
    name->setText(QStringLiteral("HIST-01"));
    emit name->editingFinished();
    QCOMPARE(m_window->document()->design().host(id)->name, QStringLiteral("HIST-01"));
    QCOMPARE(m_window->scene()->selectedHostIds(), QStringList {id});

    auto *os = qobject_cast<QComboBox *>(m_window->properties()->editor(QStringLiteral("os")));
    QVERIFY(os);
    QCOMPARE(os->currentText(), QStringLiteral("windows"));
    const int linuxIndex = os->findText(QStringLiteral("linux"));
    os->setCurrentIndex(linuxIndex);
    emit os->activated(linuxIndex);
    QCOMPARE(m_window->document()->design().host(id)->params.value(QStringLiteral("os")).toString(),
        QStringLiteral("linux"));

    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(!m_window->document()->design().host(id)->params.contains(QStringLiteral("os")));
    QCOMPARE(os->currentText(), QStringLiteral("windows"));
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(m_window->document()->design().host(id)->name, id);
    QCOMPARE(name->text(), id);
}

void tst_Editor::invalidAddressIsRefused()
{
    const QString id = drop(QStringLiteral("nmc"), QPointF(100, 100));
    auto *address = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("address")));
    QVERIFY(address);
    const int steps = m_window->document()->undoStack()->count();
    address->setText(QStringLiteral("192.168.300.1"));
    emit address->editingFinished();
    QVERIFY(m_window->document()->design().host(id)->address.isNull());
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QVERIFY(m_window->properties()->message().contains(QStringLiteral("not an IP address")));

    address->setText(QStringLiteral("192.168.20.9"));
    emit address->editingFinished();
    QCOMPARE(m_window->document()->design().host(id)->address, QHostAddress(QStringLiteral("192.168.20.9")));
}

void tst_Editor::addressOutsideZoneIsWarned()
{
    QVERIFY(m_window->files()->openSample());
    m_window->scene()->selectHosts({QStringLiteral("ups1-nmc")});
    auto *address = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("address")));
    QVERIFY(address);
    QCOMPARE(m_window->properties()->message(), QString());
    address->setText(QStringLiteral("10.10.4.99"));
    emit address->editingFinished();
    QCOMPARE(m_window->document()->design().host(QStringLiteral("ups1-nmc"))->address.toString(),
        QStringLiteral("10.10.4.99"));
    QCOMPARE(m_window->properties()->message(),
        QStringLiteral("10.10.4.99 is outside the subnets of zone UPS management (192.168.20.0/24)."));
}

void tst_Editor::paramEditorsFollowTheCatalog()
{
    const QString id = drop(QStringLiteral("nmc"), QPointF(100, 100));
    auto *port = qobject_cast<QSpinBox *>(m_window->properties()->editor(QStringLiteral("port")));
    auto *protocol = qobject_cast<QComboBox *>(m_window->properties()->editor(QStringLiteral("protocol")));
    QVERIFY(port && protocol);
    QCOMPARE(port->minimum(), 1);
    QCOMPARE(port->maximum(), 65535);
    QCOMPARE(protocol->currentText(), QStringLiteral("https"));
    QCOMPARE(port->value(), 443); // the computed default
    const int http = protocol->findText(QStringLiteral("http"));
    protocol->setCurrentIndex(http);
    emit protocol->activated(http);
    QCOMPARE(port->value(), 80); // the default follows the protocol

    const QString vos = drop(QStringLiteral("vos-module"), QPointF(400, 100));
    auto *telnet = qobject_cast<QCheckBox *>(m_window->properties()->editor(QStringLiteral("telnet")));
    QVERIFY(telnet);
    const bool was = telnet->isChecked();
    telnet->click();
    QCOMPARE(m_window->document()->design().host(vos)->params.value(QStringLiteral("telnet")).toBool(), !was);
    Q_UNUSED(id);
}

void tst_Editor::zoneSubnetsAreValidated()
{
    QVERIFY(m_window->files()->openSample());
    ZoneItem *zone = m_window->scene()->zoneItem(QStringLiteral("dmz"));
    QVERIFY(zone);
    m_window->scene()->clearSelection();
    zone->setSelected(true);
    auto *subnets = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("subnets")));
    QVERIFY(subnets);
    QCOMPARE(subnets->text(), QStringLiteral("172.20.0.0/24"));
    subnets->setText(QStringLiteral("172.20.0.0/24, 10.300.0.0/16"));
    emit subnets->editingFinished();
    QCOMPARE(m_window->document()->design().zone(QStringLiteral("dmz"))->subnets.size(), 1);
    QVERIFY(m_window->properties()->message().contains(QStringLiteral("10.300.0.0/16")));
    subnets->setText(QStringLiteral("172.20.0.0/24, 172.21.0.0/24"));
    emit subnets->editingFinished();
    QCOMPARE(m_window->document()->design().zone(QStringLiteral("dmz"))->subnets.size(), 2);
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(m_window->document()->design().zone(QStringLiteral("dmz"))->subnets.size(), 1);
}

QTEST_MAIN(tst_Editor)
#include "tst_editor.moc"
