#include "findingmessage.h"

#include "rolecontext.h"

namespace portolan::steps {

MessageArg MessageArg::host(const ResolvedHost &host)
{
    MessageArg arg(host.host->id);
    arg.hostIndex = host.index;
    return arg;
}

MessageArg MessageArg::zone(const QString &id)
{
    MessageArg arg(id);
    arg.zoneId = id;
    return arg;
}

QString composeMessage(const QString &pattern, const QList<MessageArg> &args, QList<Mention> *mentions)
{
    QString text;
    text.reserve(pattern.size() + 32);
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
        if (arg.hostIndex >= 0)
            mentions->append({Mention::Host, text.size(), arg.text.size(), arg.hostIndex, QString()});
        else if (!arg.zoneId.isEmpty())
            mentions->append({Mention::Zone, text.size(), arg.text.size(), -1, arg.zoneId});
        text += arg.text;
        pos += 2;
    }
    return text;
}

QString evaluateMessage(const Template &message, const RoleContext &context, QList<Mention> *mentions)
{
    QList<Template::Hole> holes;
    const QString text = message.evaluate(context, &holes);
    for (const Template::Hole &hole : std::as_const(holes)) {
        const ResolvedHost *host = context.role(hole.binding.role);
        if (!host || hole.length == 0)
            continue;
        if (hole.binding.param == Binding::Id)
            mentions->append({Mention::Host, hole.start, hole.length, host->index, QString()});
        else if (hole.binding.param == Binding::Zone)
            mentions->append({Mention::Zone, hole.start, hole.length, -1, host->host->zone});
    }
    return text;
}

} // namespace portolan::steps
