#pragma once

#include "exportformat.h"

namespace portolan {

/**
 * An iptables-restore file of the filter table (IPv4). IPv6 rules follow as commented
 * ip6tables lines, since one restore file holds one family; the nftables export covers both.
 */
class IptablesExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(IptablesExport)

public:
    QString id() const override { return QStringLiteral("iptables"); }
    QString title() const override { return tr("iptables-restore rule set"); }
    QString fileSuffix() const override { return QStringLiteral("rules"); }
    bool isText() const override { return true; }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;
};

} // namespace portolan
