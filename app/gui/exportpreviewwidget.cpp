#include "exportpreviewwidget.h"

#include "export/pdfreport.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace portolan {

namespace {

const QByteArray Utf8ByteOrderMark("\xEF\xBB\xBF");

} // namespace

ExportPreviewWidget::ExportPreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_scroll(new QScrollArea(this))
    , m_image(new QLabel(this))
    , m_message(new QLabel(this))
    , m_fixButton(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_pageBar(new QWidget(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_image->setObjectName(QStringLiteral("previewImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixButton->setObjectName(QStringLiteral("previewFix"));
    connect(m_fixButton, &QPushButton::clicked, this, &ExportPreviewWidget::fixRequested);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_fixButton, 0, Qt::AlignHCenter);
    messageLayout->addStretch();

    m_stack->addWidget(m_text);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(messagePage);

    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_previous->setShortcut(QKeySequence(QKeySequence::MoveToPreviousPage));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setToolTip(tr("Next page (Page Down)"));
    m_next->setShortcut(QKeySequence(QKeySequence::MoveToNextPage));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    connect(m_previous, &QToolButton::clicked, this, &ExportPreviewWidget::previousPage);
    connect(m_next, &QToolButton::clicked, this, &ExportPreviewWidget::nextPage);
    auto *pageLayout = new QHBoxLayout(m_pageBar);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addStretch();
    pageLayout->addWidget(m_previous);
    pageLayout->addWidget(m_pageLabel);
    pageLayout->addWidget(m_next);
    pageLayout->addStretch();

    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pageBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    showMessage(QString());
}

ExportPreviewWidget::~ExportPreviewWidget() = default;

void ExportPreviewWidget::showText(const QByteArray &data)
{
    m_report.reset();
    m_imageShown = QImage();
    QByteArrayView body(data);
    const bool byteOrderMark = body.startsWith(Utf8ByteOrderMark);
    if (byteOrderMark)
        body = body.sliced(Utf8ByteOrderMark.size());

    // Only the first lines go into the view: a rule set for a large estate runs to many thousands.
    qsizetype end = 0;
    int shown = 0;
    while (shown < MaximumLines && end < body.size()) {
        const qsizetype newline = body.indexOf('\n', end);
        end = newline < 0 ? body.size() : newline + 1;
        ++shown;
    }
    const QByteArrayView rest = body.sliced(end);
    const qsizetype more = rest.count('\n') + (rest.isEmpty() || rest.endsWith('\n') ? 0 : 1);
    QByteArrayView head = body.first(end);
    if (head.endsWith('\n'))
        head.chop(1);
    if (head.endsWith('\r'))
        head.chop(1);
    // CSV ends its lines with CR LF; the view shows lines, whatever ends them.
    m_text->setPlainText(QString::fromUtf8(head).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));

    QStringList notes;
    notes << tr("%n line(s), %1.", nullptr, int(shown + more)).arg(QLocale().formattedDataSize(data.size()));
    if (more > 0)
        notes << tr("… %n more line(s) not shown here; the file holds them all.", nullptr, int(more));
    if (byteOrderMark)
        notes << tr("Starts with a UTF-8 byte order mark.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_pageBar->hide();
    m_stack->setCurrentWidget(m_text);
}

void ExportPreviewWidget::showReport(std::unique_ptr<PdfReport> report)
{
    m_report = std::move(report);
    m_page = std::clamp(m_page, 0, std::max(0, pageCount() - 1));
    m_text->clear();
    m_pageBar->show();
    m_stack->setCurrentWidget(m_scroll);
    showPage();
}

void ExportPreviewWidget::showImage(const QImage &image)
{
    m_report.reset();
    m_text->clear();
    m_imageShown = image;
    // Large diagrams are shown to fit the pane's width; the file keeps every pixel.
    const int width = std::max(200, m_scroll->viewport()->width() - 8);
    const QImage shown = image.width() > width ? image.scaledToWidth(width, Qt::SmoothTransformation) : image;
    m_image->setPixmap(QPixmap::fromImage(shown));
    m_note->setText(tr("%1 × %2 pixels.").arg(image.width()).arg(image.height()));
    m_pageBar->hide();
    m_stack->setCurrentWidget(m_scroll);
}

void ExportPreviewWidget::showMessage(const QString &text, const QString &fixText)
{
    m_report.reset();
    m_imageShown = QImage();
    m_text->clear();
    m_message->setText(text);
    m_fixButton->setText(fixText);
    m_fixButton->setVisible(!fixText.isEmpty());
    m_note->clear();
    m_pageBar->hide();
    m_stack->setCurrentWidget(m_message->parentWidget());
}

QString ExportPreviewWidget::text() const
{
    return m_stack->currentWidget() == m_text ? m_text->toPlainText() : m_message->text();
}

QString ExportPreviewWidget::note() const
{
    return m_note->text();
}

int ExportPreviewWidget::pageCount() const
{
    return m_report ? m_report->pageCount() : 0;
}

QString ExportPreviewWidget::pageText() const
{
    return m_pageBar->isHidden() ? QString() : m_pageLabel->text();
}

void ExportPreviewWidget::setPage(int page)
{
    if (!m_report || page < 0 || page >= pageCount() || page == m_page)
        return;
    m_page = page;
    showPage();
}

void ExportPreviewWidget::nextPage()
{
    setPage(m_page + 1);
}

void ExportPreviewWidget::previousPage()
{
    setPage(m_page - 1);
}

void ExportPreviewWidget::showPage()
{
    const int count = pageCount();
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(count));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < count);
    if (count == 0) {
        m_image->clear();
        m_imageShown = QImage();
        return;
    }
    // Pages fit the pane's width, drawn at the screen's pixel density.
    const qreal width = std::max(200, m_scroll->viewport()->width() - 8);
    const qreal ratio = devicePixelRatioF();
    const qreal scale = std::clamp(width / m_report->pageSize().width(), 0.3, 3.0);
    m_imageShown = m_report->renderPage(m_page, scale * ratio);
    m_imageShown.setDevicePixelRatio(ratio);
    m_image->setPixmap(QPixmap::fromImage(m_imageShown));
    m_note->setText(
        m_report->pageSizeId() == QPageSize::Letter ? tr("US Letter, landscape.") : tr("A4, landscape."));
}

} // namespace portolan
