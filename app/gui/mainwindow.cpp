#include "mainwindow.h"

#include "arrangejob.h"
#include "catalogbrowser.h"
#include "changesdock.h"
#include "clipboard.h"
#include "comparemode.h"
#include "customflowactions.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "drawzonemode.h"
#include "editoractions.h"
#include "exportdialog.h"
#include "filecontroller.h"
#include "findingsmodel.h"
#include "flowmatrixwidget.h"
#include "hostitem.h"
#include "iconcache.h"
#include "importhostsdialog.h"
#include "palettewidget.h"
#include "preferencesdialog.h"
#include "probedialog.h"
#include "probemode.h"
#include "propertieswidget.h"
#include "reviewmode.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "zoneitem.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QCursor>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoView>

#include <algorithm>

namespace portolan {

namespace {

QIcon actionIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name));
}

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(Catalog::builtIn(), this))
    , m_scene(new DesignScene(m_document, this))
    , m_view(new DesignView(m_scene, this))
    , m_files(new FileController(m_document, m_view, this))
    , m_clipboard(new Clipboard(m_document, m_scene, this))
    , m_compare(new CompareMode(m_document, m_view, this))
    , m_review(new ReviewMode(m_document, m_view, this))
{
    setWindowIcon(IconCache::appIcon());
    setCentralWidget(m_view);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createDocks();
    addDockWidget(Qt::RightDockWidgetArea, m_compare->dock());
    m_customFlows = new CustomFlowActions(m_document, m_scene, m_matrix, this);
    createActions();
    createMenus();

    m_zoomLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("designCounts"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &DesignView::zoomChanged, this,
        [this](qreal zoom) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(zoom * 100))); });
    m_zoomLabel->setText(tr("Zoom %1%").arg(100));

    connect(m_scene, &DesignScene::statusMessage, this,
        [this](const QString &message) { showStatus(message, 8000); });
    connect(m_properties, &PropertiesWidget::statusMessage, this,
        [this](const QString &message) { showStatus(message, 8000); });
    connect(m_properties, &PropertiesWidget::focusReleased, this,
        [this] { m_view->setFocus(Qt::OtherFocusReason); });
    connect(m_files, &FileController::statusMessage, this, &MainWindow::showStatus);
    connect(m_clipboard, &Clipboard::statusMessage, this, &MainWindow::showStatus);
    connect(m_compare, &CompareMode::statusMessage, this, &MainWindow::showStatus);
    connect(
        m_compare, &CompareMode::activeChanged, action(QStringLiteral("leaveCompare")), &QAction::setEnabled);
    connect(m_document->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateEditActions);
    connect(m_document->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateEditActions);
    connect(m_review, &ReviewMode::statusMessage, this, &MainWindow::showStatus);
    // One mode at a time: entering compare or review ends the other, and the canvas stays locked.
    const auto enterOnly = [this](QObject *entered) {
        if (entered != m_compare)
            m_compare->leave();
        if (entered != m_review)
            m_review->stop();
        m_view->setReadOnly(true);
    };
    connect(m_compare, &CompareMode::activeChanged, this, [this, enterOnly](bool active) {
        if (active)
            enterOnly(m_compare);
    });
    connect(m_review, &ReviewMode::activeChanged, this, [this, enterOnly](bool active) {
        if (active)
            enterOnly(m_review);
    });
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_files, &FileController::projectSaved, this, &MainWindow::updateFileActions);
    connect(m_palette, &PaletteWidget::typeActivated, this, &MainWindow::addHost);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSceneSelectionChanged);
    connect(m_scene, &DesignScene::readOnlyChanged, this, &MainWindow::updateEditActions);
    connect(m_matrix, &FlowMatrixWidget::flowSelected, this, &MainWindow::onFlowSelected);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::nameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateFileActions);
    connect(m_document, &Document::designReset, this, &MainWindow::updateFileActions);
    connect(m_document, &Document::derivationChanged, this, &MainWindow::updateCounts);
    connect(m_document, &Document::derivationChanged, this, &MainWindow::updateFindHostCompleter);
    connect(m_document, &Document::designReset, this, [this] {
        m_view->fitToView();
        if (m_view->zoom() > 1)
            m_view->resetZoom();
    });

    readSettings();
    m_compare->dock()->hide(); // shown by compare mode only
    updateRecentMenu();
    updateFileActions();
    updateEditActions();
    updateTitle();
    updateCounts();
    updateFindHostCompleter();
    showStatus(tr("Drag a host type from the palette onto the canvas to begin."), 8000);
}

MainWindow::~MainWindow()
{
    // The document is deleted before the scene, which then deletes its items and with them the
    // selection. Whoever listens to the scene (this window, the editor actions) would ask it for
    // the selected hosts in design order, from a design that is gone: the scene says nothing more.
    m_scene->blockSignals(true);
    m_document->disconnect(this);
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::showStatus(const QString &message, int timeout)
{
    statusBar()->showMessage(message, timeout);
}

void MainWindow::createDocks()
{
    const auto dock
        = [this](const QString &name, const QString &title, QWidget *widget, Qt::DockWidgetArea area) {
              auto *d = new QDockWidget(title, this);
              d->setObjectName(name);
              d->setWidget(widget);
              addDockWidget(area, d);
              m_docks.append(d);
              return d;
          };

    m_palette = new PaletteWidget(m_document->catalog(), this);
    dock(QStringLiteral("paletteDock"), tr("Host types"), m_palette, Qt::LeftDockWidgetArea);

    m_properties = new PropertiesWidget(m_document, this);
    QDockWidget *properties
        = dock(QStringLiteral("propertiesDock"), tr("Properties"), m_properties, Qt::RightDockWidgetArea);

    m_undoView = new QUndoView(m_document->undoStack(), this);
    m_undoView->setEmptyLabel(tr("<opened design>"));
    QDockWidget *history
        = dock(QStringLiteral("historyDock"), tr("History"), m_undoView, Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, history);
    properties->raise();

    m_matrix = new FlowMatrixWidget(m_document, this);
    QDockWidget *matrix
        = dock(QStringLiteral("matrixDock"), tr("Flow matrix"), m_matrix, Qt::BottomDockWidgetArea);

    m_findings = new FindingsModel(m_document, this);
    m_findingsView = new QTreeView(this);
    m_findingsView->setModel(m_findings);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setWordWrap(false);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->header()->resizeSection(FindingsModel::SeverityColumn,
        qMax(90, m_findingsView->header()->sectionSizeHint(FindingsModel::SeverityColumn)));
    m_findingsView->header()->resizeSection(FindingsModel::MessageColumn, 420);
    connect(m_findingsView, &QTreeView::clicked, this, &MainWindow::onFindingActivated);
    connect(m_findingsView, &QTreeView::activated, this, &MainWindow::onFindingActivated);
    QDockWidget *findings
        = dock(QStringLiteral("findingsDock"), tr("Findings"), m_findingsView, Qt::BottomDockWidgetArea);
    splitDockWidget(matrix, findings, Qt::Horizontal);
    resizeDocks({matrix, findings}, {1000, 420}, Qt::Horizontal);
    resizeDocks({matrix}, {250}, Qt::Vertical);
    // The palette as wide as its longest entry, so no host type is cut off.
    resizeDocks(
        {m_docks.first(), properties}, {std::max(270, m_palette->preferredWidth()), 280}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QIcon &icon,
                          const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(icon, text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    make(QStringLiteral("new"), tr("&New"), standardIcon(QStyle::SP_FileIcon),
        QKeySequence::keyBindings(QKeySequence::New), [this] { m_files->newDesign(); });
    make(QStringLiteral("open"), tr("&Open…"), standardIcon(QStyle::SP_DialogOpenButton),
        QKeySequence::keyBindings(QKeySequence::Open), [this] { m_files->open(); });
    make(QStringLiteral("save"), tr("&Save"), standardIcon(QStyle::SP_DialogSaveButton),
        QKeySequence::keyBindings(QKeySequence::Save), [this] { m_files->save(); });
    make(QStringLiteral("saveAs"), tr("Save &As…"), QIcon(), QKeySequence::keyBindings(QKeySequence::SaveAs),
        [this] { m_files->saveAs(); });
    make(QStringLiteral("saveWithComment"), tr("Save with &Comment…"), QIcon(),
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)}, [this] { m_files->saveWithComment(); })
        ->setStatusTip(tr("Save a new revision and describe what changed"));
    make(QStringLiteral("revisions"), tr("Re&visions…"), QIcon(),
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}, [this] { m_files->showRevisions(); })
        ->setStatusTip(tr("List the saved revisions of the project, open an old one or restore it"));
    make(QStringLiteral("latestRevision"), tr("Back to the &Latest Revision"), QIcon(), {},
        [this] { m_files->openLatestRevision(); });
    // One mode at a time: comparing and reviewing wait for a probe run to end, and a probe run
    // ends them.
    const auto probeRunning = [this] {
        if (!m_probe)
            return false;
        showStatus(tr("Leave the probe mode first."), 8000);
        m_probe->dock()->raise();
        return true;
    };
    make(QStringLiteral("compareRevision"), tr("Co&mpare with Revision…"), QIcon(), {},
        [this, probeRunning] {
            if (!probeRunning())
                m_compare->chooseRevision();
        })
        ->setStatusTip(tr("Show what the design changed since a revision: marks on the canvas, and the flows "
                          "and findings each change causes"));
    make(QStringLiteral("compareFile"), tr("Compare with &File…"), QIcon(), {}, [this, probeRunning] {
        if (!probeRunning())
            m_compare->chooseFile();
    })->setStatusTip(tr("Show what the design changes against another design file"));
    make(QStringLiteral("leaveCompare"), tr("Leave Compare Mode"), QIcon(), {QKeySequence(Qt::Key_Escape)},
        [this] { m_compare->leave(); })
        ->setEnabled(false);
    make(QStringLiteral("importJson"), tr("&Import JSON…"), QIcon(), {}, [this] {
        m_files->importJsonFile();
    })->setStatusTip(tr("Read a design JSON file as a new, unsaved design"));
    make(QStringLiteral("importHosts"), tr("Import &Hosts from CSV…"), QIcon(), {}, [this] {
        auto *dialog = new ImportHostsDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportHostsDialog::imported, this,
            [this](const QString &message) { showStatus(message, 8000); });
        dialog->open();
    })->setStatusTip(tr("Add the hosts of an inventory (CSV) to the design, with a preview"));
    make(QStringLiteral("exportJson"), tr("Export &JSON…"), QIcon(), {}, [this] {
        m_files->exportJsonFile();
    })->setStatusTip(tr("Write the design as design JSON"));
    make(QStringLiteral("clearRecent"), tr("&Clear List"), QIcon(), {},
        [this] { m_files->clearRecentFiles(); });
    make(QStringLiteral("export"), tr("&Export…"), QIcon(), {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] {
        auto *dialog = new ExportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::exported, this,
            [this](const QString &message) { showStatus(message, 8000); });
        dialog->open();
    })->setStatusTip(tr("Write the flow matrix, a rule set, the report or the diagram, with a preview"));
    make(QStringLiteral("quit"), tr("&Quit"), QIcon(), QKeySequence::keyBindings(QKeySequence::Quit),
        &MainWindow::close);

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(actionIcon(QStringLiteral("undo")));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIcon(actionIcon(QStringLiteral("redo")));
    // Ctrl+Y beside the platform's redo keys (Ctrl+Shift+Z on Linux): users of either habit.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);

    make(QStringLiteral("preferences"), tr("Pre&ferences…"), QIcon(),
        QKeySequence::keyBindings(QKeySequence::Preferences),
        [this] {
            PreferencesDialog dialog(this);
            if (dialog.exec() == QDialog::Accepted) {
                m_files->setAutosaveInterval(QSettings()
                                                 .value(PreferencesDialog::autosaveIntervalKey(),
                                                     PreferencesDialog::defaultAutosaveSeconds)
                                                 .toInt());
                m_scene->setBackgroundBrush(Theme::canvasColour()); // the theme applies at once
            }
        })
        ->setStatusTip(tr(
            "Set the author of revisions, the autosave interval, the language and the report's page size"));
    make(QStringLiteral("cut"), tr("Cu&t"), QIcon(), QKeySequence::keyBindings(QKeySequence::Cut),
        [this] { m_clipboard->cut(); });
    make(QStringLiteral("copy"), tr("&Copy"), QIcon(), QKeySequence::keyBindings(QKeySequence::Copy),
        [this] { m_clipboard->copy(); });
    make(QStringLiteral("paste"), tr("&Paste"), QIcon(), QKeySequence::keyBindings(QKeySequence::Paste),
        [this] {
            // At the pointer when it is over the canvas, else a little off the original.
            const QPoint pointer = m_view->viewport()->mapFromGlobal(QCursor::pos());
            if (m_view->viewport()->rect().contains(pointer))
                m_clipboard->pasteAt(m_view->mapToScene(pointer));
            else
                m_clipboard->paste();
        });
    make(QStringLiteral("delete"), tr("&Delete"), actionIcon(QStringLiteral("delete")),
        {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)}, [this] {
            m_document->removeItems(
                m_scene->selectedHostIds(), m_scene->selectedLinks(), m_scene->selectedZoneIds());
        });
    make(QStringLiteral("selectAll"), tr("Select &All"), QIcon(),
        QKeySequence::keyBindings(QKeySequence::SelectAll), [this] { m_scene->selectAll(); });
    make(QStringLiteral("find"), tr("&Find Host…"), actionIcon(QStringLiteral("find")),
        QKeySequence::keyBindings(QKeySequence::Find), &MainWindow::findHost);

    make(QStringLiteral("zoomIn"), tr("Zoom &In"), actionIcon(QStringLiteral("zoom-in")),
        {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        [this] { m_view->zoomIn(); });
    make(QStringLiteral("zoomOut"), tr("Zoom &Out"), actionIcon(QStringLiteral("zoom-out")),
        QKeySequence::keyBindings(QKeySequence::ZoomOut), [this] { m_view->zoomOut(); });
    make(QStringLiteral("zoomFit"), tr("&Fit to View"), actionIcon(QStringLiteral("zoom-fit")),
        {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_view->fitToView(); });
    make(QStringLiteral("zoomReset"), tr("&Actual Size"), QIcon(), {QKeySequence(Qt::CTRL | Qt::Key_1)},
        [this] { m_view->resetZoom(); });
    QAction *flows = make(QStringLiteral("showFlows"), tr("Show &Flows"), actionIcon(QStringLiteral("flows")),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, [this](bool on) { m_scene->setFlowsShown(on); });
    flows->setCheckable(true);
    flows->setChecked(m_scene->flowsShown());
    flows->setToolTip(tr("Draw the derived flows as arrows from source to destination"));
    connect(m_scene, &DesignScene::flowsShownChanged, flows, &QAction::setChecked);

    auto *modes = new QActionGroup(this);
    QAction *select
        = make(QStringLiteral("selectMode"), tr("&Select and Move"), actionIcon(QStringLiteral("select")),
            {QKeySequence(Qt::Key_S)}, [this] { m_view->setMode(DesignView::Mode::Select); });
    QAction *link = make(QStringLiteral("linkMode"), tr("Draw &Links"), actionIcon(QStringLiteral("link")),
        {QKeySequence(Qt::Key_L)}, [this] { m_view->setMode(DesignView::Mode::Link); });
    link->setToolTip(tr("Draw links: drag from one host to another (L)"));
    select->setToolTip(tr("Select and move hosts and zones (S)"));
    for (QAction *a : {select, link}) {
        a->setCheckable(true);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        modes->addAction(a);
    }
    select->setChecked(true);
    connect(m_view, &DesignView::modeChanged, this, [select, link](DesignView::Mode mode) {
        (mode == DesignView::Mode::Select ? select : link)->setChecked(true);
    });
    make(QStringLiteral("addZone"), tr("Add &Zone"), actionIcon(QStringLiteral("zone")), {},
        &MainWindow::addZone);
    // The layout runs on a worker thread with progress and Cancel; its result is one undo step.
    m_arrangeJob = new ArrangeJob(m_document, this);
    const auto arrange = [this](AutoLayout::Mode mode) {
        showStatus(ArrangeJob::statusText(m_arrangeJob->run(mode)), 4000);
    };
    make(QStringLiteral("arrange"), tr("&Arrange"), QIcon(), {}, [arrange] {
        arrange(AutoLayout::Mode::KeepSet);
    })->setStatusTip(tr("Give a place to every zone and host that has none, keeping the places already set"));
    make(QStringLiteral("arrangeAll"), tr("Arrange A&ll"), QIcon(), {}, [arrange] {
        arrange(AutoLayout::Mode::RedoAll);
    })->setStatusTip(tr("Place every zone and host anew: zones side by side, hosts in a grid in their zone"));
    m_drawZone = new DrawZoneMode(m_document, m_scene, m_view, this);
    QAction *drawZone = make(QStringLiteral("drawZone"), tr("&Draw Zone"), actionIcon(QStringLiteral("zone")),
        {QKeySequence(Qt::Key_Z)}, [this](bool on) { m_drawZone->setActive(on); });
    drawZone->setCheckable(true);
    drawZone->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    drawZone->setToolTip(tr("Draw a zone: drag a rectangle on the canvas (Z)"));
    m_view->addAction(drawZone);
    connect(m_drawZone, &DrawZoneMode::activeChanged, drawZone, &QAction::setChecked);
    connect(m_drawZone, &DrawZoneMode::statusMessage, this, &MainWindow::showStatus);
    m_drawZone->setZoneAdded([this](const QString &) {
        // The new zone's name, ready to type over.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("propertiesDock"))) {
            dock->show();
            dock->raise();
        }
        if (auto *name = qobject_cast<QLineEdit *>(m_properties->editor(QStringLiteral("name")))) {
            name->setFocus(Qt::OtherFocusReason);
            name->selectAll();
        }
    });
    make(QStringLiteral("reviewRequest"), tr("&Review Change Request…"), QIcon(), {},
        [this, probeRunning] {
            if (!probeRunning())
                m_review->chooseAndStart();
        })
        ->setStatusTip(
            tr("Give each line of a change request or a firewall's rule set its verdict against the design"));
    make(QStringLiteral("verify"), tr("&Verify from This Machine…"), QIcon(), {},
        &MainWindow::verifyFromThisMachine)
        ->setStatusTip(tr("Probe the live network from this machine, standing in for a host of the design"));
    make(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"), QIcon(), {QKeySequence(Qt::Key_F1)}, [this] {
        ShortcutsDialog dialog(ShortcutsDialog::actionsOf(this), this);
        dialog.exec();
    })->setStatusTip(tr("List every action of the window with its keyboard shortcuts"));
    make(QStringLiteral("catalogBrowser"), tr("&Catalog Browser"), QIcon(), {},
        [this] {
            CatalogBrowser browser(m_document->catalog(), this);
            browser.exec();
        })
        ->setStatusTip(
            tr("Search every host type, link, flow, block and finding of the catalog with its reference"));
    make(QStringLiteral("about"), tr("&About Portolan"), QIcon(), {}, [this] {
        QMessageBox::about(this, tr("About Portolan"),
            tr("<h3>Portolan %1</h3><p>Plans the firewall flows of industrial networks: "
               "place hosts in zones, link the ones that talk, and read every flow the "
               "product references call for.</p>")
                .arg(QApplication::applicationVersion()));
    });
    const auto showDock = [this](const QString &name) {
        if (auto *dock = findChild<QDockWidget *>(name)) {
            dock->show();
            dock->raise();
        }
    };
    m_editorActions = new EditorActions(m_document, m_scene, m_view, m_clipboard,
        {[showDock] { showDock(QStringLiteral("propertiesDock")); },
            [showDock] { showDock(QStringLiteral("matrixDock")); },
            [this](const QString &source, const QString &destination) {
                m_customFlows->add(source, destination);
            }},
        this);
    m_editorActions->attachFlowMatrix(m_matrix->view());
    // Canvas edit shortcuts belong to the canvas, so text fields keep their own.
    for (const QString &name : {QStringLiteral("delete"), QStringLiteral("copy"), QStringLiteral("cut"),
             QStringLiteral("paste"), QStringLiteral("selectAll")}) {
        QAction *a = action(name);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    file->addAction(action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveWithComment")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addAction(action(QStringLiteral("revisions")));
    file->addAction(action(QStringLiteral("latestRevision")));
    file->addAction(action(QStringLiteral("compareRevision")));
    file->addAction(action(QStringLiteral("compareFile")));
    file->addAction(action(QStringLiteral("leaveCompare")));
    file->addSeparator();
    // The export section: JSON in and out, then every other export through addExportAction().
    file->addAction(action(QStringLiteral("importJson")));
    file->addAction(action(QStringLiteral("importHosts")));
    file->addAction(action(QStringLiteral("exportJson")));
    file->addAction(action(QStringLiteral("export")));
    m_exportSectionEnd = file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("cut")));
    edit->addAction(action(QStringLiteral("copy")));
    edit->addAction(action(QStringLiteral("paste")));
    edit->addAction(action(QStringLiteral("delete")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("selectAll")));
    edit->addAction(action(QStringLiteral("find")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("preferences")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("zoomIn")));
    view->addAction(action(QStringLiteral("zoomOut")));
    view->addAction(action(QStringLiteral("zoomFit")));
    view->addAction(action(QStringLiteral("zoomReset")));
    view->addAction(action(QStringLiteral("zoomSelection")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("showFlows")));
    view->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());

    QMenu *design = menuBar()->addMenu(tr("&Design"));
    design->addAction(action(QStringLiteral("selectMode")));
    design->addAction(action(QStringLiteral("linkMode")));
    design->addSeparator();
    design->addAction(action(QStringLiteral("addZone")));
    design->addAction(action(QStringLiteral("drawZone")));
    design->addAction(action(QStringLiteral("arrange")));
    design->addAction(action(QStringLiteral("arrangeAll")));
    design->addMenu(m_editorActions->alignMenu());
    design->addSeparator();
    design->addAction(m_customFlows->addAction());
    design->addAction(m_customFlows->editAction());
    design->addAction(m_customFlows->removeAction());
    design->addSeparator();
    design->addAction(action(QStringLiteral("reviewRequest")));
    design->addAction(action(QStringLiteral("verify")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("shortcuts")));
    help->addAction(action(QStringLiteral("catalogBrowser")));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setIconSize(QSize(22, 22));
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (const QString &name : {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("save")})
        tools->addAction(action(name));
    tools->addSeparator();
    // Undo and Redo name the command in their text ("Undo Delete 3 items"): on the toolbar they
    // show only their icon, the text in the tooltip, so the toolbar keeps its width after edits.
    for (const QString &name : {QStringLiteral("undo"), QStringLiteral("redo"), QStringLiteral("delete")}) {
        auto *button = new QToolButton(tools);
        button->setObjectName(name + QStringLiteral("Button"));
        button->setDefaultAction(action(name));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        button->setIconSize(tools->iconSize());
        tools->addWidget(button);
    }
    tools->addSeparator();
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(action(QStringLiteral("selectMode")));
    tools->addAction(action(QStringLiteral("linkMode")));
    tools->addAction(action(QStringLiteral("addZone")));
    tools->addAction(action(QStringLiteral("showFlows")));
    tools->addSeparator();
    for (const QString &name :
        {QStringLiteral("zoomIn"), QStringLiteral("zoomOut"), QStringLiteral("zoomFit")}) {
        tools->addAction(action(name));
    }
    tools->addSeparator();
    m_findHost = new QLineEdit(this);
    m_findHost->setObjectName(QStringLiteral("findHost"));
    m_findHost->setPlaceholderText(
        tr("Find host (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_findHost->setClearButtonEnabled(true);
    m_findHost->setMaximumWidth(240);
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_findHost->setCompleter(completer);
    tools->addWidget(m_findHost);
    const auto go = [this] {
        const QString text = m_findHost->text().trimmed();
        if (text.isEmpty())
            return;
        const QString id = m_document->findHost(text);
        if (id.isEmpty()) {
            showStatus(tr("No host matches \"%1\".").arg(text), 4000);
            return;
        }
        m_view->showHost(id);
        showStatus(tr("Found %1.").arg(m_document->design().host(id)->displayName()), 4000);
    };
    connect(m_findHost, &QLineEdit::returnPressed, this, go);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, go);
}

void MainWindow::updateFindHostCompleter()
{
    if (!m_findHost)
        return;
    auto *model = static_cast<QStringListModel *>(m_findHost->completer()->model());
    const Design &design = m_document->design();
    if (model->rowCount() == design.hosts().size() && design.hosts().size() > 2000)
        return;
    QStringList names;
    names.reserve(design.hosts().size());
    for (const Host &host : design.hosts())
        names.append(host.displayName());
    model->setStringList(names);
}

void MainWindow::updateTitle()
{
    if (m_document->isReadOnly()) {
        setWindowTitle(tr("Portolan — %1 (revision %2, read-only)")
                           .arg(m_document->displayName())
                           .arg(m_document->revision()));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("Portolan — %1[*]").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateFileActions()
{
    const bool readOnly = m_document->isReadOnly();
    const bool project
        = m_document->format() == Document::Format::Project && QFileInfo::exists(m_document->filePath());
    action(QStringLiteral("revisions"))->setEnabled(project);
    action(QStringLiteral("compareRevision"))->setEnabled(project);
    action(QStringLiteral("latestRevision"))->setVisible(readOnly);
    // An old revision is looked at, not edited: restoring it is how to continue from it.
    for (const QString &name :
        {QStringLiteral("save"), QStringLiteral("saveAs"), QStringLiteral("saveWithComment")})
        action(name)->setEnabled(!readOnly);
    updateTitle();
}

void MainWindow::updateEditActions()
{
    // The canvas is read-only while an old revision is shown, or while a mode that only shows the
    // design holds it: the edit actions and the editing docks follow it.
    const bool readOnly = m_scene->isReadOnly();
    for (const QString &name : {QStringLiteral("cut"), QStringLiteral("paste"), QStringLiteral("delete"),
             QStringLiteral("addZone"), QStringLiteral("linkMode"), QStringLiteral("importHosts"),
             QStringLiteral("arrange"), QStringLiteral("arrangeAll"), QStringLiteral("drawZone")})
        action(name)->setEnabled(!readOnly);
    action(QStringLiteral("undo"))->setEnabled(!readOnly && m_document->undoStack()->canUndo());
    action(QStringLiteral("redo"))->setEnabled(!readOnly && m_document->undoStack()->canRedo());
    m_palette->setEnabled(!readOnly);
    m_properties->setEnabled(!readOnly);
    m_undoView->setEnabled(!readOnly);
}

void MainWindow::addExportAction(QAction *exportAction)
{
    for (QObject *object : m_exportSectionEnd->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            menu->insertAction(m_exportSectionEnd, exportAction);
    }
}

void MainWindow::updateCounts()
{
    const Design &design = m_document->design();
    const Derivation &derivation = m_document->derivation();
    const int errors = int(derivation.count(Severity::Error));
    const int warnings = int(derivation.count(Severity::Warning));
    m_countLabel->setText(QStringList {tr("%n hosts", nullptr, int(design.hosts().size())),
        tr("%n links", nullptr, int(design.links().size())),
        tr("%n flows", nullptr, int(derivation.flows.size())), tr("%n errors", nullptr, errors),
        tr("%n warnings", nullptr, warnings)}
                              .join(tr(" · ", "between the counts of the status bar")));
    const QList<QDockWidget *> docks = m_docks;
    for (QDockWidget *dock : docks) {
        if (dock->objectName() == QLatin1String("findingsDock"))
            dock->setWindowTitle(tr("Findings (%1)").arg(derivation.findings.size()));
    }
}

void MainWindow::onSceneSelectionChanged()
{
    const QStringList hosts = m_scene->selectedHostIds();
    m_properties->setSelection(hosts, m_scene->selectedZoneIds(), m_scene->selectedLinks());
    if (m_selectingFromMatrix)
        return;
    m_scene->highlightFlow(QString(), QString());
    QString description;
    if (hosts.size() == 1) {
        const Host *host = m_document->design().host(hosts.first());
        description = tr("Flows of %1").arg(host ? host->displayName() : hosts.first());
    } else if (hosts.size() > 1) {
        description = tr("Flows of %n selected hosts", nullptr, int(hosts.size()));
    }
    m_matrix->setHostFilter(hosts, description);
}

void MainWindow::onFlowSelected(const QString &sourceId, const QString &destinationId)
{
    m_selectingFromMatrix = true;
    QStringList ids;
    if (!sourceId.isEmpty())
        ids.append(sourceId);
    if (!destinationId.isEmpty())
        ids.append(destinationId);
    m_scene->selectHosts(ids);
    m_scene->highlightFlow(sourceId, destinationId);
    QRectF area;
    for (const QString &id : std::as_const(ids)) {
        if (HostItem *item = m_scene->hostItem(id))
            area |= item->sceneBoundingRect();
    }
    if (!area.isEmpty())
        m_view->ensureVisible(area, 40, 40);
    m_selectingFromMatrix = false;
}

void MainWindow::onFindingActivated(const QModelIndex &index)
{
    const QStringList ids = index.siblingAtColumn(0).data(FindingsModel::HostIdsRole).toStringList();
    if (ids.isEmpty())
        return;
    m_scene->selectHosts(ids);
    QRectF area;
    for (const QString &id : ids) {
        if (HostItem *item = m_scene->hostItem(id))
            area |= item->sceneBoundingRect();
    }
    if (!area.isEmpty())
        m_view->ensureVisible(area, 40, 40);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = FileController::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QFileInfo info(path);
        // A file that has gone stays listed, greyed, until the list is cleared.
        const QString text = info.exists() ? tr("&%1 %2").arg(i + 1).arg(info.fileName())
                                           : tr("&%1 %2 (missing)").arg(i + 1).arg(info.fileName());
        QAction *open = m_recentMenu->addAction(text);
        open->setData(path);
        open->setToolTip(QDir::toNativeSeparators(path));
        open->setStatusTip(QDir::toNativeSeparators(path));
        open->setEnabled(info.exists());
        connect(open, &QAction::triggered, this, [this, path] { m_files->openRecentFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = action(QStringLiteral("clearRecent"));
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->addAction(clear);
}

void MainWindow::addZone()
{
    // Near the middle of the view, where it overlaps no other zone.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const QString id = m_document->addZone(m_document->freeZoneArea(centre, QSizeF(400, 260)));
    if (id.isEmpty())
        return;
    m_scene->clearSelection();
    if (ZoneItem *item = m_scene->zoneItem(id))
        item->setSelected(true);
    showStatus(tr("Added a zone: name it and give its subnets in the properties."), 6000);
}

void MainWindow::addHost(const QString &typeId)
{
    // A type chosen in the palette without dragging lands where the canvas is looking.
    m_scene->dropHostType(typeId, m_view->mapToScene(m_view->viewport()->rect().center()));
}

void MainWindow::findHost()
{
    m_findHost->setFocus();
    m_findHost->selectAll();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_files->close();
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty()) {
        // First start: take the screen, as a design tool wants the room.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(available.size().boundedTo(QSize(1920, 1200)));
        move(available.topLeft());
    } else
        restoreGeometry(geometry);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::verifyFromThisMachine()
{
    if (m_probe) {
        m_probe->dock()->raise();
        return;
    }
    auto *dialog = new ProbeDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->host() < 0 || m_probe)
            return;
        m_compare->leave();
        m_review->stop();
        m_probe = new ProbeMode(m_document, m_view, m_matrix, this, dialog->host(), dialog->settings(),
            dialog->machineAddresses());
        connect(m_probe, &ProbeMode::statusMessage, this, &MainWindow::showStatus);
        connect(m_probe, &ProbeMode::ended, this, [this] { m_probe = nullptr; });
        connect(m_probe, &QObject::destroyed, this, [this] { m_probe = nullptr; });
        m_probe->start();
    });
    dialog->open();
}

} // namespace portolan
