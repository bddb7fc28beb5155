#pragma once

#include "exportformat.h"

namespace portolan {

/** The diagram as SVG (vectors, text kept as text). */
class DiagramSvgExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(DiagramSvgExport)

public:
    QString id() const override { return QStringLiteral("svg"); }
    QString title() const override { return tr("Diagram (SVG)"); }
    QString fileSuffix() const override { return QStringLiteral("svg"); }
    bool isText() const override { return true; }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;
};

} // namespace portolan
