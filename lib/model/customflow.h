#pragma once

#include "base/flow.h"

#include <QJsonObject>
#include <QString>

namespace portolan {

/**
 * A flow the catalog does not know, added by the designers with a reason: an admin PC to a UPS
 * card's web page, RDP to a jump host. The engine derives it as rule "custom.<id>" with the
 * reference "custom: <reason>", like a catalog flow, unless a block row or a one-way rule of the
 * catalog forbids it.
 */
struct CustomFlow
{
    QString id;
    QString source; ///< host id
    QString destination; ///< host id
    Protocol protocol = Protocol::Tcp;
    PortSet ports; ///< destination ports; empty for icmp
    QString service; ///< what it is for, as the matrix shows it; may be empty
    QString reason; ///< why it is needed (a change request, a maintenance contract); never empty
    QJsonObject extra; ///< unknown keys, kept for a lossless round trip

    /// The rule id the derived flow carries: "custom.<id>".
    QString ruleId() const { return QStringLiteral("custom.") + id; }
    /// The reference the derived flow carries: "custom: <reason>".
    QString reference() const { return QStringLiteral("custom: ") + reason; }
    /// True for a rule id that names a custom flow.
    static bool isCustomRule(QStringView rule) { return rule.startsWith(QLatin1String("custom.")); }

    friend bool operator==(const CustomFlow &, const CustomFlow &) = default;
};

} // namespace portolan
