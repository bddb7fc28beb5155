#pragma once

#include "exportformat.h"

namespace portolan {

/**
 * The firewall matrix as CSV: one row per flow, zone pair first, sorted by zone pair (in the
 * design's zone order; block rows from any source last), RFC 4180, UTF-8, formula-safe cells.
 */
class CsvMatrixExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(CsvMatrixExport)

public:
    QString id() const override { return QStringLiteral("csv"); }
    QString title() const override { return tr("Firewall matrix (CSV)"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    bool isText() const override { return true; }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;
};

} // namespace portolan
