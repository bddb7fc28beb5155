#pragma once

#include "catalog/expression.h"
#include "derivation.h"

#include <QList>
#include <QString>

namespace portolan {

class RoleContext;
struct ResolvedHost;

namespace steps {

/** One argument of a finding's message: a text, or a host or a zone that the message names. */
struct MessageArg
{
    MessageArg(const QString &text)
        : text(text)
    { }
    MessageArg(qint64 number)
        : text(QString::number(number))
    { }
    /// The host, named by its id.
    static MessageArg host(const ResolvedHost &host);
    /// The zone, named by its id.
    static MessageArg zone(const QString &id);

    QString text;
    int hostIndex = -1; ///< the host named, or -1
    QString zoneId; ///< the zone named, or empty
};

/**
 * The message of a finding: `pattern` with each %1..%9 replaced by its argument in one pass, as
 * QString::arg() with several arguments does; *mentions gets where the hosts and zones went.
 */
QString composeMessage(const QString &pattern, const QList<MessageArg> &args, QList<Mention> *mentions);

/**
 * A catalog message template evaluated for the hosts of `context`; *mentions gets where it names
 * one of them by id ({id}, {b.id}) or their zone ({zone}).
 */
QString evaluateMessage(const Template &message, const RoleContext &context, QList<Mention> *mentions);

} // namespace steps
} // namespace portolan
