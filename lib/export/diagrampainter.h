#pragma once

#include "model/design.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QRectF>

class QPainter;

namespace portolan {

/**
 * Draws a design as the canvas shows it: zones as framed areas in their palette colours with
 * name and subnets, links as lines, hosts as boxes with name and address, each where the canvas
 * puts it (Placement, ZonePalette). All vectors, so the SVG, the PNG and the PDF report share one
 * drawing.
 */
class DiagramPainter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramPainter)

public:
    explicit DiagramPainter(const Design &design);

    /// The drawing's extent in canvas units.
    QRectF bounds() const { return m_bounds; }
    /// Paints the whole diagram scaled to fit target, centred, keeping its proportions.
    void paint(QPainter *painter, const QRectF &target) const;
    /// Where host `host` (an index into the design's hosts) is drawn, in canvas units.
    QRectF hostRect(int host) const;
    /// The area drawn for a zone; empty when the zone is not drawn.
    QRectF zoneArea(const QString &zoneId) const { return m_zoneAreas.value(zoneId); }

    /// Fonts with fallbacks for Chinese, Japanese and Korean names.
    static QFont font(qreal pointSize, bool bold = false);
    /**
     * The language of the texts drawn: Chinese, Japanese and Korean share code points whose
     * glyphs differ, so the Noto CJK family of the language comes first (Traditional Chinese
     * for zh_TW, Japanese for ja, Korean for ko). The editor sets its interface language here;
     * the default ("", as portolan-cli leaves it) keeps one order whatever the system locale.
     */
    static void setLanguage(const QString &bcp47Name);
    static QStringList fontFamilies();

private:
    const Design &m_design;
    QList<QPointF> m_centres;
    QHash<QString, QRectF> m_zoneAreas;
    QRectF m_bounds;
};

} // namespace portolan
