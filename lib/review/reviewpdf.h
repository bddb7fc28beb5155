#pragma once

#include "export/exportformat.h"
#include "model/design.h"
#include "reviewengine.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>

#include <memory>

class QIODevice;
class QPainter;

namespace portolan {

/**
 * The review as a report a change board signs: the design (name, revision, file), the request
 * or rule set, a summary of the verdicts, one row per request with its verdict (coloured and
 * named), reasons, the flows and vendor references behind it, the excess and what is forbidden,
 * the flows a complete rule set misses, and a sign-off block. Landscape pages, "Page N of M".
 */
class ReviewPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)

public:
    struct Options
    {
        PageSize pageSize = PageSize::A4;
        QString revision; ///< the design's revision, as the title block shows it
        QString designFile;
        QDateTime date; ///< defaults to now
    };

    ReviewPdf(const Design &design, const ReviewResult &result, const Options &options);
    ~ReviewPdf();

    int pageCount() const { return int(m_pages.size()); }
    QSizeF pageSize() const { return m_pageSize; } ///< in points, landscape
    /// Paints one page on a painter whose units are points.
    void paintPage(QPainter *painter, int index) const;
    QImage renderPage(int index, qreal scale = 1.0) const;
    bool writePdf(QIODevice *device, QString *error) const;

    /// The colour a verdict is shown in (the report, the GUI); always shown with its name.
    static QColor verdictColour(Verdict verdict);

    struct TextBlock;
    struct Item
    {
        enum Kind { Text, Box } kind = Text;
        QRectF rect;
        QColor colour;
        QColor fill;
        std::shared_ptr<const TextBlock> block;
    };

private:
    friend class ReviewLayout;
    Options m_options;
    QString m_title;
    QSizeF m_pageSize;
    QList<QList<Item>> m_pages;
};

} // namespace portolan
