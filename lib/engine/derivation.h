#pragma once

#include "base/flow.h"
#include "catalog/catalog.h"

#include <QList>
#include <QString>

namespace portolan {

/** An error or warning about the design itself. */
struct Finding
{
    Severity severity = Severity::Warning;
    QList<int> hosts; ///< host indexes the finding is about
    int link = -1; ///< link index, when it is about a link
    QString rule; ///< catalog rule id, or a built-in check id ("design.link-meaning")
    QString message;
    QString category = {}; ///< "security" for security notes, else empty

    bool isSecurityNote() const { return category == QLatin1String("security"); }

    friend bool operator==(const Finding &, const Finding &) = default;
};

/** The ephemeral port range of a host, for stateless rules and the report. */
struct EphemeralRange
{
    int host = -1;
    Protocol protocol = Protocol::Tcp;
    PortSet ports;
    QString reference;

    friend bool operator==(const EphemeralRange &, const EphemeralRange &) = default;
};

/** What the rule engine derives from a design: flows and blocks, findings, ephemeral ranges. */
struct Derivation
{
    QList<Flow> flows;
    QList<Finding> findings;
    QList<EphemeralRange> ephemeral;

    bool hasErrors() const;
    qsizetype count(Severity severity) const;
};

} // namespace portolan
