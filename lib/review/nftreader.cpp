// `nft -j list ruleset`: the JSON form of nftables. The base chains on the forward hook (filter
// type), the regular chains they jump or go to, named sets of addresses and ports, ct state.
#include "readersupport.h"
#include "requestfile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace portolan {

using review::ReaderSupport;
using Problem = ReaderSupport::Problem;

namespace {

/// Offsets of the elements of the top-level "nftables" array, in the text, so errors name a place.
QList<qsizetype> elementOffsets(const QString &text)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inString = false;
    bool inArray = false;
    bool expectElement = false;
    QString lastKey;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (c == QLatin1Char('"')) {
                inString = false;
                lastKey = current;
            } else {
                current += c;
            }
            continue;
        }
        if (c.isSpace())
            continue;
        if (inArray && depth == 2 && expectElement) {
            offsets.append(i);
            expectElement = false;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
            current.clear();
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
            if (c == QLatin1Char('[') && depth == 2 && lastKey == QLatin1String("nftables")) {
                inArray = true;
                expectElement = true;
            }
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (inArray && depth == 2 && c == QLatin1Char(']'))
                inArray = false;
            --depth;
            expectElement = false;
        } else if (c == QLatin1Char(',') && inArray && depth == 2) {
            expectElement = true;
        }
    }
    return offsets;
}

struct NamedSet
{
    QString type;
    QJsonArray elements;
};

struct Rule
{
    QJsonObject object;
    int line = 0;
    int column = 0;
    int position = 0;
};

struct Chain
{
    QString family;
    QString table;
    QString name;
    QString hook;
    QString type;
    int priority = 0;
    QString policy;
    int line = 0;
    int column = 0;
    QList<Rule> rules;
};

enum class Verdict { None, Accept, Drop, Return, Jump, Goto, Continue };

class NftParser
{
public:
    explicit NftParser(const QString &fileName)
        : m_fileName(fileName)
    { }

    bool parse(const QString &text, RequestFile *out)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        m_text = text;
        if (document.isNull()) {
            // The parser counts UTF-8 bytes; the place is given in characters.
            const QByteArray bytes = text.toUtf8();
            const QString before = QString::fromUtf8(bytes.left(parseError.offset));
            setPlace(before.size());
            return fail(RequestReader::tr("not valid JSON: %1.").arg(parseError.errorString()));
        }
        const QJsonArray elements = document.object().value(QLatin1String("nftables")).toArray();
        if (!document.isObject() || !document.object().value(QLatin1String("nftables")).isArray()) {
            m_line = 1;
            m_column = 1;
            return fail(RequestReader::tr("this JSON has no \"nftables\" array; give the output of "
                                          "\"nft -j list ruleset\"."));
        }
        const QList<qsizetype> offsets = elementOffsets(text);
        QList<Chain> chains;
        QHash<QString, int> chainIndex;
        for (qsizetype e = 0; e < elements.size(); ++e) {
            setPlace(offsets.value(e, 0));
            const QJsonObject element = elements.at(e).toObject();
            if (element.contains(QLatin1String("set"))) {
                const QJsonObject set = element.value(QLatin1String("set")).toObject();
                m_sets.insert(key(set.value(QLatin1String("family")).toString(),
                                  set.value(QLatin1String("table")).toString(),
                                  set.value(QLatin1String("name")).toString()),
                    {set.value(QLatin1String("type")).toString(),
                        set.value(QLatin1String("elem")).toArray()});
            } else if (element.contains(QLatin1String("chain"))) {
                const QJsonObject object = element.value(QLatin1String("chain")).toObject();
                Chain chain;
                chain.family = object.value(QLatin1String("family")).toString();
                chain.table = object.value(QLatin1String("table")).toString();
                chain.name = object.value(QLatin1String("name")).toString();
                chain.hook = object.value(QLatin1String("hook")).toString();
                chain.type = object.value(QLatin1String("type")).toString();
                chain.priority = object.value(QLatin1String("prio")).toInt();
                chain.policy = object.value(QLatin1String("policy")).toString(QStringLiteral("accept"));
                chain.line = m_line;
                chain.column = m_column;
                chainIndex.insert(key(chain.family, chain.table, chain.name), int(chains.size()));
                chains.append(chain);
            } else if (element.contains(QLatin1String("rule"))) {
                const QJsonObject object = element.value(QLatin1String("rule")).toObject();
                const QString chainKey = key(object.value(QLatin1String("family")).toString(),
                    object.value(QLatin1String("table")).toString(),
                    object.value(QLatin1String("chain")).toString());
                if (!chainIndex.contains(chainKey))
                    return fail(
                        RequestReader::tr("this rule belongs to the chain \"%1\", which is not listed "
                                          "before it.")
                            .arg(object.value(QLatin1String("chain")).toString()));
                Chain &chain = chains[chainIndex.value(chainKey)];
                chain.rules.append({object, m_line, m_column, int(chain.rules.size()) + 1});
            }
        }
        m_chains = chains;
        m_chainIndex = chainIndex;

        // The filter chains on the forward hook, in the order the kernel runs them.
        QList<int> bases;
        for (int c = 0; c < m_chains.size(); ++c) {
            const Chain &chain = m_chains.at(c);
            const bool family = chain.family == QLatin1String("inet") || chain.family == QLatin1String("ip")
                || chain.family == QLatin1String("ip6");
            if (family && chain.hook == QLatin1String("forward") && chain.type == QLatin1String("filter"))
                bases.append(c);
        }
        if (bases.isEmpty()) {
            m_line = 1;
            m_column = 1;
            return fail(
                RequestReader::tr("the rule set has no filter chain on the forward hook, so it filters "
                                  "no traffic between zones."));
        }
        std::stable_sort(bases.begin(), bases.end(),
            [this](int a, int b) { return m_chains.at(a).priority < m_chains.at(b).priority; });
        QHash<QString, int> names;
        for (const Chain &chain : std::as_const(m_chains))
            ++names[chain.name];
        m_names = names;

        RequestFile result;
        result.format = RequestFile::Format::Nftables;
        result.fileName = m_fileName;
        result.scopes = bases.size() > 1 ? RequestFile::Scopes::EveryChain : RequestFile::Scopes::One;
        result.scopeList.clear();
        for (const int base : std::as_const(bases)) {
            const Chain &chain = m_chains.at(base);
            result.scopeList.append({chainName(chain), chain.policy == QLatin1String("accept"), false});
            QStringList stack;
            if (!follow(base, {}, {}, {}, int(result.scopeList.size()) - 1, &stack, &result))
                return false;
            result.notes << RequestReader::tr("The chain %1 (%2 %3, priority %4) has the policy %5.")
                                .arg(chainName(chain), chain.family, chain.table)
                                .arg(chain.priority)
                                .arg(chain.policy);
        }
        if (m_replyRules > 0)
            result.notes << RequestReader::tr("%n rule(s) that match only replies of accepted connections "
                                              "(established, related) or invalid packets are not requests.",
                nullptr, m_replyRules);
        *out = result;
        return true;
    }

    const Problem &problem() const { return m_problem; }

private:
    static QString key(const QString &family, const QString &table, const QString &name)
    {
        return family + QLatin1Char('\n') + table + QLatin1Char('\n') + name;
    }

    QString chainName(const Chain &chain) const
    {
        return m_names.value(chain.name) > 1
            ? chain.family + QLatin1Char(' ') + chain.table + QLatin1Char(' ') + chain.name
            : chain.name;
    }

    void setPlace(qsizetype offset)
    {
        if (m_lineStarts.isEmpty()) {
            m_lineStarts.append(0);
            for (qsizetype i = 0; i < m_text.size(); ++i) {
                if (m_text.at(i) == QLatin1Char('\n'))
                    m_lineStarts.append(i + 1);
            }
        }
        const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
        m_line = int(next - m_lineStarts.cbegin());
        m_column = int(offset - *(next - 1)) + 1;
    }

    bool fail(const QString &message)
    {
        m_problem = {m_line, m_column, message};
        return false;
    }

    bool failRule(const Rule &rule, const QString &id, const QString &message)
    {
        m_problem = {rule.line, rule.column, RequestReader::tr("rule %1: %2").arg(id, message)};
        return false;
    }

    /// Addresses of a match's right side: an address, a prefix, a range, a set of them, @named.
    bool addresses(const QJsonValue &value, const Chain &chain, QList<AddressRange> *ranges, QString *problem)
    {
        if (value.isString()) {
            const QString text = value.toString();
            if (text.startsWith(QLatin1Char('@'))) {
                const QString name = text.mid(1);
                const QString setKey = key(chain.family, chain.table, name);
                if (!m_sets.contains(setKey)) {
                    *problem = RequestReader::tr("the set @%1 is not listed in the rule set.").arg(name);
                    return false;
                }
                const NamedSet set = m_sets.value(setKey);
                if (set.type != QLatin1String("ipv4_addr") && set.type != QLatin1String("ipv6_addr")) {
                    *problem = RequestReader::tr("the set @%1 holds %2, not addresses.").arg(name, set.type);
                    return false;
                }
                for (const QJsonValue &element : set.elements) {
                    if (!addresses(element, chain, ranges, problem))
                        return false;
                }
                return true;
            }
            AddressRange range;
            if (!ReaderSupport::parseAddresses(text, &range)) {
                *problem = RequestReader::tr("\"%1\" is not an address.").arg(text);
                return false;
            }
            ranges->append(range);
            return true;
        }
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("prefix"))) {
            const QJsonObject prefix = object.value(QLatin1String("prefix")).toObject();
            const QString text = prefix.value(QLatin1String("addr")).toString() + QLatin1Char('/')
                + QString::number(prefix.value(QLatin1String("len")).toInt(-1));
            AddressRange range;
            if (!ReaderSupport::parseAddresses(text, &range)) {
                *problem = RequestReader::tr("\"%1\" is not a subnet.").arg(text);
                return false;
            }
            ranges->append(range);
            return true;
        }
        if (object.contains(QLatin1String("range"))) {
            const QJsonArray ends = object.value(QLatin1String("range")).toArray();
            const QString text = ends.at(0).toString() + QLatin1Char('-') + ends.at(1).toString();
            AddressRange range;
            if (ends.size() != 2 || !ReaderSupport::parseAddresses(text, &range)) {
                *problem = RequestReader::tr("\"%1\" is not a range of addresses.").arg(text);
                return false;
            }
            ranges->append(range);
            return true;
        }
        if (object.contains(QLatin1String("set"))) {
            const QJsonValue members = object.value(QLatin1String("set"));
            const QJsonArray array = members.isArray() ? members.toArray() : QJsonArray {members};
            for (const QJsonValue &member : array) {
                if (!addresses(member, chain, ranges, problem))
                    return false;
            }
            return true;
        }
        if (object.contains(QLatin1String("elem")))
            return addresses(object.value(QLatin1String("elem")).toObject().value(QLatin1String("val")),
                chain, ranges, problem);
        *problem
            = RequestReader::tr("%1 is not an address, a prefix, a range or a set of them.")
                  .arg(QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)));
        return false;
    }

    bool ports(const QJsonValue &value, const Chain &chain, PortSet *set, QString *problem)
    {
        if (value.isDouble()) {
            const int port = value.toInt(-1);
            if (port < 0 || port > 65535) {
                *problem = RequestReader::tr("%1 is not a port.").arg(value.toDouble());
                return false;
            }
            set->add({port, port});
            return true;
        }
        if (value.isString()) {
            const QString text = value.toString();
            if (text.startsWith(QLatin1Char('@'))) {
                const QString name = text.mid(1);
                const QString setKey = key(chain.family, chain.table, name);
                if (!m_sets.contains(setKey) || m_sets.value(setKey).type != QLatin1String("inet_service")) {
                    *problem = RequestReader::tr("the set @%1 is not a listed set of ports.").arg(name);
                    return false;
                }
                for (const QJsonValue &element : m_sets.value(setKey).elements) {
                    if (!ports(element, chain, set, problem))
                        return false;
                }
                return true;
            }
            const std::optional<int> port = ReaderSupport::port(text, true);
            if (!port) {
                *problem = RequestReader::tr("\"%1\" is not a port number.").arg(text);
                return false;
            }
            set->add({*port, *port});
            return true;
        }
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("range"))) {
            const QJsonArray ends = object.value(QLatin1String("range")).toArray();
            const int first = ends.at(0).toInt(-1);
            const int last = ends.at(1).toInt(-1);
            if (first < 0 || last > 65535 || first > last) {
                *problem = RequestReader::tr("the port range is not valid.");
                return false;
            }
            set->add({first, last});
            return true;
        }
        if (object.contains(QLatin1String("set"))) {
            for (const QJsonValue &member : object.value(QLatin1String("set")).toArray()) {
                if (!ports(member, chain, set, problem))
                    return false;
            }
            return true;
        }
        if (object.contains(QLatin1String("elem")))
            return ports(object.value(QLatin1String("elem")).toObject().value(QLatin1String("val")), chain,
                set, problem);
        *problem = RequestReader::tr("the ports are not a number, a range or a set of them.");
        return false;
    }

    static QStringList words(const QJsonValue &value)
    {
        QStringList result;
        if (value.isString())
            result << value.toString();
        else if (value.isDouble())
            result << QString::number(value.toInt());
        else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                result << words(item);
        } else if (value.toObject().contains(QLatin1String("set"))) {
            result << words(value.toObject().value(QLatin1String("set")));
        }
        return result;
    }

    static quint8 protocolBits(const QStringList &names)
    {
        quint8 bits = 0;
        for (const QString &name : names) {
            if (name == QLatin1String("tcp") || name == QLatin1String("6"))
                bits |= TcpBit;
            else if (name == QLatin1String("udp") || name == QLatin1String("17"))
                bits |= UdpBit;
            else if (name == QLatin1String("icmp") || name == QLatin1String("ipv6-icmp")
                || name == QLatin1String("icmpv6") || name == QLatin1String("1")
                || name == QLatin1String("58"))
                bits |= IcmpBit;
        }
        return bits;
    }

    struct Parsed
    {
        MatchSpec match;
        QList<MatchSpec> extra;
        Verdict verdict = Verdict::None;
        QString target;
        bool repliesOnly = false;
        QString protocolText = QStringLiteral("any");
        bool sawPorts = false;
    };

    static QString describe(const QJsonValue &value)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }

    void setSide(Parsed *parsed, bool source, const SideSpec &side)
    {
        SideSpec &target = source ? parsed->match.source : parsed->match.destination;
        if (target.any) {
            target = side;
            return;
        }
        MatchSpec more;
        (source ? more.source : more.destination) = side;
        parsed->extra.append(more);
        target.text += QStringLiteral(" & ") + side.text;
    }

    bool parseRule(const Chain &chain, const Rule &rule, const QString &id, Parsed *parsed)
    {
        const QJsonArray expressions = rule.object.value(QLatin1String("expr")).toArray();
        for (int x = 0; x < expressions.size(); ++x) {
            const QJsonObject statement = expressions.at(x).toObject();
            const QString kind = statement.keys().value(0);
            const QJsonValue body = statement.value(kind);
            const auto problemAt = [&](const QString &message) {
                return failRule(rule, id, RequestReader::tr("expr[%1]: %2").arg(x).arg(message));
            };
            if (parsed->verdict != Verdict::None)
                return problemAt(RequestReader::tr("a statement after the verdict."));
            if (kind == QLatin1String("accept")) {
                parsed->verdict = Verdict::Accept;
            } else if (kind == QLatin1String("drop") || kind == QLatin1String("reject")) {
                parsed->verdict = Verdict::Drop;
            } else if (kind == QLatin1String("return")) {
                parsed->verdict = Verdict::Return;
            } else if (kind == QLatin1String("continue")) {
                parsed->verdict = Verdict::Continue;
            } else if (kind == QLatin1String("jump") || kind == QLatin1String("goto")) {
                parsed->verdict = kind == QLatin1String("jump") ? Verdict::Jump : Verdict::Goto;
                parsed->target = body.toObject().value(QLatin1String("target")).toString();
                if (!m_chainIndex.contains(key(chain.family, chain.table, parsed->target)))
                    return problemAt(
                        RequestReader::tr("the chain \"%1\" is not in the table.").arg(parsed->target));
            } else if (kind == QLatin1String("counter") || kind == QLatin1String("log")
                || kind == QLatin1String("notrack") || kind == QLatin1String("mangle")
                || kind == QLatin1String("quota") || kind == QLatin1String("set")) {
                if (kind == QLatin1String("quota"))
                    parsed->match.partial << RequestReader::tr("a quota");
            } else if (kind == QLatin1String("limit")) {
                parsed->match.partial << RequestReader::tr("a rate limit");
            } else if (kind == QLatin1String("match")) {
                if (!parseMatch(chain, body.toObject(), parsed, problemAt))
                    return false;
            } else if (kind == QLatin1String("xt")) {
                return problemAt(RequestReader::tr("an iptables-nft compatibility expression; review this "
                                                   "firewall's iptables-save output instead."));
            } else {
                return problemAt(
                    RequestReader::tr("the statement \"%1\" is not one Portolan reads.").arg(kind));
            }
        }
        return true;
    }

    template <typename Fail>
    bool parseMatch(const Chain &chain, const QJsonObject &match, Parsed *parsed, Fail fail)
    {
        const QString op = match.value(QLatin1String("op")).toString(QStringLiteral("=="));
        const bool negated = op == QLatin1String("!=");
        if (!negated && op != QLatin1String("==") && op != QLatin1String("in"))
            return fail(RequestReader::tr("the comparison \"%1\" is not one Portolan reads.").arg(op));
        const QJsonObject left = match.value(QLatin1String("left")).toObject();
        const QJsonValue right = match.value(QLatin1String("right"));
        QString problem;
        if (left.contains(QLatin1String("payload"))) {
            const QJsonObject payload = left.value(QLatin1String("payload")).toObject();
            const QString protocol = payload.value(QLatin1String("protocol")).toString();
            const QString field = payload.value(QLatin1String("field")).toString();
            if ((protocol == QLatin1String("ip") || protocol == QLatin1String("ip6"))
                && (field == QLatin1String("saddr") || field == QLatin1String("daddr"))) {
                SideSpec side;
                side.any = false;
                side.negated = negated;
                side.line = m_line;
                side.column = m_column;
                if (!addresses(right, chain, &side.ranges, &problem))
                    return fail(problem);
                QStringList texts;
                for (const AddressRange &range : std::as_const(side.ranges))
                    texts << ReaderSupport::rangeText(range);
                side.text = (negated ? QStringLiteral("!") : QString()) + texts.join(QLatin1Char(','));
                setSide(parsed, field == QLatin1String("saddr"), side);
                return true;
            }
            if ((protocol == QLatin1String("ip") && field == QLatin1String("protocol"))
                || (protocol == QLatin1String("ip6") && field == QLatin1String("nexthdr"))) {
                const quint8 bits = protocolBits(words(right));
                parsed->match.protocols &= negated ? quint8(AllProtocolBits & ~bits) : bits;
                parsed->protocolText
                    = (negated ? QStringLiteral("!") : QString()) + words(right).join(QLatin1Char(','));
                return true;
            }
            if ((protocol == QLatin1String("tcp") || protocol == QLatin1String("udp")
                    || protocol == QLatin1String("th"))
                && (field == QLatin1String("dport") || field == QLatin1String("sport"))) {
                const quint8 bits = protocol == QLatin1String("tcp")
                    ? quint8(TcpBit)
                    : (protocol == QLatin1String("udp") ? quint8(UdpBit) : quint8(TcpBit | UdpBit));
                parsed->match.protocols &= bits;
                if (protocol != QLatin1String("th"))
                    parsed->protocolText = protocol;
                PortSet set;
                if (!ports(right, chain, &set, &problem))
                    return fail(problem);
                if (negated)
                    set = PortSet {{0, 65535}}.subtracted(set);
                set = set.subtracted(PortSet::single(0));
                if (field == QLatin1String("dport")) {
                    parsed->match.ports = parsed->sawPorts ? parsed->match.ports.intersected(set) : set;
                    parsed->sawPorts = true;
                } else {
                    parsed->match.sourcePorts = set;
                }
                return true;
            }
            if (protocol == QLatin1String("icmp") || protocol == QLatin1String("icmpv6")) {
                parsed->match.protocols &= IcmpBit;
                parsed->protocolText = QStringLiteral("icmp");
                parsed->match.partial << RequestReader::tr("%1 %2 %3")
                                             .arg(protocol, field, words(right).join(QLatin1Char(',')));
                return true;
            }
            if (protocol == QLatin1String("tcp")) {
                parsed->match.protocols &= TcpBit;
                parsed->match.partial << RequestReader::tr("tcp %1 %2").arg(field, describe(right));
                return true;
            }
            return fail(
                RequestReader::tr("the match on %1 %2 is not one Portolan reads.").arg(protocol, field));
        }
        if (left.contains(QLatin1String("meta"))) {
            const QString metaKey
                = left.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString();
            if (metaKey == QLatin1String("l4proto")) {
                const quint8 bits = protocolBits(words(right));
                parsed->match.protocols &= negated ? quint8(AllProtocolBits & ~bits) : bits;
                parsed->protocolText
                    = (negated ? QStringLiteral("!") : QString()) + words(right).join(QLatin1Char(','));
                return true;
            }
            if (metaKey == QLatin1String("nfproto"))
                return true;
            if (metaKey == QLatin1String("iifname") || metaKey == QLatin1String("oifname")
                || metaKey == QLatin1String("iif") || metaKey == QLatin1String("oif")
                || metaKey == QLatin1String("mark") || metaKey == QLatin1String("pkttype")
                || metaKey == QLatin1String("iiftype") || metaKey == QLatin1String("oiftype")
                || metaKey == QLatin1String("skuid") || metaKey == QLatin1String("skgid")
                || metaKey == QLatin1String("length")) {
                parsed->match.partial
                    << RequestReader::tr("meta %1 %2%3")
                           .arg(metaKey, negated ? QStringLiteral("!= ") : QString(), describe(right));
                return true;
            }
            return fail(RequestReader::tr("the match on meta %1 is not one Portolan reads.").arg(metaKey));
        }
        if (left.contains(QLatin1String("ct"))) {
            const QString ctKey
                = left.value(QLatin1String("ct")).toObject().value(QLatin1String("key")).toString();
            if (ctKey == QLatin1String("state")) {
                QStringList states = words(right);
                static const QStringList all = {QStringLiteral("new"), QStringLiteral("established"),
                    QStringLiteral("related"), QStringLiteral("invalid"), QStringLiteral("untracked")};
                if (negated) {
                    QStringList rest;
                    for (const QString &state : all) {
                        if (!states.contains(state))
                            rest << state;
                    }
                    states = rest;
                }
                parsed->repliesOnly = !states.contains(QStringLiteral("new"))
                    && !states.contains(QStringLiteral("untracked"));
                return true;
            }
            parsed->match.partial << RequestReader::tr("ct %1 %2").arg(ctKey, describe(right));
            return true;
        }
        return fail(
            RequestReader::tr("the match %1 is not one Portolan reads.").arg(describe(QJsonValue(left))));
    }

    bool follow(int chainIndex, const QList<MatchSpec> &conditions, QList<MatchSpec> exclusions,
        const QStringList &context, int scope, QStringList *stack, RequestFile *out)
    {
        const Chain &chain = m_chains.at(chainIndex);
        stack->append(chain.name);
        QStringList here = context;
        for (const Rule &rule : chain.rules) {
            const QString id = chainName(chain) + QLatin1Char(':') + QString::number(rule.position);
            Parsed parsed;
            if (!parseRule(chain, rule, id, &parsed))
                return false;
            if (parsed.verdict == Verdict::None || parsed.verdict == Verdict::Continue)
                continue;
            if (parsed.repliesOnly) {
                ++m_replyRules;
                continue;
            }
            const QList<MatchSpec> own = QList<MatchSpec> {parsed.match} + parsed.extra;
            if (parsed.verdict == Verdict::Return) {
                exclusions += own;
                here << RequestReader::tr("after %1 (return)").arg(id);
                continue;
            }
            if (parsed.verdict == Verdict::Jump || parsed.verdict == Verdict::Goto) {
                if (stack->contains(parsed.target))
                    return failRule(rule, id,
                        RequestReader::tr("the chain \"%1\" is reached again from itself.")
                            .arg(parsed.target));
                QStringList inner = here;
                inner << RequestReader::tr("through %1 (%2 %3)")
                             .arg(id,
                                 parsed.verdict == Verdict::Jump ? QStringLiteral("jump")
                                                                 : QStringLiteral("goto"),
                                 parsed.target);
                if (!follow(m_chainIndex.value(key(chain.family, chain.table, parsed.target)),
                        conditions + own, exclusions, inner, scope, stack, out))
                    return false;
                if (parsed.verdict == Verdict::Goto)
                    exclusions += own;
                continue;
            }
            RequestSpec request;
            request.id = id;
            request.line = rule.line;
            request.column = rule.column;
            request.text = describe(QJsonValue(rule.object.value(QLatin1String("expr"))));
            request.context = here;
            request.comment = rule.object.value(QLatin1String("comment")).toString();
            request.action = parsed.verdict == Verdict::Accept ? Action::Allow : Action::Block;
            request.source
                = parsed.match.source.text.isEmpty() ? QStringLiteral("any") : parsed.match.source.text;
            request.destination = parsed.match.destination.text.isEmpty() ? QStringLiteral("any")
                                                                          : parsed.match.destination.text;
            request.protocol = parsed.protocolText;
            request.ports = parsed.sawPorts
                ? parsed.match.ports.toString()
                : (parsed.match.protocols == IcmpBit ? QString() : QStringLiteral("any"));
            request.own = {parsed.match};
            request.conditions = conditions + parsed.extra;
            request.exclusions = exclusions;
            request.scope = scope;
            out->requests.append(request);
        }
        stack->removeLast();
        return true;
    }

    QString m_fileName;
    QString m_text;
    QList<qsizetype> m_lineStarts;
    Problem m_problem;
    int m_line = 1;
    int m_column = 1;
    QHash<QString, NamedSet> m_sets;
    QList<Chain> m_chains;
    QHash<QString, int> m_chainIndex;
    QHash<QString, int> m_names;
    int m_replyRules = 0;
};

} // namespace

bool RequestReader::readNftJson(
    const QByteArray &data, const QString &fileName, RequestFile *file, QString *error)
{
    Problem problem;
    QString text;
    if (!ReaderSupport::decode(data, &text, &problem)) {
        *error = ReaderSupport::place(fileName, problem);
        return false;
    }
    NftParser parser(fileName);
    if (!parser.parse(text, file)) {
        *error = ReaderSupport::place(fileName, parser.problem());
        return false;
    }
    return true;
}

} // namespace portolan
