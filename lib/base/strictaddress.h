#pragma once

#include <QHostAddress>
#include <QString>

namespace portolan {

/// Reads an address as a person writes one in an inventory or a firewall rule: a dotted quad of
/// four decimal numbers up to 255 ("192.168.10.11"), or an IPv6 address without a scope or a
/// prefix. QHostAddress alone also takes forms such as "10.1" or "0x0a.0.0.1", which nobody means
/// as an address. A null address when the text is neither.
QHostAddress strictAddress(const QString &text);

} // namespace portolan
