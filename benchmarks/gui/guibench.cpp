// Times what a user waits for with a large design: the document taking the design (with its
// derivation), the canvas building its items, and painting one 1600x1000 frame at fit-to-view,
// at 100 % and after a pan; then edits: from the edit through the document (an undo command) to
// the flow matrix repainted with the new derivation, for a link added, a link removed and a
// parameter changed; then the large operations: delete every host (Ctrl+A, Delete) and its undo,
// Design > Arrange All, showing the flow arrows and one wheel zoom step with them shown, each
// until the canvas and the matrix show the result (the zoom step painted as the window paints
// it, and through QGraphicsView::render as the frames above). Runs offscreen; prints one line per
// figure (median of the runs). `portolan-gui-bench HOSTS edits` times the edits only (for a
// profiler).

#include "base/allocator.h"
#include "changevaluecommand.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "estategenerator.h"
#include "flowmatrixwidget.h"

#include "layout/autolayout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>

using namespace portolan;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double paintFrame(DesignView &view)
{
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    QPainter painter(&image);
    view.render(&painter, QRectF(0, 0, 1600, 1000), view.viewport()->rect());
    painter.end();
    return timer.nsecsElapsed() / 1e6;
}

/// Applies one edit and waits for the flow matrix to show it: the document derives, the table
/// updates, and the matrix paints one frame. Returns the milliseconds from edit to painted frame.
template <typename Edit> double editAndRepaint(Document &document, FlowMatrixWidget &matrix, Edit edit)
{
    QElapsedTimer timer;
    timer.start();
    edit();
    document.flushDerivation();
    QCoreApplication::processEvents();
    QImage image(matrix.size(), QImage::Format_ARGB32_Premultiplied);
    matrix.render(&image);
    return timer.nsecsElapsed() / 1e6;
}

/// Paints the view's viewport as the window does (QGraphicsView::paintEvent) into a pixmap.
double paintViewport(DesignView &view)
{
    QElapsedTimer timer;
    timer.start();
    const QPixmap pixmap = view.viewport()->grab();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    portolan::tuneAllocator();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int hosts = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int runs = 5;
    const bool editsOnly = argc > 2 && QByteArray(argv[2]) == "edits";
    const Design design = generateEstate(hosts);

    QList<double> open, scene, fit, actual, pan, pointer;
    int items = 0;
    qsizetype flows = 0;
    for (int run = 0; run < (editsOnly ? 0 : runs); ++run) {
        Document document;
        QElapsedTimer timer;
        timer.start();
        document.resetDesign(design);
        open.append(timer.nsecsElapsed() / 1e6);
        flows = document.derivation().flows.size();

        timer.restart();
        DesignScene designScene(&document);
        scene.append(timer.nsecsElapsed() / 1e6);
        items = int(designScene.items().size());

        DesignView view(&designScene);
        view.resize(1600, 1000);
        view.fitToView();
        fit.append(paintFrame(view));
        view.resetZoom();
        view.centerOn(designScene.itemsBoundingRect().center());
        actual.append(paintFrame(view));
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 400);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 250);
        pan.append(paintFrame(view));
        // What the pointer is over, as each hover and click asks: the items under 200 points.
        timer.restart();
        qsizetype found = 0;
        for (int i = 0; i < 200; ++i)
            found += view.items(QPoint((i * 37) % 1600, (i * 53) % 1000)).size();
        pointer.append(timer.nsecsElapsed() / 1e6 / 200);
        Q_ASSERT(found >= 0);
    }
    // Edits on one document with its canvas and flow matrix, as the editor shows them.
    QList<double> linkAdded, linkRemoved, paramChanged;
    {
        Document document;
        document.resetDesign(design);
        DesignScene designScene(&document);
        DesignView view(&designScene);
        view.resize(1600, 700);
        FlowMatrixWidget matrix(&document);
        matrix.resize(1600, 300);
        matrix.show();
        QCoreApplication::processEvents();
        // Workstations of the estate link to the VOS modules of other cells, and a VOS module
        // changes its max_open_server: edits whose flows land in the middle of the matrix.
        const QList<Host> &hosts = design.hosts();
        QStringList workstations, modules;
        for (const Host &host : hosts) {
            if (host.type == QLatin1String("workstation"))
                workstations.append(host.id);
            else if (host.type == QLatin1String("vos-module"))
                modules.append(host.id);
        }
        for (int run = 0; run < 3 * runs; ++run) {
            const QString workstation = workstations.at((run * 7919) % workstations.size());
            const QString module = modules.at((run * 104729 + 3) % modules.size());
            if (document.linkIndex(workstation, module) >= 0)
                continue;
            linkAdded.append(
                editAndRepaint(document, matrix, [&] { document.addLink(workstation, module); }));
            linkRemoved.append(editAndRepaint(document, matrix, [&] {
                document.removeItems({}, {{workstation, module}}, {});
            }));
            paramChanged.append(editAndRepaint(document, matrix, [&] {
                const Host before = *document.design().host(module);
                Host after = before;
                after.params.insert(QStringLiteral("max_open_server"), 20 + run);
                document.undoStack()->push(new ChangeHostCommand(&document, before, after,
                    QStringLiteral("max_open_server"), QStringLiteral("Change max_open_server")));
            }));
        }
    }

    // Large operations on one document with its canvas and matrix, as the editor shows them: each
    // figure runs from the command to the canvas and the matrix painted with its result.
    QList<double> deleteAll, undoDelete, layout, layoutOnly, showArrows, zoomStep, zoomStepRender;
    int arrows = 0;
    if (editsOnly) {
        std::printf("edit to repainted matrix (median of %lld each):\n", qlonglong(linkAdded.size()));
        std::printf("  link added:                         %8.1f ms\n", median(linkAdded));
        std::printf("  link removed:                       %8.1f ms\n", median(linkRemoved));
        std::printf("  parameter changed:                  %8.1f ms\n", median(paramChanged));
        return 0;
    }
    {
        Document document;
        document.resetDesign(design);
        DesignScene designScene(&document);
        DesignView view(&designScene);
        view.resize(1600, 700);
        FlowMatrixWidget matrix(&document);
        matrix.resize(1600, 300);
        matrix.show();
        view.fitToView();
        QCoreApplication::processEvents();
        const auto settle = [&] {
            document.flushDerivation();
            QCoreApplication::processEvents();
            QImage image(matrix.size(), QImage::Format_ARGB32_Premultiplied);
            matrix.render(&image);
            paintFrame(view);
        };
        QStringList hostIds;
        for (const Host &host : design.hosts())
            hostIds.append(host.id);
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            designScene.selectAll();
            document.removeItems(
                designScene.selectedHostIds(), designScene.selectedLinks(), designScene.selectedZoneIds());
            settle();
            deleteAll.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            document.undoStack()->undo();
            settle();
            undoDelete.append(timer.nsecsElapsed() / 1e6);
        }
        for (int run = 0; run < 3; ++run) {
            // Arrange All from the estate's own places, then back (undo is not what is timed).
            QElapsedTimer timer;
            timer.start();
            const std::optional<AutoLayout::Result> result
                = AutoLayout::arrange(document.design(), AutoLayout::Mode::RedoAll);
            layoutOnly.append(timer.nsecsElapsed() / 1e6);
            document.applyLayout(*result, AutoLayout::Mode::RedoAll);
            settle();
            layout.append(timer.nsecsElapsed() / 1e6);
            document.undoStack()->undo();
            settle();
        }
        for (int run = 0; run < 3; ++run) {
            designScene.setFlowsShown(false);
            settle();
            view.fitToView();
            QElapsedTimer timer;
            timer.start();
            designScene.setFlowsShown(true);
            settle();
            showArrows.append(timer.nsecsElapsed() / 1e6);
            arrows = designScene.flowArrowCount();
            // One notch of the wheel, zooming in at the view's centre, and the frame painted as
            // the window paints it (QGraphicsView::paintEvent); then again from the fitted view,
            // painted through QGraphicsView::render as the lines above are.
            const QPointF centre = view.viewport()->rect().center();
            for (const bool windowPaint : {true, false}) {
                view.fitToView();
                settle();
                for (int notch = 0; notch < 3; ++notch) {
                    QWheelEvent wheel(centre, view.viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                    timer.restart();
                    QCoreApplication::sendEvent(view.viewport(), &wheel);
                    QCoreApplication::processEvents();
                    if (windowPaint)
                        paintViewport(view);
                    else
                        paintFrame(view);
                    (windowPaint ? zoomStep : zoomStepRender).append(timer.nsecsElapsed() / 1e6);
                }
            }
        }
    }

    std::printf("design: %d hosts, %lld links, %lld flows; scene items: %d (median of %d runs)\n", hosts,
        qlonglong(design.links().size()), qlonglong(flows), items, runs);
    std::printf("open into document (with derivation): %8.1f ms\n", median(open));
    std::printf("build the scene:                      %8.1f ms\n", median(scene));
    std::printf("paint one 1600x1000 frame, fit:       %8.1f ms\n", median(fit));
    std::printf("paint one frame at 100 %%:             %8.1f ms\n", median(actual));
    std::printf("paint one frame after a pan at 100 %%: %8.1f ms\n", median(pan));
    std::printf("items under the pointer at 100 %%:     %8.2f ms\n", median(pointer));
    std::printf("edit to repainted matrix (median of %lld each):\n", qlonglong(linkAdded.size()));
    std::printf("  link added:                         %8.1f ms\n", median(linkAdded));
    std::printf("  link removed:                       %8.1f ms\n", median(linkRemoved));
    std::printf("  parameter changed:                  %8.1f ms\n", median(paramChanged));
    std::printf("large operations, to canvas and matrix repainted (median of 3; zoom of 9):\n");
    std::printf("  delete every host:                  %8.1f ms\n", median(deleteAll));
    std::printf("  undo the delete:                    %8.1f ms\n", median(undoDelete));
    std::printf("  layout:                             %8.1f ms (Arrange All; the layout itself %.1f ms)\n",
        median(layout), median(layoutOnly));
    std::printf("  show flow arrows:                   %8.1f ms (%d arrows)\n", median(showArrows), arrows);
    std::printf("  wheel zoom step, arrows shown:      %8.1f ms (painted through render: %.1f ms)\n",
        median(zoomStep), median(zoomStepRender));
    return 0;
}
