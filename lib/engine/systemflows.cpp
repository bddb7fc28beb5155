#include "steps.h"

#include <QMap>

#include <numeric>

namespace portolan::steps {

namespace {

/** Union-find over host indexes, with path halving. */
class Components
{
public:
    explicit Components(qsizetype count)
        : m_parent(count)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent.at(x) != x) {
            m_parent[x] = m_parent.at(m_parent.at(x));
            x = m_parent.at(x);
        }
        return x;
    }
    void join(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QList<int> m_parent;
};

QString memberList(const DerivationInput &input, const QList<int> &members)
{
    QStringList ids;
    for (int member : members)
        ids.append(input.hosts.at(member).host->id);
    return ids.join(QStringLiteral(", "));
}

void checkRequirements(
    const SystemRule &system, const QList<int> &members, const DerivationInput &input, Derivation *out)
{
    for (const SystemRule::Requirement &requirement : system.exactlyOne) {
        qsizetype count = 0;
        for (int member : members)
            count += input.hosts.at(member).host->type == requirement.type;
        if (count != 1) {
            QString message = requirement.message;
            message.replace(QLatin1String("{members}"), memberList(input, members))
                .replace(QLatin1String("{count}"), QString::number(count))
                .replace(QLatin1String("{type}"), input.catalog->type(requirement.type)->name);
            out->findings.append({requirement.severity, members, -1, requirement.id, message});
        }
    }
    for (const SystemRule::Requirement &requirement : system.sameParam) {
        const int nameId = input.catalog->paramNameId(requirement.param);
        QStringList values;
        for (int member : members) {
            const QString value = input.hosts.at(member).param(nameId).toString();
            if (!values.contains(value))
                values.append(value);
        }
        if (values.size() > 1) {
            QString message = requirement.message;
            message.replace(QLatin1String("{members}"), memberList(input, members))
                .replace(QLatin1String("{param}"), requirement.param)
                .replace(QLatin1String("{values}"), values.join(QStringLiteral(", ")));
            out->findings.append({requirement.severity, members, -1, requirement.id, message});
        }
    }
}

} // namespace

void deriveSystemFlows(const DerivationInput &input, Derivation *out)
{
    const QList<SystemRule> &systems = input.catalog->systems();
    if (systems.isEmpty())
        return;
    const Design &design = *input.design;
    RoleContext context(input);
    for (const SystemRule &system : systems) {
        Components components(input.hosts.size());
        QList<int> memberHosts;
        for (const ResolvedHost &host : input.hosts) {
            if (system.types.contains(host.host->type))
                memberHosts.append(host.index);
        }
        if (memberHosts.isEmpty())
            continue;
        for (const Link &link : design.links()) {
            const int a = design.hostIndex(link.a);
            const int b = design.hostIndex(link.b);
            if (system.types.contains(input.hosts.at(a).host->type)
                && system.types.contains(input.hosts.at(b).host->type))
                components.join(a, b);
        }
        // Systems in the order of their first member; members in design order.
        QMap<int, QList<int>> byFirstMember;
        QHash<int, int> firstMemberOfRoot;
        for (int member : std::as_const(memberHosts)) {
            const int root = components.find(member);
            const int first = firstMemberOfRoot.value(root, member);
            firstMemberOfRoot.insert(root, first);
            byFirstMember[first].append(member);
        }
        for (const QList<int> &members : std::as_const(byFirstMember)) {
            for (qsizetype i = 0; i < members.size(); ++i) {
                for (qsizetype j = i + 1; j < members.size(); ++j) {
                    const ResolvedHost &first = input.hosts.at(members.at(i));
                    const ResolvedHost &second = input.hosts.at(members.at(j));
                    for (const SystemRule::Pair &pair : system.pairs) {
                        const QString &typeFirst = first.host->type;
                        const QString &typeSecond = second.host->type;
                        const ResolvedHost *a = nullptr;
                        const ResolvedHost *b = nullptr;
                        if (pair.typesA.contains(typeFirst) && pair.typesB.contains(typeSecond)) {
                            a = &first;
                            b = &second;
                        } else if (pair.typesA.contains(typeSecond) && pair.typesB.contains(typeFirst)) {
                            a = &second;
                            b = &first;
                        } else {
                            continue;
                        }
                        for (const FlowTemplate &flow : pair.flows)
                            instantiateFlow(flow, *a, *b, context, out);
                        break; // the first pair rule that matches decides
                    }
                }
            }
            checkRequirements(system, members, input, out);
        }
    }
}

} // namespace portolan::steps
