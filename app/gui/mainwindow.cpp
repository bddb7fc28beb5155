#include "mainwindow.h"

#include "addzonecommand.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "exportdialog.h"
#include "findingsmodel.h"
#include "flowmatrixwidget.h"
#include "hostitem.h"
#include "iconcache.h"
#include "palettewidget.h"
#include "pastecommand.h"
#include "propertieswidget.h"
#include "removeitemscommand.h"
#include "revisionsdialog.h"
#include "zoneitem.h"

#include "io/designjson.h"
#include "storage/designfile.h"
#include "storage/projectfile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoView>

namespace portolan {

namespace {

const QString ClipboardMimeType = QStringLiteral("application/x-portolan-design");
const QString ClipboardZoneKey = QStringLiteral("portolan-clipboard-zone");
constexpr qreal PasteOffset = 40;
const QString RecentFilesKey = QStringLiteral("recentFiles");
constexpr int MaximumRecentFiles = 8;
/// Seconds between autosaves of a modified design; 0 turns autosave off.
const QString AutosaveIntervalKey = QStringLiteral("autosave/intervalSeconds");
constexpr int DefaultAutosaveSeconds = 120;

QIcon actionIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name));
}

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

/// "nmc-12" -> "nmc": the prefix fresh ids are made from.
QString idPrefix(const QString &id)
{
    const int dash = int(id.lastIndexOf(QLatin1Char('-')));
    if (dash > 0) {
        bool number = false;
        id.mid(dash + 1).toInt(&number);
        if (number)
            return id.left(dash);
    }
    return id;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(Catalog::builtIn(), this))
    , m_scene(new DesignScene(m_document, this))
    , m_view(new DesignView(m_scene, this))
{
    setWindowIcon(IconCache::appIcon());
    setCentralWidget(m_view);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createDocks();
    createActions();
    createMenus();

    m_zoomLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &DesignView::zoomChanged, this,
        [this](qreal zoom) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(zoom * 100))); });
    m_zoomLabel->setText(tr("Zoom %1%").arg(100));

    connect(m_scene, &DesignScene::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_properties, &PropertiesWidget::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSceneSelectionChanged);
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
        action(QStringLiteral("showFlows"))->setChecked(m_scene->flowsShown());
    });

    readSettings();
    const int autosaveSeconds = QSettings().value(AutosaveIntervalKey, DefaultAutosaveSeconds).toInt();
    m_autosaveTimer.setInterval(autosaveSeconds * 1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    if (autosaveSeconds > 0)
        m_autosaveTimer.start();

    updateRecentMenu();
    updateFileActions();
    updateTitle();
    updateCounts();
    updateFindHostCompleter();
    statusBar()->showMessage(tr("Drag a host type from the palette onto the canvas to begin."), 8000);
}

MainWindow::~MainWindow()
{
    // The scene goes last and clears its selection on the way: nobody is listening by then.
    m_scene->disconnect(this);
    m_document->disconnect(this);
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
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
    m_findingsView->header()->resizeSection(FindingsModel::SeverityColumn, 90);
    m_findingsView->header()->resizeSection(FindingsModel::MessageColumn, 420);
    connect(m_findingsView, &QTreeView::clicked, this, &MainWindow::onFindingActivated);
    connect(m_findingsView, &QTreeView::activated, this, &MainWindow::onFindingActivated);
    QDockWidget *findings
        = dock(QStringLiteral("findingsDock"), tr("Findings"), m_findingsView, Qt::BottomDockWidgetArea);
    splitDockWidget(matrix, findings, Qt::Horizontal);
    resizeDocks({matrix, findings}, {1000, 420}, Qt::Horizontal);
    resizeDocks({matrix}, {250}, Qt::Vertical);
    resizeDocks({m_docks.first(), properties}, {270, 280}, Qt::Horizontal);
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
        QKeySequence::keyBindings(QKeySequence::New), &MainWindow::newDesign);
    make(QStringLiteral("open"), tr("&Open…"), standardIcon(QStyle::SP_DialogOpenButton),
        QKeySequence::keyBindings(QKeySequence::Open), &MainWindow::open);
    make(QStringLiteral("save"), tr("&Save"), standardIcon(QStyle::SP_DialogSaveButton),
        QKeySequence::keyBindings(QKeySequence::Save), &MainWindow::save);
    make(QStringLiteral("saveAs"), tr("Save &As…"), QIcon(), QKeySequence::keyBindings(QKeySequence::SaveAs),
        &MainWindow::saveAs);
    make(QStringLiteral("saveWithComment"), tr("Save with &Comment…"), QIcon(),
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)}, &MainWindow::saveWithComment)
        ->setStatusTip(tr("Save a new revision and describe what changed"));
    make(QStringLiteral("revisions"), tr("Re&visions…"), QIcon(),
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}, &MainWindow::showRevisions)
        ->setStatusTip(tr("List the saved revisions of the project, open an old one or restore it"));
    make(QStringLiteral("latestRevision"), tr("Back to the &Latest Revision"), QIcon(), {},
        &MainWindow::openLatestRevision);
    make(QStringLiteral("importJson"), tr("&Import JSON…"), QIcon(), {}, &MainWindow::importJsonFile)
        ->setStatusTip(tr("Read a design JSON file as a new, unsaved design"));
    make(QStringLiteral("exportJson"), tr("Export &JSON…"), QIcon(), {}, &MainWindow::exportJsonFile)
        ->setStatusTip(tr("Write the design as design JSON"));
    make(QStringLiteral("clearRecent"), tr("&Clear List"), QIcon(), {}, [this] {
        QSettings().remove(RecentFilesKey);
        updateRecentMenu();
    });
    make(QStringLiteral("export"), tr("&Export…"), QIcon(), {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] {
        auto *dialog = new ExportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
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
    redo->setShortcuts(QKeySequence::Redo);

    make(QStringLiteral("cut"), tr("Cu&t"), QIcon(), QKeySequence::keyBindings(QKeySequence::Cut),
        &MainWindow::cut);
    make(QStringLiteral("copy"), tr("&Copy"), QIcon(), QKeySequence::keyBindings(QKeySequence::Copy),
        &MainWindow::copy);
    make(QStringLiteral("paste"), tr("&Paste"), QIcon(), QKeySequence::keyBindings(QKeySequence::Paste),
        &MainWindow::paste);
    make(QStringLiteral("delete"), tr("&Delete"), actionIcon(QStringLiteral("delete")),
        {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)}, &MainWindow::deleteSelection);
    make(QStringLiteral("selectAll"), tr("Select &All"), QIcon(),
        QKeySequence::keyBindings(QKeySequence::SelectAll), &MainWindow::selectAll);
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
    make(QStringLiteral("about"), tr("&About Portolan"), QIcon(), {}, [this] {
        QMessageBox::about(this, tr("About Portolan"),
            tr("<h3>Portolan %1</h3><p>Plans the firewall flows of industrial networks: "
               "place hosts in zones, link the ones that talk, and read every flow the "
               "product references call for.</p>")
                .arg(QApplication::applicationVersion()));
    });
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
    file->addSeparator();
    // The export section: JSON in and out, then every other export through addExportAction().
    file->addAction(action(QStringLiteral("importJson")));
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("zoomIn")));
    view->addAction(action(QStringLiteral("zoomOut")));
    view->addAction(action(QStringLiteral("zoomFit")));
    view->addAction(action(QStringLiteral("zoomReset")));
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setIconSize(QSize(22, 22));
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (const QString &name : {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("save")})
        tools->addAction(action(name));
    tools->addSeparator();
    tools->addAction(action(QStringLiteral("undo")));
    tools->addAction(action(QStringLiteral("redo")));
    tools->addAction(action(QStringLiteral("delete")));
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
        for (const Host &host : m_document->design().hosts()) {
            if (host.displayName().compare(text, Qt::CaseInsensitive) == 0 || host.id == text
                || host.address.toString() == text) {
                m_view->showHost(host.id);
                statusBar()->showMessage(tr("Found %1.").arg(host.displayName()), 4000);
                return;
            }
        }
        for (const Host &host : m_document->design().hosts()) {
            if (host.displayName().contains(text, Qt::CaseInsensitive)) {
                m_view->showHost(host.id);
                statusBar()->showMessage(tr("Found %1.").arg(host.displayName()), 4000);
                return;
            }
        }
        statusBar()->showMessage(tr("No host matches \"%1\".").arg(text), 4000);
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
    action(QStringLiteral("latestRevision"))->setVisible(readOnly);
    // An old revision is looked at, not edited: restoring it is how to continue from it.
    for (const QString &name : {QStringLiteral("save"), QStringLiteral("saveAs"),
             QStringLiteral("saveWithComment"), QStringLiteral("cut"), QStringLiteral("paste"),
             QStringLiteral("delete"), QStringLiteral("addZone"), QStringLiteral("linkMode")}) {
        action(name)->setEnabled(!readOnly);
    }
    if (readOnly)
        m_view->setMode(DesignView::Mode::Select);
    m_view->setAcceptDrops(!readOnly);
    m_palette->setEnabled(!readOnly);
    m_properties->setEnabled(!readOnly);
    m_undoView->setEnabled(!readOnly);
    updateTitle();
}

void MainWindow::addExportAction(QAction *exportAction)
{
    for (QObject *object : m_exportSectionEnd->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            menu->insertAction(m_exportSectionEnd, exportAction);
    }
}

void MainWindow::showError(const QString &text, const QString &reason)
{
    statusBar()->showMessage(reason, 10000);
    if (m_errorHandler) {
        m_errorHandler(text, reason);
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("Portolan"), text, QMessageBox::Ok, this);
    box.setInformativeText(reason);
    box.exec();
}

void MainWindow::updateCounts()
{
    const Design &design = m_document->design();
    const Derivation &derivation = m_document->derivation();
    const int errors = int(derivation.count(Severity::Error));
    const int warnings = int(derivation.count(Severity::Warning));
    m_countLabel->setText(tr("%1 hosts · %2 links · %3 flows · %4 errors · %5 warnings")
                              .arg(design.hosts().size())
                              .arg(design.links().size())
                              .arg(derivation.flows.size())
                              .arg(errors)
                              .arg(warnings));
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

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("The design \"%1\" has changes that are not saved. Save them first?")
            .arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    discardAutosave();
    m_document->resetDesign(Design());
    statusBar()->showMessage(tr("New design: drag host types from the palette onto the canvas."), 6000);
}

void MainWindow::start(const QStringList &files)
{
    if (recoverAutosaves(files))
        return;
    QSettings settings;
    if (!files.isEmpty()) {
        openFile(files.first());
    } else if (!settings.value(QStringLiteral("sampleShown")).toBool()) {
        // A new user starts with a design to look at.
        openSample();
        settings.setValue(QStringLiteral("sampleShown"), true);
    }
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"),
        settings.value(QStringLiteral("lastFolder")).toString(),
        tr("Portolan projects (*.portolan);;Design JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path, bool quiet)
{
    QString error;
    QJsonObject state;
    // The document is replaced only once the file has been read whole.
    if (!m_document->load(path, &state, &error)) {
        if (quiet)
            statusBar()->showMessage(error, 10000);
        else
            showError(tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    discardAutosave();
    applyViewState(state);
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1.").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::openSample()
{
    QString error;
    Design design;
    if (!DesignJson::readFile(
            QStringLiteral(":/samples/riverside-plant.json"), m_document->catalog(), &design, &error)) {
        statusBar()->showMessage(error, 10000);
        return false;
    }
    discardAutosave();
    m_document->resetDesign(design);
    statusBar()->showMessage(tr("This is a sample design. Select a host to see its flows; drag host types "
                                "from the palette to plan your own."),
        15000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->isReadOnly())
        return false;
    // Design JSON is the interchange format, not where work is kept: a design opened from JSON is
    // saved as a project beside it, and Export JSON writes JSON again.
    if (m_document->format() != Document::Format::Project || m_document->filePath().isEmpty())
        return saveAs();
    return saveProjectAs(m_document->filePath());
}

bool MainWindow::saveWithComment()
{
    if (m_document->isReadOnly())
        return false;
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this, tr("Save with Comment"), tr("What changed in this revision?"), QString(), &ok);
    if (!ok)
        return false;
    QString path = m_document->filePath();
    if (m_document->format() != Document::Format::Project || path.isEmpty())
        path = askProjectPath();
    return !path.isEmpty() && saveProjectAs(path, comment.trimmed());
}

bool MainWindow::saveAs()
{
    if (m_document->isReadOnly())
        return false;
    const QString path = askProjectPath();
    return !path.isEmpty() && saveProjectAs(path);
}

QString MainWindow::askProjectPath()
{
    QSettings settings;
    QString suggested;
    const QFileInfo current(m_document->filePath());
    if (!m_document->filePath().isEmpty()) {
        suggested = current.dir().filePath(current.completeBaseName() + QStringLiteral(".portolan"));
    } else {
        QString name = m_document->displayName();
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggested = QDir(settings.value(QStringLiteral("lastFolder"), QDir::homePath()).toString())
                        .filePath(name + QStringLiteral(".portolan"));
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project As"), suggested, tr("Portolan projects (*.portolan)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".portolan");
    return path;
}

bool MainWindow::saveProjectAs(const QString &path, const QString &comment)
{
    QString error;
    RevisionInfo saved;
    if (!m_document->saveProject(path, viewState(), comment, &saved, &error)) {
        showError(tr("%1 cannot be saved.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    discardAutosave();
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    addRecentFile(path);
    updateFileActions();
    statusBar()->showMessage(
        tr("Saved revision %1 of %2.").arg(saved.number).arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void MainWindow::importJsonFile()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Design JSON"),
        QSettings().value(QStringLiteral("lastFolder")).toString(),
        tr("Design JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importJson(path);
}

bool MainWindow::importJson(const QString &path)
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
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    statusBar()->showMessage(
        tr("Imported %1: save it to keep it as a project.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void MainWindow::exportJsonFile()
{
    const QFileInfo current(m_document->filePath());
    const QString folder = m_document->filePath().isEmpty()
        ? QSettings().value(QStringLiteral("lastFolder"), QDir::homePath()).toString()
        : current.absolutePath();
    const QString base
        = m_document->filePath().isEmpty() ? m_document->displayName() : current.completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Design JSON"),
        QDir(folder).filePath(base + QStringLiteral(".json")), tr("Design JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportJson(path);
}

bool MainWindow::exportJson(const QString &path)
{
    QString error;
    if (!m_document->exportJson(path, &error)) {
        showError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported the design to %1.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

void MainWindow::showRevisions()
{
    if (m_document->format() != Document::Format::Project || m_document->filePath().isEmpty())
        return;
    RevisionsDialog dialog(m_document->filePath(), m_document->revision(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == RevisionsDialog::Choice::OpenReadOnly)
        openRevision(dialog.chosenRevision());
    else if (dialog.choice() == RevisionsDialog::Choice::Restore)
        restoreRevision(dialog.chosenRevision());
}

bool MainWindow::openRevision(int number)
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
    applyViewState(revision.viewState);
    statusBar()->showMessage(
        tr("Revision %1 of %2 is shown read-only. Restore it from the Revisions dialog to continue from it.")
            .arg(number)
            .arg(QFileInfo(path).fileName()),
        15000);
    return true;
}

bool MainWindow::openLatestRevision()
{
    if (!m_document->isReadOnly())
        return false;
    return openFile(m_document->filePath());
}

bool MainWindow::restoreRevision(int number)
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
    statusBar()->showMessage(tr("Restored revision %1 as revision %2 of %3.")
                                 .arg(number)
                                 .arg(saved.number)
                                 .arg(QFileInfo(path).fileName()),
        8000);
    return true;
}

QJsonObject MainWindow::viewState() const
{
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    return {{QStringLiteral("zoom"), m_view->zoom()}, {QStringLiteral("centerX"), centre.x()},
        {QStringLiteral("centerY"), centre.y()}, {QStringLiteral("flowsShown"), m_scene->flowsShown()}};
}

void MainWindow::applyViewState(const QJsonObject &state)
{
    if (state.contains(QStringLiteral("flowsShown"))) {
        const bool shown = state.value(QStringLiteral("flowsShown")).toBool();
        m_scene->setFlowsShown(shown);
        action(QStringLiteral("showFlows"))->setChecked(shown);
    }
    const double zoom = state.value(QStringLiteral("zoom")).toDouble();
    if (zoom > 0)
        m_view->setZoom(zoom);
    if (state.contains(QStringLiteral("centerX")) && state.contains(QStringLiteral("centerY")))
        m_view->centerOn(state.value(QStringLiteral("centerX")).toDouble(),
            state.value(QStringLiteral("centerY")).toDouble());
}

QString MainWindow::autosavePath() const
{
    return ProjectAutosave::pathFor(m_document->filePath());
}

void MainWindow::autosave()
{
    if (m_document->isReadOnly())
        return;
    if (!m_document->isModified()) {
        discardAutosave(); // undone back to the saved design
        return;
    }
    const QString path = autosavePath();
    if (!m_autosaveWritten.isEmpty() && m_autosaveWritten != path)
        ProjectAutosave::remove(m_autosaveWritten);
    QString error;
    if (!ProjectAutosave::write(path, m_document->filePath(), m_document->design(), viewState(), &error)) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
        return;
    }
    m_autosaveWritten = path;
}

void MainWindow::discardAutosave()
{
    if (m_autosaveWritten.isEmpty())
        return;
    ProjectAutosave::remove(m_autosaveWritten);
    m_autosaveWritten.clear();
}

bool MainWindow::recoverAutosaves(const QStringList &documents)
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
                QMessageBox::NoButton, this);
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

bool MainWindow::recoverAutosave(const AutosaveInfo &info)
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
    applyViewState(revision.viewState);
    // Kept under this window's own autosave name from now on.
    autosave();
    if (info.autosavePath != m_autosaveWritten)
        ProjectAutosave::remove(info.autosavePath);
    statusBar()->showMessage(
        tr("Recovered the unsaved changes of %1: save them to keep them.").arg(m_document->displayName()),
        15000);
    return true;
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
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
        connect(open, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = action(QStringLiteral("clearRecent"));
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->addAction(clear);
}

void MainWindow::copy()
{
    const Design &design = m_document->design();
    const QStringList hostIds = m_scene->selectedHostIds();
    const QStringList zoneIds = m_scene->selectedZoneIds();
    if (hostIds.isEmpty() && zoneIds.isEmpty())
        return;
    Design fragment;
    const QSet<QString> zones(zoneIds.cbegin(), zoneIds.cend());
    for (const Zone &zone : design.zones()) {
        if (zones.contains(zone.id))
            fragment.addZone(zone);
    }
    const QSet<QString> hosts(hostIds.cbegin(), hostIds.cend());
    for (const QString &id : hostIds) {
        Host host = *design.host(id);
        if (!host.zone.isEmpty() && !zones.contains(host.zone)) {
            // The zone stays behind: remember it, so a paste into the same design keeps it.
            host.extra.insert(ClipboardZoneKey, host.zone);
            host.zone.clear();
        }
        if (!host.hasPosition && m_scene->hostItem(id)) {
            host.position = m_scene->hostItem(id)->pos();
            host.hasPosition = true;
        }
        fragment.addHost(host);
    }
    for (const Link &link : design.links()) {
        if (hosts.contains(link.a) && hosts.contains(link.b))
            fragment.addLink(link);
    }
    auto *data = new QMimeData;
    const QByteArray json = DesignJson::write(fragment);
    data->setData(ClipboardMimeType, json);
    data->setText(QString::fromUtf8(json));
    QGuiApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied %n items.", nullptr, int(hostIds.size() + zoneIds.size())), 4000);
}

void MainWindow::cut()
{
    copy();
    deleteSelection();
}

void MainWindow::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(ClipboardMimeType))
        return;
    Design copied;
    QString error;
    if (!DesignJson::read(data->data(ClipboardMimeType), m_document->catalog(), &copied, &error)) {
        statusBar()->showMessage(tr("Cannot paste: %1").arg(error), 6000);
        return;
    }
    // Fresh ids, shifted positions; the fragment links follow the new ids.
    Design target = m_document->design();
    Design fragment;
    QHash<QString, QString> zoneIds;
    QHash<QString, QString> hostIds;
    for (Zone zone : copied.zones()) {
        const QString id = target.uniqueId(idPrefix(zone.id));
        zoneIds.insert(zone.id, id);
        zone.id = id;
        if (!zone.area.isEmpty())
            zone.area.translate(PasteOffset, PasteOffset);
        target.addZone(zone);
        fragment.addZone(zone);
    }
    for (Host host : copied.hosts()) {
        const QString id = target.uniqueId(idPrefix(host.id));
        hostIds.insert(host.id, id);
        if (host.name.isEmpty() || host.name == host.id)
            host.name = id;
        else
            host.name = tr("%1 (copy)").arg(host.name);
        host.id = id;
        if (!host.zone.isEmpty()) {
            host.zone = zoneIds.value(host.zone);
        } else if (host.extra.contains(ClipboardZoneKey)) {
            const QString zone = host.extra.value(ClipboardZoneKey).toString();
            host.zone = target.zone(zone) ? zone : QString();
        }
        host.extra.remove(ClipboardZoneKey);
        host.position += QPointF(PasteOffset, PasteOffset);
        target.addHost(host);
        fragment.addHost(host);
    }
    for (Link link : copied.links()) {
        link.a = hostIds.value(link.a);
        link.b = hostIds.value(link.b);
        fragment.addLink(link);
    }
    if (fragment.hosts().isEmpty() && fragment.zones().isEmpty())
        return;
    m_document->undoStack()->push(new PasteCommand(m_document, fragment));
    QStringList pasted;
    for (const Host &host : fragment.hosts())
        pasted.append(host.id);
    m_scene->selectHosts(pasted);
    for (const Zone &zone : fragment.zones()) {
        if (ZoneItem *item = m_scene->zoneItem(zone.id))
            item->setSelected(true);
    }
    statusBar()->showMessage(
        tr("Pasted %n items.", nullptr, int(fragment.hosts().size() + fragment.zones().size())), 4000);
}

void MainWindow::deleteSelection()
{
    const QStringList hosts = m_scene->selectedHostIds();
    const QStringList zones = m_scene->selectedZoneIds();
    const auto links = m_scene->selectedLinks();
    if (hosts.isEmpty() && zones.isEmpty() && links.isEmpty())
        return;
    m_document->undoStack()->push(new RemoveItemsCommand(m_document, hosts, links, zones));
}

void MainWindow::selectAll()
{
    QSignalBlocker blocker(m_scene);
    const QList<QGraphicsItem *> items = m_scene->items();
    for (QGraphicsItem *item : items) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
    }
    blocker.unblock();
    emit m_scene->selectionChanged();
}

void MainWindow::addZone()
{
    const Design &design = m_document->design();
    Zone zone;
    zone.id = design.uniqueId(QStringLiteral("zone"));
    zone.name = tr("New zone %1").arg(zone.id.mid(5));
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    zone.area = QRectF(qRound(centre.x() - 200), qRound(centre.y() - 130), 400, 260);
    m_document->undoStack()->push(new AddZoneCommand(m_document, zone));
    m_scene->clearSelection();
    if (ZoneItem *item = m_scene->zoneItem(zone.id))
        item->setSelected(true);
    statusBar()->showMessage(tr("Added a zone: name it and give its subnets in the properties."), 6000);
}

void MainWindow::findHost()
{
    m_findHost->setFocus();
    m_findHost->selectAll();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    discardAutosave();
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

} // namespace portolan
