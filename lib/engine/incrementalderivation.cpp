#include "incrementalderivation.h"

#include "derivationstate.h"

namespace portolan {

IncrementalDerivation::IncrementalDerivation(const RuleEngine &engine)
    : m_state(std::make_unique<DerivationState>(engine.binding()))
{ }

IncrementalDerivation::~IncrementalDerivation() = default;

void IncrementalDerivation::reset(const Design &design)
{
    EditLog everything;
    everything.reset();
    m_state->update(design, everything);
}

void IncrementalDerivation::update(const Design &design, const EditLog &change)
{
    m_state->update(design, change);
}

const Derivation &IncrementalDerivation::derivation() const
{
    return m_state->result();
}

const QList<FlowSpan> &IncrementalDerivation::flowChanges() const
{
    return m_state->flowSpans();
}

bool IncrementalDerivation::findingsChanged() const
{
    return m_state->findingsChanged();
}

} // namespace portolan
