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

    /// The most pixels a side and in all a picture has: larger ones are drawn smaller to fit.
    static constexpr qreal MaxSide = 16000;
    static constexpr qreal MaxPixels = 64e6;

    /// The picture itself, for a preview; null when it cannot be drawn (see render()'s message).
    static QImage image(const Design &design, qreal scale);
    /// The size of the picture of a diagram of `bounds` canvas units at `scale`, clamped to the
    /// limits; empty when it would be less than a pixel.
    static QSize pictureSize(const QSizeF &bounds, qreal scale);
};

} // namespace portolan
