#include "ruleengine.h"

#include "steps.h"

namespace portolan {

RuleEngine::RuleEngine(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog))
{ }

Derivation RuleEngine::derive(const Design &design) const
{
    Derivation result;
    const DerivationInput input = steps::resolveHosts(design, *m_catalog, &result);
    steps::deriveLinkFlows(input, &result);
    steps::deriveSystemFlows(input, &result);
    steps::applyHostRules(input, &result);
    steps::checkZones(input, &result);
    steps::removeRepeatedPorts(input, &result);
    steps::deriveBlocks(input, &result);
    steps::orderFlows(input, &result);
    return result;
}

} // namespace portolan
