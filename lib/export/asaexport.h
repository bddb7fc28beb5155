#pragma once

#include "exportformat.h"

namespace portolan {

/** Cisco ASA access lists, one per source zone (its ingress interface), with object-groups. */
class AsaExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(AsaExport)

public:
    QString id() const override { return QStringLiteral("asa"); }
    QString title() const override { return tr("Cisco ASA access lists"); }
    QString fileSuffix() const override { return QStringLiteral("asa"); }
    bool isText() const override { return true; }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;
};

} // namespace portolan
