#pragma once

#include "requestfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace portolan::review {

/** What the readers share: text checks, places, tokens, addresses, ports. */
class ReaderSupport
{
    Q_DECLARE_TR_FUNCTIONS(RequestReader)

public:
    /// A problem at a place of the file; message is a whole sentence without the place.
    struct Problem
    {
        int line = 0;
        int column = 0;
        QString message;
    };

    /// "FILE:LINE:COLUMN: message", as every reader reports an error.
    static QString place(const QString &fileName, const Problem &problem);

    /**
     * The bytes as text: UTF-8 without NUL characters, a byte order mark dropped. False with the
     * line and column of the first byte that is not text.
     */
    static bool decode(const QByteArray &data, QString *text, Problem *problem);

    /// The text's lines without their line ends ("\n", "\r\n").
    static QStringList lines(const QString &text);

    struct Token
    {
        QString text;
        int column = 0; ///< 1-based, in characters
        bool quoted = false;
    };
    /**
     * Splits a line at spaces and tabs; "double quoted" words may hold spaces and \" or \\ escapes.
     * False with the column of an unterminated quote.
     */
    static bool tokens(const QString &line, QList<Token> *tokens, Problem *problem);

    /// A dotted quad ("10.0.0.1", nothing shorter) or an IPv6 address; null when it is neither.
    static QHostAddress parseAddress(const QString &text);
    /**
     * An address ("10.0.0.1"), a subnet ("10.0.0.0/24", "10.0.0.0/255.255.255.0",
     * "2001:db8::/32") or a range ("10.0.0.1-10.0.0.9"), as a range of addresses.
     */
    static bool parseAddresses(const QString &text, AddressRange *range);
    /// An address and a dotted netmask ("10.0.0.0", "255.255.255.0"), as ASA writes a network.
    static bool parseAddressAndMask(const QString &address, const QString &mask, AddressRange *range);
    static AddressRange subnetRange(const QHostAddress &address, int prefix);
    static bool contains(const AddressRange &range, const QHostAddress &address);
    /// "10.0.0.0/24", "10.0.0.5", "10.0.0.1-10.0.0.9": the shortest way to write the range.
    static QString rangeText(const AddressRange &range);
    /// True when the text looks like an address or a subnet someone meant to write (digits and
    /// dots, or hex digits and colons, with an optional /prefix), whether or not it parses.
    static bool looksLikeAddress(const QString &text);

    /// A port number from 1 to 65535 (0 allowed when zeroAllowed).
    static std::optional<int> port(const QString &text, bool zeroAllowed = false);
    /// The port numbers Cisco ASA writes by name ("www", "https", "tftp"), for tcp, udp or both.
    static std::optional<int> asaPort(const QString &name, Protocol protocol);
    /// The ports as the spec writes them ("22,443,3000-3032"); "any" for every port of 1 to 65535.
    static QString portsText(const PortSet &ports);
    /// The protocols of the bits, as the spec writes them: "tcp", "udp", "icmp", "any", or "tcp,udp".
    static QString protocolsText(quint8 protocols);
};

} // namespace portolan::review
