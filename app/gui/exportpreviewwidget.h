#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace portolan {

class PdfReport;

/**
 * The preview pane of the Export dialog. It shows what an export will write: the text of a text
 * format (the first MaximumLines lines), the pages of the PDF report one at a time, the diagram
 * picture, or a message (progress, or an error with an optional button that fixes it).
 */
class ExportPreviewWidget : public QWidget
{
    Q_OBJECT

public:
    /// Lines of a text export shown at most; a note counts the rest.
    static constexpr int MaximumLines = 2000;

    explicit ExportPreviewWidget(QWidget *parent = nullptr);
    ~ExportPreviewWidget() override;

    /// Shows UTF-8 text; a leading byte order mark is named in the note, not shown.
    void showText(const QByteArray &data);
    /// Shows the report's pages, keeping the current page number when the report has it.
    void showReport(std::unique_ptr<PdfReport> report);
    void showImage(const QImage &image);
    /// A message in place of a preview; with fixText, a button that emits fixRequested().
    void showMessage(const QString &text, const QString &fixText = QString());

    /// The text shown for a text export, or the message shown.
    QString text() const;
    /// The line under the preview: size, lines left out, byte order mark.
    QString note() const;
    int pageCount() const;
    int currentPage() const { return m_page; } ///< from 0
    QString pageText() const;
    QImage image() const { return m_imageShown; }

public slots:
    void setPage(int page);
    void nextPage();
    void previousPage();

signals:
    void fixRequested();

private:
    void showPage();

    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QScrollArea *m_scroll;
    QLabel *m_image;
    QLabel *m_message;
    QPushButton *m_fixButton;
    QLabel *m_note;
    QWidget *m_pageBar;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    std::unique_ptr<PdfReport> m_report;
    QImage m_imageShown;
    int m_page = 0;
};

} // namespace portolan
