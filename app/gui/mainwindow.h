#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QTreeView;
class QUndoView;

namespace portolan {

class ArrangeJob;
class Clipboard;
class CustomFlowActions;
class DrawZoneMode;
class EditorActions;
class CompareMode;
class DesignScene;
class DesignView;
class Document;
class FileController;
class FindingsModel;
class FlowMatrixWidget;
class PaletteWidget;
class ProbeMode;
class PropertiesWidget;
class ReviewMode;

/**
 * The editor's main window: the palette, the canvas in the centre, docks for properties, the
 * flow matrix and findings, menus and a toolbar with the standard shortcuts. It builds them and
 * wires them; what they do lives elsewhere: files in the FileController, copy and paste in the
 * Clipboard, edits as operations of the Document, drawing in the DesignScene and DesignView.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds an action to the export section of the File menu, after "Export JSON…".
    void addExportAction(QAction *action);

    Document *document() const { return m_document; }
    DesignScene *scene() const { return m_scene; }
    CustomFlowActions *customFlowActions() const { return m_customFlows; }
    DesignView *view() const { return m_view; }
    FileController *files() const { return m_files; }
    Clipboard *clipboard() const { return m_clipboard; }
    CompareMode *compareMode() const { return m_compare; }
    PaletteWidget *palette() const { return m_palette; }
    FlowMatrixWidget *matrix() const { return m_matrix; }
    /// The probe while Design > Verify from This Machine runs or shows its results, else null.
    ProbeMode *probe() const { return m_probe; }
    QTreeView *findingsView() const { return m_findingsView; }
    PropertiesWidget *properties() const { return m_properties; }
    ReviewMode *review() const { return m_review; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *action(const QString &name) const;
    EditorActions *editorActions() const { return m_editorActions; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *makeAction(
        const QString &name, const QString &text, const QIcon &icon, const QList<QKeySequence> &keys = {});
    void createActions();
    void createMenus();
    void createDocks();
    void showStatus(const QString &message, int timeout);
    void updateTitle();
    void updateCounts();
    void updateFileActions();
    void updateEditActions();
    void updateRecentMenu();
    void updateFindHostCompleter();
    void findHost();
    void addZone();
    void addHost(const QString &typeId);
    void verifyFromThisMachine();
    void onSceneSelectionChanged();
    void onFlowSelected(const QString &sourceId, const QString &destinationId);
    void onFindingActivated(const QModelIndex &index);
    void readSettings();
    void writeSettings();

    Document *m_document;
    DesignScene *m_scene;
    CustomFlowActions *m_customFlows = nullptr;
    DesignView *m_view;
    FileController *m_files;
    Clipboard *m_clipboard;
    EditorActions *m_editorActions = nullptr;
    DrawZoneMode *m_drawZone = nullptr;
    ArrangeJob *m_arrangeJob = nullptr;
    CompareMode *m_compare;
    ReviewMode *m_review;
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
    ProbeMode *m_probe = nullptr;
    bool m_selectingFromMatrix = false;
};

} // namespace portolan
