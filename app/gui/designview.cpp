#include "designview.h"

#include "designscene.h"
#include "hostitem.h"
#include "palettemodel.h"

#include <QGraphicsLineItem>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace portolan {

namespace {
constexpr qreal MinimumZoom = 0.01;
constexpr qreal MaximumZoom = 8;
} // namespace

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAcceptDrops(true);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setFrameShape(QFrame::NoFrame);
    connect(scene, &DesignScene::readOnlyChanged, this, &DesignView::followReadOnly);
    connect(this, &DesignView::zoomChanged, scene, &DesignScene::setViewZoom);
    scene->setViewZoom(zoom());
    followReadOnly(scene->isReadOnly());
}

void DesignView::setMode(Mode mode)
{
    if (m_mode != mode) {
        m_mode = mode;
        emit modeChanged(mode);
    }
    setDragMode(mode == Mode::Select ? RubberBandDrag : NoDrag);
    viewport()->setCursor(mode == Mode::Select ? Qt::ArrowCursor : Qt::CrossCursor);
}

void DesignView::setReadOnly(bool readOnly)
{
    m_scene->setReadOnly(readOnly);
}

bool DesignView::isReadOnly() const
{
    return m_scene->isReadOnly();
}

void DesignView::followReadOnly(bool readOnly)
{
    if (readOnly)
        setMode(Mode::Select);
    setAcceptDrops(!readOnly);
}

QJsonObject DesignView::viewState() const
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    return {{QStringLiteral("zoom"), zoom()}, {QStringLiteral("centerX"), centre.x()},
        {QStringLiteral("centerY"), centre.y()}, {QStringLiteral("flowsShown"), m_scene->flowsShown()}};
}

void DesignView::applyViewState(const QJsonObject &state)
{
    if (state.contains(QStringLiteral("flowsShown")))
        m_scene->setFlowsShown(state.value(QStringLiteral("flowsShown")).toBool());
    const double zoom = state.value(QStringLiteral("zoom")).toDouble();
    if (zoom > 0)
        setZoom(zoom);
    if (state.contains(QStringLiteral("centerX")) && state.contains(QStringLiteral("centerY")))
        centerOn(state.value(QStringLiteral("centerX")).toDouble(),
            state.value(QStringLiteral("centerY")).toDouble());
}

void DesignView::scaleBy(qreal factor)
{
    const qreal current = zoom();
    const qreal target = std::clamp(current * factor, MinimumZoom, MaximumZoom);
    if (qFuzzyCompare(target, current))
        return;
    scale(target / current, target / current);
    emit zoomChanged(zoom());
}

void DesignView::zoomIn()
{
    scaleBy(1.25);
}

void DesignView::zoomOut()
{
    scaleBy(1 / 1.25);
}

void DesignView::resetZoom()
{
    setTransform(QTransform());
    emit zoomChanged(zoom());
}

void DesignView::setZoom(qreal zoom)
{
    const qreal target = std::clamp(zoom, MinimumZoom, MaximumZoom);
    setTransform(QTransform::fromScale(target, target));
    emit zoomChanged(this->zoom());
}

void DesignView::fitToView()
{
    QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

void DesignView::showHost(const QString &id)
{
    if (HostItem *item = m_scene->hostItem(id)) {
        m_scene->selectHosts({id});
        if (zoom() < 0.6)
            scaleBy(0.8 / zoom());
        centerOn(item);
    }
}

void DesignView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(PaletteModel::MimeType))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DesignView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(PaletteModel::MimeType))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void DesignView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(PaletteModel::MimeType)) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QString typeId = QString::fromUtf8(event->mimeData()->data(PaletteModel::MimeType));
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (!m_scene->dropHostType(typeId, scenePos).isEmpty()) {
        event->acceptProposedAction();
        setFocus();
    }
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll sideways or along
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.0015, delta));
    event->accept();
}

QString DesignView::hostAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> hits = items(viewPos);
    for (QGraphicsItem *item : hits) {
        if (item->type() == HostItem::Type)
            return static_cast<HostItem *>(item)->id();
    }
    return QString();
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_mode == Mode::Link && event->button() == Qt::LeftButton) {
        m_linkSource = hostAt(event->position().toPoint());
        if (!m_linkSource.isEmpty()) {
            const QPointF start = m_scene->hostItem(m_linkSource)->pos();
            m_linkLine = new QGraphicsLineItem(QLineF(start, start));
            QPen pen(QColor(0x1e, 0x88, 0xe5), 2, Qt::DashLine);
            pen.setCosmetic(true);
            m_linkLine->setPen(pen);
            m_linkLine->setZValue(100);
            m_scene->addItem(m_linkLine);
        }
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panStart;
        m_panStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_linkLine) {
        QLineF line = m_linkLine->line();
        line.setP2(mapToScene(event->position().toPoint()));
        m_linkLine->setLine(line);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_mode == Mode::Select ? Qt::ArrowCursor : Qt::CrossCursor);
        event->accept();
        return;
    }
    if (m_mode == Mode::Link && event->button() == Qt::LeftButton) {
        delete m_linkLine;
        m_linkLine = nullptr;
        const QString target = hostAt(event->position().toPoint());
        if (!m_linkSource.isEmpty() && !target.isEmpty() && target != m_linkSource)
            m_scene->requestLink(m_linkSource, target);
        m_linkSource.clear();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_mode == Mode::Link) {
        setMode(Mode::Select);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(m_mode == Mode::Select ? Qt::ArrowCursor : Qt::CrossCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace portolan
