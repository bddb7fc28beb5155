#include "probemarkitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace portolan {

namespace {

constexpr qreal symbolSize = 12;
constexpr qreal padding = 4;
constexpr qreal gap = 8;

QFont markFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(8);
    return font;
}

QString entryText(const ProbeMarkItem::Entry &entry)
{
    return QStringLiteral("%1 %2").arg(entry.word).arg(entry.count);
}

} // namespace

ProbeMarkItem::ProbeMarkItem(const QString &caption)
    : m_caption(caption)
{
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
}

QString ProbeMarkItem::word(Action action, ProbeResult result)
{
    switch (result) {
    case ProbeResult::Pending:
        return QApplication::translate("portolan::ProbeMarkItem", "waiting");
    case ProbeResult::Open:
        return action == Action::Allow ? QApplication::translate("portolan::ProbeMarkItem", "passed")
                                       : QApplication::translate("portolan::ProbeMarkItem", "unexpected");
    case ProbeResult::Closed:
        return QApplication::translate("portolan::ProbeMarkItem", "refused");
    case ProbeResult::Filtered:
        return QApplication::translate("portolan::ProbeMarkItem", "filtered");
    case ProbeResult::NotProbed:
        return QApplication::translate("portolan::ProbeMarkItem", "not probed");
    }
    return QString();
}

QColor ProbeMarkItem::colour(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::AsPlanned:
        return QColor(0x1e, 0x7d, 0x32);
    case ProbeVerdict::ServiceDown:
        return QColor(0xb2, 0x6a, 0x00);
    case ProbeVerdict::Difference:
        return QColor(0xc6, 0x28, 0x28);
    case ProbeVerdict::NotProbed:
        return QColor(0x75, 0x75, 0x75);
    case ProbeVerdict::Pending:
        return QColor(0x45, 0x5a, 0x8a);
    }
    return Qt::black;
}

void ProbeMarkItem::paintSymbol(QPainter *painter, const QRectF &rect, ProbeVerdict verdict)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = ProbeMarkItem::colour(verdict);
    const QRectF r = rect.adjusted(0.75, 0.75, -0.75, -0.75);
    const qreal w = r.width();
    QPen white(Qt::white, std::max<qreal>(1.2, w / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (verdict) {
    case ProbeVerdict::AsPlanned: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(r);
        painter->setPen(white);
        QPainterPath check;
        check.moveTo(r.left() + w * 0.25, r.top() + w * 0.52);
        check.lineTo(r.left() + w * 0.43, r.top() + w * 0.7);
        check.lineTo(r.left() + w * 0.76, r.top() + w * 0.32);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(check);
        break;
    }
    case ProbeVerdict::ServiceDown:
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(r);
        painter->setPen(white);
        painter->drawLine(
            QPointF(r.left() + w * 0.27, r.center().y()), QPointF(r.right() - w * 0.27, r.center().y()));
        break;
    case ProbeVerdict::Difference: {
        QPolygonF triangle;
        triangle << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(triangle);
        painter->setPen(white);
        painter->drawLine(
            QPointF(r.center().x(), r.top() + w * 0.33), QPointF(r.center().x(), r.top() + w * 0.64));
        painter->drawPoint(QPointF(r.center().x(), r.top() + w * 0.82));
        break;
    }
    case ProbeVerdict::NotProbed:
        painter->setPen(QPen(colour, 1.2));
        painter->setBrush(Qt::white);
        painter->drawRect(r);
        painter->drawLine(
            QPointF(r.left() + w * 0.27, r.center().y()), QPointF(r.right() - w * 0.27, r.center().y()));
        break;
    case ProbeVerdict::Pending:
        painter->setPen(QPen(colour, 1.5, Qt::DotLine));
        painter->setBrush(Qt::white);
        painter->drawEllipse(r);
        break;
    }
    painter->restore();
}

QIcon ProbeMarkItem::symbolIcon(ProbeVerdict verdict)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintSymbol(&painter, QRectF(1, 1, size - 2, size - 2), verdict);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void ProbeMarkItem::setCentre(const QPointF &centre)
{
    m_centre = centre;
    layout();
}

void ProbeMarkItem::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    layout();
    update();
}

QString ProbeMarkItem::text() const
{
    QStringList parts;
    for (const Entry &entry : m_entries)
        parts.append(entryText(entry));
    const QString list = parts.join(QStringLiteral(", "));
    return m_caption.isEmpty() ? list : QStringLiteral("%1: %2").arg(m_caption, list);
}

void ProbeMarkItem::layout()
{
    const QFontMetricsF metrics(markFont());
    qreal width = padding;
    if (!m_caption.isEmpty())
        width += metrics.horizontalAdvance(m_caption + QLatin1Char(':')) + gap / 2;
    for (const Entry &entry : std::as_const(m_entries))
        width += symbolSize + 3 + metrics.horizontalAdvance(entryText(entry)) + gap;
    width += padding - gap;
    const QSizeF size(
        std::max<qreal>(width, 2 * padding), std::max(symbolSize, metrics.height()) + 2 * padding);
    if (size != m_size)
        prepareGeometryChange();
    m_size = size;
    setPos(m_centre - QPointF(m_size.width() / 2, m_size.height() / 2));
}

QRectF ProbeMarkItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-1, -1, 1, 1);
}

void ProbeMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_entries.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    ProbeVerdict worst = ProbeVerdict::AsPlanned;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.verdict == ProbeVerdict::Difference)
            worst = ProbeVerdict::Difference;
    }
    painter->setPen(QPen(worst == ProbeVerdict::Difference ? colour(worst) : QColor(0x9a, 0xa4, 0xb1),
        worst == ProbeVerdict::Difference ? 1.5 : 0.8));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), 4, 4);
    const QFont font = markFont();
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    qreal x = padding;
    const qreal midY = m_size.height() / 2;
    if (!m_caption.isEmpty()) {
        const QString caption = m_caption + QLatin1Char(':');
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(QRectF(x, 0, metrics.horizontalAdvance(caption) + 1, m_size.height()),
            Qt::AlignLeft | Qt::AlignVCenter, caption);
        x += metrics.horizontalAdvance(caption) + gap / 2;
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        paintSymbol(painter, QRectF(x, midY - symbolSize / 2, symbolSize, symbolSize), entry.verdict);
        x += symbolSize + 3;
        const QString text = entryText(entry);
        painter->setPen(
            entry.verdict == ProbeVerdict::Difference ? colour(entry.verdict) : QColor(0x1a, 0x1a, 0x1a));
        const qreal advance = metrics.horizontalAdvance(text);
        painter->drawText(QRectF(x, 0, advance + 1, m_size.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += advance + gap;
    }
}

} // namespace portolan
