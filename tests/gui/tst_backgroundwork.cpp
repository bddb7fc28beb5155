// Long work off the GUI thread: the background job on its own, then File > Export, Open and Save
// of a 10,000-host estate as a user sees them: the window's timers keep firing, progress reaches
// 100 %, Cancel leaves no file and the document as it was, and an error names the file.
#include "backgroundjob.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "estategenerator.h"
#include "exportdialog.h"
#include "filecontroller.h"

#include "export/pdfreport.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace portolan;

namespace {

/** A timer of the window, as a clock or an animation has, that notes how often it fired and the
 *  longest wait between two firings: how long the GUI thread was kept from its events. */
class Heartbeat
{
public:
    explicit Heartbeat(std::function<void()> onTick = {})
        : m_onTick(std::move(onTick))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestGap = std::max(m_longestGap, now - m_last);
            m_last = now;
            ++m_ticks;
            if (m_onTick)
                m_onTick();
        });
        m_clock.start();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_longestGap = std::max(m_longestGap, m_clock.elapsed() - m_last);
    }
    int ticks() const { return m_ticks; }
    qint64 longestGap() const { return m_longestGap; }

private:
    std::function<void()> m_onTick;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGap = 0;
    int m_ticks = 0;
};

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
};

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

/// Cancels every running job as soon as the event loop runs: before any of them can end.
void cancelAtOnce()
{
    QTimer::singleShot(0, [] {
        const QList<BackgroundJob *> jobs = BackgroundJob::running();
        for (BackgroundJob *job : jobs)
            job->cancel();
    });
}

} // namespace

class tst_BackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void jobDeliversOnTheGuiThread();
    void jobReportsFailureAndCancel();
    void pdfExportKeepsTheWindowLive();
    void cancelledExportLeavesNoFile();
    void exportErrorNamesTheFile();
    void openRunsInTheBackground();
    void cancelledOpenKeepsTheDocument();
    void saveMarksSavedOnlyWhenWritten();
    void cancelledSaveLeavesTheFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_BackgroundWork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_BackgroundWork::init()
{
    QSettings().clear();
    QSettings().setValue(ProjectFile::authorSettingKey(), QStringLiteral("Test Engineer"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_BackgroundWork::cleanup()
{
    m_dir.reset();
}

void tst_BackgroundWork::jobDeliversOnTheGuiThread()
{
    QWidget window;
    auto sum = std::make_shared<qint64>(0);
    auto workThread = std::make_shared<QThread *>(nullptr);
    BackgroundJob job(
        QStringLiteral("Adding"),
        [sum, workThread](JobProgress &progress, QString *) {
            *workThread = QThread::currentThread();
            for (qint64 i = 1; i <= 200; ++i) {
                *sum += i;
                if (!progress.report(i, 200))
                    return false;
                QThread::msleep(1);
            }
            return true;
        },
        &window);
    QList<int> seen;
    QThread *deliveredOn = nullptr;
    connect(&job, &BackgroundJob::progressChanged, this, [&seen](int percent) { seen.append(percent); });
    connect(
        &job, &BackgroundJob::succeeded, this, [&deliveredOn] { deliveredOn = QThread::currentThread(); });
    QCOMPARE(job.exec(), BackgroundJob::Outcome::Succeeded);
    QCOMPARE(*sum, qint64(200 * 201 / 2));
    QVERIFY(*workThread != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(BackgroundJob::running().isEmpty());
}

void tst_BackgroundWork::jobReportsFailureAndCancel()
{
    QWidget window;
    BackgroundJob failing(
        QStringLiteral("Failing"),
        [](JobProgress &, QString *error) {
            *error = QStringLiteral("/tmp/x.pdf: cannot be written: disk full");
            return false;
        },
        &window);
    QCOMPARE(failing.exec(), BackgroundJob::Outcome::Failed);
    QCOMPARE(failing.errorText(), QStringLiteral("/tmp/x.pdf: cannot be written: disk full"));

    // Work that only stops when told: Cancel, clicked in the dialog once it shows, ends it.
    std::atomic<bool> stopped {false};
    BackgroundJob endless(
        QStringLiteral("Endless"),
        [&stopped](JobProgress &progress, QString *) {
            while (progress.report(1, 2))
                QThread::msleep(5);
            stopped = true;
            return false;
        },
        &window);
    bool clicked = false;
    qint64 shownAfter = -1;
    QElapsedTimer clock;
    clock.start();
    Heartbeat heartbeat([&] {
        QProgressDialog *dialog = endless.progressDialog();
        if (clicked || !dialog || !dialog->isVisible())
            return;
        shownAfter = clock.elapsed();
        QCOMPARE(dialog->labelText(), QStringLiteral("Endless"));
        QCOMPARE(dialog->value(), 50);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        clicked = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QSignalSpy cancelled(&endless, &BackgroundJob::cancelled);
    QCOMPARE(endless.exec(), BackgroundJob::Outcome::Cancelled);
    QVERIFY(clicked);
    QVERIFY(stopped);
    QCOMPARE(cancelled.count(), qsizetype(1));
    // The dialog waits before it shows, so short work shows none. QProgressDialog waits with a
    // coarse timer, which Qt lets fire up to 5 % early.
    QVERIFY2(shownAfter >= BackgroundJob::ShowDelayMs * 95 / 100, qPrintable(QString::number(shownAfter)));
}

void tst_BackgroundWork::pdfExportKeepsTheWindowLive()
{
    Document document;
    document.resetDesign(generateEstate(10000));
    document.flushDerivation();
    ExportDialog dialog(&document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.setFormat(QStringLiteral("pdf")));
    QElapsedTimer previewClock;
    previewClock.start();
    dialog.refreshPreview(); // what the user sees before pressing Export
    qInfo("10k-host PDF preview: %lld ms on the GUI thread", previewClock.elapsed());
    QVERIFY(dialog.canExport());

    QList<int> seen;
    BackgroundJob *watched = nullptr;
    bool dialogShown = false;
    Heartbeat heartbeat([&] {
        BackgroundJob *job = dialog.exportJob();
        if (job && job != watched) {
            watched = job;
            connect(
                job, &BackgroundJob::progressChanged, this, [&seen](int percent) { seen.append(percent); });
        }
        if (job && job->progressDialog() && job->progressDialog()->isVisible())
            dialogShown = true;
    });
    const QString file = path(QStringLiteral("estate.pdf"));
    QElapsedTimer clock;
    clock.start();
    const bool written = dialog.exportTo(file);
    const qint64 took = clock.elapsed();
    heartbeat.stop();
    QVERIFY2(written, qPrintable(dialog.lastExportError()));
    qInfo("10k-host PDF export: %lld ms in all, %d timer ticks, GUI thread blocked at most %lld ms", took,
        heartbeat.ticks(), heartbeat.longestGap());

    // The window's timer kept firing while the file was written, and the progress was shown.
    QVERIFY2(heartbeat.ticks() >= 10, qPrintable(QString::number(heartbeat.ticks())));
    QVERIFY(dialogShown);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(
        std::any_of(seen.cbegin(), seen.cend(), [](int percent) { return percent > 0 && percent < 100; }));

    // The file is the whole report: every page of it.
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    const PdfReport report({document.derivedDesign(), document.derivation(), dialog.options()});
    QCOMPARE(int(bytes.count("/Type /Page\n")), report.pageCount());
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("estate.pdf")});
}

void tst_BackgroundWork::cancelledExportLeavesNoFile()
{
    Document document;
    document.resetDesign(generateEstate(10000));
    document.flushDerivation();
    ExportDialog dialog(&document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.setFormat(QStringLiteral("pdf")));
    dialog.refreshPreview();

    // The user sees the progress dialog come up, then presses its Cancel.
    QString label;
    bool clicked = false;
    Heartbeat heartbeat([&] {
        BackgroundJob *job = dialog.exportJob();
        QProgressDialog *progress = job ? job->progressDialog() : nullptr;
        if (clicked || !progress || !progress->isVisible())
            return;
        label = progress->labelText();
        clicked = true;
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    });
    const QString file = path(QStringLiteral("estate.pdf"));
    QVERIFY(!dialog.exportTo(file));
    QVERIFY(clicked);
    QCOMPARE(label, QStringLiteral("Writing estate.pdf…"));
    QVERIFY(dialog.lastExportCancelled());
    QVERIFY(dialog.lastExportError().contains(QDir::toNativeSeparators(file)));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(entries(m_dir->path()), QStringList()); // no partial file either

    // A file already there is kept as it was.
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the report of last week");
    old.close();
    clicked = false;
    QVERIFY(!dialog.exportTo(file));
    QVERIFY(clicked);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the report of last week"));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("estate.pdf")});
}

void tst_BackgroundWork::exportErrorNamesTheFile()
{
    Document document;
    document.resetDesign(generateEstate(40));
    document.flushDerivation();
    ExportDialog dialog(&document);
    QVERIFY(dialog.setFormat(QStringLiteral("png")));
    dialog.refreshPreview();
    const QString file = path(QStringLiteral("no such folder/estate.png"));
    QVERIFY(!dialog.exportTo(file));
    QVERIFY(!dialog.lastExportCancelled());
    QVERIFY2(dialog.lastExportError().contains(file), qPrintable(dialog.lastExportError()));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void tst_BackgroundWork::openRunsInTheBackground()
{
    const QString file = path(QStringLiteral("estate.portolan"));
    QString error;
    RevisionInfo saved;
    QVERIFY2(
        ProjectFile::save(file, generateEstate(10000), QJsonObject(), {}, &saved, &error), qPrintable(error));

    Editor editor;
    Heartbeat heartbeat;
    QVERIFY(editor.files.openFile(file));
    heartbeat.stop();
    QVERIFY2(heartbeat.ticks() >= 3, qPrintable(QString::number(heartbeat.ticks())));
    QCOMPARE(editor.document.design().hosts().size(), qsizetype(10000));
    QCOMPARE(editor.document.filePath(), file);
    QCOMPARE(editor.document.format(), Document::Format::Project);
    QVERIFY(!editor.document.isModified());
    QVERIFY(editor.errors.isEmpty());
}

void tst_BackgroundWork::cancelledOpenKeepsTheDocument()
{
    const QString big = path(QStringLiteral("estate.portolan"));
    const QString small = path(QStringLiteral("small.portolan"));
    QString error;
    RevisionInfo saved;
    QVERIFY2(
        ProjectFile::save(big, generateEstate(10000), QJsonObject(), {}, &saved, &error), qPrintable(error));
    QVERIFY2(
        ProjectFile::save(small, generateEstate(20), QJsonObject(), {}, &saved, &error), qPrintable(error));

    Editor editor;
    QVERIFY(editor.files.openFile(small));
    const QString removed = editor.document.design().hosts().first().id;
    QVERIFY(editor.document.removeItems({removed}, {}, {}));
    QVERIFY(editor.document.isModified());
    const Design before = editor.document.design();

    cancelAtOnce();
    QVERIFY(!editor.files.openFile(big));
    QCOMPARE(editor.status, QStringLiteral("Opening estate.portolan was cancelled."));
    QVERIFY(editor.errors.isEmpty());
    QCOMPARE(editor.document.filePath(), small);
    QCOMPARE(editor.document.design().hosts().size(), before.hosts().size());
    QVERIFY(!editor.document.design().host(removed));
    QVERIFY(editor.document.isModified());
    QVERIFY(editor.document.undoStack()->canUndo());

    // A file that cannot be read says so, naming it, and keeps the document too.
    QVERIFY(!editor.files.openFile(path(QStringLiteral("missing.portolan"))));
    QCOMPARE(editor.errors.size(), qsizetype(1));
    QVERIFY(
        editor.errors.first().contains(QDir::toNativeSeparators(path(QStringLiteral("missing.portolan")))));
    QCOMPARE(editor.document.filePath(), small);
}

void tst_BackgroundWork::saveMarksSavedOnlyWhenWritten()
{
    Editor editor;
    editor.document.resetDesign(generateEstate(1000));
    editor.document.markModified();
    const QString file = path(QStringLiteral("estate.portolan"));
    Heartbeat heartbeat;
    QVERIFY(editor.files.saveProjectAs(file));
    heartbeat.stop();
    QVERIFY(!editor.document.isModified());
    QCOMPARE(editor.document.filePath(), file);
    QCOMPARE(editor.status, QStringLiteral("Saved revision 1 of estate.portolan."));
    ProjectRevision revision;
    QString error;
    QVERIFY2(ProjectFile::open(file, &revision, &error), qPrintable(error));
    QCOMPARE(revision.design.hosts().size(), qsizetype(1000));
    QCOMPARE(revision.info.author, QStringLiteral("Test Engineer"));

    // A save that fails leaves the document modified and names the file.
    const QString elsewhere = path(QStringLiteral("no such folder/estate.portolan"));
    QVERIFY(editor.document.removeItems({editor.document.design().hosts().first().id}, {}, {}));
    QVERIFY(!editor.files.saveProjectAs(elsewhere));
    QVERIFY(editor.document.isModified());
    QCOMPARE(editor.document.filePath(), file);
    QCOMPARE(editor.errors.size(), qsizetype(1));
    QVERIFY(editor.errors.first().contains(QDir::toNativeSeparators(elsewhere)));
}

void tst_BackgroundWork::cancelledSaveLeavesTheFile()
{
    Editor editor;
    editor.document.resetDesign(generateEstate(1000));
    const QString file = path(QStringLiteral("estate.portolan"));
    QVERIFY(editor.files.saveProjectAs(file));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    saved.close();

    QVERIFY(editor.document.removeItems({editor.document.design().hosts().first().id}, {}, {}));
    cancelAtOnce();
    QVERIFY(!editor.files.saveProjectAs(file));
    QVERIFY(editor.document.isModified());
    QVERIFY(editor.errors.isEmpty());
    QVERIFY(editor.status.startsWith(QStringLiteral("The save was cancelled")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);
    saved.close();

    // A new project: none appears, and no temporary file is left beside it.
    cancelAtOnce();
    QVERIFY(!editor.files.saveProjectAs(path(QStringLiteral("new.portolan"))));
    QCOMPARE(entries(m_dir->path()), QStringList {QStringLiteral("estate.portolan")});
    QCOMPARE(editor.document.filePath(), file);
    QVERIFY(editor.document.isModified());
}

QTEST_MAIN(tst_BackgroundWork)
#include "tst_backgroundwork.moc"
