#include "filecontroller.h"

#include "backgroundjob.h"
#include "designview.h"
#include "document.h"
#include "revisionsdialog.h"

#include "io/designjson.h"
#include "storage/designfile.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace portolan {

namespace {

const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString LastFolderKey = QStringLiteral("lastFolder");
const QString SampleShownKey = QStringLiteral("sampleShown");
constexpr int MaximumRecentFiles = 8;
/// Seconds between autosaves of a modified design; 0 turns autosave off.
const QString AutosaveIntervalKey = QStringLiteral("autosave/intervalSeconds");
constexpr int DefaultAutosaveSeconds = 120;

} // namespace

FileController::FileController(Document *document, DesignView *view, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_view(view)
    , m_window(window)
{
    const int autosaveSeconds = QSettings().value(AutosaveIntervalKey, DefaultAutosaveSeconds).toInt();
    m_autosaveTimer.setInterval(autosaveSeconds * 1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &FileController::autosave);
    if (autosaveSeconds > 0)
        m_autosaveTimer.start();
    connect(&m_autosaveWriter, &AutosaveWriter::written, this,
        [this](const QString &autosave) { m_autosaveWritten = autosave; });
    connect(&m_autosaveWriter, &AutosaveWriter::failed, this, [this](const QString &, const QString &error) {
        emit statusMessage(tr("Autosave failed: %1").arg(error), 10000);
    });
}

void FileController::setAutosaveInterval(int seconds)
{
    m_autosaveTimer.stop();
    m_autosaveTimer.setInterval(seconds * 1000);
    if (seconds > 0)
        m_autosaveTimer.start();
}

void FileController::start(const QStringList &files)
{
    if (recoverAutosaves(files))
        return;
    QSettings settings;
    if (!files.isEmpty()) {
        openFile(files.first());
    } else if (!settings.value(SampleShownKey).toBool()) {
        // A new user starts with a design to look at.
        openSample();
        settings.setValue(SampleShownKey, true);
    }
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved changes"),
        tr("The design \"%1\" has changes that are not saved. Save them first?")
            .arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileController::close()
{
    discardAutosave();
}

void FileController::newDesign()
{
    if (!maybeSave())
        return;
    discardAutosave();
    m_document->resetDesign(Design());
    emit statusMessage(tr("New design: drag host types from the palette onto the canvas."), 6000);
}

void FileController::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Design"),
        QSettings().value(LastFolderKey).toString(),
        tr("Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool FileController::openFile(const QString &path, bool quiet)
{
    // The file is read and checked on a thread of its own, with Cancel; the document is replaced
    // only once the file has been read whole, and a cancelled open leaves it as it was.
    struct Opened
    {
        Design design;
        QJsonObject state;
    };
    auto opened = std::make_shared<Opened>();
    BackgroundJob job(
        tr("Opening %1…").arg(QFileInfo(path).fileName()),
        [opened, catalog = &m_document->catalog(), path](JobProgress &progress, QString *error) {
            // Reading has no point to stop at: Cancel drops what was read.
            return DesignFile::load(path, *catalog, &opened->design, &opened->state, error)
                && !progress.isCancelled();
        },
        m_window);
    const BackgroundJob::Outcome outcome = job.exec();
    if (outcome == BackgroundJob::Outcome::Cancelled) {
        emit statusMessage(tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName()), 5000);
        return false;
    }
    if (outcome != BackgroundJob::Outcome::Succeeded) {
        if (quiet)
            emit statusMessage(job.errorText(), 10000);
        else
            showError(tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)), job.errorText());
        return false;
    }
    m_document->resetDesign(opened->design, path,
        DesignFile::isSqlite(path) ? Document::Format::Project : Document::Format::Json);
    discardAutosave();
    m_view->applyViewState(opened->state);
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    addRecentFile(path);
    emit statusMessage(tr("Opened %1.").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool FileController::openSample()
{
    QString error;
    Design design;
    if (!DesignJson::readFile(
            QStringLiteral(":/samples/riverside-plant.json"), m_document->catalog(), &design, &error)) {
        emit statusMessage(error, 10000);
        return false;
    }
    discardAutosave();
    m_document->resetDesign(design);
    emit statusMessage(tr("This is a sample design. Select a host to see its flows; drag host types from the "
                          "palette to plan your own."),
        15000);
    return true;
}

bool FileController::save()
{
    if (m_document->isReadOnly())
        return false;
    // Design JSON is the interchange format, not where work is kept: a design opened from JSON is
    // saved as a project beside it, and Export JSON writes JSON again.
    if (m_document->format() != Document::Format::Project || m_document->filePath().isEmpty())
        return saveAs();
    return saveProjectAs(m_document->filePath());
}

bool FileController::saveWithComment()
{
    if (m_document->isReadOnly())
        return false;
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        m_window, tr("Save with Comment"), tr("What changed in this revision?"), QString(), &ok);
    if (!ok)
        return false;
    QString path = m_document->filePath();
    if (m_document->format() != Document::Format::Project || path.isEmpty())
        path = askProjectPath();
    return !path.isEmpty() && saveProjectAs(path, comment.trimmed());
}

bool FileController::saveAs()
{
    if (m_document->isReadOnly())
        return false;
    const QString path = askProjectPath();
    return !path.isEmpty() && saveProjectAs(path);
}

QString FileController::askProjectPath()
{
    QString suggested;
    const QFileInfo current(m_document->filePath());
    if (!m_document->filePath().isEmpty()) {
        suggested = current.dir().filePath(current.completeBaseName() + QStringLiteral(".portolan"));
    } else {
        QString name = m_document->displayName();
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggested = QDir(QSettings().value(LastFolderKey, QDir::homePath()).toString())
                        .filePath(name + QStringLiteral(".portolan"));
    }
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Project As"), suggested, tr("Portolan projects (*.portolan)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".portolan");
    return path;
}

bool FileController::saveProjectAs(const QString &path, const QString &comment)
{
    if (m_document->isReadOnly()) {
        showError(tr("%1 cannot be saved.").arg(QDir::toNativeSeparators(path)),
            tr("An old revision is shown read-only and cannot be saved."));
        return false;
    }
    // The design is written on a thread of its own from a copy taken now, with Cancel until the
    // revision is committed; a cancelled or failed save leaves the file as it was.
    const int savedIndex = m_document->undoStack()->index();
    auto saved = std::make_shared<RevisionInfo>();
    BackgroundJob job(
        tr("Saving %1…").arg(QFileInfo(path).fileName()),
        [design = m_document->design(), state = m_view->viewState(), author = ProjectFile::defaultAuthor(),
            comment, path, saved](JobProgress &progress, QString *error) {
            ProjectFile::SaveOptions options;
            options.author = author;
            options.comment = comment;
            options.onStep = [&progress](ProjectFile::SaveStep step) {
                progress.report(step == ProjectFile::SaveStep::Checking ? 0
                        : step == ProjectFile::SaveStep::Writing        ? 1
                                                                        : 2,
                    2);
            };
            options.isCancelled = [&progress] { return progress.isCancelled(); };
            return ProjectFile::save(path, design, state, options, saved.get(), error);
        },
        m_window);
    const BackgroundJob::Outcome outcome = job.exec();
    if (outcome == BackgroundJob::Outcome::Cancelled) {
        emit statusMessage(
            tr("The save was cancelled: %1 is as it was.").arg(QDir::toNativeSeparators(path)), 8000);
        return false;
    }
    if (outcome != BackgroundJob::Outcome::Succeeded) {
        showError(tr("%1 cannot be saved.").arg(QDir::toNativeSeparators(path)), job.errorText());
        return false;
    }
    m_document->projectWritten(path, savedIndex);
    const RevisionInfo &revision = *saved;
    discardAutosave();
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    addRecentFile(path);
    emit projectSaved();
    emit statusMessage(
        tr("Saved revision %1 of %2.").arg(revision.number).arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void FileController::importJsonFile()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Design JSON"),
        QSettings().value(LastFolderKey).toString(), tr("Design JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importJson(path);
}

bool FileController::importJson(const QString &path)
{
    Design design;
    QString error;
    if (!DesignJson::readFile(path, m_document->catalog(), &design, &error)) {
        showError(tr("%1 cannot be imported.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    discardAutosave();
    m_document->resetDesign(design);
    m_document->markModified(); // held by no project yet
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    emit statusMessage(
        tr("Imported %1: save it to keep it as a project.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void FileController::exportJsonFile()
{
    const QFileInfo current(m_document->filePath());
    const QString folder = m_document->filePath().isEmpty()
        ? QSettings().value(LastFolderKey, QDir::homePath()).toString()
        : current.absolutePath();
    const QString base
        = m_document->filePath().isEmpty() ? m_document->displayName() : current.completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Design JSON"),
        QDir(folder).filePath(base + QStringLiteral(".json")), tr("Design JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportJson(path);
}

bool FileController::exportJson(const QString &path)
{
    QString error;
    if (!m_document->exportJson(path, &error)) {
        showError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    emit statusMessage(tr("Exported the design to %1.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void FileController::showRevisions()
{
    if (m_document->format() != Document::Format::Project || m_document->filePath().isEmpty())
        return;
    RevisionsDialog dialog(m_document->filePath(), m_document->revision(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == RevisionsDialog::Choice::OpenReadOnly)
        openRevision(dialog.chosenRevision());
    else if (dialog.choice() == RevisionsDialog::Choice::Restore)
        restoreRevision(dialog.chosenRevision());
}

bool FileController::openRevision(int number)
{
    const QString path = m_document->filePath();
    if (m_document->format() != Document::Format::Project || path.isEmpty() || !maybeSave())
        return false;
    ProjectRevision revision;
    QString error;
    if (!ProjectFile::openRevision(path, number, &revision, &error)) {
        showError(
            tr("Revision %1 of %2 cannot be opened.").arg(number).arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    discardAutosave();
    m_document->showRevision(revision, path);
    m_view->applyViewState(revision.viewState);
    emit statusMessage(
        tr("Revision %1 of %2 is shown read-only. Restore it from the Revisions dialog to continue from it.")
            .arg(number)
            .arg(QFileInfo(path).fileName()),
        15000);
    return true;
}

bool FileController::openLatestRevision()
{
    if (!m_document->isReadOnly())
        return false;
    return openFile(m_document->filePath());
}

bool FileController::restoreRevision(int number)
{
    const QString path = m_document->filePath();
    if (m_document->format() != Document::Format::Project || path.isEmpty() || !maybeSave())
        return false;
    RevisionInfo saved;
    QString error;
    if (!ProjectFile::restoreRevision(path, number, ProjectFile::SaveOptions(), &saved, &error)) {
        showError(tr("Revision %1 of %2 cannot be restored.").arg(number).arg(QDir::toNativeSeparators(path)),
            error);
        return false;
    }
    if (!openFile(path))
        return false;
    emit statusMessage(tr("Restored revision %1 as revision %2 of %3.")
                           .arg(number)
                           .arg(saved.number)
                           .arg(QFileInfo(path).fileName()),
        8000);
    return true;
}

QString FileController::autosavePath() const
{
    return ProjectAutosave::pathFor(m_document->filePath());
}

void FileController::autosave()
{
    if (m_document->isReadOnly() || m_autosaveWriter.isWriting())
        return;
    if (!m_document->isModified()) {
        discardAutosave(); // undone back to the saved design
        return;
    }
    const QString path = autosavePath();
    if (!m_autosaveWritten.isEmpty() && m_autosaveWritten != path) {
        ProjectAutosave::remove(m_autosaveWritten);
        m_autosaveWritten.clear();
    }
    m_autosaveWriter.write(path, m_document->filePath(), m_document->design(), m_view->viewState());
}

void FileController::discardAutosave()
{
    m_autosaveWriter.waitForFinished(); // a write still running would leave its file behind
    if (m_autosaveWritten.isEmpty())
        return;
    ProjectAutosave::remove(m_autosaveWritten);
    m_autosaveWritten.clear();
}

bool FileController::recoverAutosaves(const QStringList &documents)
{
    QStringList candidates = recentFiles();
    for (const QString &document : documents)
        candidates.append(QFileInfo(document).absoluteFilePath());
    QList<AutosaveInfo> found = ProjectAutosave::find(candidates);
    std::sort(found.begin(), found.end(),
        [](const AutosaveInfo &a, const AutosaveInfo &b) { return a.time > b.time; });
    for (const AutosaveInfo &info : std::as_const(found)) {
        if (info.autosavePath == m_autosaveWritten)
            continue;
        const QFileInfo document(info.documentPath);
        if (!info.documentPath.isEmpty() && document.exists()
            && document.lastModified().toUTC() >= info.time) {
            // Saved after the autosave was written: nothing in it is lost.
            ProjectAutosave::remove(info.autosavePath);
            continue;
        }
        RecoveryChoice choice = RecoveryChoice::Later;
        if (m_recoveryPrompt) {
            choice = m_recoveryPrompt(info);
        } else {
            const QString name = info.documentPath.isEmpty() ? tr("an untitled design")
                                                             : QDir::toNativeSeparators(info.documentPath);
            QMessageBox box(QMessageBox::Warning, tr("Recover Unsaved Changes"),
                tr("Portolan did not close normally. An autosave of %1 from %2 holds changes that were "
                   "not saved.")
                    .arg(name, QLocale().toString(info.time.toLocalTime(), QLocale::ShortFormat)),
                QMessageBox::NoButton, m_window);
            box.setInformativeText(tr("Recover opens the changes so you can save them. Discard deletes the "
                                      "info. Later keeps it and asks again on the next start."));
            QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
            QPushButton *discard = box.addButton(QMessageBox::Discard);
            box.addButton(tr("&Later"), QMessageBox::RejectRole);
            box.setDefaultButton(recover);
            box.exec();
            choice = box.clickedButton() == recover ? RecoveryChoice::Recover
                : box.clickedButton() == discard    ? RecoveryChoice::Discard
                                                    : RecoveryChoice::Later;
        }
        if (choice == RecoveryChoice::Discard)
            ProjectAutosave::remove(info.autosavePath);
        else if (choice == RecoveryChoice::Recover && recoverAutosave(info))
            return true; // one design per window: the others are offered on the next start
    }
    return false;
}

bool FileController::recoverAutosave(const AutosaveInfo &info)
{
    ProjectRevision revision;
    QString error;
    if (!ProjectFile::open(info.autosavePath, &revision, &error)) {
        showError(
            tr("The autosave %1 cannot be opened.").arg(QDir::toNativeSeparators(info.autosavePath)), error);
        return false;
    }
    const QString &path = info.documentPath;
    const bool json = !path.isEmpty()
        && (QFileInfo::exists(path) ? !DesignFile::isSqlite(path)
                                    : path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive));
    discardAutosave();
    m_document->resetDesign(revision.design, path, json ? Document::Format::Json : Document::Format::Project);
    m_document->markModified();
    m_view->applyViewState(revision.viewState);
    // Kept under this window's own autosave name from now on; the old one goes once that is written.
    autosave();
    waitForAutosave();
    if (!m_autosaveWritten.isEmpty() && info.autosavePath != m_autosaveWritten)
        ProjectAutosave::remove(info.autosavePath);
    emit statusMessage(
        tr("Recovered the unsaved changes of %1: save them to keep them.").arg(m_document->displayName()),
        15000);
    return true;
}

QStringList FileController::recentFiles()
{
    return QSettings().value(RecentFilesKey).toStringList();
}

bool FileController::openRecentFile(const QString &path)
{
    return maybeSave() && openFile(path);
}

void FileController::clearRecentFiles()
{
    QSettings().remove(RecentFilesKey);
    emit recentFilesChanged();
}

void FileController::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
    emit recentFilesChanged();
}

void FileController::showError(const QString &text, const QString &reason)
{
    emit statusMessage(reason, 10000);
    if (m_errorHandler) {
        m_errorHandler(text, reason);
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("Portolan"), text, QMessageBox::Ok, m_window);
    box.setInformativeText(reason);
    box.exec();
}

} // namespace portolan
