#pragma once

#include "changereview.h"
#include "exportformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace portolan {

/**
 * A design change as something a firewall administrator applies to the rule set of the old design,
 * each line carrying its rule id and the design changes that cause it:
 *
 * - iptables: a file for `iptables-restore --noflush` of -D and -A lines (with -N and -X for the
 *   zone-pair chains that come and go). Applied to a firewall loaded from the old design's iptables
 *   export, it gives exactly the new design's export: in a chain whose new rules do not simply
 *   follow the rules it keeps, the kept rules after the first new one are deleted and appended
 *   again, so the order is the new export's.
 * - ASA: `no access-list` and `access-list` lines, with the object-group members that come and go;
 *   new blocks are appended before the global list's final deny.
 * - nftables: the whole new table (nft replaces it atomically), preceded by the list of what changed
 *   as comments.
 *
 * Rule sets need every host's address: a delta with placeholders could not be applied.
 */
class RuleSetDelta
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetDelta)

public:
    static bool iptables(const ChangeReview &review, QByteArray *data, QString *error);
    static bool asa(const ChangeReview &review, QByteArray *data, QString *error);
    /// `options` as for the nftables export of the new design (its date).
    static bool nftables(
        const ChangeReview &review, const ExportOptions &options, QByteArray *data, QString *error);
};

} // namespace portolan
