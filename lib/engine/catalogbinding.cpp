#include "catalogbinding.h"

#include "catalog/paramresolver.h"

namespace portolan {

namespace {

bool callsLinked(const QStringList &functions)
{
    return functions.contains(QStringLiteral("linked"));
}

bool readsLinks(const FindingTemplate &finding)
{
    return callsLinked(finding.when.functions()) || callsLinked(finding.message.functions());
}

} // namespace

CatalogBinding::CatalogBinding(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog))
{
    const QList<HostType> &types = m_catalog->types();
    const int count = int(types.size());
    for (int t = 0; t < count; ++t) {
        const HostType &type = types.at(t);
        m_typeIndex.insert(type.id, t);
        const bool fixed = std::none_of(type.params.cbegin(), type.params.cend(), [](const ParamSpec &spec) {
            return spec.defaultExpression && spec.defaultExpression->readsHostFields();
        });
        Host blank;
        blank.type = type.id;
        m_defaultParams.append(fixed ? ParamResolver::resolve(blank, type) : QList<Value>());
        m_staticDefaults.append(fixed);
    }
    m_literalPorts.append(PortSet());
    m_literalNotes.append(QString());

    QHash<const LinkKind *, int> meanings;
    m_pairs.resize(qsizetype(count) * count);
    for (int a = 0; a < count; ++a) {
        for (int b = 0; b < count; ++b) {
            bool swapped = false;
            const LinkKind *kind = m_catalog->linkKind(types.at(a).id, types.at(b).id, &swapped);
            if (!kind)
                continue;
            auto found = meanings.constFind(kind);
            if (found == meanings.constEnd()) {
                LinkMeaning meaning;
                meaning.kind = kind;
                for (const FlowTemplate &flow : kind->flows)
                    meaning.flows.append(bind(flow, &m_linkRulesReadLinks));
                for (const FindingTemplate &finding : kind->findings)
                    m_linkRulesReadLinks = m_linkRulesReadLinks || readsLinks(finding);
                found = meanings.insert(kind, int(m_meanings.size()));
                m_meanings.append(meaning);
            }
            m_pairs[qsizetype(a) * count + b] = {*found, swapped};
        }
    }

    for (const SystemRule &rule : m_catalog->systems()) {
        System system;
        system.rule = &rule;
        system.member.resize(count);
        for (int t = 0; t < count; ++t)
            system.member[t] = rule.types.contains(types.at(t).id);
        for (const SystemRule::Pair &pair : rule.pairs) {
            SystemPair bound;
            bound.typesA.resize(count);
            bound.typesB.resize(count);
            for (int t = 0; t < count; ++t) {
                bound.typesA[t] = pair.typesA.contains(types.at(t).id);
                bound.typesB[t] = pair.typesB.contains(types.at(t).id);
            }
            for (const FlowTemplate &flow : pair.flows)
                bound.flows.append(bind(flow, &m_systemRulesReadLinks));
            system.pairs.append(bound);
        }
        for (const SystemRule::Requirement &requirement : rule.exactlyOne)
            system.exactlyOneTypes.append(typeIndex(requirement.type));
        for (const SystemRule::Requirement &requirement : rule.sameParam)
            system.sameParamIds.append(m_catalog->paramNameId(requirement.param));
        m_systems.append(system);
    }

    m_hostRuleOfType.fill(-1, count);
    for (int t = 0; t < count; ++t) {
        const HostRule *rule = m_catalog->hostRule(types.at(t).id);
        if (!rule)
            continue;
        HostRules bound;
        bound.rule = rule;
        for (const FlowTemplate &block : rule->blocks)
            bound.blocks.append(bind(block, &m_hostRulesReadLinks));
        for (const FindingTemplate &finding : rule->findings)
            m_hostRulesReadLinks = m_hostRulesReadLinks || readsLinks(finding);
        for (const EphemeralTemplate &range : rule->ephemeral) {
            m_hostRulesReadLinks = m_hostRulesReadLinks || callsLinked(range.when.functions())
                || callsLinked(range.ports.functions());
        }
        m_hostRuleOfType[t] = int(m_hostRules.size());
        m_hostRules.append(bound);
    }
}

CatalogBinding::Flow CatalogBinding::bind(const FlowTemplate &rule, bool *readsLinks)
{
    Flow flow;
    flow.rule = &rule;
    for (const QString &text : rule.protocols) {
        Protocol protocol = Protocol::Tcp;
        protocolFromName(text, &protocol);
        flow.protocols.append(protocol);
    }
    const auto literal = [this](const std::optional<PortSet> &ports) {
        if (!ports)
            return -1;
        if (ports->isEmpty())
            return 0;
        const QString key = ports->toString();
        auto found = m_literalPortIndex.constFind(key);
        if (found == m_literalPortIndex.constEnd()) {
            found = m_literalPortIndex.insert(key, int(m_literalPorts.size()));
            m_literalPorts.append(*ports);
        }
        return *found;
    };
    flow.ports = literal(rule.literalPorts);
    flow.sourcePorts = literal(rule.literalSourcePorts);
    // Notes that hold whatever the hosts are: joined once, as instantiation would join them.
    bool fixed = true;
    QString notes;
    for (const NoteTemplate &note : rule.notes) {
        fixed = fixed && note.when.isEmpty() && note.text.isLiteral();
        if (!notes.isEmpty())
            notes += QLatin1Char(' ');
        notes += note.text.text();
    }
    if (fixed) {
        auto found = m_literalNoteIndex.constFind(notes);
        if (found == m_literalNoteIndex.constEnd()) {
            found = m_literalNoteIndex.insert(notes, int(m_literalNotes.size()));
            m_literalNotes.append(notes);
        }
        flow.notes = notes.isEmpty() ? 0 : *found;
    }
    bool links = callsLinked(rule.when.functions()) || callsLinked(rule.ports.functions())
        || callsLinked(rule.sourcePorts.functions());
    for (const NoteTemplate &note : rule.notes)
        links = links || callsLinked(note.when.functions()) || callsLinked(note.text.functions());
    *readsLinks = *readsLinks || links;
    return flow;
}

} // namespace portolan
