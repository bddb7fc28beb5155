#include "diagrampngexport.h"

#include "diagrampainter.h"

#include <QBuffer>
#include <QPainter>

namespace portolan {

QImage DiagramPngExport::image(const Design &design, qreal scale)
{
    const DiagramPainter diagram(design);
    // Cap the picture at 16k pixels a side, whatever the estate.
    const QSizeF wanted = diagram.bounds().size() * scale;
    const qreal fit = std::min(1.0, 16000.0 / std::max(wanted.width(), wanted.height()));
    const QSize size = (wanted * fit).toSize();
    QImage image(size, QImage::Format_RGB32);
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
    const QImage picture = image(input.design, input.options.imageScale);
    QBuffer buffer(data);
    buffer.open(QIODevice::WriteOnly);
    if (picture.isNull() || !picture.save(&buffer, "PNG")) {
        *error = tr("The PNG picture could not be drawn.");
        return false;
    }
    return true;
}

} // namespace portolan
