#include "steps.h"

#include "findingmessage.h"

#include <algorithm>

namespace portolan::steps {

namespace {

/**
 * A requirement's message with its {placeholders} filled in one pass; {members} lists the
 * members by id, each a mention of its host.
 */
QString requirementMessage(const DerivationState &state, const QString &pattern, const QList<int> &members,
    const QList<std::pair<QLatin1String, QString>> &values, QList<Mention> *mentions)
{
    QString text;
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            text += QStringView(pattern).mid(pos);
            break;
        }
        text += QStringView(pattern).mid(pos, open - pos);
        const QStringView key = QStringView(pattern).mid(open + 1, close - open - 1);
        pos = close + 1;
        if (key == QLatin1String("members")) {
            for (qsizetype i = 0; i < members.size(); ++i) {
                if (i > 0)
                    text += QStringLiteral(", ");
                const QString &id = state.design->hosts().at(members.at(i)).id;
                mentions->append({Mention::Host, text.size(), id.size(), id});
                text += id;
            }
            continue;
        }
        const auto value = std::find_if(values.cbegin(), values.cend(),
            [&](const std::pair<QLatin1String, QString> &pair) { return key == pair.first; });
        text += value != values.cend() ? QStringView(value->second)
                                       : QStringView(pattern).mid(open, pos - open);
    }
    return text;
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
            QList<Mention> mentions;
            const QString message = requirementMessage(state, requirement.message, members,
                {{QLatin1String("count"), QString::number(count)},
                    {QLatin1String("type"), type >= 0 ? state.binding->type(type).name : requirement.type}},
                &mentions);
            findings->append(
                {requirement.severity, members, -1, requirement.id, message, QString(), mentions});
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
            QList<Mention> mentions;
            const QString message = requirementMessage(state, requirement.message, members,
                {{QLatin1String("param"), requirement.param},
                    {QLatin1String("values"), values.join(QStringLiteral(", "))}},
                &mentions);
            findings->append(
                {requirement.severity, members, -1, requirement.id, message, QString(), mentions});
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
