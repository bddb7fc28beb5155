#include "diagrampngexport.h"

#include "diagrampainter.h"

#include <QBuffer>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace portolan {

QSize DiagramPngExport::pictureSize(const QSizeF &bounds, qreal scale)
{
    // Clamp the picture to MaxSide pixels a side and MaxPixels in all (256 MiB of RGB32), whatever
    // the estate: a design at the edges of the canvas would otherwise ask for gigabytes.
    const QSizeF wanted = bounds * scale;
    if (!(wanted.width() > 0 && wanted.height() > 0) || !std::isfinite(wanted.width())
        || !std::isfinite(wanted.height()))
        return QSize();
    const qreal side = std::min(1.0, MaxSide / std::max(wanted.width(), wanted.height()));
    const qreal area = std::min(1.0, std::sqrt(MaxPixels / (wanted.width() * wanted.height())));
    const QSizeF fitted = wanted * std::min(side, area);
    return QSize(int(std::floor(fitted.width())), int(std::floor(fitted.height())));
}

QImage DiagramPngExport::image(const Design &design, qreal scale)
{
    const DiagramPainter diagram(design);
    const QSize size = pictureSize(diagram.bounds().size(), scale);
    if (size.isEmpty())
        return QImage();
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull())
        return image; // out of memory
    // Canvas units are points: 72 dots per inch keeps font sizes as the SVG and PDF have them.
    image.setDotsPerMeterX(2835);
    image.setDotsPerMeterY(2835);
    image.fill(Qt::white);
    QPainter painter(&image);
    diagram.paint(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

bool DiagramPngExport::render(const ExportInput &input, QByteArray *data, QString *error) const
{
    const QSizeF bounds = DiagramPainter(input.design).bounds().size();
    const QSize size = pictureSize(bounds, input.options.imageScale);
    if (size.isEmpty()) {
        *error
            = tr("The PNG picture would be smaller than one pixel at a scale of %1: choose a larger scale.")
                  .arg(input.options.imageScale);
        return false;
    }
    // Three steps: draw, encode, done; Cancel is heard between them.
    if (!input.options.advance(0, 3)) {
        *error = tr("The export was cancelled.");
        return false;
    }
    const QImage picture = image(input.design, input.options.imageScale);
    if (picture.isNull()) {
        *error = tr("The PNG picture of %1 x %2 pixels could not be allocated: export SVG or PDF instead, or "
                    "choose a smaller scale.")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    if (!input.options.advance(1, 3)) {
        *error = tr("The export was cancelled.");
        return false;
    }
    QBuffer buffer(data);
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, "PNG")) {
        *error = tr("The PNG picture of %1 x %2 pixels could not be encoded.")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    input.options.advance(3, 3);
    return true;
}

} // namespace portolan
