// iptables-save output: the filter table's FORWARD chain and the user chains it reaches, with an
// optional `ipset save` section (create and add lines) before or after it giving the members of the
// sets that -m set --match-set names.
#include "readersupport.h"
#include "requestfile.h"

#include <QHash>
#include <QSet>

namespace portolan {

using review::ReaderSupport;
using Problem = ReaderSupport::Problem;
using Token = ReaderSupport::Token;

namespace {

struct Ipset
{
    QString name;
    QString type;
    int line = 0;
    int column = 0;
    QList<AddressRange> members;
    QStringList memberSets; ///< list:set
};

enum class Target { None, Accept, Drop, Reject, Return, Jump, Goto, Other };

struct Rule
{
    int line = 0;
    int position = 0; ///< 1-based, as iptables -L --line-numbers counts
    QString chain;
    QString text;
    MatchSpec match;
    QList<MatchSpec> extra; ///< a second condition on a side (-s and a set)
    Target target = Target::None;
    QString targetName;
    int targetColumn = 0;
    bool repliesOnly = false; ///< a state match that new connections never satisfy
    QString comment;
    QString protocolText = QStringLiteral("any");
    QString portsText;

    QString id() const { return chain + QLatin1Char(':') + QString::number(position); }
};

struct Chain
{
    QString name;
    QString policy; ///< "-" for a user chain
    int line = 0;
    QList<Rule> rules;
};

/// Options of matches Portolan reads but cannot weigh against flows, with how many values follow.
const QHash<QString, int> &partialOptions()
{
    static const QHash<QString, int> options = {
        // conntrack beyond the state
        {QStringLiteral("--ctstatus"), 1},
        {QStringLiteral("--ctproto"), 1},
        {QStringLiteral("--ctorigsrc"), 1},
        {QStringLiteral("--ctorigdst"), 1},
        {QStringLiteral("--ctreplsrc"), 1},
        {QStringLiteral("--ctrepldst"), 1},
        {QStringLiteral("--ctorigsrcport"), 1},
        {QStringLiteral("--ctorigdstport"), 1},
        {QStringLiteral("--ctreplsrcport"), 1},
        {QStringLiteral("--ctrepldstport"), 1},
        {QStringLiteral("--ctexpire"), 1},
        {QStringLiteral("--ctdir"), 1},
        // tcp, icmp
        {QStringLiteral("--tcp-flags"), 2},
        {QStringLiteral("--tcp-option"), 1},
        {QStringLiteral("--icmp-type"), 1},
        {QStringLiteral("--icmpv6-type"), 1},
        // limit, hashlimit, connlimit, recent
        {QStringLiteral("--limit"), 1},
        {QStringLiteral("--limit-burst"), 1},
        {QStringLiteral("--hashlimit"), 1},
        {QStringLiteral("--hashlimit-upto"), 1},
        {QStringLiteral("--hashlimit-above"), 1},
        {QStringLiteral("--hashlimit-burst"), 1},
        {QStringLiteral("--hashlimit-mode"), 1},
        {QStringLiteral("--hashlimit-name"), 1},
        {QStringLiteral("--hashlimit-htable-size"), 1},
        {QStringLiteral("--hashlimit-htable-max"), 1},
        {QStringLiteral("--hashlimit-htable-expire"), 1},
        {QStringLiteral("--hashlimit-htable-gcinterval"), 1},
        {QStringLiteral("--hashlimit-srcmask"), 1},
        {QStringLiteral("--hashlimit-dstmask"), 1},
        {QStringLiteral("--connlimit-above"), 1},
        {QStringLiteral("--connlimit-upto"), 1},
        {QStringLiteral("--connlimit-mask"), 1},
        {QStringLiteral("--connlimit-saddr"), 0},
        {QStringLiteral("--connlimit-daddr"), 0},
        {QStringLiteral("--name"), 1},
        {QStringLiteral("--set"), 0},
        {QStringLiteral("--rcheck"), 0},
        {QStringLiteral("--update"), 0},
        {QStringLiteral("--remove"), 0},
        {QStringLiteral("--seconds"), 1},
        {QStringLiteral("--hitcount"), 1},
        {QStringLiteral("--rttl"), 0},
        {QStringLiteral("--rsource"), 0},
        {QStringLiteral("--rdest"), 0},
        {QStringLiteral("--reap"), 0},
        {QStringLiteral("--mask"), 1},
        // other matches
        {QStringLiteral("--mac-source"), 1},
        {QStringLiteral("--mark"), 1},
        {QStringLiteral("--src-type"), 1},
        {QStringLiteral("--dst-type"), 1},
        {QStringLiteral("--limit-iface-in"), 0},
        {QStringLiteral("--limit-iface-out"), 0},
        {QStringLiteral("--physdev-in"), 1},
        {QStringLiteral("--physdev-out"), 1},
        {QStringLiteral("--physdev-is-in"), 0},
        {QStringLiteral("--physdev-is-out"), 0},
        {QStringLiteral("--physdev-is-bridged"), 0},
        {QStringLiteral("--uid-owner"), 1},
        {QStringLiteral("--gid-owner"), 1},
        {QStringLiteral("--pkt-type"), 1},
        {QStringLiteral("--length"), 1},
        {QStringLiteral("--dscp"), 1},
        {QStringLiteral("--dscp-class"), 1},
        {QStringLiteral("--tos"), 1},
        {QStringLiteral("--ttl-eq"), 1},
        {QStringLiteral("--ttl-gt"), 1},
        {QStringLiteral("--ttl-lt"), 1},
        {QStringLiteral("--hl-eq"), 1},
        {QStringLiteral("--hl-gt"), 1},
        {QStringLiteral("--hl-lt"), 1},
        {QStringLiteral("--timestart"), 1},
        {QStringLiteral("--timestop"), 1},
        {QStringLiteral("--days"), 1},
        {QStringLiteral("--weekdays"), 1},
        {QStringLiteral("--monthdays"), 1},
        {QStringLiteral("--datestart"), 1},
        {QStringLiteral("--datestop"), 1},
        {QStringLiteral("--kerneltz"), 0},
        {QStringLiteral("--utc"), 0},
        {QStringLiteral("--contiguous"), 0},
        {QStringLiteral("--packets-eq"), 1},
        {QStringLiteral("--packets-gt"), 1},
        {QStringLiteral("--packets-lt"), 1},
        {QStringLiteral("--bytes-eq"), 1},
        {QStringLiteral("--bytes-gt"), 1},
        {QStringLiteral("--bytes-lt"), 1},
    };
    return options;
}

/// Targets that let the packet go on to the next rule: logging, marking.
bool isContinuingTarget(const QString &target)
{
    static const QSet<QString> targets = {QStringLiteral("LOG"), QStringLiteral("NFLOG"),
        QStringLiteral("ULOG"), QStringLiteral("MARK"), QStringLiteral("CONNMARK"),
        QStringLiteral("CLASSIFY"), QStringLiteral("TCPMSS"), QStringLiteral("AUDIT"), QStringLiteral("CT"),
        QStringLiteral("NOTRACK"), QStringLiteral("TRACE"), QStringLiteral("SET"), QStringLiteral("TEE"),
        QStringLiteral("DSCP"), QStringLiteral("TOS"), QStringLiteral("TTL"), QStringLiteral("HL"),
        QStringLiteral("CHECKSUM"), QStringLiteral("CONNSECMARK"), QStringLiteral("SECMARK"),
        QStringLiteral("IDLETIMER"), QStringLiteral("LED"), QStringLiteral("RATEEST")};
    return targets.contains(target);
}

class IptablesParser
{
public:
    explicit IptablesParser(const QString &fileName)
        : m_fileName(fileName)
    { }

    bool parse(const QString &text, RequestFile *out)
    {
        const QStringList lines = ReaderSupport::lines(text);
        QString table;
        int tableLine = 0;
        for (int n = 0; n < lines.size(); ++n) {
            const int line = n + 1;
            const QString &raw = lines.at(n);
            const QString trimmed = raw.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                continue;
            const int indent = int(raw.indexOf(trimmed.front())) + 1;
            if (trimmed.startsWith(QLatin1Char('*'))) {
                if (!table.isEmpty())
                    return fail(line, indent,
                        RequestReader::tr("the table \"%1\" starts before the table \"%2\" of line %3 is "
                                          "committed.")
                            .arg(trimmed.mid(1), table)
                            .arg(tableLine));
                table = trimmed.mid(1).trimmed();
                tableLine = line;
                if (table == QLatin1String("filter")) {
                    if (m_sawFilter)
                        return fail(line, indent, RequestReader::tr("the filter table is given twice."));
                    m_sawFilter = true;
                } else {
                    if (!m_otherTables.contains(table))
                        m_otherTables.append(table);
                }
                continue;
            }
            if (trimmed == QLatin1String("COMMIT")) {
                if (table.isEmpty())
                    return fail(line, indent, RequestReader::tr("COMMIT outside a table."));
                table.clear();
                continue;
            }
            QList<Token> tokens;
            Problem problem;
            if (!ReaderSupport::tokens(raw, &tokens, &problem))
                return fail(line, problem.column, problem.message);
            // iptables-save -c puts the counters first: "[5:300] -A FORWARD ...".
            if (!tokens.isEmpty() && tokens.front().text.startsWith(QLatin1Char('['))
                && tokens.front().text.endsWith(QLatin1Char(']')))
                tokens.removeFirst();
            if (tokens.isEmpty())
                continue;
            if (table.isEmpty()) {
                if (!parseIpsetLine(tokens, line))
                    return false;
                continue;
            }
            if (table != QLatin1String("filter")) {
                if (!tokens.front().text.startsWith(QLatin1Char(':'))
                    && tokens.front().text != QLatin1String("-A"))
                    return fail(line, tokens.front().column,
                        RequestReader::tr("\"%1\" is not a line of iptables-save output.")
                            .arg(tokens.front().text));
                continue;
            }
            if (tokens.front().text.startsWith(QLatin1Char(':'))) {
                if (!parseChainLine(tokens, line))
                    return false;
                continue;
            }
            if (tokens.front().text == QLatin1String("-A")
                || tokens.front().text == QLatin1String("--append")) {
                if (!parseRuleLine(tokens, raw, line))
                    return false;
                continue;
            }
            return fail(line, tokens.front().column,
                RequestReader::tr("\"%1\" is not a line of iptables-save output (a chain \":NAME POLICY\", a "
                                  "rule \"-A CHAIN ...\" or COMMIT).")
                    .arg(tokens.front().text));
        }
        if (!table.isEmpty())
            return fail(tableLine, 1,
                RequestReader::tr("the table \"%1\" that starts here is never committed (COMMIT).")
                    .arg(table));
        if (!m_sawFilter)
            return fail(1, 1,
                RequestReader::tr("the file has no filter table (*filter); Portolan reviews the filter "
                                  "table's FORWARD chain as iptables-save writes it."));
        if (!m_chains.contains(QStringLiteral("FORWARD")))
            return fail(1, 1, RequestReader::tr("the filter table has no FORWARD chain."));
        return build(out);
    }

    const Problem &problem() const { return m_problem; }

private:
    bool fail(int line, int column, const QString &message)
    {
        m_problem = {line, column, message};
        return false;
    }

    bool parseIpsetLine(const QList<Token> &tokens, int line)
    {
        const QString &command = tokens.front().text;
        if (command == QLatin1String("create") || command == QLatin1String("-N")) {
            if (tokens.size() < 3)
                return fail(line, tokens.front().column,
                    RequestReader::tr("\"create\" needs a set name and a type."));
            Ipset set;
            set.name = tokens.at(1).text;
            set.type = tokens.at(2).text;
            set.line = line;
            set.column = tokens.at(1).column;
            if (m_sets.contains(set.name))
                return fail(line, tokens.at(1).column,
                    RequestReader::tr("the set \"%1\" is created twice.").arg(set.name));
            m_sets.insert(set.name, set);
            return true;
        }
        if (command == QLatin1String("add") || command == QLatin1String("-A")) {
            if (tokens.size() < 3)
                return fail(
                    line, tokens.front().column, RequestReader::tr("\"add\" needs a set name and a member."));
            const QString &name = tokens.at(1).text;
            if (!m_sets.contains(name))
                return fail(line, tokens.at(1).column,
                    RequestReader::tr("the set \"%1\" is not created before this line.").arg(name));
            Ipset &set = m_sets[name];
            const Token &member = tokens.at(2);
            for (int t = 3; t < tokens.size(); ++t) {
                if (tokens.at(t).text == QLatin1String("nomatch"))
                    return fail(line, tokens.at(t).column,
                        RequestReader::tr("\"nomatch\" members are not supported; list the addresses the set "
                                          "matches."));
            }
            if (set.type == QLatin1String("list:set")) {
                set.memberSets.append(member.text);
                return true;
            }
            if (!isAddressSet(set.type))
                return true; // refused when a rule uses it
            AddressRange range;
            if (!ReaderSupport::parseAddresses(member.text, &range))
                return fail(line, member.column,
                    RequestReader::tr("\"%1\" is not an address, subnet or range of addresses.")
                        .arg(member.text));
            set.members.append(range);
            return true;
        }
        if (command == QLatin1String("flush") || command == QLatin1String("destroy"))
            return true;
        return fail(line, tokens.front().column,
            RequestReader::tr("\"%1\" is not a line of iptables-save output, and outside a table only the "
                              "create and add lines of ipset save may stand.")
                .arg(command));
    }

    static bool isAddressSet(const QString &type)
    {
        return type == QLatin1String("hash:ip") || type == QLatin1String("hash:net")
            || type == QLatin1String("bitmap:ip");
    }

    bool parseChainLine(const QList<Token> &tokens, int line)
    {
        Chain chain;
        chain.name = tokens.front().text.mid(1);
        chain.policy = tokens.value(1).text;
        chain.line = line;
        if (chain.name.isEmpty() || chain.policy.isEmpty())
            return fail(line, tokens.front().column,
                RequestReader::tr("a chain line reads \":NAME POLICY [packets:bytes]\"."));
        if (m_chains.contains(chain.name))
            return fail(line, tokens.front().column,
                RequestReader::tr("the chain \"%1\" is declared twice.").arg(chain.name));
        m_chains.insert(chain.name, chain);
        return true;
    }

    bool readAddresses(const Token &token, bool negated, SideSpec *side)
    {
        side->any = false;
        side->negated = negated;
        side->line = m_line;
        side->column = token.column;
        for (const QString &piece : token.text.split(QLatin1Char(','))) {
            AddressRange range;
            if (!ReaderSupport::parseAddresses(piece, &range))
                return fail(m_line, token.column,
                    RequestReader::tr("\"%1\" is not an address or subnet.").arg(piece));
            side->ranges.append(range);
        }
        side->text = (negated ? QStringLiteral("!") : QString()) + token.text;
        return true;
    }

    bool readPortRange(const QString &text, int column, PortRange *range)
    {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString first = colon < 0 ? text : text.left(colon);
        const QString last = colon < 0 ? text : text.mid(colon + 1);
        const std::optional<int> a
            = first.isEmpty() ? std::optional<int>(0) : ReaderSupport::port(first, true);
        const std::optional<int> b
            = last.isEmpty() ? std::optional<int>(65535) : ReaderSupport::port(last, true);
        if (!a || !b || *a > *b)
            return fail(m_line, column, RequestReader::tr("\"%1\" is not a port or a port range.").arg(text));
        *range = {*a, *b};
        return true;
    }

    bool readPorts(const Token &token, bool negated, bool list, PortSet *ports)
    {
        PortSet set;
        const QStringList pieces = list ? token.text.split(QLatin1Char(',')) : QStringList {token.text};
        for (const QString &piece : pieces) {
            PortRange range;
            if (!readPortRange(piece, token.column, &range))
                return false;
            set.add(range);
        }
        *ports = negated ? PortSet {{0, 65535}}.subtracted(set) : set;
        // Port 0 is never a service port: a design's ports start at 1.
        *ports = ports->intersected(PortSet {{0, 65535}}).subtracted(PortSet::single(0));
        return true;
    }

    bool memberRanges(const QString &name, int column, QList<AddressRange> *ranges, QStringList *seen)
    {
        if (!m_sets.contains(name))
            return fail(m_line, column,
                RequestReader::tr("the set \"%1\" is used here, but its members are not in the file; put the "
                                  "output of \"ipset save\" before or after the iptables-save output.")
                    .arg(name));
        if (seen->contains(name))
            return fail(m_line, column, RequestReader::tr("the set \"%1\" contains itself.").arg(name));
        seen->append(name);
        const Ipset &set = m_sets.value(name);
        if (set.type == QLatin1String("list:set")) {
            for (const QString &member : set.memberSets) {
                if (!memberRanges(member, column, ranges, seen))
                    return false;
            }
            return true;
        }
        if (!isAddressSet(set.type))
            return fail(m_line, column,
                RequestReader::tr("the set \"%1\" is of type %2; Portolan reads sets of addresses (hash:ip, "
                                  "hash:net, bitmap:ip, list:set of them).")
                    .arg(name, set.type));
        ranges->append(set.members);
        return true;
    }

    bool parseRuleLine(const QList<Token> &tokens, const QString &raw, int line)
    {
        m_line = line;
        if (tokens.size() < 2)
            return fail(line, tokens.front().column, RequestReader::tr("\"-A\" needs a chain name."));
        const QString chainName = tokens.at(1).text;
        if (!m_chains.contains(chainName))
            return fail(line, tokens.at(1).column,
                RequestReader::tr("the chain \"%1\" is not declared (\":%1 POLICY\") before its rules.")
                    .arg(chainName));
        Chain &chain = m_chains[chainName];
        Rule rule;
        rule.line = line;
        rule.chain = chainName;
        rule.position = int(chain.rules.size()) + 1;
        rule.text = raw.trimmed();
        MatchSpec match;
        QList<MatchSpec> extra;
        bool negate = false;
        bool sawPorts = false;
        QStringList states;
        qsizetype i = 2;
        const auto value = [&](int k) -> const Token * {
            if (i + k >= tokens.size()) {
                fail(line, tokens.at(i).column,
                    RequestReader::tr("the option %1 needs a value.").arg(tokens.at(i).text));
                return nullptr;
            }
            return &tokens.at(i + k);
        };
        while (i < tokens.size()) {
            const Token &token = tokens.at(i);
            const QString &option = token.text;
            if (option == QLatin1String("!")) {
                negate = true;
                ++i;
                continue;
            }
            const bool negated = negate;
            negate = false;
            if (option == QLatin1String("-s") || option == QLatin1String("--source")
                || option == QLatin1String("--src") || option == QLatin1String("-d")
                || option == QLatin1String("--destination") || option == QLatin1String("--dst")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                const bool source = option == QLatin1String("-s") || option.startsWith(QLatin1String("--s"));
                SideSpec side;
                if (!readAddresses(*v, negated, &side))
                    return false;
                SideSpec &target = source ? match.source : match.destination;
                if (target.any) {
                    target = side;
                } else {
                    MatchSpec more;
                    (source ? more.source : more.destination) = side;
                    extra.append(more);
                    target.text += QStringLiteral(" & ") + side.text;
                }
                i += 2;
            } else if (option == QLatin1String("-p") || option == QLatin1String("--protocol")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                const QString name = v->text.toLower();
                quint8 bits = 0;
                if (name == QLatin1String("tcp") || name == QLatin1String("6"))
                    bits = TcpBit;
                else if (name == QLatin1String("udp") || name == QLatin1String("17"))
                    bits = UdpBit;
                else if (name == QLatin1String("icmp") || name == QLatin1String("1")
                    || name == QLatin1String("ipv6-icmp") || name == QLatin1String("icmpv6")
                    || name == QLatin1String("58"))
                    bits = IcmpBit;
                else if (name == QLatin1String("all") || name == QLatin1String("0"))
                    bits = AllProtocolBits;
                match.protocols = negated ? quint8(AllProtocolBits & ~bits) : bits;
                rule.protocolText = (negated ? QStringLiteral("!") : QString()) + v->text;
                if (bits == 0 && !negated)
                    match.partial
                        << RequestReader::tr("protocol %1, which no flow of a design uses").arg(v->text);
                i += 2;
            } else if (option == QLatin1String("-i") || option == QLatin1String("--in-interface")
                || option == QLatin1String("-o") || option == QLatin1String("--out-interface")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                const bool in = option == QLatin1String("-i") || option == QLatin1String("--in-interface");
                match.partial << (in ? RequestReader::tr("packets in on interface %1%2")
                                     : RequestReader::tr("packets out on interface %1%2"))
                                     .arg(negated ? QStringLiteral("other than ") : QString(), v->text);
                i += 2;
            } else if (option == QLatin1String("-f") || option == QLatin1String("--fragment")) {
                match.partial << RequestReader::tr("fragments only");
                ++i;
            } else if (option == QLatin1String("-m") || option == QLatin1String("--match")) {
                if (!value(1))
                    return false;
                i += 2;
            } else if (option == QLatin1String("--dport") || option == QLatin1String("--destination-port")
                || option == QLatin1String("--dports") || option == QLatin1String("--destination-ports")
                || option == QLatin1String("--ports")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                const bool list = option.endsWith(QLatin1Char('s'));
                PortSet ports;
                if (!readPorts(*v, negated, list, &ports))
                    return false;
                match.ports = sawPorts ? match.ports.intersected(ports) : ports;
                sawPorts = true;
                if (option == QLatin1String("--ports"))
                    match.partial << RequestReader::tr("--ports matches the source port as well");
                i += 2;
            } else if (option == QLatin1String("--sport") || option == QLatin1String("--source-port")
                || option == QLatin1String("--sports") || option == QLatin1String("--source-ports")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                if (!readPorts(*v, negated, option.endsWith(QLatin1Char('s')), &match.sourcePorts))
                    return false;
                i += 2;
            } else if (option == QLatin1String("--match-set")) {
                const Token *name = value(1);
                const Token *flags = name ? value(2) : nullptr;
                if (!flags)
                    return false;
                const QStringList directions = flags->text.split(QLatin1Char(','));
                if (directions.size() != 1
                    || (directions.front() != QLatin1String("src")
                        && directions.front() != QLatin1String("dst")))
                    return fail(line, flags->column,
                        RequestReader::tr("\"%1\": Portolan reads sets matched on one address, src or dst.")
                            .arg(flags->text));
                QList<AddressRange> ranges;
                QStringList seen;
                if (!memberRanges(name->text, name->column, &ranges, &seen))
                    return false;
                SideSpec side;
                side.any = false;
                side.negated = negated;
                side.ranges = ranges;
                side.line = line;
                side.column = name->column;
                QStringList texts;
                for (const AddressRange &range : std::as_const(ranges))
                    texts << ReaderSupport::rangeText(range);
                side.text = (negated ? QStringLiteral("!") : QString()) + texts.join(QLatin1Char(','));
                const bool source = directions.front() == QLatin1String("src");
                SideSpec &target = source ? match.source : match.destination;
                if (target.any) {
                    target = side;
                } else {
                    MatchSpec more;
                    (source ? more.source : more.destination) = side;
                    extra.append(more);
                    target.text += QStringLiteral(" & ") + side.text;
                }
                i += 3;
            } else if (option == QLatin1String("--return-nomatch")
                || option == QLatin1String("--update-counters")
                || option == QLatin1String("--update-subcounters")) {
                ++i;
            } else if (option == QLatin1String("--ctstate") || option == QLatin1String("--state")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                static const QStringList allStates = {QStringLiteral("NEW"), QStringLiteral("ESTABLISHED"),
                    QStringLiteral("RELATED"), QStringLiteral("INVALID"), QStringLiteral("UNTRACKED"),
                    QStringLiteral("SNAT"), QStringLiteral("DNAT")};
                QStringList named = v->text.toUpper().split(QLatin1Char(','));
                for (const QString &state : std::as_const(named)) {
                    if (!allStates.contains(state))
                        return fail(line, v->column,
                            RequestReader::tr("\"%1\" is not a connection state.").arg(state));
                }
                if (negated) {
                    QStringList rest;
                    for (const QString &state : allStates) {
                        if (!named.contains(state))
                            rest << state;
                    }
                    named = rest;
                }
                states = named;
                i += 2;
            } else if (option == QLatin1String("--syn")) {
                if (negated)
                    match.partial << RequestReader::tr("packets other than a connection's first");
                ++i;
            } else if (option == QLatin1String("--comment")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                rule.comment = v->text;
                i += 2;
            } else if (option == QLatin1String("--src-range") || option == QLatin1String("--dst-range")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                AddressRange range;
                if (!ReaderSupport::parseAddresses(v->text, &range))
                    return fail(line, v->column,
                        RequestReader::tr("\"%1\" is not a range of addresses.").arg(v->text));
                SideSpec side;
                side.any = false;
                side.negated = negated;
                side.ranges = {range};
                side.text = (negated ? QStringLiteral("!") : QString()) + v->text;
                side.line = line;
                side.column = v->column;
                const bool source = option == QLatin1String("--src-range");
                SideSpec &target = source ? match.source : match.destination;
                if (target.any) {
                    target = side;
                } else {
                    MatchSpec more;
                    (source ? more.source : more.destination) = side;
                    extra.append(more);
                    target.text += QStringLiteral(" & ") + side.text;
                }
                i += 2;
            } else if (partialOptions().contains(option)) {
                const int count = partialOptions().value(option);
                if (count > 0 && !value(count))
                    return false;
                QStringList values;
                for (int k = 1; k <= count; ++k)
                    values << tokens.at(i + k).text;
                match.partial << ((negated ? QStringLiteral("! ") : QString()) + option
                    + (values.isEmpty() ? QString() : QLatin1Char(' ') + values.join(QLatin1Char(' '))));
                i += 1 + count;
            } else if (option == QLatin1String("-c") || option == QLatin1String("--set-counters")) {
                if (!value(2))
                    return false;
                i += 3;
            } else if (option == QLatin1String("-j") || option == QLatin1String("--jump")
                || option == QLatin1String("-g") || option == QLatin1String("--goto")) {
                const Token *v = value(1);
                if (!v)
                    return false;
                const bool jump = option == QLatin1String("-j") || option == QLatin1String("--jump");
                rule.targetName = v->text;
                rule.targetColumn = v->column;
                i += 2;
                if (!jump) {
                    rule.target = Target::Goto;
                } else if (v->text == QLatin1String("ACCEPT")) {
                    rule.target = Target::Accept;
                } else if (v->text == QLatin1String("DROP")) {
                    rule.target = Target::Drop;
                } else if (v->text == QLatin1String("RETURN")) {
                    rule.target = Target::Return;
                } else if (v->text == QLatin1String("REJECT")) {
                    rule.target = Target::Reject;
                    if (i < tokens.size() && tokens.at(i).text == QLatin1String("--reject-with")) {
                        if (!value(1))
                            return false;
                        i += 2;
                    }
                } else if (isContinuingTarget(v->text)) {
                    rule.target = Target::Other;
                    break; // the rest are the target's options
                } else if (v->text == QLatin1String("QUEUE") || v->text == QLatin1String("NFQUEUE")) {
                    return fail(line, v->column,
                        RequestReader::tr("%1 hands the packet to a program, whose verdict Portolan cannot "
                                          "review.")
                            .arg(v->text));
                } else {
                    rule.target = Target::Jump; // a user chain, checked once every chain is read
                }
            } else {
                return fail(line, token.column,
                    RequestReader::tr(
                        "the option \"%1\" is not one Portolan reads, so it cannot tell what this "
                        "rule matches.")
                        .arg(option));
            }
        }
        if (negate)
            return fail(line, tokens.last().column, RequestReader::tr("\"!\" negates nothing."));
        if (!states.isEmpty()) {
            const bool newConnections
                = states.contains(QStringLiteral("NEW")) || states.contains(QStringLiteral("UNTRACKED"));
            rule.repliesOnly = !newConnections;
            if (newConnections
                && (states.contains(QStringLiteral("SNAT")) || states.contains(QStringLiteral("DNAT"))))
                match.partial << RequestReader::tr("connections with address translation only");
        }
        if (sawPorts)
            rule.portsText = match.ports.toString();
        else if (match.protocols == IcmpBit)
            rule.portsText.clear();
        else
            rule.portsText = QStringLiteral("any");
        rule.match = match;
        rule.extra = extra;
        chain.rules.append(rule);
        return true;
    }

    bool checkTargets()
    {
        for (const Chain &chain : std::as_const(m_chains)) {
            for (const Rule &rule : chain.rules) {
                if ((rule.target == Target::Jump || rule.target == Target::Goto)
                    && !m_chains.contains(rule.targetName))
                    return fail(rule.line, rule.targetColumn,
                        RequestReader::tr(
                            "\"%1\" is neither a chain of the filter table nor a target Portolan "
                            "knows.")
                            .arg(rule.targetName));
                if ((rule.target == Target::Jump || rule.target == Target::Goto)
                    && m_chains.value(rule.targetName).policy != QLatin1String("-"))
                    return fail(rule.line, rule.targetColumn,
                        RequestReader::tr("a rule cannot jump to the built-in chain \"%1\".")
                            .arg(rule.targetName));
            }
        }
        return true;
    }

    /**
     * Follows a chain in order, as the kernel does: a jump evaluates the user chain under the jump's
     * match and comes back; RETURN leaves the chain, so later rules only see what it did not match;
     * a goto does not come back.
     */
    bool follow(const QString &chainName, const QList<MatchSpec> &conditions, QList<MatchSpec> exclusions,
        const QStringList &context, QStringList *stack, RequestFile *out)
    {
        stack->append(chainName);
        const Chain &chain = m_chains[chainName];
        QStringList here = context;
        for (const Rule &rule : chain.rules) {
            if (rule.target == Target::None || rule.target == Target::Other)
                continue;
            if (rule.repliesOnly) {
                ++m_replyRules;
                continue;
            }
            const QList<MatchSpec> whole = QList<MatchSpec> {rule.match} + rule.extra;
            if (rule.target == Target::Return) {
                exclusions += whole;
                here << RequestReader::tr("after %1 (RETURN)").arg(rule.id());
                continue;
            }
            if (rule.target == Target::Jump || rule.target == Target::Goto) {
                if (stack->contains(rule.targetName))
                    return fail(rule.line, rule.targetColumn,
                        RequestReader::tr("the chain \"%1\" is reached again from itself.")
                            .arg(rule.targetName));
                QStringList inner = here;
                inner << RequestReader::tr("through %1 (%2 %3)")
                             .arg(rule.id(),
                                 rule.target == Target::Jump ? QStringLiteral("-j") : QStringLiteral("-g"),
                                 rule.targetName);
                if (!follow(rule.targetName, conditions + whole, exclusions, inner, stack, out))
                    return false;
                if (rule.target == Target::Goto)
                    exclusions += whole;
                continue;
            }
            RequestSpec request;
            request.id = rule.id();
            request.line = rule.line;
            request.text = rule.text;
            request.context = here;
            request.comment = rule.comment;
            request.action = rule.target == Target::Accept ? Action::Allow : Action::Block;
            const MatchSpec &own = rule.match;
            request.source = own.source.text.isEmpty() ? QStringLiteral("any") : own.source.text;
            request.destination
                = own.destination.text.isEmpty() ? QStringLiteral("any") : own.destination.text;
            request.protocol = rule.protocolText;
            request.ports = rule.portsText;
            request.own = {rule.match};
            request.conditions = conditions + rule.extra;
            request.exclusions = exclusions;
            out->requests.append(request);
        }
        stack->removeLast();
        return true;
    }

    bool build(RequestFile *out)
    {
        if (!checkTargets())
            return false;
        RequestFile result;
        result.format = RequestFile::Format::Iptables;
        result.fileName = m_fileName;
        result.scopes = RequestFile::Scopes::One;
        const Chain &forward = m_chains[QStringLiteral("FORWARD")];
        result.scopeList = {
            RequestFile::Scope {QStringLiteral("FORWARD"), forward.policy == QLatin1String("ACCEPT"), false}};
        QStringList stack;
        if (!follow(QStringLiteral("FORWARD"), {}, {}, {}, &stack, &result))
            return false;
        if (m_replyRules > 0)
            result.notes << RequestReader::tr("%n rule(s) that match only replies of accepted connections "
                                              "(ESTABLISHED, RELATED) or invalid packets are not requests.",
                nullptr, m_replyRules);
        for (const QString &table : std::as_const(m_otherTables))
            result.notes << RequestReader::tr("The %1 table is not reviewed: it does not filter.").arg(table);
        result.notes << RequestReader::tr("The FORWARD chain's policy is %1.").arg(forward.policy);
        *out = result;
        return true;
    }

    QString m_fileName;
    Problem m_problem;
    QHash<QString, Ipset> m_sets;
    QHash<QString, Chain> m_chains;
    QStringList m_otherTables;
    bool m_sawFilter = false;
    int m_line = 0;
    int m_replyRules = 0;
};

} // namespace

bool RequestReader::readIptablesSave(
    const QByteArray &data, const QString &fileName, RequestFile *file, QString *error)
{
    Problem problem;
    QString text;
    if (!ReaderSupport::decode(data, &text, &problem)) {
        *error = ReaderSupport::place(fileName, problem);
        return false;
    }
    IptablesParser parser(fileName);
    if (!parser.parse(text, file)) {
        *error = ReaderSupport::place(fileName, parser.problem());
        return false;
    }
    return true;
}

} // namespace portolan
