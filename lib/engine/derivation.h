#pragma once

#include "base/flow.h"
#include "catalog/catalog.h"

#include <QList>
#include <QString>

namespace portolan {

class Design;

/** A place in a finding's message where it names a host or a zone by its id. */
struct Mention
{
    enum Kind { Host, Zone };
    Kind kind = Host;
    qsizetype start = 0; ///< in Finding::message
    qsizetype length = 0;
    int host = -1; ///< the host's index, for a host
    QString zone; ///< the zone's id, for a zone

    friend bool operator==(const Mention &, const Mention &) = default;
};

/** An error or warning about the design itself. */
struct Finding
{
    Severity severity = Severity::Warning;
    QList<int> hosts; ///< host indexes the finding is about
    int link = -1; ///< link index, when it is about a link
    QString rule; ///< catalog rule id, or a built-in check id ("design.link-meaning")
    /// Names hosts and zones by id: the form machine-readable output keeps (the CLI's JSON and
    /// text, whose `hosts` are ids too).
    QString message;
    QString category = {}; ///< "security" for security notes, else empty
    /// Where the message names hosts and zones, in order.
    QList<Mention> mentions = {};

    bool isSecurityNote() const { return category == QLatin1String("security"); }
    /// The message as people read it (the editor, the report): hosts and zones by their names in
    /// `design`, the design the finding was derived from.
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
    QList<Flow> flows;
    QList<Finding> findings;
    QList<EphemeralRange> ephemeral;

    bool hasErrors() const;
    qsizetype count(Severity severity) const;
};

} // namespace portolan
