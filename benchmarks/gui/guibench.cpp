// Times what a user waits for with a large design: the document taking the design (with its
// derivation), the canvas building its items, and painting one 1600x1000 frame at fit-to-view,
// at 100 % and after a pan. Runs offscreen; prints one line per figure (median of the runs).

#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "estategenerator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int hosts = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int runs = 5;
    const Design design = generateEstate(hosts);

    QList<double> open, scene, fit, actual, pan;
    int items = 0;
    qsizetype flows = 0;
    for (int run = 0; run < runs; ++run) {
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
    }
    std::printf("design: %d hosts, %lld links, %lld flows; scene items: %d (median of %d runs)\n", hosts,
        qlonglong(design.links().size()), qlonglong(flows), items, runs);
    std::printf("open into document (with derivation): %8.1f ms\n", median(open));
    std::printf("build the scene:                      %8.1f ms\n", median(scene));
    std::printf("paint one 1600x1000 frame, fit:       %8.1f ms\n", median(fit));
    std::printf("paint one frame at 100 %%:             %8.1f ms\n", median(actual));
    std::printf("paint one frame after a pan at 100 %%: %8.1f ms\n", median(pan));
    return 0;
}
