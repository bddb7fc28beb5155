#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "palettemodel.h"
#include "palettewidget.h"
#include "propertieswidget.h"
#include "revisionsdialog.h"
#include "revisionsmodel.h"

#include "designbuilder.h"
#include "io/designjson.h"
#include "storage/projectautosave.h"
#include "storage/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace portolan;

namespace {

/// Sets a file's modification time, as a save at that moment would have left it.
bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

/**
 * The editor's project files as a user meets them: saving revisions, looking at an old one
 * read-only and restoring it, recent files, JSON in and out, autosave and recovery after a crash,
 * and files that cannot be opened.
 */
class tst_ProjectFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saveWritesProjectRevisions();
    void saveKeepsTheView();
    void revisionOpensReadOnlyAndRestores();
    void revisionsDialogOpensTheChosenRevision();
    void recentFilesListSavedProjects();
    void jsonOpenedDesignSavesAsProject();
    void importJsonThenSaveAsCreatesProject();
    void exportJsonReadsBackEqual();
    void autosaveRecoversUntitledDesign();
    void autosaveRecoversSavedProject();
    void discardedAutosaveIsRemoved();
    void autosaveOlderThanItsFileIsNotOffered();
    void unreadableFilesLeaveTheDocument_data();
    void unreadableFilesLeaveTheDocument();

private:
    MainWindow *newWindow();
    QString tempPath(const QString &name) const { return m_dir->filePath(name); }
    QList<RevisionInfo> revisions(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow *m_window = nullptr;
    QStringList m_errors;
};

void tst_ProjectFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProjectFiles::init()
{
    QSettings().clear();
    QSettings().setValue(ProjectFile::authorSettingKey(), QStringLiteral("Test Engineer"));
    QDir(ProjectAutosave::untitledDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_errors.clear();
    m_window = newWindow();
}

void tst_ProjectFiles::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no "save changes?" on close
    m_window->close();
    delete m_window;
    m_window = nullptr;
    QDir(ProjectAutosave::untitledDirectory()).removeRecursively();
    m_dir.reset();
}

MainWindow *tst_ProjectFiles::newWindow()
{
    auto *window = new MainWindow;
    window->files()->setErrorHandler([this](const QString &text, const QString &reason) {
        m_errors.append(text + QLatin1Char('\n') + reason);
    });
    // A test that meets an autosave it did not expect fails instead of waiting for a click.
    window->files()->setRecoveryPrompt([](const AutosaveInfo &) {
        qWarning("unexpected recovery prompt");
        return FileController::RecoveryChoice::Later;
    });
    window->resize(1200, 800);
    window->show();
    return window;
}

QList<RevisionInfo> tst_ProjectFiles::revisions(const QString &path)
{
    QList<RevisionInfo> list;
    QString error;
    if (!ProjectFile::revisions(path, &list, &error))
        qWarning("%s", qPrintable(error));
    return list;
}

void tst_ProjectFiles::saveWritesProjectRevisions()
{
    QVERIFY(m_window->files()->openSample());
    const QString path = tempPath(QStringLiteral("plant.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(path));
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Saved revision 1 of plant.portolan."));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->document()->format(), Document::Format::Project);

    ProjectRevision saved;
    QString error;
    QVERIFY2(ProjectFile::open(path, &saved, &error), qPrintable(error));
    QVERIFY(saved.design == m_window->document()->design());
    QCOMPARE(saved.info.author, QStringLiteral("Test Engineer"));

    // Plain Save adds a revision to the same file, without asking for a name.
    m_window->action(QStringLiteral("addZone"))->trigger();
    QVERIFY(m_window->isWindowModified());
    m_window->action(QStringLiteral("save"))->trigger();
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Saved revision 2 of plant.portolan."));
    QVERIFY(m_window->files()->saveProjectAs(path, QStringLiteral("Checked the zones with operations")));

    const QList<RevisionInfo> list = revisions(path);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1).zoneCount, list.at(0).zoneCount + 1);
    QVERIFY(ProjectFile::open(path, &saved, &error));
    QVERIFY(saved.design == m_window->document()->design());

    RevisionsDialog dialog(path);
    QVERIFY(dialog.isValid());
    RevisionsModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    // Newest first, with its comment.
    QCOMPARE(model->index(0, RevisionsModel::NumberColumn).data().toInt(), 3);
    QCOMPARE(model->index(0, RevisionsModel::CommentColumn).data().toString(),
        QStringLiteral("Checked the zones with operations"));
    QCOMPARE(
        model->index(0, RevisionsModel::AuthorColumn).data().toString(), QStringLiteral("Test Engineer"));
    QCOMPARE(model->index(2, RevisionsModel::NumberColumn).data().toInt(), 1);
    QCOMPARE(model->index(2, RevisionsModel::ZonesColumn).data().toInt(), int(list.at(0).zoneCount));
    QVERIFY(!model->index(2, RevisionsModel::TimeColumn).data().toString().isEmpty());
}

void tst_ProjectFiles::saveKeepsTheView()
{
    QVERIFY(m_window->files()->openSample());
    m_window->view()->setZoom(1.5);
    m_window->view()->centerOn(400, 300);
    m_window->action(QStringLiteral("showFlows"))->trigger();
    const bool flowsShown = m_window->scene()->flowsShown();
    const QString path = tempPath(QStringLiteral("view.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(path));

    std::unique_ptr<MainWindow> other(newWindow());
    QVERIFY(other->files()->openFile(path));
    QCOMPARE(other->view()->zoom(), 1.5);
    QCOMPARE(other->scene()->flowsShown(), flowsShown);
    QCOMPARE(other->action(QStringLiteral("showFlows"))->isChecked(), flowsShown);
    const QPointF centre = other->view()->mapToScene(other->view()->viewport()->rect().center());
    QVERIFY2(QLineF(centre, QPointF(400, 300)).length() < 5,
        qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
}

void tst_ProjectFiles::revisionOpensReadOnlyAndRestores()
{
    QVERIFY(m_window->files()->openSample());
    const Design first = m_window->document()->design();
    const QString path = tempPath(QStringLiteral("plant.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(path));
    m_window->action(QStringLiteral("addZone"))->trigger();
    QVERIFY(m_window->files()->saveProjectAs(path, QStringLiteral("A zone for the historians")));
    const Design second = m_window->document()->design();
    QVERIFY(!(first == second));
    QVERIFY(m_window->action(QStringLiteral("revisions"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("latestRevision"))->isVisible());

    QVERIFY(m_window->files()->openRevision(1));
    Document *document = m_window->document();
    QVERIFY(document->design() == first);
    QVERIFY(document->isReadOnly());
    QCOMPARE(m_window->windowTitle(),
        QStringLiteral("Portolan — Riverside water treatment plant (revision 1, read-only)"));

    // Every way to change the design is closed.
    for (const QString &name :
        {QStringLiteral("save"), QStringLiteral("saveAs"), QStringLiteral("saveWithComment"),
            QStringLiteral("cut"), QStringLiteral("paste"), QStringLiteral("delete"),
            QStringLiteral("addZone"), QStringLiteral("linkMode"), QStringLiteral("undo")}) {
        QVERIFY2(!m_window->action(name)->isEnabled(), qPrintable(name));
    }
    QVERIFY(m_window->action(QStringLiteral("latestRevision"))->isVisible());
    QVERIFY(!m_window->palette()->isEnabled());
    QVERIFY(!m_window->properties()->isEnabled());
    QVERIFY(!m_window->view()->acceptDrops());
    QVERIFY(m_window->scene()->dropHostType(QStringLiteral("ntp-server"), QPointF(3000, 3000)).isEmpty());
    const QString a = first.hosts().at(0).id;
    const QString b = first.hosts().at(1).id;
    QVERIFY(!m_window->scene()->requestLink(a, b));
    QVERIFY(!m_window->files()->save());
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(document->design() == first);
    QCOMPARE(revisions(path).size(), 2);

    // Restoring adds revision 3 holding revision 1, and the editor continues from it.
    QVERIFY(m_window->files()->restoreRevision(1));
    const QList<RevisionInfo> list = revisions(path);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(2).restoredFrom, 1);
    ProjectRevision restored;
    QString error;
    QVERIFY2(ProjectFile::openRevision(path, 3, &restored, &error), qPrintable(error));
    QVERIFY(restored.design == first);
    QVERIFY(!document->isReadOnly());
    QVERIFY(document->design() == first);
    QVERIFY(m_window->action(QStringLiteral("addZone"))->isEnabled());
    QVERIFY(m_window->palette()->isEnabled());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Portolan — Riverside water treatment plant[*]"));
    QVERIFY(m_errors.isEmpty());
}

void tst_ProjectFiles::revisionsDialogOpensTheChosenRevision()
{
    QVERIFY(m_window->files()->openSample());
    const Design first = m_window->document()->design();
    const QString path = tempPath(QStringLiteral("plant.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(path));
    m_window->action(QStringLiteral("addZone"))->trigger();
    QVERIFY(m_window->files()->saveProjectAs(path));

    bool driven = false;
    QTimer::singleShot(0, this, [&driven] {
        auto *dialog = qobject_cast<RevisionsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // The latest revision is selected first; the keyboard moves to the older one. The dialog
        // is made the active window first, as the window system does: the canvas's arrow keys
        // (nudge) must not take the key.
        QCOMPARE(dialog->view()->selectionModel()->selectedRows().value(0).row(), 0);
        QApplication::setActiveWindow(dialog);
        dialog->view()->setFocus();
        QTest::keyClick(dialog->view(), Qt::Key_Down);
        dialog->findChild<QPushButton *>(QStringLiteral("openReadOnly"))->click();
        driven = true;
    });
    m_window->action(QStringLiteral("revisions"))->trigger();
    QVERIFY(driven);
    QVERIFY(m_window->document()->isReadOnly());
    QCOMPARE(m_window->document()->revision(), 1);
    QVERIFY(m_window->document()->design() == first);

    // Back to the latest revision, editable again.
    m_window->action(QStringLiteral("latestRevision"))->trigger();
    QVERIFY(!m_window->document()->isReadOnly());
    QCOMPARE(m_window->document()->design().zones().size(), first.zones().size() + 1);
}

void tst_ProjectFiles::recentFilesListSavedProjects()
{
    QVERIFY(m_window->files()->openSample());
    const QString first = tempPath(QStringLiteral("first.portolan"));
    const QString second = tempPath(QStringLiteral("second.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(first));
    QVERIFY(m_window->files()->saveProjectAs(second));
    QCOMPARE(FileController::recentFiles(), QStringList({second, first}));

    const auto entries = [this] {
        emit m_window->recentMenu()->aboutToShow();
        QList<QAction *> files;
        const QList<QAction *> actions = m_window->recentMenu()->actions();
        for (QAction *a : actions) {
            if (!a->data().toString().isEmpty())
                files.append(a);
        }
        return files;
    };
    QList<QAction *> files = entries();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0)->data().toString(), second);
    QVERIFY(files.at(0)->isEnabled());

    // Opening from the list opens that project.
    m_window->document()->resetDesign(Design());
    files.at(1)->trigger();
    QCOMPARE(m_window->document()->filePath(), first);
    QCOMPARE(FileController::recentFiles().first(), first);

    // A file that has gone is greyed.
    QVERIFY(QFile::remove(second));
    files = entries();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(1)->data().toString(), second);
    QVERIFY(!files.at(1)->isEnabled());
    QVERIFY(files.at(1)->text().contains(QStringLiteral("missing")));

    m_window->action(QStringLiteral("clearRecent"))->trigger();
    QVERIFY(FileController::recentFiles().isEmpty());
    QVERIFY(entries().isEmpty());
    QVERIFY(!m_window->action(QStringLiteral("clearRecent"))->isEnabled());
}

void tst_ProjectFiles::jsonOpenedDesignSavesAsProject()
{
    const QString json = tempPath(QStringLiteral("plant.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::InterchangeExample);
    file.close();
    QVERIFY(m_window->files()->openFile(json));
    QCOMPARE(m_window->document()->format(), Document::Format::Json);
    QVERIFY(!m_window->action(QStringLiteral("revisions"))->isEnabled());

    // Saving a design opened from JSON asks for a project file name: answer it as the dialog would.
    const QString project = tempPath(QStringLiteral("plant.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(project));
    QCOMPARE(m_window->document()->filePath(), project);
    QCOMPARE(m_window->document()->format(), Document::Format::Project);
    QVERIFY(m_window->action(QStringLiteral("revisions"))->isEnabled());
    // The JSON file is left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(test::InterchangeExample));
}

void tst_ProjectFiles::importJsonThenSaveAsCreatesProject()
{
    const QString json = tempPath(QStringLiteral("plant-a.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::InterchangeExample);
    file.close();
    QVERIFY(m_window->files()->importJson(json));
    Document *document = m_window->document();
    QCOMPARE(document->design().name, QStringLiteral("Plant A"));
    QVERIFY(document->filePath().isEmpty());
    QVERIFY(document->isModified()); // no project holds it yet
    QVERIFY(!m_window->action(QStringLiteral("revisions"))->isEnabled());

    const QString project = tempPath(QStringLiteral("plant-a.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(project));
    QVERIFY(ProjectFile::isProjectFile(project));
    ProjectRevision saved;
    QString error;
    QVERIFY2(ProjectFile::open(project, &saved, &error), qPrintable(error));
    QVERIFY(saved.design == document->design());
    QCOMPARE(saved.design.hosts().size(), 2);
    QVERIFY(!document->isModified());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Portolan — Plant A[*]"));
}

void tst_ProjectFiles::exportJsonReadsBackEqual()
{
    QVERIFY(m_window->files()->openSample());
    const QString project = tempPath(QStringLiteral("plant.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(project));
    m_window->action(QStringLiteral("addZone"))->trigger();

    const QString json = tempPath(QStringLiteral("plant.json"));
    QVERIFY(m_window->files()->exportJson(json));
    Design read;
    QString error;
    QVERIFY2(DesignJson::readFile(json, m_window->document()->catalog(), &read, &error), qPrintable(error));
    QVERIFY(read == m_window->document()->design());
    // Exporting leaves the document's own file and its unsaved changes alone.
    QCOMPARE(m_window->document()->filePath(), project);
    QVERIFY(m_window->document()->isModified());
}

void tst_ProjectFiles::autosaveRecoversUntitledDesign()
{
    QVERIFY(m_window->files()->openSample());
    m_window->action(QStringLiteral("addZone"))->trigger();
    const Design edited = m_window->document()->design();
    const QString autosave = m_window->files()->autosavePath();
    QVERIFY(!QFile::exists(autosave));
    // The timer, made quick: every few minutes in the program.
    QCOMPARE(m_window->files()->autosaveTimer()->interval(), 120 * 1000);
    QVERIFY(m_window->files()->autosaveTimer()->isActive());
    m_window->files()->autosaveTimer()->start(10);
    QTRY_VERIFY(QFile::exists(autosave));
    ProjectRevision saved;
    QString error;
    QVERIFY2(ProjectFile::open(autosave, &saved, &error), qPrintable(error));
    QVERIFY(saved.design == edited);

    // The session ends without closing (a crash); the next start offers the autosave.
    delete m_window;
    m_window = newWindow();
    QList<AutosaveInfo> offered;
    m_window->files()->setRecoveryPrompt([&offered](const AutosaveInfo &info) {
        offered.append(info);
        return FileController::RecoveryChoice::Recover;
    });
    m_window->files()->start({});
    QCOMPARE(offered.size(), 1);
    QVERIFY(offered.first().documentPath.isEmpty());
    Document *document = m_window->document();
    QVERIFY(document->design() == edited);
    QVERIFY(document->isModified());
    QVERIFY(document->filePath().isEmpty());
    QVERIFY(m_window->isWindowModified());

    // Saving the recovered design ends the autosave.
    QVERIFY(m_window->files()->saveProjectAs(tempPath(QStringLiteral("recovered.portolan"))));
    QVERIFY(ProjectAutosave::find({}).isEmpty());
}

void tst_ProjectFiles::autosaveRecoversSavedProject()
{
    QVERIFY(m_window->files()->openSample());
    const QString path = tempPath(QStringLiteral("plant.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(path));
    // Undone back to the saved design, there is nothing to autosave.
    m_window->action(QStringLiteral("addZone"))->trigger();
    m_window->action(QStringLiteral("undo"))->trigger();
    m_window->files()->autosave();
    m_window->files()->waitForAutosave();
    QVERIFY(!QFile::exists(path + QStringLiteral(".autosave")));

    // Saved an hour before the edit: the autosave written now is newer.
    QVERIFY(setModified(path, QDateTime::currentDateTimeUtc().addSecs(-3600)));
    m_window->action(QStringLiteral("addZone"))->trigger();
    const Design edited = m_window->document()->design();
    m_window->files()->autosave();
    m_window->files()->waitForAutosave();
    QCOMPARE(m_window->files()->autosavePath(), path + QStringLiteral(".autosave"));
    QVERIFY(QFile::exists(m_window->files()->autosavePath()));

    delete m_window;
    m_window = newWindow();
    m_window->files()->setRecoveryPrompt(
        [](const AutosaveInfo &) { return FileController::RecoveryChoice::Recover; });
    // The recovered changes come before the file named on the command line.
    m_window->files()->start({tempPath(QStringLiteral("other.portolan"))});
    QVERIFY(m_errors.isEmpty());
    Document *document = m_window->document();
    QVERIFY(document->design() == edited);
    QVERIFY(document->isModified());
    QCOMPARE(document->filePath(), path);
    QCOMPARE(document->format(), Document::Format::Project);

    m_window->action(QStringLiteral("save"))->trigger();
    QCOMPARE(revisions(path).size(), 2);
    QVERIFY(!QFile::exists(path + QStringLiteral(".autosave")));
}

void tst_ProjectFiles::discardedAutosaveIsRemoved()
{
    QVERIFY(m_window->files()->openSample());
    m_window->action(QStringLiteral("addZone"))->trigger();
    m_window->files()->autosave();
    m_window->files()->waitForAutosave();
    const QString autosave = m_window->files()->autosavePath();
    QVERIFY(QFile::exists(autosave));
    delete m_window;

    // Later keeps it for the next start; Discard removes it.
    m_window = newWindow();
    m_window->files()->setRecoveryPrompt(
        [](const AutosaveInfo &) { return FileController::RecoveryChoice::Later; });
    QVERIFY(!m_window->files()->recoverAutosaves());
    QVERIFY(QFile::exists(autosave));
    m_window->files()->setRecoveryPrompt(
        [](const AutosaveInfo &) { return FileController::RecoveryChoice::Discard; });
    QVERIFY(!m_window->files()->recoverAutosaves());
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(!m_window->document()->isModified());
}

void tst_ProjectFiles::autosaveOlderThanItsFileIsNotOffered()
{
    QVERIFY(m_window->files()->openSample());
    const QString path = tempPath(QStringLiteral("plant.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(path));
    m_window->action(QStringLiteral("addZone"))->trigger();
    m_window->files()->autosave();
    m_window->files()->waitForAutosave();
    const QString autosave = m_window->files()->autosavePath();
    delete m_window;
    // Saved again later (by another window): the autosave holds nothing that is lost.
    QString error;
    QVERIFY2(ProjectFile::save(path, Design(), QJsonObject(), ProjectFile::SaveOptions(), nullptr, &error),
        qPrintable(error));
    QVERIFY(setModified(autosave, QDateTime::currentDateTimeUtc().addSecs(-3600)));

    m_window = newWindow();
    int offered = 0;
    m_window->files()->setRecoveryPrompt([&offered](const AutosaveInfo &) {
        ++offered;
        return FileController::RecoveryChoice::Recover;
    });
    QVERIFY(!m_window->files()->recoverAutosaves());
    QCOMPARE(offered, 0);
    QVERIFY(!QFile::exists(autosave));
}

void tst_ProjectFiles::unreadableFilesLeaveTheDocument_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    // Text is read as design JSON, by content: its first bad character is named.
    QTest::newRow("text") << QByteArray("not a design at all\n") << QStringLiteral("line 1, column 2");
    QTest::newRow("truncated project") << QByteArray("SQLite format 3\0\x10\0\x01\x01",
        20) << QStringLiteral("is damaged: the file is shorter than its header says");
    QTest::newRow("newer project") << QByteArray() << QStringLiteral("newer");
}

void tst_ProjectFiles::unreadableFilesLeaveTheDocument()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QVERIFY(m_window->files()->openSample());
    const QString good = tempPath(QStringLiteral("good.portolan"));
    QVERIFY(m_window->files()->saveProjectAs(good));
    m_window->action(QStringLiteral("addZone"))->trigger();
    const Design before = m_window->document()->design();

    const QString path = tempPath(QStringLiteral("bad.portolan"));
    if (content.isEmpty()) {
        // A project from a newer Portolan: the format version in the header is ahead of this build.
        QVERIFY(QFile::copy(good, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(60));
        file.write(QByteArray("\0\0\0\x63", 4));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QVERIFY(!m_window->files()->openFile(path));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QStringLiteral("bad.portolan")), qPrintable(m_errors.first()));
    QVERIFY(!reason.isEmpty());
    QVERIFY2(m_errors.first().contains(reason), qPrintable(m_errors.first()));
    Document *document = m_window->document();
    QVERIFY(document->design() == before);
    QCOMPARE(document->filePath(), good);
    QVERIFY(document->isModified());
    QVERIFY(!FileController::recentFiles().contains(path));
}

QTEST_MAIN(tst_ProjectFiles)
#include "tst_projectfiles.moc"
