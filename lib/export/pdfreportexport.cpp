#include "pdfreportexport.h"

#include "pdfreport.h"

#include <QBuffer>

namespace portolan {

bool PdfReportExport::render(const ExportInput &input, QByteArray *data, QString *error) const
{
    QBuffer buffer(data);
    buffer.open(QIODevice::WriteOnly);
    return PdfReport(input).writePdf(&buffer, error);
}

} // namespace portolan
