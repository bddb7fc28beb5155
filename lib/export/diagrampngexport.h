#pragma once

#include "exportformat.h"

#include <QImage>

namespace portolan {

/** The diagram as a PNG picture, ExportOptions::imageScale pixels per canvas unit. */
class DiagramPngExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(DiagramPngExport)

public:
    QString id() const override { return QStringLiteral("png"); }
    QString title() const override { return tr("Diagram (PNG)"); }
    QString fileSuffix() const override { return QStringLiteral("png"); }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;

    /// The picture itself, for a preview.
    static QImage image(const Design &design, qreal scale);
};

} // namespace portolan
