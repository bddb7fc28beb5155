#pragma once

#include "customflows.h"
#include "derivation.h"
#include "editlog.h"
#include "flowspan.h"
#include "ruleengine.h"

#include <memory>

namespace portolan {

class DerivationState;

/**
 * A design's derivation kept up to date edit by edit. It holds the derivation split by what
 * produced it (each link, each redundant system, each host's rules, zone checks, blocks and
 * findings) and, told what an edit touched, derives again only what that can affect: the flows
 * of the links and hosts touched, the redundant systems they belong to, and the blocks and
 * findings of the hosts whose flows changed. The result always equals RuleEngine::derive() of
 * the edited design, in the same order. Custom flows are applied on top (CustomFlowOverlay):
 * while a design has some, each update applies them all again to the catalog derivation.
 *
 * Usage: reset() with a design, then after each edit update() with the edited design and the
 * EditLog that describes the edit (or several edits, in order).
 */
class IncrementalDerivation
{
public:
    explicit IncrementalDerivation(const RuleEngine &engine = RuleEngine());
    ~IncrementalDerivation();
    IncrementalDerivation(const IncrementalDerivation &) = delete;
    IncrementalDerivation &operator=(const IncrementalDerivation &) = delete;

    /// Derives the whole design.
    void reset(const Design &design);
    /// Derives again what `change` can affect. `design` is the design reset() or the last
    /// update() saw, with the change applied; a change that does not fit it derives it all.
    void update(const Design &design, const EditLog &change);

    const Derivation &derivation() const;
    /// How the flows changed in the last reset() or update(), as spans in increasing order.
    const QList<FlowSpan> &flowChanges() const;
    /// Whether the last reset() or update() changed the findings (or their order or indexes).
    bool findingsChanged() const;

private:
    std::unique_ptr<DerivationState> m_state;
    std::shared_ptr<const Catalog> m_catalog;
    CustomFlowOverlay m_custom; ///< the design's custom flows on top of the catalog's
};

} // namespace portolan
