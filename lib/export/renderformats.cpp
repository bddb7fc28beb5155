#include "renderformats.h"

#include "diagrampngexport.h"
#include "diagramsvgexport.h"
#include "pdfreportexport.h"

namespace portolan {

void registerRenderFormats()
{
    static const PdfReportExport pdf;
    static const DiagramSvgExport svg;
    static const DiagramPngExport png;
    ExportFormat::registerFormat(&pdf);
    ExportFormat::registerFormat(&svg);
    ExportFormat::registerFormat(&png);
}

} // namespace portolan
