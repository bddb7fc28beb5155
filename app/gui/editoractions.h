#pragma once

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QRectF>

#include <functional>

class QAbstractItemView;
class QAction;
class QModelIndex;
class QMenu;

namespace portolan {

class Clipboard;
class DesignScene;
class DesignView;
class Document;

/**
 * What users of a diagram editor expect around the canvas: arrow keys nudge the selection (Shift:
 * further), zoom to the selection, align and distribute, and context menus on hosts, links, zones
 * and the empty canvas. Every change goes through the document as one undo step; nudges of the
 * same selection in a burst merge into one.
 */
class EditorActions : public QObject
{
    Q_OBJECT

public:
    static constexpr qreal NudgeStep = 1;
    static constexpr qreal LargeNudgeStep = 10;

    enum class Align { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

    /// What a context menu item asks of the window: show the Properties or the Flow matrix dock,
    /// open the Add Custom Flow dialog with a source and a destination (host ids, may be empty).
    struct Callbacks
    {
        std::function<void()> showProperties;
        std::function<void()> showFlows;
        std::function<void(const QString &source, const QString &destination)> addCustomFlow;
    };

    EditorActions(Document *document, DesignScene *scene, DesignView *view, Clipboard *clipboard,
        const Callbacks &callbacks, QObject *parent = nullptr);

    /// By object name: nudgeLeft, nudgeRightFar, ..., zoomSelection, alignLeft, ...,
    /// distributeHorizontally, distributeVertically.
    QAction *action(const QString &name) const;
    /// The Align submenu: align and distribute.
    QMenu *alignMenu() const { return m_alignMenu; }

    /// Moves the selected hosts and zones (a zone with its hosts); false when nothing moved.
    bool nudge(qreal dx, qreal dy);
    /// Lines up the selected hosts and zones on the outermost edge (or the middle) of them all.
    bool align(Align how);
    /// Spaces the selected hosts and zones evenly between the outermost two.
    bool distribute(Qt::Orientation orientation);
    /// Zooms and scrolls so the selection fills the view; false when nothing is selected.
    bool zoomToSelection();
    /// Shows a scene rectangle, zoomed in at most to twice the actual size.
    void zoomTo(const QRectF &rect);
    /// The context menu for a point of the view's viewport, filled for what lies there.
    QMenu *createContextMenu(const QPoint &viewportPos, QWidget *parent);
    /// Gives the flow matrix's rows a context menu: select the two hosts, zoom to them, properties.
    void attachFlowMatrix(QAbstractItemView *rows);
    /// The context menu of a flow matrix row (an index of `rows`' model).
    QMenu *createRowMenu(const QModelIndex &row, QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The canvas rectangle of a selected item: a host's card, a zone's area.
    QRectF hostRect(const QString &id) const;
    QRectF zoneRect(const QString &id) const;
    /// Moves hosts and zones by their deltas as one undo step (a nudge may merge).
    bool moveBy(const QHash<QString, QPointF> &hosts, const QHash<QString, QPointF> &zones, bool nudge);
    void updateEnabled();

    Document *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    Clipboard *m_clipboard;
    Callbacks m_callbacks;
    QHash<QString, QAction *> m_actions;
    QMenu *m_alignMenu = nullptr;
};

} // namespace portolan
