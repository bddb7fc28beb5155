#pragma once

#include <QObject>
#include <QPointF>
#include <QRectF>

#include <functional>

class QGraphicsRectItem;

namespace portolan {

class DesignScene;
class DesignView;
class Document;

/**
 * Draw Zone: while on, a drag on the canvas draws a rectangle that becomes a new zone (one undo
 * step, a fresh id, the default name) when the mouse is released; then the mode ends and the
 * new zone is selected with its name ready to edit. A click without a drag (or a drag smaller
 * than MinimumSize) adds nothing and the mode stays on; Escape leaves it.
 * The design is touched only by the zone the drag adds.
 */
class DrawZoneMode : public QObject
{
    Q_OBJECT

public:
    /// The smallest zone a drag draws; a smaller drag adds nothing.
    static constexpr qreal MinimumSize = 40;

    DrawZoneMode(Document *document, DesignScene *scene, DesignView *view, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    /// Called with the new zone's id once it is added (the window focuses its name).
    void setZoneAdded(const std::function<void(const QString &id)> &added) { m_added = added; }

signals:
    void activeChanged(bool active);
    void statusMessage(const QString &message, int timeout);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(const QRectF &rect);
    void clearRubberBand();

    Document *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    std::function<void(const QString &)> m_added;
    bool m_active = false;
    bool m_dragging = false;
    QPointF m_start;
    QGraphicsRectItem *m_band = nullptr;
};

} // namespace portolan
