#pragma once

#include "derivation.h"

#include <QList>
#include <QString>

#include <optional>

namespace portolan {

class RoleContext;
class Template;

namespace steps {

/** One argument of a finding's message: plain text, or a host or a zone it names by id. */
struct MessageArg
{
    MessageArg(const QString &text)
        : text(text)
    { }
    MessageArg(qint64 number)
        : text(QString::number(number))
    { }
    static MessageArg host(const QString &id) { return {id, Mention::Host}; }
    static MessageArg zone(const QString &id) { return {id, Mention::Zone}; }

    QString text;
    std::optional<Mention::Kind> names; ///< set when the text is a host's or a zone's id

private:
    MessageArg(const QString &id, Mention::Kind kind)
        : text(id)
        , names(kind)
    { }
};

/**
 * `pattern` with each %1..%9 replaced by its argument in one pass, as QString::arg() with several
 * arguments does; *mentions gets where the hosts and zones went.
 */
QString composeMessage(const QString &pattern, const QList<MessageArg> &args, QList<Mention> *mentions);

/**
 * A catalog message evaluated for the hosts taking the roles of `context`; *mentions gets where it
 * names one of them by id ({id}, {b.id}) or names its zone ({zone}, {a.zone}).
 */
QString evaluateMessage(const Template &message, const RoleContext &context, QList<Mention> *mentions);

} // namespace steps
} // namespace portolan
