// What users of a diagram editor expect, driven as a user does: findings that name hosts and
// zones by their names, arrow keys that nudge the selection (one undo step a burst), align and
// distribute, zoom to the selection, paste at the pointer and the canvas's context menus.
#include "catalogbrowser.h"
#include "clipboard.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "editoractions.h"
#include "findingsmodel.h"
#include "flowmatrixwidget.h"
#include "flowtablemodel.h"
#include "hostitem.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "propertieswidget.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "zoneitem.h"

#include "designbuilder.h"

#include "changevaluecommand.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace portolan;

namespace {

Host makeHost(const QString &id, const QString &type, const QString &name, const QString &zone, QPointF at)
{
    Host host;
    host.id = id;
    host.type = type;
    host.name = name;
    host.zone = zone;
    host.position = at;
    host.hasPosition = true;
    return host;
}

/// A zone "zone-2" named "Control room" (0,0 600x400) with three PowerChute agents and an NMC.
Design smallDesign()
{
    Design design;
    Zone zone;
    zone.id = QStringLiteral("zone-2");
    zone.name = QStringLiteral("Control room");
    Subnet subnet;
    Zone::parseSubnet(QStringLiteral("10.1.0.0/24"), &subnet);
    zone.subnets = {subnet};
    zone.area = QRectF(0, 0, 600, 400);
    design.addZone(zone);
    Host agent = makeHost(QStringLiteral("workstation-1"), QStringLiteral("pcns"),
        QStringLiteral("Operator station"), zone.id, QPointF(100, 100));
    agent.address = QHostAddress(QStringLiteral("192.168.7.9")); // outside the zone's subnet
    design.addHost(agent);
    design.addHost(makeHost(QStringLiteral("pcns-2"), QStringLiteral("pcns"),
        QStringLiteral("Historian agent"), zone.id, QPointF(260, 130)));
    design.addHost(makeHost(QStringLiteral("pcns-3"), QStringLiteral("pcns"),
        QStringLiteral("Engineering agent"), zone.id, QPointF(500, 300)));
    design.addHost(makeHost(QStringLiteral("nmc-1"), QStringLiteral("nmc"), QStringLiteral("UPS card"),
        zone.id, QPointF(300, 250)));
    design.addLink(Link {QStringLiteral("workstation-1"), QStringLiteral("nmc-1"), {}, {}});
    return design;
}

} // namespace

class tst_EditorUx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void findingsListNamesHostsAndZones();
    void arrowKeysNudgeOneUndoStepPerBurst();
    void shiftArrowNudgesFurther();
    void nudgedZoneTakesItsHosts();
    void alignLeftAndUndo();
    void distributeHorizontally();
    void zoomToSelection();
    void pasteAtPointer();
    void contextMenus();
    void shortcutsHelpListsTheActions();
    void drawZoneByDragging();
    void flowMatrixRowMenu();
    void catalogBrowserSearches();
    void darkThemeFromPreferences();

private:
    QPointF pos(const QString &id) const { return m_window->scene()->hostItem(id)->pos(); }
    const Host &host(const QString &id) const { return *m_window->document()->design().host(id); }

    MainWindow *m_window = nullptr;
};

void tst_EditorUx::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->document()->resetDesign(smallDesign());
    m_window->document()->flushDerivation();
    m_window->view()->resetZoom();
    m_window->view()->centerOn(300, 200);
    m_window->view()->setFocus();
}

void tst_EditorUx::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void tst_EditorUx::findingsListNamesHostsAndZones()
{
    const auto findingText = [this] {
        QAbstractItemModel *model = m_window->findingsView()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString text = model->index(r, FindingsModel::MessageColumn).data().toString();
            if (text.contains(QLatin1String("192.168.7.9")))
                return text;
        }
        return QString();
    };
    QCOMPARE(findingText(),
        QStringLiteral("Host \"Operator station\": address 192.168.7.9 lies outside every subnet of zone "
                       "\"Control room\" (10.1.0.0/24)."));
    // Renamed in the Properties, the list follows.
    Document *document = m_window->document();
    const Host before = host(QStringLiteral("workstation-1"));
    Host after = before;
    after.name = QStringLiteral("Shift supervisor");
    document->undoStack()->push(
        new ChangeHostCommand(document, before, after, QStringLiteral("name"), QString()));
    document->flushDerivation();
    QCOMPARE(findingText(),
        QStringLiteral("Host \"Shift supervisor\": address 192.168.7.9 lies outside every subnet of zone "
                       "\"Control room\" (10.1.0.0/24)."));
}

void tst_EditorUx::arrowKeysNudgeOneUndoStepPerBurst()
{
    const QString id = QStringLiteral("pcns-2");
    m_window->scene()->selectHosts({id});
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_window->view(), Qt::Key_Right);
    QTest::keyClick(m_window->view(), Qt::Key_Down);
    QCOMPARE(host(id).position, QPointF(263, 131));
    QCOMPARE(pos(id), QPointF(263, 131));
    QCOMPARE(stack->count(), steps + 1); // one undo step for the burst
    stack->undo();
    QCOMPARE(host(id).position, QPointF(260, 130));
    QCOMPARE(pos(id), QPointF(260, 130));
    QCOMPARE(m_window->scene()->selectedHostIds(), QStringList {id});
}

void tst_EditorUx::shiftArrowNudgesFurther()
{
    const QString id = QStringLiteral("pcns-2");
    m_window->scene()->selectHosts({id});
    QTest::keyClick(m_window->view(), Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(m_window->view(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(host(id).position, QPointF(250, 120));
    QCOMPARE(host(id).zone, QStringLiteral("zone-2"));
}

void tst_EditorUx::nudgedZoneTakesItsHosts()
{
    DesignScene *scene = m_window->scene();
    scene->clearSelection();
    scene->zoneItem(QStringLiteral("zone-2"))->setSelected(true);
    QTest::keyClick(m_window->view(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_window->document()->design().zone(QStringLiteral("zone-2"))->area, QRectF(10, 0, 600, 400));
    QCOMPARE(host(QStringLiteral("nmc-1")).position, QPointF(310, 250));
    QCOMPARE(pos(QStringLiteral("nmc-1")), QPointF(310, 250));
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->design().zone(QStringLiteral("zone-2"))->area, QRectF(0, 0, 600, 400));
    QCOMPARE(host(QStringLiteral("nmc-1")).position, QPointF(300, 250));
}

void tst_EditorUx::alignLeftAndUndo()
{
    m_window->scene()->selectHosts(
        {QStringLiteral("pcns-2"), QStringLiteral("pcns-3"), QStringLiteral("nmc-1")});
    QAction *align = m_window->action(QStringLiteral("alignLeft"));
    QVERIFY(align->isEnabled());
    align->trigger();
    // The leftmost card's centre is at 260: every card's centre moves there.
    for (const char *id : {"pcns-2", "pcns-3", "nmc-1"})
        QCOMPARE(host(QLatin1String(id)).position.x(), 260.0);
    QCOMPARE(host(QStringLiteral("pcns-3")).position.y(), 300.0);
    m_window->document()->undoStack()->undo();
    QCOMPARE(host(QStringLiteral("pcns-3")).position, QPointF(500, 300));
    QCOMPARE(host(QStringLiteral("nmc-1")).position, QPointF(300, 250));
    QCOMPARE(pos(QStringLiteral("nmc-1")), QPointF(300, 250));

    m_window->action(QStringLiteral("alignBottom"))->trigger();
    for (const char *id : {"pcns-2", "pcns-3", "nmc-1"})
        QCOMPARE(host(QLatin1String(id)).position.y(), 300.0);
}

void tst_EditorUx::distributeHorizontally()
{
    // Centres at 100, 260 and 500: the middle one goes half way, 300.
    m_window->scene()->selectHosts(
        {QStringLiteral("workstation-1"), QStringLiteral("pcns-2"), QStringLiteral("pcns-3")});
    QAction *distribute = m_window->action(QStringLiteral("distributeHorizontally"));
    QVERIFY(distribute->isEnabled());
    distribute->trigger();
    QCOMPARE(host(QStringLiteral("workstation-1")).position, QPointF(100, 100));
    QCOMPARE(host(QStringLiteral("pcns-2")).position, QPointF(300, 130));
    QCOMPARE(host(QStringLiteral("pcns-3")).position, QPointF(500, 300));
    // Two selected are not enough to distribute.
    m_window->scene()->selectHosts({QStringLiteral("workstation-1"), QStringLiteral("pcns-2")});
    QVERIFY(!distribute->isEnabled());
}

void tst_EditorUx::zoomToSelection()
{
    DesignView *view = m_window->view();
    view->setZoom(0.25);
    m_window->scene()->selectHosts({QStringLiteral("pcns-3")});
    QAction *zoom = m_window->action(QStringLiteral("zoomSelection"));
    QCOMPARE(zoom->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 2.0); // a single card: as close as the zoom goes for a selection
    const QPoint centre = view->mapFromScene(pos(QStringLiteral("pcns-3")));
    QVERIFY2((centre - view->viewport()->rect().center()).manhattanLength() < 4,
        qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
}

void tst_EditorUx::pasteAtPointer()
{
    DesignScene *scene = m_window->scene();
    scene->selectHosts({QStringLiteral("pcns-2")});
    QVERIFY(m_window->clipboard()->copy());
    // Outside every zone, top left of the card at the point.
    QVERIFY(m_window->clipboard()->pasteAt(QPointF(900, 600)));
    QStringList pasted = scene->selectedHostIds();
    QCOMPARE(pasted.size(), 1);
    QCOMPARE(host(pasted.first()).position, QPointF(900 + HostItem::Width / 2, 600 + HostItem::Height / 2));
    QCOMPARE(host(pasted.first()).zone, QString());
    // Inside the zone: it joins it.
    QVERIFY(m_window->clipboard()->pasteAt(QPointF(350, 50)));
    pasted = scene->selectedHostIds();
    QCOMPARE(host(pasted.first()).zone, QStringLiteral("zone-2"));
    QCOMPARE(host(pasted.first()).name, QStringLiteral("Historian agent (copy)"));
}

void tst_EditorUx::contextMenus()
{
    DesignView *view = m_window->view();
    const auto names = [](QMenu *menu) {
        QStringList list;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                list << a->objectName().mid(8) + (a->isEnabled() ? QString() : QStringLiteral("(off)"));
        }
        return list;
    };
    EditorActions *actions = m_window->editorActions();
    // On a host: it becomes the selection.
    m_window->scene()->clearSelection();
    std::unique_ptr<QMenu> menu(
        actions->createContextMenu(view->mapFromScene(pos(QStringLiteral("pcns-3"))), view));
    QCOMPARE(names(menu.get()),
        (QStringList {QStringLiteral("selectFlows"), QStringLiteral("addCustomFlow"),
            QStringLiteral("zoomTo"), QStringLiteral("delete"), QStringLiteral("properties")}));
    QCOMPARE(m_window->scene()->selectedHostIds(), QStringList {QStringLiteral("pcns-3")});
    // Delete from the menu deletes the host, as one undo step.
    menu->findChild<QAction *>(QStringLiteral("context-delete"))->trigger();
    QVERIFY(!m_window->document()->design().host(QStringLiteral("pcns-3")));
    m_window->document()->undoStack()->undo();
    QVERIFY(m_window->document()->design().host(QStringLiteral("pcns-3")));

    // On the link between the agent and the NMC: its flows.
    const QPointF middle = (pos(QStringLiteral("workstation-1")) + pos(QStringLiteral("nmc-1"))) / 2;
    menu.reset(actions->createContextMenu(view->mapFromScene(middle), view));
    QCOMPARE(names(menu.get()).first(), QStringLiteral("selectFlows"));
    menu->actions().first()->trigger();
    QStringList selected = m_window->scene()->selectedHostIds();
    selected.sort();
    QCOMPARE(selected, (QStringList {QStringLiteral("nmc-1"), QStringLiteral("workstation-1")}));

    // Inside the zone, away from its hosts and its title bar: the zone's menu, the zone selected alone.
    menu.reset(actions->createContextMenu(view->mapFromScene(QPointF(560, 30)), view));
    QCOMPARE(names(menu.get()),
        (QStringList {QStringLiteral("zoomTo"), QStringLiteral("delete"), QStringLiteral("properties")}));
    QCOMPARE(m_window->scene()->selectedZoneIds(), QStringList {QStringLiteral("zone-2")});
    QVERIFY(m_window->scene()->selectedHostIds().isEmpty()); // the zone alone: no Align submenu

    // On the empty canvas: paste here (nothing copied yet... or something), add a zone here.
    menu.reset(actions->createContextMenu(view->mapFromScene(QPointF(1000, 700)), view));
    const QStringList canvas = names(menu.get());
    QCOMPARE(canvas.mid(1),
        (QStringList {QStringLiteral("addZone"), QStringLiteral("selectAll"), QStringLiteral("zoomFit")}));
    QVERIFY(canvas.first().startsWith(QLatin1String("paste")));
    menu->findChild<QAction *>(QStringLiteral("context-addZone"))->trigger();
    QCOMPARE(m_window->document()->design().zones().size(), 2);
}

void tst_EditorUx::shortcutsHelpListsTheActions()
{
    ShortcutsDialog dialog(ShortcutsDialog::actionsOf(m_window), m_window);
    const QStringList rows = dialog.rows();
    for (const char *row : {"Zoom to Selection\tCtrl+2", "Nudge Left\tLeft", "Nudge Left Further\tShift+Left",
             "Keyboard Shortcuts\tF1", "Draw Links\tL", "Save\tCtrl+S", "Align Left Edges\t(none)"})
        QVERIFY2(rows.contains(QLatin1String(row)), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(!rows.filter(QStringLiteral("Redo\t")).isEmpty());
    QVERIFY(rows.filter(QStringLiteral("Delete")).first().contains(QLatin1String("Del")));
    dialog.filter()->setText(QStringLiteral("ctrl+2"));
    QCOMPARE(dialog.rows(), QStringList {QStringLiteral("Zoom to Selection\tCtrl+2")});
}

void tst_EditorUx::drawZoneByDragging()
{
    DesignView *view = m_window->view();
    QAction *draw = m_window->action(QStringLiteral("drawZone"));
    QCOMPARE(draw->shortcut(), QKeySequence(Qt::Key_Z));
    QTest::keyClick(view, Qt::Key_Z);
    QVERIFY(draw->isChecked());
    QWidget *viewport = view->viewport();
    const QPoint from = view->mapFromScene(QPointF(700, 40));
    const QPoint to = view->mapFromScene(QPointF(960, 300));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    const Design &design = m_window->document()->design();
    QCOMPARE(design.zones().size(), 2);
    const Zone &zone = design.zones().last();
    QVERIFY(zone.id != QLatin1String("zone-2"));
    QVERIFY2(qAbs(zone.area.left() - 700) <= 1 && qAbs(zone.area.top() - 40) <= 1
            && qAbs(zone.area.right() - 960) <= 1 && qAbs(zone.area.bottom() - 300) <= 1,
        qPrintable(QStringLiteral("%1 %2 %3 %4")
                       .arg(zone.area.left())
                       .arg(zone.area.top())
                       .arg(zone.area.right())
                       .arg(zone.area.bottom())));
    QVERIFY(!draw->isChecked()); // one zone per drag, then back to selecting
    QCOMPARE(m_window->scene()->selectedZoneIds(), QStringList {zone.id});
    // Its name is ready to type over.
    auto *name = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("name")));
    QVERIFY(name);
    const QString defaultName = zone.name;
    QVERIFY(!defaultName.isEmpty());
    QCOMPARE(name->text(), defaultName);
    QCOMPARE(name->selectedText(), defaultName);
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Historian DMZ"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(design.zones().last().name, QStringLiteral("Historian DMZ"));
    // Ctrl+Z in the name field undoes the name, then the zone; the keyboard is back on the canvas.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(design.zones().size(), 2);
    QCOMPARE(design.zones().last().name, defaultName);
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(design.zones().size(), 1);

    // A click without a drag adds nothing and keeps the mode on; Escape leaves it.
    QTest::keyClick(view, Qt::Key_Z);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, from);
    QCOMPARE(design.zones().size(), 1);
    QVERIFY(draw->isChecked());
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!draw->isChecked());
}

void tst_EditorUx::flowMatrixRowMenu()
{
    QAbstractItemModel *model = m_window->matrix()->view()->model();
    QModelIndex row;
    for (int r = 0; r < model->rowCount() && !row.isValid(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(FlowTableModel::SourceIdRole).toString() == QLatin1String("workstation-1")
            && index.data(FlowTableModel::DestinationIdRole).toString() == QLatin1String("nmc-1"))
            row = index;
    }
    QVERIFY(row.isValid());
    std::unique_ptr<QMenu> menu(m_window->editorActions()->createRowMenu(row, m_window->matrix()->view()));
    menu->findChild<QAction *>(QStringLiteral("context-selectHosts"))->trigger();
    QStringList selected = m_window->scene()->selectedHostIds();
    selected.sort();
    QCOMPARE(selected, (QStringList {QStringLiteral("nmc-1"), QStringLiteral("workstation-1")}));
    m_window->view()->setZoom(0.2);
    menu->findChild<QAction *>(QStringLiteral("context-zoomTo"))->trigger();
    QVERIFY(m_window->view()->zoom() > 0.5);
    const QRect shown = m_window->view()->viewport()->rect();
    for (const char *id : {"workstation-1", "nmc-1"})
        QVERIFY(shown.contains(m_window->view()->mapFromScene(pos(QLatin1String(id)))));
}

void tst_EditorUx::catalogBrowserSearches()
{
    const Catalog &catalog = m_window->document()->catalog();
    CatalogBrowser browser(catalog, m_window);
    QStandardItemModel *all = browser.model();
    int types = 0;
    for (int r = 0; r < all->rowCount(); ++r) {
        const QString kind = all->index(r, CatalogBrowser::KindColumn).data().toString();
        types += kind == QLatin1String("Host type");
        // Every flow, block and finding cites its vendor document.
        if (kind == QLatin1String("Flow") || kind == QLatin1String("Block")
            || kind == QLatin1String("Finding"))
            QVERIFY2(!all->index(r, CatalogBrowser::ReferenceColumn).data().toString().isEmpty(),
                qPrintable(all->index(r, CatalogBrowser::NameColumn).data().toString()));
    }
    QCOMPARE(types, int(catalog.types().size()));
    QAbstractItemModel *shown = browser.view()->model();
    QTest::keyClicks(browser.filter(), QStringLiteral("PCNS.NO-NMC"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, CatalogBrowser::KindColumn).data().toString(), QStringLiteral("Finding"));
    QCOMPARE(shown->index(0, CatalogBrowser::DescriptionColumn).data().toString(),
        QStringLiteral(
            "PowerChute agent \"{id}\" is linked to no NMC: it will never receive a shutdown signal."));
    // A link meaning is found by a word of it.
    browser.filter()->setText(QStringLiteral("Link"));
    QVERIFY(shown->rowCount() > 1);
}

void tst_EditorUx::darkThemeFromPreferences()
{
    // The sample plant: its flow matrix has recommended block rows.
    Design sample;
    QString error;
    QVERIFY2(test::loadSample(&sample, &error), qPrintable(error));
    m_window->document()->resetDesign(sample);
    m_window->document()->flushDerivation();
    {
        PreferencesDialog dialog(m_window);
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog.save();
    }
    QVERIFY(Theme::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
    // Every block row of the flow matrix: light text on a dark red, readable on the dark palette.
    QAbstractItemModel *model = m_window->matrix()->view()->model();
    int blockRows = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (!index.data(FlowTableModel::BlockRole).toBool())
            continue;
        ++blockRows;
        const QColor back = index.data(Qt::BackgroundRole).value<QBrush>().color();
        const QColor text = index.data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY2(back.lightness() < 90 && back.red() > back.green() && back.red() > back.blue()
                && text.lightness() > 150,
            qPrintable(QStringLiteral("row %1: %2 on %3").arg(r).arg(text.name(), back.name())));
    }
    QVERIFY2(blockRows > 0, "the sample's flow matrix shows no block row");
    QCOMPARE(QSettings().value(Theme::settingKey()).toString(), QStringLiteral("dark"));
    Theme::apply(Theme::Mode::Light);
    QVERIFY(!Theme::isDark());
    QSettings().remove(Theme::settingKey());
    Theme::apply(Theme::Mode::System);
}

QTEST_MAIN(tst_EditorUx)
#include "tst_editorux.moc"
