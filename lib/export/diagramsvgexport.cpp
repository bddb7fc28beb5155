#include "diagramsvgexport.h"

#include "diagrampainter.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace portolan {

bool DiagramSvgExport::render(const ExportInput &input, QByteArray *data, QString *error) const
{
    const DiagramPainter diagram(input.design);
    // SVG sizes are integers: the rule book keeps designs far inside their range, and anything
    // beyond it is refused rather than wrapped around.
    const QSizeF bounds = diagram.bounds().size();
    constexpr qreal MaxUnits = 1e9;
    if (!(bounds.width() <= MaxUnits && bounds.height() <= MaxUnits)) {
        *error = tr("The diagram is %1 x %2 canvas units, more than an SVG drawing can hold (%3 a side): "
                    "move the hosts and zones closer together.")
                     .arg(bounds.width(), 0, 'g', 3)
                     .arg(bounds.height(), 0, 'g', 3)
                     .arg(MaxUnits, 0, 'g', 3);
        return false;
    }
    const QSize size = bounds.toSize();
    QBuffer buffer(data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(72);
    const QString &name = input.design.name;
    generator.setTitle(name.isEmpty() ? tr("Untitled design") : name);
    generator.setDescription(name.isEmpty()
            ? tr("Network diagram of an untitled design, drawn by Portolan.")
            : tr("Network diagram of the design \"%1\", drawn by Portolan.").arg(name));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("The SVG drawing could not be started.");
        return false;
    }
    if (!input.options.advance(0, 1)) {
        *error = tr("The export was cancelled.");
        return false;
    }
    diagram.paint(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    input.options.advance(1, 1);
    return true;
}

} // namespace portolan
