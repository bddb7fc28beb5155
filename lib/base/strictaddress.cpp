#include "strictaddress.h"

#include <QStringList>

namespace portolan {

QHostAddress strictAddress(const QString &text)
{
    if (text.contains(QLatin1Char(':'))) {
        QHostAddress address;
        if (text.contains(QLatin1Char('%')) || text.contains(QLatin1Char('/')) || !address.setAddress(text)
            || address.protocol() != QAbstractSocket::IPv6Protocol)
            return QHostAddress();
        return address;
    }
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return QHostAddress();
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return QHostAddress();
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return QHostAddress();
        }
        const int number = part.toInt();
        if (number > 255)
            return QHostAddress();
        value = (value << 8) | quint32(number);
    }
    return QHostAddress(value);
}

} // namespace portolan
