#include "steps.h"

namespace portolan::steps {

namespace {

QString memberList(const DerivationState &state, const QList<int> &members)
{
    QStringList ids;
    for (const int member : members)
        ids.append(state.design->hosts().at(member).id);
    return ids.join(QStringLiteral(", "));
}

void checkRequirements(const DerivationState &state, const CatalogBinding::System &system,
    const QList<int> &members, QList<Finding> *findings)
{
    const SystemRule &rule = *system.rule;
    for (int r = 0; r < rule.exactlyOne.size(); ++r) {
        const SystemRule::Requirement &requirement = rule.exactlyOne.at(r);
        const int type = system.exactlyOneTypes.at(r);
        qsizetype count = 0;
        for (const int member : members)
            count += type >= 0 && state.hosts.at(member).type == type;
        if (count != 1) {
            QString message = requirement.message;
            message.replace(QLatin1String("{members}"), memberList(state, members))
                .replace(QLatin1String("{count}"), QString::number(count))
                .replace(
                    QLatin1String("{type}"), type >= 0 ? state.binding->type(type).name : requirement.type);
            findings->append({requirement.severity, members, -1, requirement.id, message});
        }
    }
    for (int r = 0; r < rule.sameParam.size(); ++r) {
        const SystemRule::Requirement &requirement = rule.sameParam.at(r);
        const int nameId = system.sameParamIds.at(r);
        QStringList values;
        for (const int member : members) {
            const QString value = state.param(member, nameId).toString();
            if (!values.contains(value))
                values.append(value);
        }
        if (values.size() > 1) {
            QString message = requirement.message;
            message.replace(QLatin1String("{members}"), memberList(state, members))
                .replace(QLatin1String("{param}"), requirement.param)
                .replace(QLatin1String("{values}"), values.join(QStringLiteral(", ")));
            findings->append({requirement.severity, members, -1, requirement.id, message});
        }
    }
}

} // namespace

void deriveSystemFlows(DerivationState &state, int system, DerivationState::Component *component)
{
    const CatalogBinding::System &rules = state.binding->systems().at(system);
    RoleContext context(state);
    const QList<Finding> before = component->findings;
    component->findings.clear();
    state.dropRecords(&component->records);
    const QList<int> &members = component->members;
    const qsizetype first = state.records.size();
    for (qsizetype i = 0; i < members.size(); ++i) {
        for (qsizetype j = i + 1; j < members.size(); ++j) {
            const int one = members.at(i);
            const int other = members.at(j);
            const int typeOne = state.hosts.at(one).type;
            const int typeOther = state.hosts.at(other).type;
            for (const CatalogBinding::SystemPair &pair : rules.pairs) {
                int a = -1;
                int b = -1;
                if (pair.typesA.at(typeOne) && pair.typesB.at(typeOther)) {
                    a = one;
                    b = other;
                } else if (pair.typesA.at(typeOther) && pair.typesB.at(typeOne)) {
                    a = other;
                    b = one;
                } else {
                    continue;
                }
                for (const CatalogBinding::Flow &flow : pair.flows)
                    instantiateFlow(state, flow, a, b, context, &component->findings);
                break; // the first pair rule that matches decides
            }
        }
    }
    state.setRecords(&component->records, first);
    checkRequirements(state, rules, members, &component->findings);
    if (component->findings != before)
        state.findingsTouched = true;
}

} // namespace portolan::steps
