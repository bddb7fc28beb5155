#pragma once

#include "exportformat.h"

namespace portolan {

/** An nftables script (inet family, one forward chain, named sets); `nft -c -f` accepts it. */
class NftablesExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(NftablesExport)

public:
    QString id() const override { return QStringLiteral("nft"); }
    QString title() const override { return tr("nftables rule set"); }
    QString fileSuffix() const override { return QStringLiteral("nft"); }
    bool isText() const override { return true; }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;
};

} // namespace portolan
