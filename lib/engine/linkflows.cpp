#include "steps.h"

#include "findingmessage.h"

namespace portolan::steps {

void deriveLinkFlows(DerivationState &state, const QList<int> &links)
{
    RoleContext context(state);
    for (const int l : links) {
        DerivationState::LinkState &link = state.links[l];
        const QList<Finding> before = link.findings;
        link.findings.clear();
        state.dropRecords(&link.records);
        link.meaning = nullptr;
        link.swapped = false;
        const int typeA = state.hosts.at(link.a).type;
        const int typeB = state.hosts.at(link.b).type;
        if (link.repeats < 0 && typeA >= 0 && typeB >= 0)
            link.meaning = state.binding->link(typeA, typeB, &link.swapped);
        if (link.meaning) {
            // The rule's roles a and b, in the order the catalog names their types.
            const int a = link.swapped ? link.b : link.a;
            const int b = link.swapped ? link.a : link.b;
            const qsizetype first = state.records.size();
            for (const CatalogBinding::Flow &flow : link.meaning->flows)
                instantiateFlow(state, flow, a, b, context, &link.findings);
            state.setRecords(&link.records, first);
            context.setRoles(a, b);
            for (const FindingTemplate &finding : link.meaning->kind->findings) {
                if (finding.when.isTrue(context)) {
                    QList<Mention> mentions;
                    const QString message = evaluateMessage(finding.message, context, &mentions);
                    link.findings.append(
                        {finding.severity, {a, b}, l, finding.id, message, finding.category, mentions});
                }
            }
        }
        if (link.findings != before)
            state.findingsTouched = true;
    }
}

} // namespace portolan::steps
