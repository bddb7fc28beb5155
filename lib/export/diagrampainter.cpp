#include "diagrampainter.h"

#include "layout/placement.h"
#include "layout/zonepalette.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace portolan {

namespace {

QColor colour(const Rgba &rgba)
{
    return QColor(rgba.red, rgba.green, rgba.blue, rgba.alpha);
}

QStringList &families()
{
    static QStringList list;
    return list;
}

} // namespace

void DiagramPainter::setLanguage(const QString &bcp47Name)
{
    QStringList cjk {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("Noto Sans CJK KR")};
    // An empty name keeps the default order.
    const QLocale locale = bcp47Name.isEmpty() ? QLocale::c() : QLocale(bcp47Name);
    QString first;
    if (locale.language() == QLocale::Chinese)
        first = locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("Noto Sans CJK TC")
                                                                     : QStringLiteral("Noto Sans CJK SC");
    else if (locale.language() == QLocale::Japanese)
        first = QStringLiteral("Noto Sans CJK JP");
    else if (locale.language() == QLocale::Korean)
        first = QStringLiteral("Noto Sans CJK KR");
    if (!first.isEmpty()) {
        cjk.removeAll(first);
        cjk.prepend(first);
    }
    families() = QStringList {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")} + cjk;
}

QStringList DiagramPainter::fontFamilies()
{
    if (families().isEmpty())
        setLanguage(QString());
    return families();
}

QFont DiagramPainter::font(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

DiagramPainter::DiagramPainter(const Design &design)
    : m_design(design)
    , m_centres(Placement::hostCentres(design))
{
    // As on the canvas: zones and hosts at their place, set or given by the layout.
    const QList<QRectF> areas = Placement::zoneAreas(design);
    for (int i = 0; i < design.zones().size(); ++i) {
        const QRectF &area = areas.at(i);
        if (area.isEmpty())
            continue;
        m_zoneAreas.insert(design.zones().at(i).id, area);
        m_bounds |= area;
    }
    for (int i = 0; i < design.hosts().size(); ++i)
        m_bounds |= hostRect(i);
    if (m_bounds.isEmpty())
        m_bounds = QRectF(0, 0, 400, 200);
    m_bounds.adjust(-20, -20, 20, 20);
}

QRectF DiagramPainter::hostRect(int host) const
{
    return Placement::hostRect(m_centres.at(host));
}

void DiagramPainter::paint(QPainter *painter, const QRectF &target) const
{
    const qreal scale = std::min(target.width() / m_bounds.width(), target.height() / m_bounds.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(target.center());
    painter->scale(scale, scale);
    painter->translate(-m_bounds.center());
    painter->setClipRect(m_bounds);

    const QFont zoneFont = font(11, true);
    const QFont subnetFont = font(8);
    for (int z = 0; z < m_design.zones().size(); ++z) {
        const Zone &zone = m_design.zones().at(z);
        const QRectF area = m_zoneAreas.value(zone.id);
        if (area.isEmpty())
            continue;
        // The canvas's zone: a translucent area in the zone's colour, a title band along the top.
        const ZonePalette::Colours colours = ZonePalette::colours(z);
        painter->setPen(QPen(colour(colours.frame), 1.4));
        painter->setBrush(colour(colours.fill));
        painter->drawRoundedRect(area, 8, 8);
        QPainterPath band;
        band.addRoundedRect(area.adjusted(1, 1, -1, 0), 7, 7);
        QPainterPath bandClip;
        bandClip.addRect(QRectF(area.left(), area.top(), area.width(), ZonePalette::BandHeight));
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour(colours.band));
        painter->drawPath(band.intersected(bandClip));

        const QRectF label(area.left() + 10, area.top(), area.width() - 20, ZonePalette::BandHeight);
        painter->setPen(colour(colours.title));
        painter->setFont(zoneFont);
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, zone.name.isEmpty() ? zone.id : zone.name);
        QStringList subnets;
        for (const Subnet &subnet : zone.subnets)
            subnets << Zone::subnetText(subnet);
        painter->setFont(subnetFont);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter,
            subnets.isEmpty() ? tr("no subnet") : subnets.join(QStringLiteral(", ")));
    }

    painter->setPen(QPen(QColor(0x4a, 0x5a, 0x6a), 1.6));
    for (const Link &link : m_design.links()) {
        const int a = m_design.hostIndex(link.a);
        const int b = m_design.hostIndex(link.b);
        if (a >= 0 && b >= 0)
            painter->drawLine(m_centres.at(a), m_centres.at(b));
    }

    // Hosts in passes (boxes, names, then addresses by colour), so each pass sets the pen, brush
    // and font once: with thousands of hosts the SVG and the PDF otherwise repeat the drawing
    // state around every box and every line of text.
    const int hosts = int(m_design.hosts().size());
    painter->setPen(QPen(QColor(0x2d, 0x4b, 0x73), 1.2));
    painter->setBrush(Qt::white);
    for (int i = 0; i < hosts; ++i)
        painter->drawRoundedRect(hostRect(i), 5, 5);

    painter->setPen(QColor(0x11, 0x11, 0x11));
    painter->setFont(font(8.5, true));
    const QFontMetrics nameMetrics = painter->fontMetrics();
    for (int i = 0; i < hosts; ++i) {
        const QRectF text = hostRect(i).adjusted(4, 4, -4, -4);
        painter->drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2),
            Qt::AlignCenter | Qt::TextSingleLine,
            nameMetrics.elidedText(m_design.hosts().at(i).displayName(), Qt::ElideRight, int(text.width())));
    }

    painter->setFont(font(7.5));
    for (const bool missing : {false, true}) {
        painter->setPen(missing ? QColor(0xb0, 0x30, 0x30) : QColor(0x44, 0x44, 0x44));
        for (int i = 0; i < hosts; ++i) {
            const Host &host = m_design.hosts().at(i);
            if (host.address.isNull() != missing)
                continue;
            const QRectF text = hostRect(i).adjusted(4, 4, -4, -4);
            painter->drawText(QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
                Qt::AlignCenter, missing ? tr("no address") : host.address.toString());
        }
    }
    painter->restore();
}

} // namespace portolan
