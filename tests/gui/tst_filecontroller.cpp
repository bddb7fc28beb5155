// The file controller on its own, with a document and the view that shows it and no main window:
// what it reads and writes, what it tells the status bar, the recent files, autosave and recovery.
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"

#include "designbuilder.h"
#include "io/designjson.h"
#include "storage/projectautosave.h"
#include "storage/projectfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace portolan;

namespace {

/// Sets a file's modification time, as a save at that moment would have left it.
bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

/** A document, the canvas that shows it and a controller for its files, as one editor window has. */
struct Editor
{
    Editor()
        : scene(&document)
        , view(&scene, &window)
        , files(&document, &view, &window)
    {
        window.resize(1000, 700);
        view.resize(1000, 700);
        window.show();
        files.setErrorHandler([this](const QString &text, const QString &reason) {
            errors.append(text + QLatin1Char('\n') + reason);
        });
        files.setRecoveryPrompt([this](const AutosaveInfo &info) {
            offered.append(info);
            return answer;
        });
        QObject::connect(&files, &FileController::statusMessage,
            [this](const QString &message, int) { status = message; });
    }

    QWidget window;
    Document document;
    DesignScene scene;
    DesignView view;
    FileController files;
    QStringList errors;
    QString status;
    QList<AutosaveInfo> offered;
    FileController::RecoveryChoice answer = FileController::RecoveryChoice::Later;
};

} // namespace

class tst_FileController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savedProjectOpensWithItsView();
    void unreadableFileLeavesTheDocument();
    void recentFilesKeepTheLastEight();
    void revisionsOpenReadOnlyAndRestore();
    void importIsUnsavedAndExportLeavesTheFile();
    void autosaveFollowsUnsavedChanges();
    void autosaveWritesACopyOnItsOwnThread();
    void recoveryOffersEachAutosave();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_FileController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FileController::init()
{
    QSettings().clear();
    QSettings().setValue(ProjectFile::authorSettingKey(), QStringLiteral("Test Engineer"));
    QDir(ProjectAutosave::untitledDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_FileController::cleanup()
{
    QDir(ProjectAutosave::untitledDirectory()).removeRecursively();
    m_dir.reset();
}

void tst_FileController::savedProjectOpensWithItsView()
{
    Editor editor;
    QVERIFY(editor.files.openSample());
    QVERIFY(editor.status.startsWith(QStringLiteral("This is a sample design.")));
    editor.view.setZoom(0.75);
    editor.view.centerOn(500, 400);
    editor.scene.setFlowsShown(false);
    QSignalSpy saved(&editor.files, &FileController::projectSaved);
    const QString file = path(QStringLiteral("plant.portolan"));
    QVERIFY(editor.files.saveProjectAs(file, QStringLiteral("First plan")));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(editor.status, QStringLiteral("Saved revision 1 of plant.portolan."));
    QCOMPARE(editor.document.filePath(), file);
    QCOMPARE(editor.document.format(), Document::Format::Project);
    QVERIFY(!editor.document.isModified());

    Editor other;
    QVERIFY(other.files.openFile(file));
    QCOMPARE(other.status, QStringLiteral("Opened plant.portolan."));
    QVERIFY(other.document.design() == editor.document.design());
    QCOMPARE(other.view.zoom(), 0.75);
    QVERIFY(!other.scene.flowsShown());
    const QPointF centre = other.view.mapToScene(other.view.viewport()->rect().center());
    QVERIFY2(QLineF(centre, QPointF(500, 400)).length() < 5,
        qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
    QVERIFY(editor.errors.isEmpty() && other.errors.isEmpty());
}

void tst_FileController::unreadableFileLeavesTheDocument()
{
    Editor editor;
    QVERIFY(editor.files.openSample());
    const Design before = editor.document.design();
    const QString file = path(QStringLiteral("notes.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": \"portolan-design\", \"hosts\": [{\"id\": \"x\", \"type\": \"toaster\"}]}");
    out.close();

    QVERIFY(!editor.files.openFile(file));
    QCOMPARE(editor.errors.size(), 1);
    QVERIFY2(editor.errors.first().startsWith(
                 QDir::toNativeSeparators(file) + QStringLiteral(" cannot be opened.")),
        qPrintable(editor.errors.first()));
    QVERIFY2(editor.errors.first().contains(QStringLiteral("toaster")), qPrintable(editor.errors.first()));
    QVERIFY(editor.document.design() == before);
    QVERIFY(FileController::recentFiles().isEmpty());

    // Quietly: no dialog, the reason on the status line.
    QVERIFY(!editor.files.openFile(file, true));
    QCOMPARE(editor.errors.size(), 1);
    QVERIFY2(editor.status.contains(QStringLiteral("toaster")), qPrintable(editor.status));
}

void tst_FileController::recentFilesKeepTheLastEight()
{
    Editor editor;
    QVERIFY(editor.files.openSample());
    QSignalSpy changed(&editor.files, &FileController::recentFilesChanged);
    QStringList saved;
    for (int i = 1; i <= 9; ++i) {
        saved.prepend(path(QStringLiteral("plan-%1.portolan").arg(i)));
        QVERIFY(editor.files.saveProjectAs(saved.first()));
    }
    QCOMPARE(changed.count(), 9);
    // Newest first, at most eight.
    QCOMPARE(FileController::recentFiles(), saved.mid(0, 8));

    // Opening one moves it to the top, once.
    QVERIFY(editor.files.openRecentFile(saved.at(5)));
    QCOMPARE(editor.document.filePath(), saved.at(5));
    QCOMPARE(FileController::recentFiles().first(), saved.at(5));
    QCOMPARE(FileController::recentFiles().count(saved.at(5)), 1);
    QCOMPARE(FileController::recentFiles().size(), 8);

    editor.files.clearRecentFiles();
    QVERIFY(FileController::recentFiles().isEmpty());
    QCOMPARE(changed.count(), 11);
}

void tst_FileController::revisionsOpenReadOnlyAndRestore()
{
    Editor editor;
    QVERIFY(editor.files.openSample());
    const Design first = editor.document.design();
    const QString file = path(QStringLiteral("plant.portolan"));
    QVERIFY(editor.files.saveProjectAs(file));
    editor.document.addZone(QRectF(0, 1000, 400, 260));
    QVERIFY(editor.files.save()); // a project: a revision, no question asked
    QCOMPARE(editor.status, QStringLiteral("Saved revision 2 of plant.portolan."));

    QVERIFY(editor.files.openRevision(1));
    QVERIFY(editor.document.isReadOnly());
    QVERIFY(editor.document.design() == first);
    QVERIFY(editor.scene.isReadOnly());
    QVERIFY(!editor.view.acceptDrops());
    QVERIFY(editor.scene.dropHostType(QStringLiteral("ntp-server"), QPointF(100, 100)).isEmpty());
    QVERIFY(!editor.files.save());
    editor.files.autosave(); // nothing to keep of a revision looked at
    QVERIFY(!QFile::exists(editor.files.autosavePath()));

    QVERIFY(editor.files.openLatestRevision());
    QVERIFY(!editor.document.isReadOnly());
    QCOMPARE(editor.document.design().zones().size(), first.zones().size() + 1);

    QVERIFY(editor.files.restoreRevision(1));
    QCOMPARE(editor.status, QStringLiteral("Restored revision 1 as revision 3 of plant.portolan."));
    QVERIFY(editor.document.design() == first);
    QList<RevisionInfo> revisions;
    QString error;
    QVERIFY2(ProjectFile::revisions(file, &revisions, &error), qPrintable(error));
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.last().restoredFrom, 1);
}

void tst_FileController::importIsUnsavedAndExportLeavesTheFile()
{
    Editor editor;
    const QString json = path(QStringLiteral("plant-a.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::InterchangeExample);
    file.close();

    QVERIFY(editor.files.importJson(json));
    QCOMPARE(editor.status, QStringLiteral("Imported plant-a.json: save it to keep it as a project."));
    QCOMPARE(editor.document.design().name, QStringLiteral("Plant A"));
    QVERIFY(editor.document.filePath().isEmpty());
    QVERIFY(editor.document.isModified());

    const QString copy = path(QStringLiteral("copy.json"));
    QVERIFY(editor.files.exportJson(copy));
    QCOMPARE(editor.status, QStringLiteral("Exported the design to copy.json."));
    Design read;
    QString error;
    QVERIFY2(DesignJson::readFile(copy, editor.document.catalog(), &read, &error), qPrintable(error));
    QVERIFY(read == editor.document.design());
    QVERIFY(editor.document.filePath().isEmpty());
    QVERIFY(editor.document.isModified());
    QVERIFY(FileController::recentFiles().isEmpty()); // neither is a file the editor keeps work in
}

void tst_FileController::autosaveFollowsUnsavedChanges()
{
    Editor editor;
    QVERIFY(editor.files.openSample());
    const QString file = path(QStringLiteral("plant.portolan"));
    QVERIFY(editor.files.saveProjectAs(file));
    QCOMPARE(editor.files.autosavePath(), file + QStringLiteral(".autosave"));

    editor.files.autosave(); // nothing unsaved
    QVERIFY(!QFile::exists(editor.files.autosavePath()));
    editor.document.addZone(QRectF(0, 1000, 400, 260));
    editor.files.autosave();
    editor.files.waitForAutosave();
    QVERIFY(QFile::exists(editor.files.autosavePath()));
    ProjectRevision kept;
    QString error;
    QVERIFY2(ProjectFile::open(editor.files.autosavePath(), &kept, &error), qPrintable(error));
    QVERIFY(kept.design == editor.document.design());

    // Undone back to the saved design: the autosave goes.
    editor.document.undoStack()->undo();
    editor.files.autosave();
    editor.files.waitForAutosave();
    QVERIFY(!QFile::exists(editor.files.autosavePath()));

    // A save ends it, and so does closing.
    editor.document.addZone(QRectF(0, 1000, 400, 260));
    editor.files.autosave();
    editor.files.waitForAutosave();
    QVERIFY(editor.files.save());
    QVERIFY(!QFile::exists(editor.files.autosavePath()));
    editor.document.addZone(QRectF(0, 1400, 400, 260));
    editor.files.autosave();
    editor.files.waitForAutosave();
    QVERIFY(QFile::exists(editor.files.autosavePath()));
    editor.document.undoStack()->setClean();
    editor.files.close();
    QVERIFY(!QFile::exists(editor.files.autosavePath()));
}

void tst_FileController::autosaveWritesACopyOnItsOwnThread()
{
    Editor editor;
    QVERIFY(editor.files.openSample());
    QVERIFY(editor.files.saveProjectAs(path(QStringLiteral("plant.portolan"))));
    const QString autosave = editor.files.autosavePath();
    editor.document.addZone(QRectF(0, 1000, 400, 260));
    const Design autosaved = editor.document.design();

    // The call returns with the write still running; an edit made meanwhile waits for the next
    // autosave, and a second autosave does not start beside the first.
    editor.files.autosave();
    QVERIFY(editor.files.isAutosaving());
    editor.document.addZone(QRectF(0, 1400, 400, 260));
    editor.files.autosave();
    QTRY_VERIFY(!editor.files.isAutosaving());
    ProjectRevision kept;
    QString error;
    QVERIFY2(ProjectFile::open(autosave, &kept, &error), qPrintable(error));
    QVERIFY(kept.design == autosaved);

    // A save made while an autosave is written waits for it, then removes it.
    editor.files.autosave();
    QVERIFY(editor.files.isAutosaving());
    QVERIFY(editor.files.save());
    QVERIFY(!editor.files.isAutosaving());
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(!QFile::exists(autosave + QStringLiteral(".new")));
}

void tst_FileController::recoveryOffersEachAutosave()
{
    const QString file = path(QStringLiteral("plant.portolan"));
    Design edited;
    {
        // A session that ends without closing: its autosave stays.
        Editor crashed;
        QVERIFY(crashed.files.openSample());
        QVERIFY(crashed.files.saveProjectAs(file));
        // Saved an hour before the edit: the autosave written now is newer.
        QVERIFY(setModified(file, QDateTime::currentDateTimeUtc().addSecs(-3600)));
        crashed.document.addZone(QRectF(0, 1000, 400, 260));
        edited = crashed.document.design();
        crashed.files.autosave();
        crashed.files.waitForAutosave();
        crashed.document.undoStack()->setClean();
    }
    QVERIFY(QFile::exists(file + QStringLiteral(".autosave")));

    Editor later;
    later.answer = FileController::RecoveryChoice::Later;
    QVERIFY(!later.files.recoverAutosaves());
    QCOMPARE(later.offered.size(), 1);
    QCOMPARE(later.offered.first().documentPath, file);
    QVERIFY(QFile::exists(file + QStringLiteral(".autosave")));

    Editor recovering;
    recovering.answer = FileController::RecoveryChoice::Recover;
    recovering.files.start({});
    QCOMPARE(recovering.offered.size(), 1);
    QVERIFY(recovering.document.design() == edited);
    QVERIFY(recovering.document.isModified());
    QCOMPARE(recovering.document.filePath(), file);
    QCOMPARE(recovering.status,
        QStringLiteral(
            "Recovered the unsaved changes of Riverside water treatment plant: save them to keep them."));
    // Kept under the recovering editor's autosave until it is saved.
    QVERIFY(QFile::exists(recovering.files.autosavePath()));
    QVERIFY(recovering.files.save());
    QVERIFY(ProjectAutosave::find({file}).isEmpty());

    Editor discarding;
    discarding.answer = FileController::RecoveryChoice::Discard;
    QVERIFY(!discarding.files.recoverAutosaves({file}));
    QVERIFY(discarding.offered.isEmpty()); // nothing left to offer
}

QTEST_MAIN(tst_FileController)
#include "tst_filecontroller.moc"
