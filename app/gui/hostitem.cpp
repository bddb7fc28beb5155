#include "hostitem.h"

#include "designscene.h"
#include "iconcache.h"

#include "catalog/catalog.h"
#include "catalog/catalogtext.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace portolan {

namespace {
constexpr int IconPixels = 64;
constexpr qreal IconSize = 30;
} // namespace

HostItem::HostItem(DesignScene *scene, const Host &host, const HostType *type)
    : m_scene(scene)
    , m_id(host.id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
    sync(host, type);
}

void HostItem::sync(const Host &host, const HostType *type)
{
    m_id = host.id;
    m_name = host.displayName();
    m_address = host.address.isNull() ? QString() : host.address.toString();
    const QString iconName = type ? type->icon : QStringLiteral("unknown");
    if (iconName != m_iconName) {
        m_iconName = iconName;
        m_icon = IconCache::pixmap(iconName, IconPixels);
    }
    m_color = IconCache::productColor(type ? type->product : QString());
    QString tip = QStringLiteral("<b>%1</b><br>%2")
                      .arg(m_name.toHtmlEscaped(),
                          (type ? CatalogText::typeText(type->id, type->name) : host.type).toHtmlEscaped());
    if (!m_address.isEmpty())
        tip += QStringLiteral("<br>") + m_address;
    setToolTip(tip);
    update();
}

void HostItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

bool HostItem::drawnByOverview() const
{
    return m_scene->condensed() && !m_highlighted && !isSelected();
}

QRectF HostItem::boundingRect() const
{
    return QRectF(-Width / 2 - 3, -Height / 2 - 3, Width + 6, Height + 6);
}

void HostItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(-Width / 2, -Height / 2, Width, Height);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;
    const QColor accent = m_highlighted ? QColor(0xff, 0x8c, 0x00) : QColor(0x1e, 0x88, 0xe5);

    if (lod < FarOut) {
        if (drawnByOverview())
            return;
        // Far out: a block in the product colour, no text, no icon.
        painter->fillRect(card, selected || m_highlighted ? accent : m_color);
        return;
    }

    painter->setPen(
        QPen(selected || m_highlighted ? accent : m_color.lighter(140), selected || m_highlighted ? 3 : 1.2));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(card, 6, 6);
    painter->fillRect(QRectF(card.left() + 1, card.top() + 1, 4, card.height() - 2), m_color);

    if (lod < 0.35) {
        painter->drawPixmap(QRectF(-IconSize / 2, -IconSize / 2, IconSize, IconSize), m_icon, m_icon.rect());
        return;
    }
    painter->drawPixmap(QRectF(-IconSize / 2, card.top() + 3, IconSize, IconSize), m_icon, m_icon.rect());

    QFont font = painter->font();
    font.setPixelSize(14);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    const QRectF nameRect(card.left() + 6, card.top() + 34, card.width() - 10, 18);
    painter->drawText(nameRect, Qt::AlignHCenter | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(m_name, Qt::ElideRight, int(nameRect.width())));
    if (!m_address.isEmpty()) {
        font.setBold(false);
        font.setPixelSize(13);
        painter->setFont(font);
        painter->setPen(QColor(0x55, 0x5b, 0x66));
        painter->drawText(QRectF(card.left() + 6, card.top() + 52, card.width() - 10, 17),
            Qt::AlignHCenter | Qt::AlignVCenter, m_address);
    }
}

QVariant HostItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->hostItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace portolan
