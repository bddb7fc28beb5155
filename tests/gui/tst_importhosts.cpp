// File > Import Hosts from CSV, driven through the real window: what the preview shows for a
// good and a bad inventory, the import as one undo step, and the canvas and matrix after it.
#include "designbuilder.h"
#include "designscene.h"
#include "document.h"
#include "flowmatrixwidget.h"
#include "flowtablemodel.h"
#include "hostitem.h"
#include "importhostsdialog.h"
#include "importpreviewmodel.h"
#include "mainwindow.h"
#include "zoneitem.h"

#include "layout/placement.h"

#include <QAction>
#include <QBrush>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;
using namespace portolan::test;

class tst_ImportHosts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void previewOfAGoodInventory();
    void previewOfABadInventory();
    void importIsOneUndoStep();
    void importIntoZonesTakesFreeCells();
    void menuOpensTheDialog();
    void keyboardOnly();

private:
    QString write(const QString &name, const QByteArray &content);
    /// The preview's row as the table shows it: line, name, id, type, zone, address, problem.
    QStringList shownRow(const ImportPreviewModel *model, int row) const;
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    Design m_sample;
    QString m_inventory; ///< the sample inventory of the repository
};

QString tst_ImportHosts::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write test file");
    return file.fileName();
}

QStringList tst_ImportHosts::shownRow(const ImportPreviewModel *model, int row) const
{
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells.append(model->index(row, column).data().toString());
    return cells;
}

void tst_ImportHosts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(loadSample(&m_sample, &error), qPrintable(error));
    m_inventory = sourcePath(QStringLiteral("resources/samples/riverside-inventory.csv"));
}

void tst_ImportHosts::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->document()->resetDesign(m_sample);
}

void tst_ImportHosts::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void tst_ImportHosts::previewOfAGoodInventory()
{
    ImportHostsDialog dialog(m_window->document(), m_window);
    QVERIFY(dialog.loadFile(m_inventory));
    const ImportPreviewModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 6);
    const QString none;
    QCOMPARE(shownRow(model, 0),
        QStringList({QStringLiteral("2"), QStringLiteral("ENG-WS2"), QStringLiteral("eng-ws2"),
            QStringLiteral("workstation"), QStringLiteral("Enterprise IT"), QStringLiteral("10.10.4.22"),
            none}));
    QCOMPARE(shownRow(model, 2),
        QStringList({QStringLiteral("4"), QStringLiteral("DMZ-JUMP2"), QStringLiteral("dmz-jump2"),
            QStringLiteral("workstation"), QStringLiteral("OT DMZ"), QStringLiteral("172.20.0.41"), none}));
    QCOMPARE(shownRow(model, 5),
        QStringList({QStringLiteral("7"), QStringLiteral("Lab PC 1"), QStringLiteral("lab-pc-1"),
            QStringLiteral("workstation"), QStringLiteral("Test lab (new zone)"),
            QStringLiteral("10.99.0.10"), none}));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summary().startsWith(QLatin1String("Hosts to add: 6. New zones: 1.")),
        qPrintable(dialog.summary()));
}

void tst_ImportHosts::previewOfABadInventory()
{
    const QString bad = write(QStringLiteral("bad.csv"),
        "name,type,address,zone\n"
        "WS-9,workstation,10.10.4.90,\n"
        "PLC-1,vos-modul,192.168.10.40,\n"
        "WS-10,workstation,10.10.4.1000,\n"
        "WS-11,workstation,172.20.0.99,Control network\n");
    ImportHostsDialog dialog(m_window->document(), m_window);
    QVERIFY(!dialog.loadFile(bad));
    const ImportPreviewModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 4);
    // The good row shows what it will get; each bad one its reason, highlighted.
    QCOMPARE(shownRow(model, 0).mid(1, 5),
        QStringList({QStringLiteral("WS-9"), QStringLiteral("ws-9"), QStringLiteral("workstation"),
            QStringLiteral("Enterprise IT"), QStringLiteral("10.10.4.90")}));
    QVERIFY(!model->index(0, 1).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(1, ImportPreviewModel::Problem).data().toString(),
        QStringLiteral(
            "Column 7: \"vos-modul\" is not a host type of the catalog; did you mean \"vos-module\" "
            "(Stratus VOS module)?"));
    QCOMPARE(model->index(2, ImportPreviewModel::Problem).data().toString(),
        QStringLiteral("Column 19: \"10.10.4.1000\" is not an IPv4 address (four numbers from 0 to 255: "
                       "192.168.10.11) or an IPv6 address."));
    for (int row : {1, 2}) {
        QVERIFY(model->index(row, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(row, 1).data(Qt::BackgroundRole) != model->index(0, 1).data(Qt::BackgroundRole));
    }
    // A zone named for an address outside its subnets imports, with a warning the findings repeat.
    QCOMPARE(shownRow(model, 3).at(ImportPreviewModel::Zone), QStringLiteral("Control network"));
    QVERIFY2(model->index(3, ImportPreviewModel::Problem)
                 .data()
                 .toString()
                 .contains(QLatin1String("172.20.0.99 lies outside every subnet of zone \"control\"")),
        qPrintable(model->index(3, ImportPreviewModel::Problem).data().toString()));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summary().startsWith(QLatin1String("2 rows cannot be imported")),
        qPrintable(dialog.summary()));
    QVERIFY(!dialog.importHosts());
    QCOMPARE(m_window->document()->design(), m_sample);
}

void tst_ImportHosts::importIsOneUndoStep()
{
    const QString inventory = write(QStringLiteral("more.csv"),
        "name,type,address,zone\n"
        "VOS-M3,vos-module,192.168.10.33,\n"
        "Lab PC 1,workstation,10.99.0.10,Test lab\n"
        "Lab PC 2,workstation,10.99.0.11,Test lab\n"
        "Lab PC 3,workstation,10.99.0.12,Test lab\n");
    Document *document = m_window->document();
    document->flushDerivation();
    const int rowsBefore = m_window->matrix()->model()->rowCount();
    ImportHostsDialog dialog(document, m_window);
    QVERIFY(dialog.loadFile(inventory));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Import 4 hosts"));
    const Design &design = document->design();
    QCOMPARE(design.hosts().size(), m_sample.hosts().size() + 4);
    QCOMPARE(design.zones().size(), m_sample.zones().size() + 1);
    const Zone *lab = design.zone(QStringLiteral("test-lab"));
    QVERIFY(lab);
    QCOMPARE(lab->name, QStringLiteral("Test lab"));
    // The canvas: the new zone's frame right of every other zone, its hosts' cards inside it,
    // apart; every imported card where the placement puts it.
    ZoneItem *labItem = m_window->scene()->zoneItem(QStringLiteral("test-lab"));
    QVERIFY(labItem);
    for (const Zone &zone : m_sample.zones())
        QVERIFY(!lab->area.intersects(zone.area));
    const QList<QPointF> centres = Placement::hostCentres(design);
    QList<QRectF> labCards;
    for (const QString &id : {QStringLiteral("vos-m3"), QStringLiteral("lab-pc-1"),
             QStringLiteral("lab-pc-2"), QStringLiteral("lab-pc-3")}) {
        HostItem *item = m_window->scene()->hostItem(id);
        QVERIFY2(item, qPrintable(id));
        QCOMPARE(item->pos(), centres.at(design.hostIndex(id)));
        if (id.startsWith(QLatin1String("lab"))) {
            const QRectF card = Placement::hostRect(item->pos());
            QVERIFY2(lab->area.contains(card), qPrintable(id));
            for (const QRectF &other : labCards)
                QVERIFY(!other.intersects(card));
            labCards.append(card);
        }
    }
    // The matrix: the vos module's block rows.
    document->flushDerivation();
    const FlowTableModel *matrix = m_window->matrix()->model();
    QVERIFY(matrix->rowCount() > rowsBefore);
    bool shown = false;
    for (int row = 0; row < matrix->rowCount() && !shown; ++row) {
        for (int column = 0; column < matrix->columnCount(); ++column)
            shown |= matrix->index(row, column)
                         .data()
                         .toString()
                         .compare(QLatin1String("vos-m3"), Qt::CaseInsensitive)
                == 0;
    }
    QVERIFY(shown);

    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(document->design(), m_sample);
    QVERIFY(!m_window->scene()->hostItem(QStringLiteral("vos-m3")));
    QVERIFY(!m_window->scene()->zoneItem(QStringLiteral("test-lab")));
    document->flushDerivation();
    QCOMPARE(matrix->rowCount(), rowsBefore);

    m_window->action(QStringLiteral("redo"))->trigger();
    QCOMPARE(document->design().hosts().size(), m_sample.hosts().size() + 4);
    QVERIFY(m_window->scene()->hostItem(QStringLiteral("lab-pc-3")));
}

void tst_ImportHosts::importIntoZonesTakesFreeCells()
{
    // The sample inventory through File > Import Hosts from CSV…: five of its hosts go into zones
    // of the sample design by their address, two of them into the enterprise zone whose grid is
    // full, the sixth into a new zone.
    Document *document = m_window->document();
    m_window->action(QStringLiteral("importHosts"))->trigger();
    auto *dialog = m_window->findChild<ImportHostsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *path = dialog->findChild<QLineEdit *>();
    QVERIFY(path);
    QTRY_VERIFY(path->hasFocus());
    QTest::keyClicks(path, m_inventory);
    QTest::keyClick(path, Qt::Key_Return);
    QCOMPARE(dialog->model()->rowCount(), 6);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(document->undoStack()->count(), 1);

    const Design &design = document->design();
    QCOMPARE(design.hosts().size(), m_sample.hosts().size() + 6);
    QStringList imported;
    for (const Host &host : design.hosts()) {
        if (!m_sample.host(host.id))
            imported.append(host.id);
    }
    QCOMPARE(design.host(QStringLiteral("eng-ws2"))->zone, QStringLiteral("enterprise"));
    QCOMPARE(design.host(QStringLiteral("hist-client"))->zone, QStringLiteral("enterprise"));
    QCOMPARE(design.host(QStringLiteral("dmz-jump2"))->zone, QStringLiteral("dmz"));
    // What the canvas shows: no two cards overlap, no two zone frames overlap, every card inside
    // the frame of its zone.
    DesignScene *scene = m_window->scene();
    QList<QPair<QString, QRectF>> cards;
    for (const Host &host : design.hosts()) {
        HostItem *item = scene->hostItem(host.id);
        QVERIFY2(item, qPrintable(host.id));
        const QRectF card = Placement::hostRect(item->pos());
        for (const auto &[other, rect] : std::as_const(cards))
            QVERIFY2(!rect.intersects(card), qPrintable(host.id + QStringLiteral(" on ") + other));
        cards.append({host.id, card});
        if (!host.zone.isEmpty()) {
            ZoneItem *zone = scene->zoneItem(host.zone);
            QVERIFY2(zone, qPrintable(host.zone));
            QVERIFY2(
                zone->area().contains(card), qPrintable(host.id + QStringLiteral(" outside ") + host.zone));
        }
    }
    QList<QPair<QString, QRectF>> frames;
    for (const Zone &zone : design.zones()) {
        const QRectF area = scene->zoneItem(zone.id)->area();
        QCOMPARE(area, zone.area);
        for (const auto &[other, rect] : std::as_const(frames))
            QVERIFY2(!rect.intersects(area), qPrintable(zone.id + QStringLiteral(" on ") + other));
        frames.append({zone.id, area});
    }
    // Every imported host has its place in the design, where the canvas shows it, at least 8 from
    // every other card.
    for (const QString &id : std::as_const(imported)) {
        QVERIFY2(design.host(id)->hasPosition, qPrintable(id));
        QCOMPARE(scene->hostItem(id)->pos(), design.host(id)->position);
        const QRectF around = Placement::hostRect(design.host(id)->position).adjusted(-7, -7, 7, 7);
        for (const auto &[other, rect] : std::as_const(cards))
            QVERIFY2(
                other == id || !rect.intersects(around), qPrintable(id + QStringLiteral(" near ") + other));
    }

    // One undo step takes it all back, zones as they were.
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(document->design(), m_sample);
    for (const Zone &zone : m_sample.zones())
        QCOMPARE(scene->zoneItem(zone.id)->area(), zone.area);
    m_window->action(QStringLiteral("redo"))->trigger();
    QCOMPARE(document->design().hosts().size(), m_sample.hosts().size() + 6);
    QCOMPARE(scene->zoneItem(QStringLiteral("enterprise"))->area(),
        design.zone(QStringLiteral("enterprise"))->area);
}

void tst_ImportHosts::menuOpensTheDialog()
{
    QAction *action = m_window->action(QStringLiteral("importHosts"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Import &Hosts from CSV…"));
    bool inFileMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = menu->text() == QLatin1String("&File");
    }
    QVERIFY(inFileMenu);
    action->trigger();
    auto *dialog = m_window->findChild<ImportHostsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->width() >= 800 && dialog->height() >= 480);
    dialog->reject();
}

void tst_ImportHosts::keyboardOnly()
{
    // Type the path, Enter shows the preview (and imports nothing), Enter again imports.
    ImportHostsDialog dialog(m_window->document(), m_window);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *path = dialog.findChild<QLineEdit *>();
    QVERIFY(path);
    QTRY_VERIFY(path->hasFocus());
    QTest::keyClicks(path, m_inventory);
    QTest::keyClick(path, Qt::Key_Return);
    QCOMPARE(dialog.model()->rowCount(), 6);
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_window->document()->design(), m_sample);
    // The preview has the focus; Enter there presses Import, the default button.
    QCOMPARE(dialog.focusWidget(), dialog.findChild<QTableView *>());
    QVERIFY(dialog.importButton()->isDefault());
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    QCOMPARE(m_window->document()->design().hosts().size(), m_sample.hosts().size() + 6);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(tst_ImportHosts)
#include "tst_importhosts.moc"
