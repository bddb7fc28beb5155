#include "customflowactions.h"
#include "customflowdialog.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"
#include "flowarrowitem.h"
#include "flowmatrixwidget.h"
#include "flowtablemodel.h"
#include "hostitem.h"
#include "linkitem.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace portolan;

/**
 * Design > Add Custom Flow… on the sample design: the dialog, the matrix, the canvas and undo; and
 * the same from a host's and a link's context menu.
 */
class tst_CustomFlowsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addShowUndoRedoAndDeleteWithHost()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.files()->openSample());
        Document *document = window.document();
        const Design &design = document->design();
        QVERIFY(design.hosts().size() >= 2);
        const QString source = design.hosts().at(0).id;
        const QString destination = design.hosts().at(1).id;
        document->flushDerivation();
        const qsizetype catalogRows = document->derivation().flows.size();

        // Select the two hosts, choose Design > Add Custom Flow…, fill in the dialog.
        window.scene()->selectHosts({source, destination});
        QAction *add = window.findChild<QAction *>(QStringLiteral("addCustomFlow"));
        QVERIFY(add && add->isEnabled());
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<CustomFlowDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->sourceBox()->currentData().toString(), source);
            QCOMPARE(dialog->destinationBox()->currentData().toString(), destination);
            dialog->portsEdit()->setText(QStringLiteral("8443"));
            QVERIFY(!dialog->problem().isEmpty()); // no reason yet: OK is refused
            dialog->serviceEdit()->setText(QStringLiteral("Vendor support"));
            dialog->reasonEdit()->setText(QStringLiteral("CR-77: remote support"));
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            filled = true;
            dialog->accept();
        });
        add->trigger();
        QVERIFY(filled);
        QCOMPARE(design.customFlows.size(), 1);
        QCOMPARE(design.customFlows.front().id, QStringLiteral("c1"));
        document->flushDerivation();
        QCOMPARE(document->derivation().flows.size(), catalogRows + 1);

        // The matrix marks the row as custom and shows the reason as its reference.
        const auto customRow = [&]() -> int {
            QAbstractItemModel *model = window.matrix()->view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(FlowTableModel::CustomFlowRole).toString()
                    == QLatin1String("c1"))
                    return row;
            }
            return -1;
        };
        const int row = customRow();
        QVERIFY(row >= 0);
        QAbstractItemModel *model = window.matrix()->view()->model();
        QCOMPARE(model->index(row, FlowTableModel::ActionColumn).data().toString(),
            QStringLiteral("Allow (custom)"));
        QCOMPARE(model->index(row, FlowTableModel::PortsColumn).data().toString(), QStringLiteral("8443"));
        QCOMPARE(model->index(row, FlowTableModel::ReferenceColumn).data().toString(),
            QStringLiteral("custom: CR-77: remote support"));

        // The canvas draws it as a dashed custom arrow when flows are shown.
        QAction *showFlows = window.findChild<QAction *>(QStringLiteral("showFlows"));
        QVERIFY(showFlows);
        if (!showFlows->isChecked())
            showFlows->trigger();
        FlowArrowItem *arrow = window.scene()->flowArrow(source, destination);
        QVERIFY(arrow);
        QVERIFY(arrow->toolTip().contains(QLatin1String("custom: c1")));

        // Edit and remove act on the chosen matrix row.
        window.matrix()->view()->setCurrentIndex(model->index(row, 0));
        QVERIFY(window.customFlowActions()->editAction()->isEnabled());
        window.customFlowActions()->removeAction()->trigger();
        QVERIFY(design.customFlows.isEmpty());

        // Undo brings it back, redo takes it away, undo again; one step each.
        document->undoStack()->undo();
        QCOMPARE(design.customFlows.size(), 1);
        document->undoStack()->redo();
        QVERIFY(design.customFlows.isEmpty());
        document->undoStack()->undo();
        document->flushDerivation();
        QVERIFY(customRow() >= 0);

        // Deleting its source host takes the custom flow with it, in the same undo step.
        QVERIFY(document->removeItems({source}, {}, {}));
        QVERIFY(design.customFlows.isEmpty());
        QVERIFY(!design.host(source));
        document->undoStack()->undo();
        QVERIFY(design.host(source));
        QCOMPARE(design.customFlows.size(), 1);
        document->flushDerivation();
        QVERIFY(customRow() >= 0);

        // Undo of the add leaves the catalog's rows only.
        QCOMPARE(document->undoStack()->count(), 2); // the add, and the delete (its redo is gone)
        QCOMPARE(document->undoStack()->index(), 1);
        document->undoStack()->undo();
        document->flushDerivation();
        QVERIFY(design.customFlows.isEmpty());
        QCOMPARE(document->derivation().flows.size(), catalogRows);
        QCOMPARE(window.matrix()->model()->rowCount(),
            int(catalogRows)); // unfiltered: the view follows the selection
        document->undoStack()->setClean();
    }

    void addFromContextMenus()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.files()->openSample());
        Document *document = window.document();
        const Design &design = document->design();
        DesignView *view = window.view();
        view->setZoom(1);

        // Right-clicks a point of the canvas, chooses Add Custom Flow… in the menu that opens, and
        // fills in the dialog; returns the source and destination the dialog was opened with.
        const auto addThroughMenu = [&](const QPointF &scenePos, const QString &reason) {
            view->centerOn(scenePos);
            const QPoint at = view->mapFromScene(scenePos);
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &event);
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QStringList preset;
            if (!menu)
                return preset;
            QAction *add = menu->findChild<QAction *>(QStringLiteral("context-addCustomFlow"));
            if (!add || !add->isEnabled() || add->text() != QStringLiteral("Add &Custom Flow…"))
                return preset;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<CustomFlowDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                preset = {dialog->sourceBox()->currentData().toString(),
                    dialog->destinationBox()->currentData().toString()};
                dialog->portsEdit()->setText(QStringLiteral("8443"));
                dialog->serviceEdit()->setText(QStringLiteral("Vendor support"));
                dialog->reasonEdit()->setText(reason);
                dialog->accept();
            });
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(add).center());
            return preset;
        };

        // On a host that is not selected: it is the source, the destination another host.
        window.scene()->clearSelection();
        const QString host = QStringLiteral("eng-ws1");
        QStringList preset = addThroughMenu(window.scene()->hostItem(host)->pos(), QStringLiteral("CR-1"));
        QCOMPARE(preset.size(), 2);
        QCOMPARE(preset.at(0), host);
        QVERIFY(!preset.at(1).isEmpty() && preset.at(1) != host);
        QCOMPARE(design.customFlows.size(), 1);
        QCOMPARE(design.customFlows.front().source, host);
        QCOMPARE(design.customFlows.front().destination, preset.at(1));
        QCOMPARE(design.customFlows.front().reason, QStringLiteral("CR-1"));

        // On a host of two selected: that host the source, the other one the destination.
        window.scene()->selectHosts({QStringLiteral("sms1"), QStringLiteral("ad1")});
        preset
            = addThroughMenu(window.scene()->hostItem(QStringLiteral("ad1"))->pos(), QStringLiteral("CR-2"));
        QCOMPARE(preset, (QStringList {QStringLiteral("ad1"), QStringLiteral("sms1")}));
        QCOMPARE(design.customFlows.size(), 2);

        // On a link, away from the cards: its two ends.
        const QList<int> found
            = document->linkIndexes({{QStringLiteral("dmz-jump"), QStringLiteral("pcns-dmz")}});
        QCOMPARE(found.size(), 1);
        const Link link = design.links().at(found.first());
        const QPointF a = window.scene()->hostItem(link.a)->pos();
        const QPointF b = window.scene()->hostItem(link.b)->pos();
        QPointF onLink;
        for (int step = 3; step <= 7 && onLink.isNull(); ++step) {
            const QPointF candidate = a + (b - a) * step / 10.0;
            bool card = false, line = false;
            for (QGraphicsItem *item : window.scene()->items(candidate)) {
                card |= item->type() == HostItem::Type;
                line |= item->type() == LinkItem::Type;
            }
            if (line && !card)
                onLink = candidate;
        }
        QVERIFY(!onLink.isNull());
        preset = addThroughMenu(onLink, QStringLiteral("CR-3"));
        QCOMPARE(preset, (QStringList {link.a, link.b}));
        QCOMPARE(design.customFlows.size(), 3);
        QCOMPARE(design.customFlows.back().source, link.a);
        QCOMPARE(design.customFlows.back().destination, link.b);

        // Each add is one undo step, as from the Design menu.
        QCOMPARE(document->undoStack()->count(), 3);
        document->undoStack()->undo();
        QCOMPARE(design.customFlows.size(), 2);
        document->undoStack()->undo();
        document->undoStack()->undo();
        QVERIFY(design.customFlows.isEmpty());
        document->undoStack()->redo();
        QCOMPARE(design.customFlows.front().source, host);
        document->undoStack()->setClean();
    }
};

QTEST_MAIN(tst_CustomFlowsGui)
#include "tst_customflowsgui.moc"
