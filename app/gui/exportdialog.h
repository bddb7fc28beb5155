#pragma once

#include "export/exportformat.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace portolan {

class BackgroundJob;
class Document;
class ExportPreviewRenderer;
class ExportPreviewWidget;
struct RenderedPreview;

/**
 * File > Export: choose a format and its options, see what will be written, write it.
 *
 * The dialog only adds a face to ExportFormat: the preview comes from render() (or the PDF
 * report's pages, or the diagram picture) with the options shown, and exportTo() calls write()
 * with those same options, so a text file holds exactly the bytes previewed. The native project
 * file is not offered here; File > Save writes it.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Document *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// The formats offered, in menu order: every export except the project file.
    static QList<const ExportFormat *> formats();

    const ExportFormat *format() const;
    /// Selects a format by id ("csv", "pdf", ...); false when the dialog does not offer it.
    bool setFormat(const QString &id);
    /// The options of the current preview, its date included; exportTo() writes with them.
    ExportOptions options() const { return m_options; }
    /// The bytes the preview shows for a text format (empty for the others or on error).
    QByteArray previewData() const { return m_data; }
    /// Why the current format cannot be exported with these options, or empty.
    QString errorText() const { return m_error; }
    /// The reason the last exportTo() failed, or empty.
    QString lastExportError() const { return m_exportError; }
    /// True when the last exportTo() was cancelled by the user.
    bool lastExportCancelled() const { return m_exportCancelled; }
    /// The export being written, while exportTo() runs (it shows the progress and Cancel).
    BackgroundJob *exportJob() const { return m_job; }
    /// False while the format cannot be exported with these options; the Export button follows it.
    bool canExport() const;
    /// True while an option change waits for its preview or the preview renders.
    bool isPreviewPending() const;
    ExportPreviewWidget *preview() const { return m_preview; }
    /// The design's name with the format's suffix, for the file dialog.
    QString defaultFileName() const;

public slots:
    /**
     * Starts rendering the preview for the format and options shown, on a thread of its own; the
     * preview and errorText() follow once it is rendered (isPreviewPending() until then).
     */
    void refreshPreview();
    /**
     * Writes the current format to path with the previewed options, off the GUI thread with a
     * progress dialog and Cancel, and returns once the file is written (then emits exported()),
     * failed or cancelled (then no file is left).
     */
    bool exportTo(const QString &path);
    /// Asks for a file name, exports, and closes on success; shows a message box on failure.
    void exportFile();

signals:
    /// A status line for the main window: "Exported <format> to <file>".
    void exported(const QString &message);

protected:
    void done(int result) override;

private:
    void schedulePreview();
    void showRendered(const std::shared_ptr<RenderedPreview> &preview);
    void updateOptionRows();
    void updateExportButton();
    ExportOptions optionsFromWidgets() const;
    void readSettings();
    void writeSettings() const;

    Document *m_document;
    QListWidget *m_formatList;
    QFormLayout *m_optionsLayout;
    QLabel *m_noOptions;
    QCheckBox *m_byteOrderMark;
    QCheckBox *m_placeholders;
    QCheckBox *m_intraZone;
    QComboBox *m_pageSize;
    QLineEdit *m_revision;
    QLineEdit *m_author;
    QDoubleSpinBox *m_imageScale;
    ExportPreviewWidget *m_preview;
    ExportPreviewRenderer *m_renderer;
    QPushButton *m_exportButton;
    QTimer m_refreshTimer;
    ExportOptions m_options;
    QByteArray m_data;
    QString m_error;
    QString m_exportError;
    bool m_exportCancelled = false;
    BackgroundJob *m_job = nullptr;
};

} // namespace portolan
