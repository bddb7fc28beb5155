#pragma once

#include "derivation.h"
#include "derivationinput.h"
#include "rolecontext.h"

namespace portolan::steps {

// The rule engine's pipeline, in the order RuleEngine runs it. Each step reads the resolved design
// and appends plain data to the derivation.

/// Resolves every host's type and parameters; wrong or unknown parameters become findings.
DerivationInput resolveHosts(const Design &design, const Catalog &catalog, Derivation *out);
/// Flows and findings of each link, from the catalog's link kinds; meaningless links are errors.
void deriveLinkFlows(const DerivationInput &input, Derivation *out);
/// Flows between every two members of each redundant system, and the system's requirements.
void deriveSystemFlows(const DerivationInput &input, Derivation *out);
/// Findings and ephemeral ranges of each host, from the catalog's host rules.
void applyHostRules(const DerivationInput &input, Derivation *out);
/// Addresses outside their zone's subnets.
void checkZones(const DerivationInput &input, Derivation *out);
/// Keeps each (source, destination, protocol, port) once, in the order the rules gave them.
void removeRepeatedPorts(const DerivationInput &input, Derivation *out);
/// Recommended block rows of each host, naming the allowed flows they must not hide.
void deriveBlocks(const DerivationInput &input, Derivation *out);
/// Marks zone crossing and puts flows in their stable order.
void orderFlows(const DerivationInput &input, Derivation *out);

/// Instantiates a catalog flow between two hosts (both ways when the rule says so).
void instantiateFlow(const FlowTemplate &flow, const ResolvedHost &a, const ResolvedHost &b,
    RoleContext &context, Derivation *out);

} // namespace portolan::steps
