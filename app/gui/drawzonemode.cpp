#include "drawzonemode.h"

#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "zoneitem.h"

#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPen>

namespace portolan {

DrawZoneMode::DrawZoneMode(Document *document, DesignScene *scene, DesignView *view, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
{
    connect(m_scene, &DesignScene::readOnlyChanged, this, [this](bool readOnly) {
        if (readOnly)
            setActive(false);
    });
}

void DrawZoneMode::setActive(bool active)
{
    active = active && !m_scene->isReadOnly();
    if (active == m_active)
        return;
    m_active = active;
    clearRubberBand();
    if (active) {
        m_view->setMode(DesignView::Mode::Select);
        m_view->viewport()->installEventFilter(this);
        m_view->installEventFilter(this);
        m_view->viewport()->setCursor(Qt::CrossCursor);
        emit statusMessage(tr("Drag a rectangle on the canvas to draw a zone; Escape cancels."), 0);
    } else {
        m_view->viewport()->removeEventFilter(this);
        m_view->removeEventFilter(this);
        m_view->viewport()->setCursor(Qt::ArrowCursor);
        emit statusMessage(QString(), 0);
    }
    emit activeChanged(m_active);
}

void DrawZoneMode::clearRubberBand()
{
    m_dragging = false;
    delete m_band;
    m_band = nullptr;
}

bool DrawZoneMode::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        setActive(false);
        return true;
    }
    if (watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false; // the context menu and panning keep working
        m_dragging = true;
        m_start = m_view->mapToScene(mouse->position().toPoint());
        m_band = new QGraphicsRectItem(QRectF(m_start, m_start));
        QPen pen(m_view->palette().color(QPalette::Highlight), 0, Qt::DashLine);
        m_band->setPen(pen);
        QColor fill = m_view->palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        m_band->setBrush(fill);
        m_band->setZValue(1000);
        m_scene->addItem(m_band);
        return true;
    }
    case QEvent::MouseMove:
        if (m_dragging) {
            const QPointF at = m_view->mapToScene(static_cast<QMouseEvent *>(event)->position().toPoint());
            m_band->setRect(QRectF(m_start, at).normalized());
            return true;
        }
        return false;
    case QEvent::MouseButtonRelease:
        if (m_dragging && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            const QPointF at = m_view->mapToScene(static_cast<QMouseEvent *>(event)->position().toPoint());
            const QRectF rect = QRectF(m_start, at).normalized();
            clearRubberBand();
            finish(rect);
            return true;
        }
        return false;
    case QEvent::MouseButtonDblClick:
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

void DrawZoneMode::finish(const QRectF &rect)
{
    if (rect.width() < MinimumSize || rect.height() < MinimumSize) {
        emit statusMessage(
            tr("A zone needs at least %1 × %1 units: drag a larger rectangle.").arg(MinimumSize), 6000);
        return; // stay in the mode: the user tries again
    }
    const QRectF area(QPointF(qRound(rect.left()), qRound(rect.top())),
        QSizeF(qRound(rect.width()), qRound(rect.height())));
    const QString id = m_document->addZone(area);
    setActive(false);
    if (id.isEmpty())
        return;
    m_scene->clearSelection();
    if (ZoneItem *item = m_scene->zoneItem(id))
        item->setSelected(true);
    if (m_added)
        m_added(id);
}

} // namespace portolan
