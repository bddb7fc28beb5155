#include "ruleengine.h"

#include "catalogbinding.h"
#include "customflows.h"
#include "derivationstate.h"

#include <QHash>
#include <QMutex>

namespace portolan {

namespace {

/// One binding per catalog while anyone uses it: engines are made often, catalogs rarely.
std::shared_ptr<const CatalogBinding> bindingFor(const std::shared_ptr<const Catalog> &catalog)
{
    static QMutex mutex;
    static QHash<const Catalog *, std::weak_ptr<const CatalogBinding>> bindings;
    const QMutexLocker locker(&mutex);
    std::weak_ptr<const CatalogBinding> &slot = bindings[catalog.get()];
    std::shared_ptr<const CatalogBinding> binding = slot.lock();
    if (!binding || &binding->catalog() != catalog.get()) {
        binding = std::make_shared<const CatalogBinding>(catalog);
        slot = binding;
    }
    return binding;
}

} // namespace

RuleEngine::RuleEngine(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog))
    , m_binding(bindingFor(m_catalog))
{ }

Derivation RuleEngine::derive(const Design &design) const
{
    DerivationState state(m_binding);
    state.deriveAll(design);
    Derivation derivation = state.takeResult();
    CustomFlows::apply(design, *m_catalog, &derivation);
    return derivation;
}

} // namespace portolan
