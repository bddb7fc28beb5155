#pragma once

#include "autosavewriter.h"
#include "storage/projectautosave.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class QWidget;

namespace portolan {

class DesignView;
class Document;
struct RevisionInfo;

/**
 * Everything the editor does with files, for one document and the view that shows it: new, open,
 * save (a revision of a project file), save as, save with a comment, revisions (open one
 * read-only, go back to the latest, restore one), import and export of design JSON, autosave and
 * recovery after a crash, and the recent files. The main window gives it menus; tests drive it
 * directly, with the error handler and the recovery prompt replaced so that no dialog waits.
 *
 * Failures are reported through the error handler (a message box by default) and the status
 * line; the document is replaced only once a file has been read whole.
 */
class FileController : public QObject
{
    Q_OBJECT

public:
    /// What the user answers when an autosave from a session that did not close normally is found.
    enum class RecoveryChoice { Recover, Discard, Later };
    /// Asks about one autosave; the default asks in a message box.
    using RecoveryPrompt = std::function<RecoveryChoice(const AutosaveInfo &autosave)>;
    /// Shows a failure: what could not be done with which file, and the reason the library gave.
    using ErrorHandler = std::function<void(const QString &text, const QString &reason)>;

    /// `view` gives the view state a revision keeps; dialogs open over `window`.
    FileController(Document *document, DesignView *view, QWidget *window);

    /**
     * What the program does on start: offers to recover autosaves a crashed session left, then
     * opens the first of the files (or, on the very first start, the sample design).
     */
    void start(const QStringList &files);
    /// Opens a project or design JSON; on failure shows why (in a dialog unless quiet) and returns false.
    bool openFile(const QString &path, bool quiet = false);
    /// Opens the sample design that ships with the program, as on first start.
    bool openSample();

    /// Saves the design as a new revision of the project at `path` (created if needed).
    bool saveProjectAs(const QString &path, const QString &comment = QString());
    /// Reads design JSON as a new, unsaved design.
    bool importJson(const QString &path);
    /// Writes the design as design JSON; the document keeps its own file.
    bool exportJson(const QString &path);
    /// Shows a revision of the open project read-only.
    bool openRevision(int number);
    /// Adds a revision to the open project that restores revision `number`, and opens it.
    bool restoreRevision(int number);

    /// Asks whether to save unsaved changes first; false when the user cancels.
    bool maybeSave();
    /// Autosaves a modified design every `seconds` from now on; 0 turns autosave off.
    void setAutosaveInterval(int seconds);
    /// The document is closing with the window: its autosave is no longer needed.
    void close();

    /**
     * Offers each autosave left over from a session that did not close normally (untitled ones, and
     * those beside the recent files and the given documents); true when one was recovered.
     */
    bool recoverAutosaves(const QStringList &documents = QStringList());
    /// Opens an autosave as the (modified) document it belongs to.
    bool recoverAutosave(const AutosaveInfo &info);
    /// Where the current document is autosaved.
    QString autosavePath() const;
    QTimer *autosaveTimer() { return &m_autosaveTimer; }
    /// True while an autosave is being written on its own thread.
    bool isAutosaving() const { return m_autosaveWriter.isWriting(); }
    /// Waits for an autosave being written, if any, and takes its outcome.
    void waitForAutosave() { m_autosaveWriter.waitForFinished(); }

    void setRecoveryPrompt(RecoveryPrompt prompt) { m_recoveryPrompt = std::move(prompt); }
    void setErrorHandler(ErrorHandler handler) { m_errorHandler = std::move(handler); }

    /// The recently opened and saved files, newest first.
    static QStringList recentFiles();
    /// Opens one of the recent files, after asking about unsaved changes.
    bool openRecentFile(const QString &path);
    void clearRecentFiles();

public slots:
    void newDesign();
    void open();
    bool save();
    bool saveAs();
    bool saveWithComment();
    void importJsonFile();
    void exportJsonFile();
    void showRevisions();
    /// Leaves a read-only revision for the latest one.
    bool openLatestRevision();
    /**
     * Starts writing the autosave of a modified document on a thread of its own (from a copy taken
     * now), or removes the autosave when nothing is unsaved. Skipped while an earlier one is written.
     */
    void autosave();

signals:
    /// A line for the status bar, shown for `timeout` milliseconds.
    void statusMessage(const QString &message, int timeout);
    void recentFilesChanged();
    /// A revision was saved: the document may have become a project.
    void projectSaved();

private:
    QString askProjectPath();
    void showError(const QString &text, const QString &reason);
    void discardAutosave();
    void addRecentFile(const QString &path);

    Document *m_document;
    DesignView *m_view;
    QWidget *m_window;
    QTimer m_autosaveTimer;
    AutosaveWriter m_autosaveWriter;
    QString m_autosaveWritten; ///< the autosave written last, removed on save and close
    RecoveryPrompt m_recoveryPrompt;
    ErrorHandler m_errorHandler;
};

} // namespace portolan
