#pragma once

#include "exportformat.h"

namespace portolan {

/** The firewall report as PDF (see PdfReport). */
class PdfReportExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportExport)

public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString title() const override { return tr("Firewall report (PDF)"); }
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;
};

} // namespace portolan
