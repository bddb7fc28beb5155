#include "findingmessage.h"

#include "derivationstate.h"
#include "rolecontext.h"

#include "catalog/expression.h"

namespace portolan::steps {

QString composeMessage(const QString &pattern, const QList<MessageArg> &args, QList<Mention> *mentions)
{
    QString text;
    text.reserve(pattern.size() + 48);
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const QChar c = pattern.at(pos);
        const int number = pos + 1 < pattern.size() ? pattern.at(pos + 1).digitValue() : -1;
        if (c != QLatin1Char('%') || number < 1 || number > args.size()) {
            text += c;
            ++pos;
            continue;
        }
        const MessageArg &arg = args.at(number - 1);
        if (arg.names)
            mentions->append({*arg.names, text.size(), arg.text.size(), arg.text});
        text += arg.text;
        pos += 2;
    }
    return text;
}

QString evaluateMessage(const Template &message, const RoleContext &context, QList<Mention> *mentions)
{
    QList<Template::Filled> filled;
    const QString text = message.evaluate(context, &filled);
    for (const Template::Filled &hole : std::as_const(filled)) {
        const Host *host = context.host(hole.binding.role);
        if (!host || hole.length == 0)
            continue;
        if (hole.binding.param == Binding::Id)
            mentions->append({Mention::Host, hole.start, hole.length, host->id});
        else if (hole.binding.param == Binding::Zone)
            mentions->append({Mention::Zone, hole.start, hole.length, host->zone});
    }
    return text;
}

} // namespace portolan::steps
