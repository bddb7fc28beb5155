// A Cisco ASA configuration (show running-config): names, network and service objects and object
// groups, extended access lists and the access-group lines that apply them. Remarks are read as
// lines of their list (they are numbered, as "show access-list" numbers them) and reviewed as
// nothing; lines of other commands are left aside.
#include "readersupport.h"
#include "requestfile.h"

#include <QHash>
#include <QSet>

namespace portolan {

using review::ReaderSupport;
using Problem = ReaderSupport::Problem;
using Token = ReaderSupport::Token;

namespace {

/** One service: protocols, destination and source ports (an object-group service entry). */
struct Service
{
    quint8 protocols = AllProtocolBits;
    PortSet ports = MatchSpec::allPorts();
    PortSet sourcePorts;
    bool icmpType = false;
};

struct NetworkObject
{
    QList<AddressRange> ranges;
    QString unsupported; ///< why the object cannot be used (an fqdn)
};

struct Group
{
    enum class Kind { Network, Service, Protocol, IcmpType } kind = Kind::Network;
    QString name;
    quint8 portProtocols = 0; ///< "object-group service NAME tcp": its port-objects are for these
    QList<AddressRange> ranges; ///< network
    QList<Service> services; ///< service
    quint8 protocols = 0; ///< protocol
    QStringList groups; ///< group-object entries, resolved when used
    QStringList objects; ///< network-object object / service-object object entries
    int line = 0;
};

struct AccessList
{
    QString name;
    int entries = 0; ///< lines so far, remarks included
    QList<RequestSpec> requests;
    int firstLine = 0;
};

struct Binding
{
    QString list;
    QString where; ///< "in interface outside", "global"
    bool global = false;
    int line = 0;
};

class AsaParser
{
public:
    explicit AsaParser(const QString &fileName)
        : m_fileName(fileName)
    { }

    bool parse(const QString &text, RequestFile *out)
    {
        const QStringList lines = ReaderSupport::lines(text);
        QList<Binding> commented;
        enum class Context { None, Network, Service, Group, Other } context = Context::None;
        QString contextName;
        for (int n = 0; n < lines.size(); ++n) {
            m_line = n + 1;
            const QString &raw = lines.at(n);
            const QString trimmed = raw.trimmed();
            if (trimmed.isEmpty())
                continue;
            QList<Token> tokens;
            Problem problem;
            if (trimmed.startsWith(QLatin1Char('!')) || trimmed.startsWith(QLatin1Char(':'))) {
                // Portolan's own export writes its access-group lines commented out, for the
                // administrator to check the interface names: they still say what is meant.
                const QString body = trimmed.mid(1).trimmed();
                if (body.startsWith(QLatin1String("access-group "))
                    && ReaderSupport::tokens(body, &tokens, &problem)) {
                    Binding binding;
                    if (readBinding(tokens, &binding))
                        commented.append(binding);
                }
                context = Context::None;
                continue;
            }
            if (!ReaderSupport::tokens(raw, &tokens, &problem))
                return fail(problem.column, problem.message);
            const bool indented = raw.front().isSpace();
            if (indented) {
                if (context == Context::Network) {
                    if (!readNetworkObjectLine(contextName, tokens))
                        return false;
                } else if (context == Context::Service) {
                    if (!readServiceObjectLine(contextName, tokens))
                        return false;
                } else if (context == Context::Group) {
                    if (!readGroupLine(contextName, tokens))
                        return false;
                }
                continue;
            }
            context = Context::Other;
            const QString &command = tokens.front().text;
            if (command == QLatin1String("name") && tokens.size() >= 3) {
                const QHostAddress address = ReaderSupport::parseAddress(tokens.at(1).text);
                if (address.isNull())
                    return fail(tokens.at(1).column,
                        RequestReader::tr("\"%1\" is not an address.").arg(tokens.at(1).text));
                m_names.insert(tokens.at(2).text, address);
            } else if (command == QLatin1String("object") && tokens.size() >= 3) {
                const QString &kind = tokens.at(1).text;
                contextName = tokens.at(2).text;
                if (kind == QLatin1String("network")) {
                    context = Context::Network;
                    m_networkObjects.insert(contextName, {});
                } else if (kind == QLatin1String("service")) {
                    context = Context::Service;
                    m_serviceObjects.insert(contextName, {});
                }
            } else if (command == QLatin1String("object-group") && tokens.size() >= 3) {
                if (!startGroup(tokens))
                    return false;
                context = Context::Group;
                contextName = tokens.at(2).text;
            } else if (command == QLatin1String("access-list")) {
                if (!readAccessListLine(tokens, raw))
                    return false;
            } else if (command == QLatin1String("access-group")) {
                Binding binding;
                if (!readBinding(tokens, &binding))
                    return fail(tokens.front().column,
                        RequestReader::tr(
                            "an access-group line reads \"access-group LIST in|out interface NAME\" "
                            "or \"access-group LIST global\"."));
                m_bindings.append(binding);
            }
        }
        if (m_lists.isEmpty()) {
            m_line = 1;
            return fail(1,
                RequestReader::tr("the configuration has no extended access list (access-list NAME "
                                  "extended ...); Portolan reviews those."));
        }
        return build(commented, out);
    }

    const Problem &problem() const { return m_problem; }

private:
    bool fail(int column, const QString &message)
    {
        m_problem = {m_line, column, message};
        return false;
    }

    bool readBinding(const QList<Token> &tokens, Binding *binding)
    {
        if (tokens.size() >= 3 && tokens.at(2).text == QLatin1String("global")) {
            *binding = {tokens.at(1).text, QStringLiteral("global"), true, m_line};
            return true;
        }
        if (tokens.size() >= 5
            && (tokens.at(2).text == QLatin1String("in") || tokens.at(2).text == QLatin1String("out"))
            && tokens.at(3).text == QLatin1String("interface")) {
            *binding = {tokens.at(1).text,
                tokens.at(2).text + QStringLiteral(" interface ") + tokens.at(4).text, false, m_line};
            return true;
        }
        return false;
    }

    bool startGroup(const QList<Token> &tokens)
    {
        const QString &kind = tokens.at(1).text;
        Group group;
        group.name = tokens.at(2).text;
        group.line = m_line;
        if (kind == QLatin1String("network")) {
            group.kind = Group::Kind::Network;
        } else if (kind == QLatin1String("service")) {
            group.kind = Group::Kind::Service;
            const QString protocol = tokens.value(3).text;
            if (protocol == QLatin1String("tcp"))
                group.portProtocols = TcpBit;
            else if (protocol == QLatin1String("udp"))
                group.portProtocols = UdpBit;
            else if (protocol == QLatin1String("tcp-udp"))
                group.portProtocols = TcpBit | UdpBit;
        } else if (kind == QLatin1String("protocol")) {
            group.kind = Group::Kind::Protocol;
        } else if (kind == QLatin1String("icmp-type")) {
            group.kind = Group::Kind::IcmpType;
        } else {
            return true; // user, security and other groups: used in no rule Portolan reads
        }
        m_groups.insert(group.name, group);
        return true;
    }

    /// "host A", "A MASK", "A/len" (IPv6), "range A B" at tokens[i]; advances i.
    bool readAddressSpec(const QList<Token> &tokens, int *i, QList<AddressRange> *ranges)
    {
        const Token &first = tokens.at(*i);
        if (first.text == QLatin1String("host")) {
            if (*i + 1 >= tokens.size())
                return fail(first.column, RequestReader::tr("\"host\" needs an address."));
            const Token &address = tokens.at(*i + 1);
            QHostAddress parsed = ReaderSupport::parseAddress(address.text);
            if (parsed.isNull() && m_names.contains(address.text))
                parsed = m_names.value(address.text);
            if (parsed.isNull())
                return fail(address.column, RequestReader::tr("\"%1\" is not an address.").arg(address.text));
            ranges->append({parsed, parsed});
            *i += 2;
            return true;
        }
        if (first.text == QLatin1String("range")) {
            if (*i + 2 >= tokens.size())
                return fail(first.column, RequestReader::tr("\"range\" needs two addresses."));
            AddressRange range;
            if (!ReaderSupport::parseAddresses(
                    tokens.at(*i + 1).text + QLatin1Char('-') + tokens.at(*i + 2).text, &range))
                return fail(tokens.at(*i + 1).column, RequestReader::tr("this is not a range of addresses."));
            ranges->append(range);
            *i += 3;
            return true;
        }
        if (first.text.contains(QLatin1Char('/'))) {
            AddressRange range;
            if (!ReaderSupport::parseAddresses(first.text, &range))
                return fail(first.column, RequestReader::tr("\"%1\" is not a subnet.").arg(first.text));
            ranges->append(range);
            *i += 1;
            return true;
        }
        QHostAddress base = ReaderSupport::parseAddress(first.text);
        if (base.isNull() && m_names.contains(first.text))
            base = m_names.value(first.text);
        if (base.isNull() || *i + 1 >= tokens.size())
            return fail(first.column,
                RequestReader::tr("\"%1\" is not an address with its netmask, host, range, object or any.")
                    .arg(first.text));
        AddressRange range;
        if (!ReaderSupport::parseAddressAndMask(base.toString(), tokens.at(*i + 1).text, &range))
            return fail(tokens.at(*i + 1).column,
                RequestReader::tr("\"%1\" is not a netmask.").arg(tokens.at(*i + 1).text));
        ranges->append(range);
        *i += 2;
        return true;
    }

    bool readNetworkObjectLine(const QString &name, const QList<Token> &tokens)
    {
        const QString &kind = tokens.front().text;
        NetworkObject &object = m_networkObjects[name];
        if (kind == QLatin1String("host") || kind == QLatin1String("range")) {
            int i = 0;
            return readAddressSpec(tokens, &i, &object.ranges);
        }
        if (kind == QLatin1String("subnet")) {
            int i = 1;
            if (tokens.size() < 2)
                return fail(
                    tokens.front().column, RequestReader::tr("\"subnet\" needs an address and a netmask."));
            return readAddressSpec(tokens, &i, &object.ranges);
        }
        if (kind == QLatin1String("fqdn"))
            object.unsupported = RequestReader::tr("it names a host by its DNS name");
        return true; // description, nat
    }

    /// "eq P", "neq P", "lt P", "gt P", "range A B" at tokens[i] for the protocols; advances i.
    bool readPortOperator(const QList<Token> &tokens, int *i, quint8 protocols, PortSet *ports)
    {
        const Token &op = tokens.at(*i);
        const Protocol protocol = protocols == UdpBit ? Protocol::Udp : Protocol::Tcp;
        const auto number = [&](int k) -> std::optional<int> {
            if (*i + k >= tokens.size())
                return std::nullopt;
            return ReaderSupport::asaPort(tokens.at(*i + k).text, protocol);
        };
        const auto bad = [&](int k) {
            const int column = *i + k < tokens.size() ? tokens.at(*i + k).column : op.column;
            return fail(column,
                RequestReader::tr("\"%1\" is not a port number or a port name ASA knows.")
                    .arg(*i + k < tokens.size() ? tokens.at(*i + k).text : QString()));
        };
        const PortSet all {{0, 65535}};
        PortSet set;
        if (op.text == QLatin1String("range")) {
            const std::optional<int> a = number(1);
            const std::optional<int> b = number(2);
            if (!a)
                return bad(1);
            if (!b || *b < *a)
                return bad(2);
            set.add({*a, *b});
            *i += 3;
        } else {
            const std::optional<int> p = number(1);
            if (!p)
                return bad(1);
            if (op.text == QLatin1String("eq"))
                set.add({*p, *p});
            else if (op.text == QLatin1String("neq"))
                set = all.subtracted(PortSet::single(*p));
            else if (op.text == QLatin1String("lt"))
                set = *p > 0 ? PortSet {{0, *p - 1}} : PortSet();
            else if (op.text == QLatin1String("gt"))
                set = *p < 65535 ? PortSet {{*p + 1, 65535}} : PortSet();
            else
                return fail(op.column,
                    RequestReader::tr("\"%1\" is not a port operator (eq, neq, lt, gt, range).")
                        .arg(op.text));
            *i += 2;
        }
        *ports = set.subtracted(PortSet::single(0));
        return true;
    }

    static bool isPortOperator(const QString &text)
    {
        return text == QLatin1String("eq") || text == QLatin1String("neq") || text == QLatin1String("lt")
            || text == QLatin1String("gt") || text == QLatin1String("range");
    }

    static quint8 protocolBits(const QString &name, bool *known)
    {
        *known = true;
        if (name == QLatin1String("tcp") || name == QLatin1String("6"))
            return TcpBit;
        if (name == QLatin1String("udp") || name == QLatin1String("17"))
            return UdpBit;
        if (name == QLatin1String("tcp-udp"))
            return TcpBit | UdpBit;
        if (name == QLatin1String("icmp") || name == QLatin1String("icmp6") || name == QLatin1String("1")
            || name == QLatin1String("58"))
            return IcmpBit;
        if (name == QLatin1String("ip") || name == QLatin1String("0"))
            return AllProtocolBits;
        *known = false;
        return 0;
    }

    /// "tcp [source OP P] [destination OP P]", as service objects and service-object lines write a service.
    bool readService(const QList<Token> &tokens, int i, Service *service)
    {
        bool known = false;
        service->protocols = protocolBits(tokens.at(i).text, &known);
        ++i;
        while (i < tokens.size()) {
            const QString &word = tokens.at(i).text;
            if (word == QLatin1String("source") || word == QLatin1String("destination")) {
                if (i + 1 >= tokens.size())
                    return fail(
                        tokens.at(i).column, RequestReader::tr("\"%1\" needs a port operator.").arg(word));
                ++i;
                PortSet ports;
                if (!readPortOperator(tokens, &i, service->protocols, &ports))
                    return false;
                (word == QLatin1String("source") ? service->sourcePorts : service->ports) = ports;
            } else if (isPortOperator(word)) {
                if (!readPortOperator(tokens, &i, service->protocols, &service->ports))
                    return false;
            } else if (service->protocols == IcmpBit) {
                service->icmpType = true;
                ++i;
            } else {
                return fail(
                    tokens.at(i).column, RequestReader::tr("\"%1\" is not part of a service.").arg(word));
            }
        }
        return true;
    }

    bool readServiceObjectLine(const QString &name, const QList<Token> &tokens)
    {
        if (tokens.front().text != QLatin1String("service") || tokens.size() < 2)
            return true; // description
        Service service;
        if (!readService(tokens, 1, &service))
            return false;
        m_serviceObjects[name].append(service);
        return true;
    }

    bool readGroupLine(const QString &name, const QList<Token> &tokens)
    {
        if (!m_groups.contains(name))
            return true;
        Group &group = m_groups[name];
        const QString &kind = tokens.front().text;
        if (kind == QLatin1String("description"))
            return true;
        if (kind == QLatin1String("group-object")) {
            if (tokens.size() < 2)
                return fail(tokens.front().column, RequestReader::tr("\"group-object\" needs a group name."));
            group.groups.append(tokens.at(1).text);
            return true;
        }
        if (kind == QLatin1String("network-object")) {
            if (tokens.size() >= 3 && tokens.at(1).text == QLatin1String("object")) {
                group.objects.append(tokens.at(2).text);
                return true;
            }
            int i = 1;
            if (tokens.size() < 2)
                return fail(tokens.front().column, RequestReader::tr("\"network-object\" needs an address."));
            return readAddressSpec(tokens, &i, &group.ranges);
        }
        if (kind == QLatin1String("port-object")) {
            int i = 1;
            Service service;
            service.protocols = group.portProtocols ? group.portProtocols : quint8(TcpBit | UdpBit);
            if (tokens.size() < 3)
                return fail(
                    tokens.front().column, RequestReader::tr("\"port-object\" needs eq or range and ports."));
            if (!readPortOperator(tokens, &i, service.protocols, &service.ports))
                return false;
            group.services.append(service);
            return true;
        }
        if (kind == QLatin1String("service-object")) {
            if (tokens.size() < 2)
                return fail(tokens.front().column, RequestReader::tr("\"service-object\" needs a protocol."));
            if (tokens.at(1).text == QLatin1String("object") && tokens.size() >= 3) {
                group.objects.append(tokens.at(2).text);
                return true;
            }
            Service service;
            if (!readService(tokens, 1, &service))
                return false;
            group.services.append(service);
            return true;
        }
        if (kind == QLatin1String("protocol-object")) {
            bool known = false;
            group.protocols |= protocolBits(tokens.value(1).text, &known);
            return true;
        }
        return true; // icmp-object and others: the group's kind says what it matches
    }

    /// Addresses of a group, its nested groups and objects.
    bool groupRanges(const QString &name, int column, QList<AddressRange> *ranges, QStringList *seen)
    {
        const Group group = m_groups.value(name);
        if (!m_groups.contains(name) || group.kind != Group::Kind::Network)
            return fail(column,
                RequestReader::tr("\"%1\" is not a network object-group of the configuration.").arg(name));
        if (seen->contains(name))
            return fail(column, RequestReader::tr("the object-group \"%1\" contains itself.").arg(name));
        seen->append(name);
        ranges->append(group.ranges);
        for (const QString &object : group.objects) {
            if (!objectRanges(object, column, ranges))
                return false;
        }
        for (const QString &inner : group.groups) {
            if (!groupRanges(inner, column, ranges, seen))
                return false;
        }
        return true;
    }

    bool objectRanges(const QString &name, int column, QList<AddressRange> *ranges)
    {
        if (!m_networkObjects.contains(name))
            return fail(
                column, RequestReader::tr("\"%1\" is not a network object of the configuration.").arg(name));
        const NetworkObject &object = m_networkObjects[name];
        if (!object.unsupported.isEmpty())
            return fail(column,
                RequestReader::tr("the object \"%1\" cannot be reviewed: %2.").arg(name, object.unsupported));
        ranges->append(object.ranges);
        return true;
    }

    bool groupServices(const QString &name, int column, QList<Service> *services, QStringList *seen)
    {
        const Group group = m_groups.value(name);
        if (seen->contains(name))
            return fail(column, RequestReader::tr("the object-group \"%1\" contains itself.").arg(name));
        seen->append(name);
        services->append(group.services);
        for (const QString &object : group.objects) {
            if (!m_serviceObjects.contains(object))
                return fail(column,
                    RequestReader::tr("\"%1\" is not a service object of the configuration.").arg(object));
            services->append(m_serviceObjects.value(object));
        }
        for (const QString &inner : group.groups) {
            if (!m_groups.contains(inner))
                return fail(column,
                    RequestReader::tr("\"%1\" is not an object-group of the configuration.").arg(inner));
            if (!groupServices(inner, column, services, seen))
                return false;
        }
        return true;
    }

    quint8 groupProtocols(const QString &name, QStringList *seen) const
    {
        if (seen->contains(name))
            return 0;
        seen->append(name);
        const Group group = m_groups.value(name);
        quint8 bits = group.protocols;
        for (const QString &inner : group.groups)
            bits |= groupProtocols(inner, seen);
        return bits;
    }

    /// A side of an access-list entry at tokens[i]: any, host, address and mask, object, object-group.
    bool readSide(const QList<Token> &tokens, int *i, SideSpec *side)
    {
        if (*i >= tokens.size())
            return fail(
                tokens.last().column, RequestReader::tr("the entry ends before its source or destination."));
        const Token &token = tokens.at(*i);
        side->line = m_line;
        side->column = token.column;
        if (token.text == QLatin1String("any")) {
            side->any = true;
            side->text = QStringLiteral("any");
            ++*i;
            return true;
        }
        side->any = false;
        if (token.text == QLatin1String("any4") || token.text == QLatin1String("any6")) {
            const bool v4 = token.text == QLatin1String("any4");
            side->ranges.append(v4
                    ? AddressRange {QHostAddress(quint32(0)), QHostAddress(quint32(0xffffffffu))}
                    : ReaderSupport::subnetRange(QHostAddress(QStringLiteral("::")), 0));
            side->text = token.text;
            ++*i;
            return true;
        }
        if (token.text == QLatin1String("object") || token.text == QLatin1String("object-group")) {
            if (*i + 1 >= tokens.size())
                return fail(token.column, RequestReader::tr("\"%1\" needs a name.").arg(token.text));
            const Token &name = tokens.at(*i + 1);
            QStringList seen;
            if (token.text == QLatin1String("object")
                    ? !objectRanges(name.text, name.column, &side->ranges)
                    : !groupRanges(name.text, name.column, &side->ranges, &seen))
                return false;
            *i += 2;
        } else if (token.text == QLatin1String("interface")
            || token.text.startsWith(QLatin1String("object-group-")) || token.text == QLatin1String("user")
            || token.text == QLatin1String("security-group")) {
            return fail(token.column,
                RequestReader::tr(
                    "\"%1\" matches by interface, user or security group, which Portolan cannot weigh "
                    "against a design's hosts.")
                    .arg(token.text));
        } else if (!readAddressSpec(tokens, i, &side->ranges)) {
            return false;
        }
        QStringList texts;
        for (const AddressRange &range : std::as_const(side->ranges))
            texts << ReaderSupport::rangeText(range);
        side->text = texts.join(QLatin1Char(','));
        return true;
    }

    /// An optional port part after a side: an operator, or a service object-group of ports.
    bool readOptionalPorts(const QList<Token> &tokens, int *i, quint8 protocols, PortSet *ports, bool *given)
    {
        *given = false;
        if (*i >= tokens.size())
            return true;
        const Token &token = tokens.at(*i);
        if (isPortOperator(token.text)) {
            *given = true;
            return readPortOperator(tokens, i, protocols, ports);
        }
        if (token.text == QLatin1String("object-group") && *i + 1 < tokens.size()) {
            const QString &name = tokens.at(*i + 1).text;
            if (m_groups.contains(name) && m_groups.value(name).kind == Group::Kind::Service) {
                QList<Service> services;
                QStringList seen;
                if (!groupServices(name, tokens.at(*i + 1).column, &services, &seen))
                    return false;
                PortSet set;
                for (const Service &service : std::as_const(services)) {
                    for (const PortRange &range : service.ports.ranges())
                        set.add(range);
                }
                *ports = set;
                *given = true;
                *i += 2;
            }
        }
        return true;
    }

    bool readAccessListLine(const QList<Token> &tokens, const QString &raw)
    {
        if (tokens.size() < 3)
            return fail(
                tokens.front().column, RequestReader::tr("an access-list line needs a name and a type."));
        const QString name = tokens.at(1).text;
        int i = 2;
        if (tokens.at(i).text == QLatin1String("line") && i + 1 < tokens.size())
            i += 2;
        const QString &type = tokens.at(i).text;
        if (type == QLatin1String("remark")) {
            ++list(name).entries;
            return true;
        }
        if (type != QLatin1String("extended"))
            return true; // standard, webtype, ethertype: not traffic between zones
        AccessList &acl = list(name);
        ++acl.entries;
        ++i;
        if (i >= tokens.size()
            || (tokens.at(i).text != QLatin1String("permit") && tokens.at(i).text != QLatin1String("deny")))
            return fail(i < tokens.size() ? tokens.at(i).column : tokens.last().column,
                RequestReader::tr("an extended access-list entry says permit or deny."));
        RequestSpec request;
        request.id = QStringLiteral("acl %1 line %2").arg(name).arg(acl.entries);
        request.line = m_line;
        request.text = raw.trimmed();
        request.action = tokens.at(i).text == QLatin1String("permit") ? Action::Allow : Action::Block;
        ++i;
        if (i >= tokens.size())
            return fail(tokens.last().column, RequestReader::tr("the entry ends before its protocol."));

        // The protocol: a name or number, a protocol group, or a service object or group.
        QList<Service> services;
        bool fromService = false;
        const Token &protocol = tokens.at(i);
        if (protocol.text == QLatin1String("object-group") || protocol.text == QLatin1String("object")) {
            if (i + 1 >= tokens.size())
                return fail(protocol.column, RequestReader::tr("\"%1\" needs a name.").arg(protocol.text));
            const Token &groupName = tokens.at(i + 1);
            if (protocol.text == QLatin1String("object")) {
                if (!m_serviceObjects.contains(groupName.text))
                    return fail(groupName.column,
                        RequestReader::tr("\"%1\" is not a service object of the configuration.")
                            .arg(groupName.text));
                services = m_serviceObjects.value(groupName.text);
                fromService = true;
            } else if (m_groups.value(groupName.text).kind == Group::Kind::Protocol
                && m_groups.contains(groupName.text)) {
                QStringList seen;
                Service service;
                service.protocols = groupProtocols(groupName.text, &seen);
                services.append(service);
            } else if (m_groups.value(groupName.text).kind == Group::Kind::Service
                && m_groups.contains(groupName.text)) {
                QStringList seen;
                if (!groupServices(groupName.text, groupName.column, &services, &seen))
                    return false;
                fromService = true;
            } else {
                return fail(groupName.column,
                    RequestReader::tr(
                        "\"%1\" is not a protocol or service object-group of the configuration.")
                        .arg(groupName.text));
            }
            request.protocol = groupName.text;
            i += 2;
        } else {
            bool known = false;
            Service service;
            service.protocols = protocolBits(protocol.text, &known);
            services.append(service);
            request.protocol = protocol.text;
            ++i;
        }
        quint8 protocols = 0;
        for (const Service &service : std::as_const(services))
            protocols |= service.protocols;

        MatchSpec match;
        if (!readSide(tokens, &i, &match.source))
            return false;
        PortSet sourcePorts;
        bool sourceGiven = false;
        if (!readOptionalPorts(tokens, &i, protocols, &sourcePorts, &sourceGiven))
            return false;
        if (!readSide(tokens, &i, &match.destination))
            return false;
        PortSet ports;
        bool portsGiven = false;
        if (!readOptionalPorts(tokens, &i, protocols, &ports, &portsGiven))
            return false;
        QStringList partial;
        while (i < tokens.size()) {
            const QString &word = tokens.at(i).text;
            if (word == QLatin1String("log")) {
                ++i;
                while (i < tokens.size()
                    && (tokens.at(i).text == QLatin1String("disable")
                        || tokens.at(i).text == QLatin1String("default")
                        || tokens.at(i).text == QLatin1String("interval")
                        || ReaderSupport::port(tokens.at(i).text, true)
                        || QStringList {QStringLiteral("emergencies"), QStringLiteral("alerts"),
                            QStringLiteral("critical"), QStringLiteral("errors"), QStringLiteral("warnings"),
                            QStringLiteral("notifications"), QStringLiteral("informational"),
                            QStringLiteral("debugging")}
                               .contains(tokens.at(i).text)))
                    ++i;
            } else if (word == QLatin1String("inactive")) {
                return true; // an inactive entry keeps its line number and matches nothing
            } else if (word == QLatin1String("time-range") && i + 1 < tokens.size()) {
                partial << RequestReader::tr("only during the time range %1").arg(tokens.at(i + 1).text);
                i += 2;
            } else if (protocols == IcmpBit && !portsGiven) {
                partial << RequestReader::tr("ICMP type %1").arg(word);
                i += word == QLatin1String("object-group") ? 2 : 1;
            } else {
                return fail(tokens.at(i).column,
                    RequestReader::tr("\"%1\" is not part of an access-list entry Portolan reads.")
                        .arg(word));
            }
        }

        // One match per service: each has its protocols and ports, narrowed by the entry's.
        for (const Service &service : std::as_const(services)) {
            MatchSpec one = match;
            one.protocols = service.protocols;
            one.ports = portsGiven ? service.ports.intersected(ports) : service.ports;
            one.sourcePorts = sourceGiven ? sourcePorts : service.sourcePorts;
            one.partial = partial;
            if (service.icmpType)
                one.partial << RequestReader::tr("an ICMP type");
            if (service.protocols == 0)
                one.partial
                    << RequestReader::tr("protocol %1, which no flow of a design uses").arg(request.protocol);
            request.own.append(one);
        }
        request.source = match.source.text;
        request.destination = match.destination.text;
        if (fromService || portsGiven) {
            PortSet all;
            for (const MatchSpec &one : std::as_const(request.own)) {
                if (one.protocols & (TcpBit | UdpBit)) {
                    for (const PortRange &range : one.ports.ranges())
                        all.add(range);
                }
            }
            request.ports = ReaderSupport::portsText(all);
        } else {
            request.ports = protocols == IcmpBit ? QString() : QStringLiteral("any");
        }
        acl.requests.append(request);
        return true;
    }

    AccessList &list(const QString &name)
    {
        if (!m_listIndex.contains(name)) {
            m_listIndex.insert(name, int(m_lists.size()));
            m_lists.append({name, 0, {}, m_line});
        }
        return m_lists[m_listIndex.value(name)];
    }

    bool build(const QList<Binding> &commented, RequestFile *out)
    {
        RequestFile result;
        result.format = RequestFile::Format::Asa;
        result.fileName = m_fileName;
        result.scopes = RequestFile::Scopes::InterfaceLists;
        result.scopeList.clear();
        QList<Binding> bindings = m_bindings;
        if (bindings.isEmpty() && !commented.isEmpty()) {
            bindings = commented;
            result.notes << RequestReader::tr(
                "No access-group line is active; the commented-out access-group "
                "lines give the lists' places.");
        }
        QList<Binding> interfaces;
        QList<Binding> global;
        for (const Binding &binding : std::as_const(bindings)) {
            if (!m_listIndex.contains(binding.list)) {
                m_line = binding.line;
                return fail(1,
                    RequestReader::tr("the access-group applies the list \"%1\", which has no extended "
                                      "entry in the configuration.")
                        .arg(binding.list));
            }
            (binding.global ? global : interfaces).append(binding);
        }
        if (bindings.isEmpty()) {
            for (const AccessList &acl : std::as_const(m_lists))
                interfaces.append({acl.name, QString(), false, acl.firstLine});
            result.notes << RequestReader::tr(
                "No access-group applies the lists; each is reviewed as the list of "
                "one interface.");
        }
        // Interface lists in the order of the configuration, then the global list, which the
        // firewall reads after them.
        std::stable_sort(interfaces.begin(), interfaces.end(), [this](const Binding &a, const Binding &b) {
            return m_listIndex.value(a.list) < m_listIndex.value(b.list);
        });
        QSet<QString> bound;
        for (const Binding &binding : interfaces + global) {
            if (bound.contains(binding.list))
                continue;
            bound.insert(binding.list);
            const AccessList &acl = m_lists.at(m_listIndex.value(binding.list));
            const int scope = int(result.scopeList.size());
            result.scopeList.append({binding.list, false, binding.global});
            for (RequestSpec request : acl.requests) {
                request.scope = scope;
                if (!binding.where.isEmpty())
                    request.context
                        << RequestReader::tr("access-group %1 %2").arg(binding.list, binding.where);
                result.requests.append(request);
            }
        }
        for (const AccessList &acl : std::as_const(m_lists)) {
            if (!bound.contains(acl.name))
                result.notes << RequestReader::tr(
                    "The access list %1 is applied by no access-group and is not reviewed.")
                                    .arg(acl.name);
        }
        result.notes << RequestReader::tr(
            "Replies of permitted connections pass by the firewall's state table; "
            "whatever no entry permits is denied.");
        *out = result;
        return true;
    }

    QString m_fileName;
    Problem m_problem;
    int m_line = 0;
    QHash<QString, QHostAddress> m_names;
    QHash<QString, NetworkObject> m_networkObjects;
    QHash<QString, QList<Service>> m_serviceObjects;
    QHash<QString, Group> m_groups;
    QList<AccessList> m_lists;
    QHash<QString, int> m_listIndex;
    QList<Binding> m_bindings;
};

} // namespace

bool RequestReader::readAsaConfig(
    const QByteArray &data, const QString &fileName, RequestFile *file, QString *error)
{
    Problem problem;
    QString text;
    if (!ReaderSupport::decode(data, &text, &problem)) {
        *error = ReaderSupport::place(fileName, problem);
        return false;
    }
    AsaParser parser(fileName);
    if (!parser.parse(text, file)) {
        *error = ReaderSupport::place(fileName, parser.problem());
        return false;
    }
    return true;
}

} // namespace portolan
