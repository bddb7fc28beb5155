#pragma once

#include "derivationstate.h"
#include "rolecontext.h"

namespace portolan::steps {

// The rule engine's pipeline, in the order it runs. Each step reads the design and the catalog
// and writes plain data into the derivation state, for the units it is given: every host and
// link for a whole derivation, the ones an edit can affect for an update. DerivationState then
// lays the results out as the Derivation.

/// Resolves each host's type and parameters; wrong or unknown parameters become findings.
void resolveHosts(DerivationState &state, const QList<int> &hosts);
/// Flows and findings of each link, from the catalog's link kinds. A link the catalog gives no
/// meaning, or one that repeats an earlier link between the same hosts, gets only its finding.
void deriveLinkFlows(DerivationState &state, const QList<int> &links);
/// Flows between every two members of a redundant system, and the system's requirements.
void deriveSystemFlows(DerivationState &state, int system, DerivationState::Component *component);
/// Findings and ephemeral ranges of each host, from the catalog's host rules.
void applyHostRules(DerivationState &state, const QList<int> &hosts);
/// Addresses outside their zone's subnets.
void checkZones(DerivationState &state, const QList<int> &hosts);
/// For each source host, keeps each (destination, protocol, port) once, in the order the rules
/// gave them: links in design order, then redundant systems.
void removeRepeatedPorts(DerivationState &state, const QList<int> &sources);
/// Recommended block rows of each host, naming the allowed flows they must not hide.
void deriveBlocks(DerivationState &state, const QList<int> &hosts);
/// Puts each source's remaining flows in their stable order: by destination, protocol and
/// first port, ties in the order the rules gave them.
void orderFlows(DerivationState &state, const QList<int> &sources);

/// Instantiates a catalog flow between two hosts (both ways when the rule says so), appending
/// records to state.records and problems to *findings.
void instantiateFlow(DerivationState &state, const CatalogBinding::Flow &flow, int a, int b,
    RoleContext &context, QList<Finding> *findings);

/// Where a host's findings of one step are, in a list sorted by host: [first, end).
template <typename T> std::pair<qsizetype, qsizetype> hostRange(const QList<T> &list, int host);
/// Replaces what a list sorted by host holds for one host; true when that changed it.
template <typename T> bool replaceForHost(QList<T> *list, int host, const QList<T> &fresh)
{
    const auto [first, end] = hostRange(*list, host);
    if (end - first == fresh.size() && std::equal(fresh.cbegin(), fresh.cend(), list->cbegin() + first))
        return false;
    if (end - first == fresh.size()) {
        std::copy(fresh.cbegin(), fresh.cend(), list->begin() + first);
        return true;
    }
    list->remove(first, end - first);
    list->insert(first, fresh.size(), T());
    std::copy(fresh.cbegin(), fresh.cend(), list->begin() + first);
    return true;
}

inline int hostOf(const Finding &finding)
{
    return finding.hosts.front();
}

inline int hostOf(const EphemeralRange &range)
{
    return range.host;
}

template <typename T> std::pair<qsizetype, qsizetype> hostRange(const QList<T> &list, int host)
{
    const auto first = std::lower_bound(
        list.cbegin(), list.cend(), host, [](const T &item, int h) { return hostOf(item) < h; });
    const auto end
        = std::upper_bound(first, list.cend(), host, [](int h, const T &item) { return h < hostOf(item); });
    return {first - list.cbegin(), end - list.cbegin()};
}

} // namespace portolan::steps
