#pragma once

#include "storage/projectautosave.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;
class QLabel;
class QLineEdit;
class QTreeView;
class QUndoView;

namespace portolan {

class Document;
class DesignScene;
class DesignView;
class FindingsModel;
class FlowMatrixWidget;
class PaletteWidget;
class PropertiesWidget;

/**
 * The editor's main window: the palette, the canvas in the centre, docks for properties, the
 * flow matrix and findings, menus and a toolbar with the standard shortcuts.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// What the user answers when an autosave from a session that did not close normally is found.
    enum class RecoveryChoice { Recover, Discard, Later };
    /// Asks about one autosave; the default asks in a message box.
    using RecoveryPrompt = std::function<RecoveryChoice(const AutosaveInfo &autosave)>;
    /// Shows a failure: what could not be done with which file, and the reason the library gave.
    using ErrorHandler = std::function<void(const QString &text, const QString &reason)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

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

    /**
     * Offers each autosave left over from a session that did not close normally (untitled ones, and
     * those beside the recent files and the given documents); true when one was recovered.
     */
    bool recoverAutosaves(const QStringList &documents = QStringList());
    /// Opens an autosave as the (modified) document it belongs to.
    bool recoverAutosave(const AutosaveInfo &info);
    /// Where this window autosaves the current document.
    QString autosavePath() const;
    QTimer *autosaveTimer() { return &m_autosaveTimer; }

    void setRecoveryPrompt(RecoveryPrompt prompt) { m_recoveryPrompt = std::move(prompt); }
    void setErrorHandler(ErrorHandler handler) { m_errorHandler = std::move(handler); }

    /// Zoom, centre and flow arrows, as a project revision keeps them.
    QJsonObject viewState() const;
    void applyViewState(const QJsonObject &state);

    /// The recently opened and saved files, newest first.
    static QStringList recentFiles();
    QMenu *recentMenu() const { return m_recentMenu; }
    /// Adds an action to the export section of the File menu, after "Export JSON…".
    void addExportAction(QAction *action);

    Document *document() const { return m_document; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    FlowMatrixWidget *matrix() const { return m_matrix; }
    QTreeView *findingsView() const { return m_findingsView; }
    PropertiesWidget *properties() const { return m_properties; }
    QAction *action(const QString &name) const;

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
    /// Writes the autosave of a modified document, or removes it when nothing is unsaved.
    void autosave();
    void copy();
    void cut();
    void paste();
    void deleteSelection();
    void selectAll();
    void addZone();
    void findHost();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void updateTitle();
    void updateCounts();
    void onSceneSelectionChanged();
    void onFlowSelected(const QString &sourceId, const QString &destinationId);
    void onFindingActivated(const QModelIndex &index);
    void updateFindHostCompleter();
    bool maybeSave();
    QString askProjectPath();
    void showError(const QString &text, const QString &reason);
    void discardAutosave();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void updateFileActions();
    void readSettings();
    void writeSettings();

    Document *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    PaletteWidget *m_palette = nullptr;
    PropertiesWidget *m_properties = nullptr;
    FlowMatrixWidget *m_matrix = nullptr;
    FindingsModel *m_findings = nullptr;
    QTreeView *m_findingsView = nullptr;
    QUndoView *m_undoView = nullptr;
    QLineEdit *m_findHost = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QList<QDockWidget *> m_docks;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportSectionEnd = nullptr;
    QTimer m_autosaveTimer;
    QString m_autosaveWritten; ///< the autosave this window wrote last, removed on save and close
    RecoveryPrompt m_recoveryPrompt;
    ErrorHandler m_errorHandler;
    bool m_selectingFromMatrix = false;
};

} // namespace portolan
