#include "exportdialog.h"

#include "backgroundjob.h"
#include "document.h"
#include "exportpreviewrenderer.h"
#include "exportpreviewwidget.h"

#include "export/pdfreport.h"
#include "export/renderformats.h"
#include "io/savefile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace portolan {

namespace {

const QString FormatKey = QStringLiteral("export/format");
const QString ByteOrderMarkKey = QStringLiteral("export/byteOrderMark");
const QString PlaceholdersKey = QStringLiteral("export/placeholders");
const QString IntraZoneKey = QStringLiteral("export/includeIntraZone");
const QString PageSizeKey = QStringLiteral("export/pageSize");
const QString AuthorKey = QStringLiteral("export/author");
const QString ImageScaleKey = QStringLiteral("export/imageScale");
const QString FolderKey = QStringLiteral("export/folder");

/// Milliseconds an option change waits for the next one before the preview is rendered.
constexpr int PreviewDelay = 200;
/// Designs with more hosts than this show a progress message while the preview renders.
constexpr qsizetype LargeDesignHosts = 500;

bool isRuleSet(const QString &id)
{
    return id == QLatin1String("nft") || id == QLatin1String("iptables") || id == QLatin1String("asa");
}

bool hasHostWithoutAddress(const Design &design)
{
    return std::any_of(design.hosts().cbegin(), design.hosts().cend(),
        [](const Host &host) { return host.address.isNull(); });
}

/// The wait cursor for as long as the scope lasts.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

ExportDialog::ExportDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_formatList(new QListWidget(this))
    , m_optionsLayout(new QFormLayout)
    , m_noOptions(new QLabel(tr("This format has no options."), this))
    , m_byteOrderMark(new QCheckBox(tr("Start with a &byte order mark (for Excel)"), this))
    , m_placeholders(new QCheckBox(tr("&Placeholder addresses for hosts without one"), this))
    , m_intraZone(new QCheckBox(tr("Include flows &within one zone"), this))
    , m_pageSize(new QComboBox(this))
    , m_revision(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_imageScale(new QDoubleSpinBox(this))
    , m_preview(new ExportPreviewWidget(this))
    , m_renderer(new ExportPreviewRenderer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_formatList->setObjectName(QStringLiteral("formatList"));
    for (const ExportFormat *format : formats()) {
        auto *item
            = new QListWidgetItem(tr("%1 (.%2)").arg(format->title(), format->fileSuffix()), m_formatList);
        item->setData(Qt::UserRole, format->id());
    }

    m_byteOrderMark->setObjectName(QStringLiteral("byteOrderMark"));
    m_byteOrderMark->setToolTip(
        tr("Some spreadsheet programs read UTF-8 only when the file starts with this mark."));
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    m_placeholders->setToolTip(tr("Hosts without an address get a documentation address (192.0.2.x) marked "
                                  "to be filled in, instead of stopping the export."));
    m_intraZone->setObjectName(QStringLiteral("includeIntraZone"));
    m_intraZone->setToolTip(
        tr("Flows between hosts of the same zone cross no firewall; they are left out unless "
           "this is on."));
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->addItem(tr("A4"), int(PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(PageSize::Letter));
    m_revision->setObjectName(QStringLiteral("revision"));
    m_revision->setPlaceholderText(tr("For the title block, such as C-7"));
    m_author->setObjectName(QStringLiteral("author"));
    m_author->setPlaceholderText(tr("Your name or team"));
    m_imageScale->setObjectName(QStringLiteral("imageScale"));
    m_imageScale->setRange(0.25, 8.0);
    m_imageScale->setSingleStep(0.5);
    m_imageScale->setDecimals(2);
    m_imageScale->setSuffix(tr(" px per unit"));
    m_imageScale->setToolTip(tr("Pixels per canvas unit; 2 suits high-density screens and print."));

    m_optionsLayout->addRow(m_noOptions);
    m_optionsLayout->addRow(m_byteOrderMark);
    m_optionsLayout->addRow(m_placeholders);
    m_optionsLayout->addRow(m_intraZone);
    m_optionsLayout->addRow(tr("Page &size:"), m_pageSize);
    m_optionsLayout->addRow(tr("&Revision:"), m_revision);
    m_optionsLayout->addRow(tr("&Author:"), m_author);
    m_optionsLayout->addRow(tr("S&cale:"), m_imageScale);
    auto *options = new QGroupBox(tr("Options"), this);
    options->setLayout(m_optionsLayout);

    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_formatList);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(formatLabel);
    leftLayout->addWidget(m_formatList, 1);
    leftLayout->addWidget(options);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    m_preview->setObjectName(QStringLiteral("preview"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({280, 620});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 640);

    readSettings();
    updateOptionRows();

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(PreviewDelay);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    connect(m_formatList, &QListWidget::currentRowChanged, this, [this] {
        updateOptionRows();
        schedulePreview();
    });
    for (QCheckBox *box : {m_byteOrderMark, m_placeholders, m_intraZone})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_revision, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_author, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_imageScale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(
        m_preview, &ExportPreviewWidget::fixRequested, this, [this] { m_placeholders->setChecked(true); });
    connect(m_renderer, &ExportPreviewRenderer::rendered, this, &ExportDialog::showRendered);
    connect(m_document, &Document::derivationChanged, this, &ExportDialog::schedulePreview);
    connect(m_document, &Document::designReset, this, &ExportDialog::schedulePreview);
    connect(m_document, &Document::nameChanged, this, &ExportDialog::schedulePreview);

    m_formatList->setFocus();
    updateExportButton();
    // The first preview renders once the dialog is up, so a large design does not hold it back.
    schedulePreview();
}

ExportDialog::~ExportDialog() = default;

QList<const ExportFormat *> ExportDialog::formats()
{
    registerRenderFormats(); // adds each painting format once
    QList<const ExportFormat *> offered;
    for (const ExportFormat *format : ExportFormat::all()) {
        if (format->id() != QLatin1String("portolan"))
            offered.append(format);
    }
    return offered;
}

const ExportFormat *ExportDialog::format() const
{
    const QListWidgetItem *item = m_formatList->currentItem();
    return item ? ExportFormat::find(item->data(Qt::UserRole).toString()) : nullptr;
}

bool ExportDialog::setFormat(const QString &id)
{
    for (int row = 0; row < m_formatList->count(); ++row) {
        if (m_formatList->item(row)->data(Qt::UserRole).toString() == id) {
            m_formatList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool ExportDialog::isPreviewPending() const
{
    return m_refreshTimer.isActive() || m_renderer->isRendering();
}

bool ExportDialog::canExport() const
{
    return format() && m_error.isEmpty();
}

QString ExportDialog::defaultFileName() const
{
    QString name = m_document->design().name.trimmed();
    if (name.isEmpty())
        name = QFileInfo(m_document->filePath()).completeBaseName();
    if (name.isEmpty())
        name = tr("design");
    // Characters no file system takes.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("-"));
    const ExportFormat *current = format();
    return current ? name + QLatin1Char('.') + current->fileSuffix() : name;
}

void ExportDialog::schedulePreview()
{
    m_refreshTimer.start();
    updateExportButton();
}

void ExportDialog::updateOptionRows()
{
    const ExportFormat *current = format();
    const QString id = current ? current->id() : QString();
    const bool csv = id == QLatin1String("csv");
    const bool ruleSet = isRuleSet(id);
    const bool pdf = id == QLatin1String("pdf");
    const bool png = id == QLatin1String("png");
    m_optionsLayout->setRowVisible(m_noOptions, !(csv || ruleSet || pdf || png));
    m_optionsLayout->setRowVisible(m_byteOrderMark, csv);
    m_optionsLayout->setRowVisible(m_placeholders, ruleSet);
    m_optionsLayout->setRowVisible(m_intraZone, ruleSet);
    m_optionsLayout->setRowVisible(m_pageSize, pdf);
    m_optionsLayout->setRowVisible(m_revision, pdf);
    m_optionsLayout->setRowVisible(m_author, pdf);
    m_optionsLayout->setRowVisible(m_imageScale, png);
}

void ExportDialog::updateExportButton()
{
    // While a preview waits, Export first renders it (see exportTo()), so only an error blocks it.
    m_exportButton->setEnabled(canExport());
}

ExportOptions ExportDialog::optionsFromWidgets() const
{
    ExportOptions options;
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.placeholders = m_placeholders->isChecked();
    options.includeIntraZone = m_intraZone->isChecked();
    options.pageSize = PageSize(m_pageSize->currentData().toInt());
    options.revision = m_revision->text().trimmed();
    options.author = m_author->text().trimmed();
    options.imageScale = m_imageScale->value();
    return options;
}

void ExportDialog::refreshPreview()
{
    m_refreshTimer.stop();
    m_data.clear();
    m_error.clear();
    const ExportFormat *current = format();
    if (!current) {
        m_renderer->cancel();
        m_preview->showMessage(tr("Choose a format."));
        updateExportButton();
        return;
    }

    m_document->flushDerivation();
    // One date for the preview and the file, so the file holds the bytes shown.
    m_options = optionsFromWidgets();
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    m_options.date = now;
    const Design &design = m_document->derivedDesign();
    if (design.hosts().size() > LargeDesignHosts) {
        m_preview->showMessage(
            tr("Rendering the preview of %n host(s)…", nullptr, int(design.hosts().size())));
        m_preview->repaint();
    }
    if (current->id() == QLatin1String("pdf")) {
        // The report keeps the glyphs it laid out, and Qt's fonts belong to the thread that made
        // them: the report is laid out here, on the thread that paints it.
        m_renderer->cancel();
        const BusyCursor busy;
        m_preview->showReport(
            std::make_unique<PdfReport>(ExportInput {design, m_document->derivation(), m_options}));
    } else {
        m_renderer->render(current, design, m_document->derivation(), m_options);
    }
    updateExportButton();
}

void ExportDialog::showRendered(const std::shared_ptr<RenderedPreview> &preview)
{
    switch (preview->kind) {
    case RenderedPreview::Kind::Image:
        m_preview->showImage(preview->image);
        break;
    case RenderedPreview::Kind::Text:
        m_data = preview->data;
        m_preview->showText(m_data);
        break;
    case RenderedPreview::Kind::Binary:
        m_preview->showMessage(tr("This format has no preview. The file will hold %1.")
                                   .arg(QLocale().formattedDataSize(preview->data.size())));
        break;
    case RenderedPreview::Kind::Failed:
        m_error = preview->error;
        const ExportFormat *current = format();
        if (current && isRuleSet(current->id()) && !m_options.placeholders
            && hasHostWithoutAddress(m_document->derivedDesign())) {
            m_preview->showMessage(tr("%1\n\nTurn on placeholder addresses, or give these hosts an address "
                                      "in their properties.")
                                       .arg(m_error),
                tr("Use &Placeholder Addresses"));
        } else {
            m_preview->showMessage(tr("This export cannot be made: %1").arg(m_error));
        }
        break;
    }
    updateExportButton();
}

bool ExportDialog::exportTo(const QString &path)
{
    m_exportError.clear();
    m_exportCancelled = false;
    if (m_refreshTimer.isActive() || m_options.date.isNull())
        refreshPreview();
    const ExportFormat *current = format();
    if (!current || !m_error.isEmpty()) {
        m_exportError = m_error.isEmpty() ? tr("Choose a format.") : m_error;
        return false;
    }
    m_document->flushDerivation();
    // The export runs on a thread of its own on a copy of the design and what was derived from it,
    // so the window stays live and an edit meanwhile cannot change what is being written. The
    // file is saved whole once rendered; Cancel stops before that and leaves no file.
    BackgroundJob job(
        tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [design = m_document->derivedDesign(), derivation = m_document->derivation(), options = m_options,
            current, path](JobProgress &progress, QString *error) {
            ExportOptions withProgress = options;
            withProgress.progress = progress.callback();
            const ExportInput input {design, derivation, withProgress};
            QByteArray data;
            if (!current->render(input, &data, error) || progress.isCancelled())
                return false;
            return saveFile(path, data, error);
        },
        this);
    m_job = &job;
    const BackgroundJob::Outcome outcome = job.exec();
    m_job = nullptr;
    if (outcome == BackgroundJob::Outcome::Cancelled) {
        m_exportCancelled = true;
        m_exportError
            = tr("The export to %1 was cancelled; no file was written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (outcome != BackgroundJob::Outcome::Succeeded) {
        m_exportError = job.errorText().isEmpty() ? tr("The file could not be written.") : job.errorText();
        return false;
    }
    writeSettings();
    emit exported(tr("Exported %1 to %2").arg(current->title(), QDir::toNativeSeparators(path)));
    return true;
}

void ExportDialog::exportFile()
{
    if (m_refreshTimer.isActive())
        refreshPreview();
    const ExportFormat *current = format();
    if (!current || !m_error.isEmpty())
        return;
    QSettings settings;
    const QString folder
        = settings.value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString filter = tr("%1 (*.%2)").arg(current->title(), current->fileSuffix());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(current->title()), QDir(folder).filePath(defaultFileName()), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + current->fileSuffix();
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    if (exportTo(path)) {
        accept();
        return;
    }
    if (m_exportCancelled)
        return; // the user asked for it: nothing to explain
    QMessageBox box(QMessageBox::Warning, tr("Export"),
        tr("Could not export to %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    box.setInformativeText(m_exportError);
    box.exec();
}

void ExportDialog::done(int result)
{
    m_refreshTimer.stop();
    writeSettings();
    QDialog::done(result);
}

void ExportDialog::readSettings()
{
    const QSettings settings;
    if (!setFormat(settings.value(FormatKey).toString()))
        m_formatList->setCurrentRow(0);
    m_byteOrderMark->setChecked(settings.value(ByteOrderMarkKey, false).toBool());
    m_placeholders->setChecked(settings.value(PlaceholdersKey, false).toBool());
    m_intraZone->setChecked(settings.value(IntraZoneKey, false).toBool());
    const bool letter = settings.contains(PageSizeKey)
        ? settings.value(PageSizeKey).toString() == QLatin1String("letter")
        : QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(letter ? PageSize::Letter : PageSize::A4)));
    m_author->setText(settings.value(AuthorKey).toString());
    m_imageScale->setValue(settings.value(ImageScaleKey, 1.0).toDouble());
}

void ExportDialog::writeSettings() const
{
    // The revision belongs to one design and is not kept; the author usually stays the same.
    QSettings settings;
    if (const ExportFormat *current = format())
        settings.setValue(FormatKey, current->id());
    settings.setValue(ByteOrderMarkKey, m_byteOrderMark->isChecked());
    settings.setValue(PlaceholdersKey, m_placeholders->isChecked());
    settings.setValue(IntraZoneKey, m_intraZone->isChecked());
    settings.setValue(PageSizeKey,
        PageSize(m_pageSize->currentData().toInt()) == PageSize::Letter ? QStringLiteral("letter")
                                                                        : QStringLiteral("a4"));
    settings.setValue(AuthorKey, m_author->text().trimmed());
    settings.setValue(ImageScaleKey, m_imageScale->value());
}

} // namespace portolan
