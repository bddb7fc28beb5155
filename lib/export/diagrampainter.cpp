#include "diagrampainter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace portolan {

namespace {

constexpr qreal hostWidth = 124;
constexpr qreal hostHeight = 46;

QColor zoneColour(int index)
{
    static const QColor colours[]
        = {QColor(0xe8, 0xf1, 0xfb), QColor(0xee, 0xf7, 0xea), QColor(0xfd, 0xf3, 0xe4),
            QColor(0xf3, 0xed, 0xf8), QColor(0xe9, 0xf6, 0xf5), QColor(0xfb, 0xec, 0xec)};
    return colours[index % 6];
}

} // namespace

QFont DiagramPainter::font(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(
        {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans CJK KR")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

DiagramPainter::DiagramPainter(const Design &design)
    : m_design(design)
{
    QRectF placed;
    for (const Zone &zone : design.zones()) {
        if (!zone.area.isEmpty())
            placed |= zone.area;
    }
    for (const Host &host : design.hosts()) {
        if (host.hasPosition)
            placed |= QRectF(
                host.position - QPointF(hostWidth / 2, hostHeight / 2), QSizeF(hostWidth, hostHeight));
    }
    // Hosts without a position go in rows under everything else.
    const qreal left = placed.isNull() ? 0 : placed.left();
    qreal top = placed.isNull() ? 0 : placed.bottom() + 60;
    const int perRow = std::max(6, int(std::ceil(std::sqrt(double(design.hosts().size())))));
    int column = 0;
    for (const Host &host : design.hosts()) {
        if (host.hasPosition) {
            m_centres.append(host.position);
            continue;
        }
        m_centres.append(
            QPointF(left + hostWidth / 2 + 20 + column * (hostWidth + 30), top + hostHeight / 2 + 40));
        if (++column == perRow) {
            column = 0;
            top += hostHeight + 30;
        }
    }
    // Zones without an area frame their hosts.
    for (const Zone &zone : design.zones()) {
        QRectF area = zone.area;
        if (area.isEmpty()) {
            for (int i = 0; i < design.hosts().size(); ++i) {
                if (design.hosts().at(i).zone == zone.id)
                    area |= hostRect(i).adjusted(-20, -40, 20, 20);
            }
        }
        if (!area.isEmpty())
            m_zoneAreas.insert(zone.id, area);
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
    return QRectF(m_centres.at(host) - QPointF(hostWidth / 2, hostHeight / 2), QSizeF(hostWidth, hostHeight));
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
        painter->setPen(QPen(zoneColour(z).darker(160), 1.5));
        painter->setBrush(zoneColour(z));
        painter->drawRoundedRect(area, 8, 8);
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->setFont(zoneFont);
        const QRectF label = area.adjusted(10, 6, -10, 0);
        painter->drawText(label, Qt::AlignLeft | Qt::AlignTop, zone.name.isEmpty() ? zone.id : zone.name);
        QStringList subnets;
        for (const Subnet &subnet : zone.subnets)
            subnets << Zone::subnetText(subnet);
        painter->setFont(subnetFont);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(label, Qt::AlignRight | Qt::AlignTop,
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
