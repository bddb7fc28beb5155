// Compare mode as a reviewer uses it: File > Compare with Revision… on a project with three
// revisions, the Changes dock, the marks on the canvas, selecting a change, and leaving the mode
// with the design and its undo history exactly as they were.
#include "changesdock.h"
#include "changesmodel.h"
#include "comparemarkitem.h"
#include "comparemode.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"
#include "hostitem.h"
#include "mainwindow.h"
#include "revisionsdialog.h"
#include "revisionsmodel.h"

#include "designbuilder.h"
#include "diff/changeset.h"
#include "export/changereview.h"
#include "io/designjson.h"
#include "storage/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace portolan;

namespace {

Design loadDesign(const QString &name)
{
    Design design;
    QString error;
    if (!DesignJson::readFile(test::sourcePath(QStringLiteral("tests/diff/data/") + name),
            *Catalog::builtIn(), &design, &error))
        qWarning("%s", qPrintable(error));
    return design;
}

int markCount(DesignScene *scene)
{
    int count = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == CompareMarkItem::Type)
            ++count;
    }
    return count;
}

/// The design-change rows of the dock, as their text.
QStringList designChangeRows(const ChangesModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(ChangesModel::KindRole).toInt() == ChangesModel::DesignChangeNode)
            rows << index.data().toString();
    }
    return rows;
}

QModelIndex rowOfChange(const ChangesModel *model, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data().toString().contains(text))
            return index;
    }
    return {};
}

CustomFlow customFlow(const char *id, const char *source, const char *destination, int port)
{
    CustomFlow flow;
    flow.id = QLatin1String(id);
    flow.source = QLatin1String(source);
    flow.destination = QLatin1String(destination);
    flow.ports = PortSet::single(port);
    flow.reason = QStringLiteral("CR-%1").arg(port);
    return flow;
}

} // namespace

class tst_CompareMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareWithRevision();
    void changeReportIsWritten();
    void customFlowChangesAreMarked();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void tst_CompareMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Revision 1: the plant as it was; 2: the NMC on HTTP; 3: the whole change.
    m_project = m_dir.filePath(QStringLiteral("plant.portolan"));
    const Design before = loadDesign(QStringLiteral("plant-before.json"));
    const Design after = loadDesign(QStringLiteral("plant-after.json"));
    QVERIFY(before.hosts().size() == 6 && after.hosts().size() == 7);
    Design middle = before;
    Host nmc = *middle.host(QStringLiteral("ups1-nmc"));
    nmc.params.insert(QStringLiteral("protocol"), QStringLiteral("http"));
    middle.setHost(middle.hostIndex(QStringLiteral("ups1-nmc")), nmc);
    QString error;
    ProjectFile::SaveOptions byAna;
    byAna.author = QStringLiteral("Ana");
    for (const Design *design : {&before, static_cast<const Design *>(&middle), &after})
        QVERIFY2(ProjectFile::save(m_project, *design, {}, byAna, nullptr, &error), qPrintable(error));
}

void tst_CompareMode::compareWithRevision()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.files()->openFile(m_project, true));
    Document *document = window.document();
    DesignScene *scene = window.view()->designScene();
    CompareMode *compare = window.compareMode();
    QCOMPARE(document->design().hosts().size(), 7);

    // An edit undone: the history the mode must leave alone has one step, undone.
    QVERIFY(!document->addZone(QRectF(2000, 2000, 300, 200)).isEmpty());
    document->undoStack()->undo();
    const Design designBefore = document->design();
    const int undoCount = document->undoStack()->count();
    const int undoIndex = document->undoStack()->index();
    const QString redoText = document->undoStack()->redoText();
    QCOMPARE(undoCount, 1);
    QCOMPARE(undoIndex, 0);

    // File > Compare with Revision…, picking revision 1 in the dialog.
    QAction *action = window.action(QStringLiteral("compareRevision"));
    QVERIFY(action->isEnabled());
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *dialog = qobject_cast<RevisionsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        QCOMPARE(dialog->model()->rowCount(), 3);
        // Only the choice to compare: no opening or restoring from here.
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restore")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("openReadOnly")));
        dialog->selectRevision(1);
        dialog->compare();
    });
    action->trigger();
    QVERIFY(dialogSeen);
    QVERIFY(compare->isActive());
    QCOMPARE(compare->baseRevision(), 1);
    QVERIFY(window.action(QStringLiteral("leaveCompare"))->isEnabled());
    QVERIFY(scene->isReadOnly());
    QVERIFY(!window.action(QStringLiteral("delete"))->isEnabled());

    // The dock: the four design changes of the example, each expandable to what it causes.
    ChangesDock *dock = compare->dock();
    QVERIFY(dock->isVisible());
    const ChangesModel *model = dock->model();
    const QStringList rows = designChangeRows(model);
    QCOMPARE(rows.size(), 4);
    const QModelIndex linkRow = rowOfChange(model, QStringLiteral("scada-b"));
    QVERIFY(linkRow.isValid());
    QCOMPARE(linkRow.data(ChangesModel::KindRole).toInt(), int(ChangesModel::DesignChangeNode));
    QVERIFY(model->rowCount(linkRow) > 0); // grouped by firewall, then flows and findings
    int causedFlows = 0;
    for (int g = 0; g < model->rowCount(linkRow); ++g) {
        const QModelIndex group = model->index(g, 0, linkRow);
        for (int f = 0; f < model->rowCount(group); ++f) {
            if (model->index(f, 0, group).data(ChangesModel::KindRole).toInt() == ChangesModel::FlowNode)
                ++causedFlows;
        }
    }
    QCOMPARE(causedFlows, 8); // the split's eight removed flows, SCADA-A's among them

    // The canvas: the union of both designs, marked.
    QCOMPARE(compare->hostState(QStringLiteral("ws1")), CompareMode::State::Added);
    QCOMPARE(compare->hostState(QStringLiteral("ups1-nmc")), CompareMode::State::Changed);
    QCOMPARE(compare->hostState(QStringLiteral("scada-a")), CompareMode::State::Dimmed);
    QCOMPARE(compare->linkState(QStringLiteral("scada-b"), QStringLiteral("scada-c")),
        CompareMode::State::Removed);
    QCOMPARE(compare->linkState(QStringLiteral("ws1"), QStringLiteral("pcns-c")), CompareMode::State::Added);
    QCOMPARE(
        compare->linkState(QStringLiteral("scada-a"), QStringLiteral("scada-b")), CompareMode::State::Dimmed);
    // Marks: the added host, the changed host, the ghost of the removed link, the added link.
    int ghosts = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == CompareMarkItem::Type && static_cast<CompareMarkItem *>(item)->isGhost())
            ++ghosts;
    }
    QCOMPARE(ghosts, 1);
    QVERIFY(markCount(scene) >= 4);
    QVERIFY(scene->hostItem(QStringLiteral("scada-a"))->opacity() < 1.0);
    QCOMPARE(scene->hostItem(QStringLiteral("ws1"))->opacity(), 1.0);

    // Selecting the removed link's entry selects both its hosts and centres them.
    window.view()->centerOn(-5000, -5000);
    dock->view()->setCurrentIndex(linkRow);
    QStringList selected = scene->selectedHostIds();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, (QStringList {QStringLiteral("scada-b"), QStringLiteral("scada-c")}));
    const QRectF visible = window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(scene->hostItem(QStringLiteral("scada-c"))->sceneBoundingRect().center()));
    // An entry of a flow under a change selects that flow's hosts.
    const QModelIndex group = model->index(0, 0, linkRow);
    QVERIFY(model->rowCount(group) > 0);
    dock->view()->setCurrentIndex(model->index(0, 0, group));
    QCOMPARE(scene->selectedHostIds().size(), 2);

    // The design and its history did not move while comparing.
    QVERIFY(document->design() == designBefore);
    QCOMPARE(document->undoStack()->count(), undoCount);

    // Leaving (Esc): no mark stays, the design and its undo history are exactly as they were.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.view()->viewport(), Qt::Key_Escape);
    QVERIFY(!compare->isActive());
    QCOMPARE(markCount(scene), 0);
    QVERIFY(!dock->isVisible());
    QVERIFY(document->design() == designBefore);
    QCOMPARE(document->undoStack()->count(), undoCount);
    QCOMPARE(document->undoStack()->index(), undoIndex);
    QCOMPARE(document->undoStack()->redoText(), redoText);
    QVERIFY(!document->isModified());
    QCOMPARE(scene->hostItem(QStringLiteral("scada-a"))->opacity(), 1.0);
    QVERIFY(!window.action(QStringLiteral("leaveCompare"))->isEnabled());
    QVERIFY(!scene->isReadOnly());
    QCOMPARE(compare->hostState(QStringLiteral("ws1")), CompareMode::State::Unmarked);
    // Editing works again.
    QVERIFY(!document->addZone(QRectF(2000, 2000, 300, 200)).isEmpty());
    document->undoStack()->undo();

    // Against revision 2, the protocol was already HTTP: three design changes, the NMC unmarked.
    QVERIFY(compare->compareWithRevision(2));
    QCOMPARE(designChangeRows(dock->model()).size(), 3);
    QCOMPARE(compare->hostState(QStringLiteral("ups1-nmc")), CompareMode::State::Dimmed);
    dock->leaveButton()->click();
    QVERIFY(!compare->isActive());
    QCOMPARE(markCount(scene), 0);
    QVERIFY(document->design() == designBefore);

    // Compare with File…: the design JSON of the old plant gives the same four changes.
    QVERIFY(compare->compareWithFile(test::sourcePath(QStringLiteral("tests/diff/data/plant-before.json"))));
    QCOMPARE(designChangeRows(dock->model()).size(), 4);
    QCOMPARE(compare->baseRevision(), 0);
    compare->leave();
    QCOMPARE(markCount(scene), 0);
    QVERIFY(document->design() == designBefore);
    QCOMPARE(document->undoStack()->count(), undoCount);
}

void tst_CompareMode::changeReportIsWritten()
{
    MainWindow window;
    window.show();
    QVERIFY(window.files()->openFile(m_project, true));
    CompareMode *compare = window.compareMode();
    QVERIFY(compare->compareWithRevision(1));
    QCOMPARE(compare->currentRevision(), 3);
    QVERIFY(compare->dock()->signOffButton()->isEnabled());

    // The reviewer approves revision 3 against 1: recorded in the project, shown in the Revisions
    // dialog, printed on the change report; the revisions stay as they were.
    QString error;
    QVERIFY2(compare->signOff(SignOff::Verdict::Approved, QStringLiteral("Ana Silva"),
                 QStringLiteral("Workstation access agreed with operations."), &error),
        qPrintable(error));
    QList<SignOff> signOffs;
    QVERIFY2(ProjectFile::signOffs(m_project, &signOffs, &error), qPrintable(error));
    QCOMPARE(signOffs.size(), 1);
    QCOMPARE(signOffs.front().revision, 3);
    QCOMPARE(signOffs.front().base, 1);
    QList<RevisionInfo> revisions;
    QVERIFY(ProjectFile::revisions(m_project, &revisions, &error));
    QCOMPARE(revisions.size(), 3);
    RevisionsDialog dialog(m_project);
    const QModelIndex review = dialog.model()->index(dialog.model()->rowOf(3), RevisionsModel::ReviewColumn);
    QCOMPARE(review.data().toString(), QStringLiteral("Approved by Ana Silva (against 1)"));
    QVERIFY(dialog.model()
                ->index(dialog.model()->rowOf(2), RevisionsModel::ReviewColumn)
                .data()
                .toString()
                .isEmpty());

    const QString path = m_dir.filePath(QStringLiteral("changes.pdf"));
    QVERIFY2(compare->exportReport(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &expected : {QStringLiteral("Ana Silva"), QStringLiteral("APPROVED"),
                 QStringLiteral("Workstation access agreed with operations."),
                 QStringLiteral("Link scada-b \u2013 scada-c removed"), QStringLiteral("ups1-nmc")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    compare->leave();
}

void tst_CompareMode::customFlowChangesAreMarked()
{
    // The plant with three custom flows before: one stays, one changes its port, one goes; after,
    // a new one. Each change is an arrow mark from its source to its destination.
    Design before = loadDesign(QStringLiteral("plant-after.json"));
    before.customFlows = {customFlow("kept", "scada-a", "scada-b", 22),
        customFlow("moved", "ws1", "scada-a", 3389), customFlow("gone", "scada-b", "ups1-nmc", 443)};
    Design after = before;
    after.customFlows = {customFlow("kept", "scada-a", "scada-b", 22),
        customFlow("moved", "ws1", "scada-a", 3390), customFlow("new", "ws1", "ups1-nmc", 443)};

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->resetDesign(after);
    const Design shown = window.document()->design(); // with the places it opened with
    CompareMode *compare = window.compareMode();
    compare->compareWith(before, QStringLiteral("before"));
    QVERIFY(compare->isActive());

    QCOMPARE(compare->customFlowState(QStringLiteral("new")), CompareMode::State::Added);
    QCOMPARE(compare->customFlowState(QStringLiteral("moved")), CompareMode::State::Changed);
    QCOMPARE(compare->customFlowState(QStringLiteral("gone")), CompareMode::State::Removed);
    QCOMPARE(compare->customFlowState(QStringLiteral("kept")), CompareMode::State::Unmarked);

    // The added flow's arrow runs from ws1 towards the NMC: its head is nearer the destination.
    DesignScene *scene = window.view()->designScene();
    const CompareMarkItem *added = nullptr;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() != CompareMarkItem::Type)
            continue;
        const auto *mark = static_cast<const CompareMarkItem *>(item);
        if (mark->subject() == CompareMarkItem::Subject::CustomFlow && mark->id() == QLatin1String("new"))
            added = mark;
    }
    QVERIFY(added);
    QCOMPARE(added->toolTip(), QStringLiteral("Custom flow new: CR-443"));
    const QPointF source = scene->hostItem(QStringLiteral("ws1"))->pos();
    const QPointF destination = scene->hostItem(QStringLiteral("ups1-nmc"))->pos();
    const QRectF box = added->boundingRect();
    QVERIFY(box.intersects(QRectF(source, destination).normalized()));
    // It is drawn: along its line, away from its badge, the canvas shows the colour of "added".
    const QPointF along = added->line().pointAt(0.8);
    QImage image(9, 9, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene->render(&painter, QRectF(0, 0, 9, 9), QRectF(along - QPointF(4.5, 4.5), QSizeF(9, 9)));
    }
    QCOMPARE(image.pixelColor(4, 4).rgb(), CompareMarkItem::colour(CompareMarkItem::Mark::Added).rgb());

    compare->leave();
    QCOMPARE(markCount(scene), 0);
    QVERIFY(window.document()->design() == shown);
}

QTEST_MAIN(tst_CompareMode)
#include "tst_comparemode.moc"
