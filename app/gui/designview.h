#pragma once

#include <QGraphicsView>
#include <QJsonObject>

class QGraphicsLineItem;

namespace portolan {

class DesignScene;

/**
 * The canvas view: accepts host types dropped from the palette, zooms with the wheel under the
 * mouse, pans with the middle button (or space and drag), and in link mode draws a link by
 * dragging from one host to another.
 */
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    enum class Mode { Select, Link };

    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    DesignScene *designScene() const { return m_scene; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    qreal zoom() const { return transform().m11(); }

    /// Makes the scene refuse edits, for a mode that shows the design without editing it. While
    /// the scene is read-only (so also while an old revision is shown), the view takes no drops
    /// and draws no links.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    /// Zoom, centre and flow arrows, as a project revision keeps them.
    QJsonObject viewState() const;
    /// Restores what viewState() gave; missing keys leave that part of the view as it is.
    void applyViewState(const QJsonObject &state);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();
    /// Sets the zoom factor (1 is actual size), within the limits the wheel keeps to.
    void setZoom(qreal zoom);
    /// Scrolls to the host and selects it.
    void showHost(const QString &id);

signals:
    void zoomChanged(qreal zoom);
    void modeChanged(portolan::DesignView::Mode mode);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    void scaleBy(qreal factor);
    void followReadOnly(bool readOnly);
    QString hostAt(const QPoint &viewPos) const;

    DesignScene *m_scene;
    Mode m_mode = Mode::Select;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
    QString m_linkSource;
    QGraphicsLineItem *m_linkLine = nullptr;
};

} // namespace portolan
