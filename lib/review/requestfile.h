#pragma once

#include "base/flow.h"
#include "base/portset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace portolan {

/** A span of addresses of one family, both ends included: an address, a subnet or a range. */
struct AddressRange
{
    QHostAddress first;
    QHostAddress last;
};

/**
 * One side of a requested or running rule as it was written, before it is matched against a
 * design: any host, or host ids and names, zones and address ranges (one of them is enough),
 * possibly negated (every host with an address outside the ranges).
 */
struct SideSpec
{
    QString text; ///< as the file wrote it; "any" when the rule names no side
    bool any = true;
    bool negated = false;
    QList<AddressRange> ranges;
    QStringList names; ///< host ids or names (change requests)
    QStringList zones; ///< zone ids (change requests)
    int line = 0; ///< where the side is written, for errors found against the design
    int column = 0;
};

/** Bits of MatchSpec::protocols. */
enum ProtocolBit : quint8 { TcpBit = 1, UdpBit = 2, IcmpBit = 4, AllProtocolBits = 7 };

/**
 * What one rule (or one condition on the way to it: a jump, a RETURN) matches: two sides,
 * protocols, destination ports. The parts a design's flows do not describe (an interface, an ICMP
 * type, a rate limit) are named in `partial`: such a rule is reviewed as if it matched every packet
 * of its tuples, and never counts as hiding a later rule.
 */
struct MatchSpec
{
    SideSpec source;
    SideSpec destination;
    quint8 protocols = AllProtocolBits;
    PortSet ports = allPorts(); ///< tcp and udp destination ports
    PortSet sourcePorts; ///< empty: any source port
    QStringList partial;

    static PortSet allPorts() { return PortSet {{1, 65535}}; }
};

/**
 * One request: a row of a change request, or one rule of a firewall's rule set that allows or
 * blocks traffic. It covers what one of its `own` matches covers (an ASA rule on a service group
 * has one per service), within every one of its `conditions` (the jumps on the way to it, a second
 * condition on one side) and outside each of the `exclusions` (RETURN rules before it, gotos).
 */
struct RequestSpec
{
    QString id; ///< "CR-1042-1", "FORWARD:12", "acl outside_in line 4"
    int line = 0;
    int column = 1;
    // The fields as read, for the echo: addresses, subnets, set names expanded to their members.
    QString source;
    QString destination;
    QString protocol;
    QString ports;
    Action action = Action::Allow;
    QString comment;
    QList<QPair<QString, QString>> columns; ///< a change request's extra columns, in file order
    QString text; ///< a rule set's rule as written
    QStringList context; ///< how a rule set reaches the rule: jumps, RETURNs before it
    QList<MatchSpec> own;
    QList<MatchSpec> conditions;
    QList<MatchSpec> exclusions;
    int scope = 0; ///< index in RequestFile::scopes
};

/**
 * A change request or a firewall's rule set, read by content (RequestReader). Rule sets are
 * ordered: each rule only sees what the rules before it in its scope (a chain, an access list)
 * let through. A change request's rows stand alone.
 */
struct RequestFile
{
    enum class Format { ChangeRequest, Iptables, Nftables, Asa };
    /// How the scopes of a rule set combine.
    enum class Scopes {
        One, ///< one ordered list (a change request, iptables' FORWARD)
        EveryChain, ///< nftables: a packet passes when every forward base chain lets it through
        InterfaceLists, ///< ASA: interface access lists, then the global list, which sees them all
    };
    struct Scope
    {
        QString name;
        bool policyAccept = false; ///< what happens to what no rule decides
        bool global = false; ///< ASA's global list: sees the rules of every interface list before it
    };

    Format format = Format::ChangeRequest;
    Scopes scopes = Scopes::One;
    QList<Scope> scopeList = {Scope {}};
    QList<RequestSpec> requests;
    /// What the reader read and left aside (other tables, reply rules), for the report.
    QStringList notes;
    QString fileName;

    bool isRuleSet() const { return format != Format::ChangeRequest; }
    static QString formatName(Format format);
    static QString formatTitle(Format format);
};

/**
 * Reads a change request CSV, `iptables-save` output (with an optional `ipset save` section),
 * `nft -j list ruleset` JSON or a Cisco ASA configuration, recognised by content. Each reader is a
 * function of the bytes: on failure it returns false, leaves *file untouched and gives an error
 * "FILE:LINE:COLUMN: message".
 */
class RequestReader
{
    Q_DECLARE_TR_FUNCTIONS(RequestReader)

public:
    static bool read(const QByteArray &data, const QString &fileName, RequestFile *file, QString *error);
    static bool readFile(const QString &path, RequestFile *file, QString *error);

    static bool readChangeRequest(
        const QByteArray &data, const QString &fileName, RequestFile *file, QString *error);
    static bool readIptablesSave(
        const QByteArray &data, const QString &fileName, RequestFile *file, QString *error);
    static bool readNftJson(
        const QByteArray &data, const QString &fileName, RequestFile *file, QString *error);
    static bool readAsaConfig(
        const QByteArray &data, const QString &fileName, RequestFile *file, QString *error);
};

} // namespace portolan
