#pragma once

#include "exportformat.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <memory>

class QIODevice;
class QPainter;

namespace portolan {

class ChangeReview;
class DiagramPainter;

/**
 * The firewall report, laid out once in points on landscape pages: a title block with a
 * summary, the diagram, one table per zone pair (the firewall between them) whose column
 * headers repeat on every page, the block recommendations, the security notes and the
 * findings; "Page N of M" at the foot of each page.
 *
 * The layout is a list of drawing items per page, so the Export dialog can show any page
 * (renderPage()) and the PDF writer paints the same items.
 */
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    explicit PdfReport(const ExportInput &input);
    ~PdfReport();

    /** A reviewer's decision on a revision, as the change report prints it. */
    struct SignOff
    {
        QString reviewer;
        QDateTime time;
        QString base; ///< "revision 2"
        QString revision; ///< "revision 3"
        QString verdict; ///< "approved" or "rejected"
        QString comment;
    };
    /** What the change report says about the two designs besides the change itself. */
    struct ChangeReportInfo
    {
        QString before; ///< "plant.portolan, revision 2"
        QString after;
        QList<SignOff> signOffs; ///< the decisions recorded on this revision against this base
    };

    /**
     * The review of a design change: a title block naming both designs, the sign-off (recorded
     * decisions, or a box to sign), the design changes with what each causes, the firewalls whose
     * rules change, then the flows added, removed and changed by zone pair and the findings added and
     * removed, each naming the design changes that cause it. options gives the page size and date.
     */
    static std::unique_ptr<PdfReport> designChanges(
        const ChangeReview &review, const ChangeReportInfo &info, const ExportOptions &options);

    /// A piece of a report that another part of the product composes (see fromBlocks()).
    struct Block
    {
        enum Kind { Heading, Paragraph, Table, PageBreak } kind = Paragraph;
        QString text; ///< Heading, Paragraph
        qreal size = 9; ///< Heading, Paragraph: font size in points
        bool muted = false; ///< Paragraph: grey, for explanations
        QList<QPair<QString, qreal>> columns; ///< Table: title and fraction of the text width
        QList<QStringList> rows; ///< Table
        QString continued; ///< Table: the title above its rows on each following page
    };
    /// Headings, paragraphs and tables laid out as the other reports are, with their page size,
    /// revision and footer ("title, revision R ... Page N of M").
    static std::unique_ptr<PdfReport> fromBlocks(
        const ExportOptions &options, const QString &title, const QList<Block> &blocks);

    int pageCount() const { return int(m_pages.size()); }
    QSizeF pageSize() const { return m_pageSize; } ///< in points, landscape
    QPageSize::PageSizeId pageSizeId() const;

    /// Paints one page on a painter whose units are points (a device at 72 dpi).
    void paintPage(QPainter *painter, int index) const;
    /// One page as a picture, scale pixels per point (1.0 is 72 dpi).
    QImage renderPage(int index, qreal scale = 1.0) const;
    /// The whole report as PDF.
    bool writePdf(QIODevice *device, QString *error) const;

    /// A text laid out once into positioned glyphs, shared by every item showing it.
    struct TextBlock;

    struct Item
    {
        enum Kind { Text, Box, Line, Diagram } kind = Text;
        QRectF rect;
        QString text;
        QFont font;
        int flags = 0;
        QColor colour;
        QColor fill;
        std::shared_ptr<const TextBlock> block; ///< Text: its glyphs, from the layout pass
    };

private:
    friend class ReportBuilder;

    PdfReport(const ExportOptions &options, const QString &title);

    ExportOptions m_options;
    QString m_title;
    QSizeF m_pageSize;
    QList<QList<Item>> m_pages;
    std::shared_ptr<DiagramPainter> m_diagram;
    bool m_cancelled = false; ///< the options' progress stopped the layout: writePdf() fails
};

} // namespace portolan
