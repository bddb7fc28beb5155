#include "derivation.h"

#include "model/design.h"

#include <algorithm>

namespace portolan {

QString Finding::text(const Design &design) const
{
    if (mentions.isEmpty())
        return message;
    QString text;
    text.reserve(message.size() + 16 * mentions.size());
    qsizetype done = 0;
    for (const Mention &mention : mentions) {
        if (mention.start < done || mention.length < 0 || mention.start + mention.length > message.size())
            continue; // not a place of this message
        text += QStringView(message).mid(done, mention.start - done);
        QString name;
        if (mention.kind == Mention::Host) {
            if (const Host *host = design.host(mention.id))
                name = host->displayName();
        } else if (const Zone *zone = design.zone(mention.id)) {
            name = zone->name;
        }
        text += name.isEmpty() ? QStringView(message).mid(mention.start, mention.length) : QStringView(name);
        done = mention.start + mention.length;
    }
    text += QStringView(message).mid(done);
    return text;
}

bool Derivation::hasErrors() const
{
    return count(Severity::Error) > 0;
}

qsizetype Derivation::count(Severity severity) const
{
    return std::count_if(findings.cbegin(), findings.cend(),
        [severity](const Finding &finding) { return finding.severity == severity; });
}

} // namespace portolan
