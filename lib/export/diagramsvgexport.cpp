#include "diagramsvgexport.h"

#include "diagrampainter.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace portolan {

bool DiagramSvgExport::render(const ExportInput &input, QByteArray *data, QString *error) const
{
    const DiagramPainter diagram(input.design);
    const QSize size = diagram.bounds().size().toSize();
    QBuffer buffer(data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(72);
    generator.setTitle(input.design.name);
    generator.setDescription(
        tr("Network diagram of the design \"%1\", drawn by Portolan.").arg(input.design.name));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("The SVG drawing could not be started.");
        return false;
    }
    diagram.paint(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return true;
}

} // namespace portolan
