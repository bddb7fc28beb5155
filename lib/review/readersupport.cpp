#include "readersupport.h"

#include "base/strictaddress.h"

#include <QHash>

#include <cstring>

namespace portolan::review {

namespace {

/// Length of the UTF-8 sequence at data[i], or 0 when it is not one.
int utf8Length(const QByteArray &data, qsizetype i)
{
    const auto byte = [&data](qsizetype at) { return quint8(data.at(at)); };
    const quint8 lead = byte(i);
    if (lead < 0x80)
        return 1;
    int length = 0;
    quint32 code = 0;
    if ((lead & 0xe0) == 0xc0) {
        length = 2;
        code = lead & 0x1f;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        code = lead & 0x0f;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        code = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > data.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80)
            return 0;
        code = (code << 6) | (byte(i + k) & 0x3f);
    }
    static const quint32 smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return 0;
    return length;
}

quint32 prefixMask(int prefix)
{
    return prefix <= 0 ? 0 : ~quint32(0) << (32 - prefix);
}

bool isHexDigit(QChar c)
{
    return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

int compare(const QHostAddress &a, const QHostAddress &b)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 x = a.toIPv4Address();
        const quint32 y = b.toIPv4Address();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const Q_IPV6ADDR x = a.toIPv6Address();
    const Q_IPV6ADDR y = b.toIPv6Address();
    return std::memcmp(x.c, y.c, 16);
}

} // namespace

QString ReaderSupport::place(const QString &fileName, const Problem &problem)
{
    return QStringLiteral("%1:%2:%3: %4")
        .arg(fileName)
        .arg(problem.line)
        .arg(problem.column)
        .arg(problem.message);
}

bool ReaderSupport::decode(const QByteArray &data, QString *text, Problem *problem)
{
    int line = 1;
    int column = 1;
    qsizetype i = data.startsWith("\xef\xbb\xbf") ? 3 : 0;
    const qsizetype start = i;
    while (i < data.size()) {
        const quint8 byte = quint8(data.at(i));
        const int length = utf8Length(data, i);
        const bool control
            = byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != 0x0b && byte != 0x0c;
        if (length == 0 || control || byte == 0x7f) {
            problem->line = line;
            problem->column = column;
            problem->message = length == 0
                ? tr("the file is not UTF-8 text (byte 0x%1); it is not a change request or a rule set.")
                      .arg(byte, 2, 16, QLatin1Char('0'))
                : tr("the file holds binary data (byte 0x%1); it is not a change request or a rule set.")
                      .arg(byte, 2, 16, QLatin1Char('0'));
            return false;
        }
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if (byte != '\r') {
            column += length == 4 ? 2 : 1; // columns count UTF-16 code units, as QString does
        }
        i += length;
    }
    *text = QString::fromUtf8(data.constData() + start, data.size() - start);
    return true;
}

QStringList ReaderSupport::lines(const QString &text)
{
    QStringList result = text.split(QLatin1Char('\n'));
    for (QString &line : result) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

bool ReaderSupport::tokens(const QString &line, QList<Token> *tokens, Problem *problem)
{
    tokens->clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
            ++i;
        if (i >= n)
            break;
        Token token;
        token.column = int(i) + 1;
        if (line.at(i) == QLatin1Char('"')) {
            token.quoted = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = line.at(i);
                if (c == QLatin1Char('\\') && i + 1 < n
                    && (line.at(i + 1) == QLatin1Char('"') || line.at(i + 1) == QLatin1Char('\\'))) {
                    token.text += line.at(i + 1);
                    i += 2;
                    continue;
                }
                ++i;
                if (c == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                token.text += c;
            }
            if (!closed) {
                problem->column = token.column;
                problem->message = tr("the quoted text that starts here does not end on its line.");
                return false;
            }
        } else {
            while (i < n && line.at(i) != QLatin1Char(' ') && line.at(i) != QLatin1Char('\t'))
                token.text += line.at(i++);
        }
        tokens->append(token);
    }
    return true;
}

AddressRange ReaderSupport::subnetRange(const QHostAddress &address, int prefix)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefixMask(prefix);
        const quint32 base = address.toIPv4Address() & mask;
        return {QHostAddress(base), QHostAddress(base | ~mask)};
    }
    Q_IPV6ADDR first = address.toIPv6Address();
    Q_IPV6ADDR last = first;
    for (int bit = 0; bit < 128; ++bit) {
        if (bit < prefix)
            continue;
        const quint8 mask = quint8(0x80 >> (bit % 8));
        first.c[bit / 8] &= quint8(~mask);
        last.c[bit / 8] |= mask;
    }
    return {QHostAddress(first), QHostAddress(last)};
}

bool ReaderSupport::parseAddresses(const QString &text, AddressRange *range)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QHostAddress address = strictAddress(trimmed.left(slash));
        const QString prefixText = trimmed.mid(slash + 1);
        if (address.isNull() || prefixText.isEmpty())
            return false;
        bool ok = false;
        int prefix = prefixText.toInt(&ok);
        const int bits = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        if (!ok) {
            if (bits != 32)
                return false;
            return parseAddressAndMask(trimmed.left(slash), prefixText, range);
        }
        if (prefix < 0 || prefix > bits || !prefixText.at(0).isDigit())
            return false;
        *range = subnetRange(address, prefix);
        return true;
    }
    const qsizetype dash = trimmed.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        const QHostAddress first = strictAddress(trimmed.left(dash));
        const QHostAddress last = strictAddress(trimmed.mid(dash + 1));
        if (first.isNull() || last.isNull() || first.protocol() != last.protocol()
            || compare(first, last) > 0)
            return false;
        *range = {first, last};
        return true;
    }
    const QHostAddress address = strictAddress(trimmed);
    if (address.isNull())
        return false;
    *range = {address, address};
    return true;
}

QHostAddress ReaderSupport::parseAddress(const QString &text)
{
    return strictAddress(text);
}

bool ReaderSupport::parseAddressAndMask(const QString &address, const QString &mask, AddressRange *range)
{
    const QHostAddress base = strictAddress(address);
    const QHostAddress netmask = strictAddress(mask);
    if (base.protocol() != QAbstractSocket::IPv4Protocol
        || netmask.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    const quint32 bits = netmask.toIPv4Address();
    // A netmask is ones then zeros.
    if ((~bits & (~bits + 1)) != 0)
        return false;
    int prefix = 0;
    for (quint32 b = bits; b & 0x80000000u; b <<= 1)
        ++prefix;
    *range = subnetRange(base, prefix);
    return true;
}

bool ReaderSupport::contains(const AddressRange &range, const QHostAddress &address)
{
    if (address.isNull() || address.protocol() != range.first.protocol())
        return false;
    return compare(range.first, address) <= 0 && compare(address, range.last) <= 0;
}

QString ReaderSupport::rangeText(const AddressRange &range)
{
    if (range.first == range.last)
        return range.first.toString();
    const int bits = range.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    for (int prefix = bits; prefix >= 0; --prefix) {
        const AddressRange subnet = subnetRange(range.first, prefix);
        if (subnet.first == range.first && subnet.last == range.last)
            return range.first.toString() + QLatin1Char('/') + QString::number(prefix);
        if (compare(subnet.first, range.first) != 0)
            break;
    }
    return range.first.toString() + QLatin1Char('-') + range.last.toString();
}

bool ReaderSupport::looksLikeAddress(const QString &text)
{
    // "10.0.0.0/24", "10.0.0.0/255.255.255.0", "2001:db8::/32", "10.0.0.1-10.0.0.9": what comes
    // before the slash or dash decides.
    QString head = text;
    const qsizetype cut = text.indexOf(QLatin1Char('/'));
    if (cut >= 0)
        head = text.left(cut);
    else if (text.indexOf(QLatin1Char('-')) > 0 && !text.contains(QLatin1Char(':')))
        head = text.left(text.indexOf(QLatin1Char('-')));
    if (head.isEmpty())
        return false;
    bool digitsAndDots = head.contains(QLatin1Char('.'));
    bool hexAndColons = head.count(QLatin1Char(':')) >= 2;
    for (const QChar c : head) {
        if (!c.isDigit() && c != QLatin1Char('.'))
            digitsAndDots = false;
        if (!isHexDigit(c) && c != QLatin1Char(':') && c != QLatin1Char('.'))
            hexAndColons = false;
    }
    return digitsAndDots || hexAndColons;
}

std::optional<int> ReaderSupport::port(const QString &text, bool zeroAllowed)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const int value = text.toInt();
    if (value > 65535 || (value == 0 && !zeroAllowed))
        return std::nullopt;
    return value;
}

std::optional<int> ReaderSupport::asaPort(const QString &name, Protocol protocol)
{
    if (const std::optional<int> number = port(name, true))
        return number;
    // The names Cisco ASA shows for well-known ports; some mean one port for tcp, another for udp.
    static const QHash<QString, int> both = {{QStringLiteral("cifs"), 3020}, {QStringLiteral("discard"), 9},
        {QStringLiteral("domain"), 53}, {QStringLiteral("echo"), 7}, {QStringLiteral("http"), 80},
        {QStringLiteral("www"), 80}, {QStringLiteral("kerberos"), 750}, {QStringLiteral("nfs"), 2049},
        {QStringLiteral("pim-auto-rp"), 496}, {QStringLiteral("sip"), 5060}, {QStringLiteral("sunrpc"), 111},
        {QStringLiteral("tacacs"), 49}, {QStringLiteral("talk"), 517}};
    static const QHash<QString, int> tcp = {{QStringLiteral("aol"), 5190}, {QStringLiteral("bgp"), 179},
        {QStringLiteral("chargen"), 19}, {QStringLiteral("citrix-ica"), 1494}, {QStringLiteral("cmd"), 514},
        {QStringLiteral("ctiqbe"), 2748}, {QStringLiteral("daytime"), 13}, {QStringLiteral("exec"), 512},
        {QStringLiteral("finger"), 79}, {QStringLiteral("ftp"), 21}, {QStringLiteral("ftp-data"), 20},
        {QStringLiteral("gopher"), 70}, {QStringLiteral("h323"), 1720}, {QStringLiteral("hostname"), 101},
        {QStringLiteral("https"), 443}, {QStringLiteral("ident"), 113}, {QStringLiteral("imap4"), 143},
        {QStringLiteral("irc"), 194}, {QStringLiteral("klogin"), 543}, {QStringLiteral("kshell"), 544},
        {QStringLiteral("ldap"), 389}, {QStringLiteral("ldaps"), 636}, {QStringLiteral("login"), 513},
        {QStringLiteral("lotusnotes"), 1352}, {QStringLiteral("lpd"), 515},
        {QStringLiteral("netbios-ssn"), 139}, {QStringLiteral("nntp"), 119},
        {QStringLiteral("pcanywhere-data"), 5631}, {QStringLiteral("pop2"), 109},
        {QStringLiteral("pop3"), 110}, {QStringLiteral("pptp"), 1723}, {QStringLiteral("rsh"), 514},
        {QStringLiteral("rtsp"), 554}, {QStringLiteral("smtp"), 25}, {QStringLiteral("sqlnet"), 1521},
        {QStringLiteral("ssh"), 22}, {QStringLiteral("telnet"), 23}, {QStringLiteral("uucp"), 540},
        {QStringLiteral("whois"), 43}};
    static const QHash<QString, int> udp = {{QStringLiteral("biff"), 512}, {QStringLiteral("bootpc"), 68},
        {QStringLiteral("bootps"), 67}, {QStringLiteral("dnsix"), 195}, {QStringLiteral("isakmp"), 500},
        {QStringLiteral("mobile-ip"), 434}, {QStringLiteral("nameserver"), 42},
        {QStringLiteral("netbios-dgm"), 138}, {QStringLiteral("netbios-ns"), 137},
        {QStringLiteral("ntp"), 123}, {QStringLiteral("pcanywhere-status"), 5632},
        {QStringLiteral("radius"), 1645}, {QStringLiteral("radius-acct"), 1646}, {QStringLiteral("rip"), 520},
        {QStringLiteral("secureid-udp"), 5510}, {QStringLiteral("snmp"), 161},
        {QStringLiteral("snmptrap"), 162}, {QStringLiteral("syslog"), 514}, {QStringLiteral("tftp"), 69},
        {QStringLiteral("time"), 37}, {QStringLiteral("vxlan"), 4789}, {QStringLiteral("who"), 513},
        {QStringLiteral("xdmcp"), 177}};
    const QString key = name.toLower();
    if (both.contains(key))
        return both.value(key);
    const QHash<QString, int> &own = protocol == Protocol::Udp ? udp : tcp;
    const QHash<QString, int> &other = protocol == Protocol::Udp ? tcp : udp;
    if (own.contains(key))
        return own.value(key);
    // A name of the other protocol (an object-group of tcp-udp ports): the same number.
    if (other.contains(key))
        return other.value(key);
    return std::nullopt;
}

QString ReaderSupport::portsText(const PortSet &ports)
{
    if (ports == MatchSpec::allPorts())
        return QStringLiteral("any");
    return ports.toString();
}

QString ReaderSupport::protocolsText(quint8 protocols)
{
    if ((protocols & AllProtocolBits) == AllProtocolBits)
        return QStringLiteral("any");
    QStringList names;
    if (protocols & TcpBit)
        names << QStringLiteral("tcp");
    if (protocols & UdpBit)
        names << QStringLiteral("udp");
    if (protocols & IcmpBit)
        names << QStringLiteral("icmp");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1Char(','));
}

} // namespace portolan::review
