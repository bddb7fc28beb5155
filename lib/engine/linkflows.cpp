#include "steps.h"

#include <QSet>

namespace portolan::steps {

void deriveLinkFlows(const DerivationInput &input, Derivation *out)
{
    const QList<Link> &links = input.design->links();
    RoleContext context(input);
    QHash<QPair<int, int>, int> seen; // unordered host pair -> first link index
    for (int l = 0; l < links.size(); ++l) {
        const Link &link = links.at(l);
        const int indexA = input.design->hostIndex(link.a);
        const int indexB = input.design->hostIndex(link.b);
        const QPair<int, int> pair(qMin(indexA, indexB), qMax(indexA, indexB));
        if (const int first = seen.value(pair, -1); first >= 0) {
            out->findings.append(
                {Severity::Warning, {indexA, indexB}, l, QStringLiteral("design.repeated-link"),
                    Catalog::tr("Link %1 (%2 - %3) repeats link %4; it adds nothing.")
                        .arg(l)
                        .arg(link.a, link.b)
                        .arg(first)});
            continue;
        }
        seen.insert(pair, l);
        const ResolvedHost &hostA = input.hosts.at(indexA);
        const ResolvedHost &hostB = input.hosts.at(indexB);
        bool swapped = false;
        const LinkKind *kind = input.catalog->linkKind(hostA.host->type, hostB.host->type, &swapped);
        if (!kind) {
            out->findings.append({Severity::Error, {indexA, indexB}, l, QStringLiteral("design.link-meaning"),
                Catalog::tr("Link %1 (%2 - %3): the catalog gives no meaning to a link between "
                            "a %4 and a %5.")
                    .arg(l)
                    .arg(link.a, link.b, hostA.type->name, hostB.type->name)});
            continue;
        }
        const ResolvedHost &a = swapped ? hostB : hostA;
        const ResolvedHost &b = swapped ? hostA : hostB;
        for (const FlowTemplate &flow : kind->flows)
            instantiateFlow(flow, a, b, context, out);
        context.setRoles(&a, &b);
        for (const FindingTemplate &finding : kind->findings) {
            if (finding.when.isTrue(context)) {
                out->findings.append({finding.severity, {a.index, b.index}, l, finding.id,
                    finding.message.evaluate(context), finding.category});
            }
        }
    }
}

} // namespace portolan::steps
