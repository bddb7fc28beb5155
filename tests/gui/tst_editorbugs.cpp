// Bugs of the editor seen in a design session, each driven as a user meets it: zones added
// twice, the Contents count after drawing a link, the undo keys, the toolbar after edits, the
// findings by name, the palette and the properties dock with long names.
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"
#include "findingsmodel.h"
#include "hostitem.h"
#include "mainwindow.h"
#include "palettemodel.h"
#include "palettewidget.h"
#include "preferencesdialog.h"
#include "propertieswidget.h"

#include "storage/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace portolan;

class tst_EditorBugs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addZoneTwiceOverlapsNothing();
    void contentsCountFollowsDrawnLink();
    void ctrlYRedoes();
    void ctrlZWorksInPropertyEditor();
    void undoFromTheMenuGivesTheCanvasTheFocus();
    void toolbarKeepsItsWidthAfterEdits();
    void longNamesAreShownWhole();
    void preferencesAreStored();

private:
    QString drop(const QString &typeId, const QPointF &scenePos);
    QPoint viewPoint(const QPointF &scenePos) const { return m_window->view()->mapFromScene(scenePos); }

    MainWindow *m_window = nullptr;
};

void tst_EditorBugs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_EditorBugs::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->view()->resetZoom();
    m_window->view()->centerOn(0, 0);
}

void tst_EditorBugs::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

QString tst_EditorBugs::drop(const QString &typeId, const QPointF &scenePos)
{
    PaletteModel *model = m_window->palette()->model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOfType(typeId)}));
    QWidget *viewport = m_window->view()->viewport();
    const QPoint point = viewPoint(scenePos);
    QDragEnterEvent enter(point, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDropEvent dropEvent(QPointF(point), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
    const QStringList selected = m_window->scene()->selectedHostIds();
    return selected.size() == 1 ? selected.first() : QString();
}

void tst_EditorBugs::addZoneTwiceOverlapsNothing()
{
    QAction *addZone = m_window->action(QStringLiteral("addZone"));
    addZone->trigger();
    addZone->trigger();
    addZone->trigger();
    const QList<Zone> &zones = m_window->document()->design().zones();
    QCOMPARE(zones.size(), 3);
    for (int i = 0; i < zones.size(); ++i) {
        QVERIFY(!zones.at(i).area.isEmpty());
        for (int j = i + 1; j < zones.size(); ++j)
            QVERIFY2(!zones.at(i).area.intersects(zones.at(j).area),
                qPrintable(QStringLiteral("%1 and %2 overlap").arg(zones.at(i).id, zones.at(j).id)));
    }
    // The first goes where the view looks; the others next to it, still within reach.
    const QPointF centre = m_window->view()->mapToScene(m_window->view()->viewport()->rect().center());
    QVERIFY(zones.first().area.contains(centre));
    for (const Zone &zone : zones)
        QVERIFY(QLineF(zone.area.center(), centre).length() < 1000);
}

void tst_EditorBugs::contentsCountFollowsDrawnLink()
{
    const QString pcns = drop(QStringLiteral("pcns"), QPointF(100, 100));
    const QString nmc = drop(QStringLiteral("nmc"), QPointF(400, 100));
    QVERIFY(!pcns.isEmpty() && !nmc.isEmpty());
    m_window->scene()->clearSelection();
    auto *summary = qobject_cast<QLabel *>(m_window->properties()->editor(QStringLiteral("summary")));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QLatin1String("0 links")), qPrintable(summary->text()));

    m_window->action(QStringLiteral("linkMode"))->trigger();
    QWidget *viewport = m_window->view()->viewport();
    const QPoint start = viewPoint(m_window->scene()->hostItem(pcns)->pos());
    const QPoint end = viewPoint(m_window->scene()->hostItem(nmc)->pos());
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, (start + end) / 2);
    QTest::mouseMove(viewport, end);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
    m_window->action(QStringLiteral("selectMode"))->trigger();
    QCOMPARE(m_window->document()->design().links().size(), 1);
    m_window->scene()->clearSelection();
    summary = qobject_cast<QLabel *>(m_window->properties()->editor(QStringLiteral("summary")));
    QVERIFY2(summary->text().contains(QLatin1String("1 link")), qPrintable(summary->text()));

    m_window->action(QStringLiteral("undo"))->trigger();
    summary = qobject_cast<QLabel *>(m_window->properties()->editor(QStringLiteral("summary")));
    QVERIFY2(summary->text().contains(QLatin1String("0 links")), qPrintable(summary->text()));
}

void tst_EditorBugs::ctrlYRedoes()
{
    drop(QStringLiteral("pcns"), QPointF(100, 100));
    QWidget *canvas = m_window->view()->viewport();
    m_window->view()->setFocus();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->design().hosts().size(), 0);
    QTest::keyClick(canvas, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_window->document()->design().hosts().size(), 1);
    QVERIFY(m_window->scene()->hostItem(QStringLiteral("pcns-1")));
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->design().hosts().size(), 1);
}

void tst_EditorBugs::ctrlZWorksInPropertyEditor()
{
    const QString id = drop(QStringLiteral("pcns"), QPointF(100, 100));
    QCOMPARE(m_window->scene()->selectedHostIds(), QStringList({id}));
    const QString original = m_window->document()->design().host(id)->name;

    // A name typed and not yet confirmed: Ctrl+Z takes it back, as one step of the design.
    auto *name = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    QVERIFY(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Gateway"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->design().host(id)->name, original);
    QCOMPARE(m_window->document()->undoStack()->count(), 2); // the drop, the rename
    QCOMPARE(m_window->document()->undoStack()->index(), 1);
    QCOMPARE(
        qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("name")))->text(), original);

    // Redo from a field brings the rename back.
    name = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("name")));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_window->document()->design().host(id)->name, QStringLiteral("Gateway"));

    // With nothing typed, Ctrl+Z in a field undoes the design's last steps.
    name = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("name")));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->design().host(id)->name, original);
    if (auto *field = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("address")))) {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    }
    QCOMPARE(m_window->document()->design().hosts().size(), 0);
}

void tst_EditorBugs::undoFromTheMenuGivesTheCanvasTheFocus()
{
    // Edit > Undo (not Ctrl+Z) while a Properties field has the focus, and the undo removes the
    // host the field belongs to: the canvas takes the focus, so its keys work without a click.
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const QString id = drop(QStringLiteral("pcns"), QPointF(100, 100));
    QCOMPARE(m_window->scene()->selectedHostIds(), QStringList({id}));
    auto *name = qobject_cast<QLineEdit *>(m_window->properties()->editor(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    QVERIFY(name->hasFocus());
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(m_window->document()->design().hosts().size(), 0);
    QVERIFY(m_window->view()->hasFocus());
}

void tst_EditorBugs::toolbarKeepsItsWidthAfterEdits()
{
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolbar);
    auto *undo = toolbar->findChild<QToolButton *>(QStringLiteral("undoButton"));
    QVERIFY(undo);
    const int width = toolbar->sizeHint().width();
    QVERIFY(m_window->files()->openSample());
    m_window->scene()->selectAll();
    m_window->action(QStringLiteral("delete"))->trigger();
    QVERIFY(m_window->document()->undoStack()->canUndo());
    QCOMPARE(toolbar->sizeHint().width(), width);
    QCOMPARE(undo->toolButtonStyle(), Qt::ToolButtonIconOnly);
    // The command is named where there is room for it: the tooltip and the Edit menu.
    QVERIFY2(
        undo->toolTip().contains(m_window->document()->undoStack()->undoText()), qPrintable(undo->toolTip()));
}

void tst_EditorBugs::longNamesAreShownWhole()
{
    // Every palette entry fits the palette's width.
    QTreeView *palette = m_window->palette()->view();
    const QAbstractItemModel *model = palette->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const int right = palette->visualRect(index).left() + palette->iconSize().width()
                + palette->fontMetrics().horizontalAdvance(index.data().toString());
            QVERIFY2(right <= palette->viewport()->width(), qPrintable(index.data().toString()));
        }
    }
    // A host with a long id: the properties dock grows no horizontal scroll bar.
    const QString id = drop(QStringLiteral("clearscada-dmz-standby"), QPointF(100, 100));
    QVERIFY(!id.isEmpty());
    QVERIFY(id.size() >= 24);
    QTest::qWait(50);
    auto *scroll = m_window->properties()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
}

void tst_EditorBugs::preferencesAreStored()
{
    QSettings().clear();
    PreferencesDialog dialog(m_window);
    auto *author = dialog.findChild<QLineEdit *>(QStringLiteral("author"));
    auto *autosave = dialog.findChild<QSpinBox *>(QStringLiteral("autosaveInterval"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    auto *pageSize = dialog.findChild<QComboBox *>(QStringLiteral("pageSize"));
    QVERIFY(author && autosave && language && pageSize);
    QCOMPARE(autosave->value(), 120);
    // The languages are those the build has translations for, after the system's.
    QCOMPARE(language->itemData(0).toString(), QString());
    QCOMPARE(language->count(), 1 + PreferencesDialog::availableLanguages().size());
    author->setText(QStringLiteral("  Ada Field  "));
    autosave->setValue(300);
    pageSize->setCurrentIndex(pageSize->findData(QStringLiteral("letter")));
    dialog.save();

    const QSettings settings;
    QCOMPARE(settings.value(ProjectFile::authorSettingKey()).toString(), QStringLiteral("Ada Field"));
    QCOMPARE(settings.value(QStringLiteral("autosave/intervalSeconds")).toInt(), 300);
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QString());
    // The Export dialog's default page size.
    QCOMPARE(settings.value(QStringLiteral("export/pageSize")).toString(), QStringLiteral("letter"));
    PreferencesDialog again(m_window);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("author"))->text(), QStringLiteral("Ada Field"));
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("autosaveInterval"))->value(), 300);
    QSettings().clear();
}

QTEST_MAIN(tst_EditorBugs)
#include "tst_editorbugs.moc"
