#pragma once

#include <QMainWindow>

class QAction;
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
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design file; on failure shows why (in a dialog unless quiet) and returns false.
    bool openFile(const QString &path, bool quiet = false);
    /// Opens the sample design that ships with the program, as on first start.
    bool openSample();

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
    bool m_selectingFromMatrix = false;
};

} // namespace portolan
