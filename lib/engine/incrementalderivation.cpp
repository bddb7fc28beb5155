#include "incrementalderivation.h"

#include "derivationstate.h"

namespace portolan {

IncrementalDerivation::IncrementalDerivation(const RuleEngine &engine)
    : m_state(std::make_unique<DerivationState>(engine.binding()))
    , m_catalog(engine.sharedCatalog())
{ }

IncrementalDerivation::~IncrementalDerivation() = default;

void IncrementalDerivation::reset(const Design &design)
{
    EditLog everything;
    everything.reset();
    update(design, everything);
}

void IncrementalDerivation::update(const Design &design, const EditLog &change)
{
    const qsizetype shownBefore = derivation().flows.size();
    m_state->update(design, change);
    m_custom.update(design, *m_catalog, m_state->result(), !change.isEmpty(), shownBefore);
}

const Derivation &IncrementalDerivation::derivation() const
{
    return m_custom.isActive() ? m_custom.result() : m_state->result();
}

const QList<FlowSpan> &IncrementalDerivation::flowChanges() const
{
    return m_custom.usesOwnChanges() ? m_custom.flowSpans() : m_state->flowSpans();
}

bool IncrementalDerivation::findingsChanged() const
{
    return m_custom.usesOwnChanges() ? m_custom.findingsChanged() : m_state->findingsChanged();
}

} // namespace portolan
