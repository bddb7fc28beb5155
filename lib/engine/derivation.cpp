#include "derivation.h"

#include "model/design.h"

#include <algorithm>

namespace portolan {

bool Derivation::hasErrors() const
{
    return count(Severity::Error) > 0;
}

QString Finding::text(const Design &design) const
{
    if (mentions.isEmpty())
        return message;
    QString text;
    qsizetype done = 0;
    for (const Mention &mention : mentions) {
        if (mention.start < done || mention.start + mention.length > message.size())
            continue; // not a place in this message
        text += QStringView(message).mid(done, mention.start - done);
        QString name = message.mid(mention.start, mention.length);
        if (mention.kind == Mention::Host) {
            if (mention.host >= 0 && mention.host < design.hosts().size())
                name = design.hosts().at(mention.host).displayName();
        } else if (const Zone *zone = design.zone(mention.zone)) {
            name = zone->name.isEmpty() ? zone->id : zone->name;
        }
        text += name;
        done = mention.start + mention.length;
    }
    text += QStringView(message).mid(done);
    return text;
}

qsizetype Derivation::count(Severity severity) const
{
    return std::count_if(findings.cbegin(), findings.cend(),
        [severity](const Finding &finding) { return finding.severity == severity; });
}

} // namespace portolan
