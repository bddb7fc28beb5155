#pragma once

#include "base/flow.h"
#include "catalog/catalog.h"

#include <QList>
#include <QString>

namespace portolan {

class Design;

/**
 * A place in a finding's message that names a host or a zone by its id: what lets the editor and
 * the report show the name people gave it while machine-readable output keeps the id.
 */
struct Mention
{
    enum Kind { Host, Zone };
    Kind kind = Host;
    qsizetype start = 0; ///< in Finding::message
    qsizetype length = 0;
    QString id; ///< the host's or the zone's id

    friend bool operator==(const Mention &, const Mention &) = default;
};

/** An error or warning about the design itself. */
struct Finding
{
    Severity severity = Severity::Warning;
    QList<int> hosts; ///< host indexes the finding is about
    int link = -1; ///< link index, when it is about a link
    QString rule; ///< catalog rule id, or a built-in check id ("design.link-meaning")
    /// Names hosts and zones by id, as machine-readable output (the CLI's JSON, CSV, text) has them.
    QString message;
    QString category = {}; ///< "security" for security notes, else empty
    QList<Mention> mentions = {}; ///< where the message names hosts and zones, in order

    bool isSecurityNote() const { return category == QLatin1String("security"); }
    /// The message as people read it: each host and zone it names by its name in `design` (the
    /// id when it has no name, or when `design` no longer has it).
    QString text(const Design &design) const;

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
    QList<Flow> flows; ///< allowed rows by source in design order, then block rows by destination
    QList<Finding> findings;
    QList<EphemeralRange> ephemeral;

    bool hasErrors() const;
    qsizetype count(Severity severity) const;
};

} // namespace portolan

Q_DECLARE_TYPEINFO(portolan::Mention, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(portolan::Finding, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(portolan::EphemeralRange, Q_RELOCATABLE_TYPE);
