#pragma once

#include "catalog/catalog.h"
#include "derivation.h"
#include "model/design.h"

#include <memory>

namespace portolan {

class CatalogBinding;

/**
 * Derives every directional flow, block and finding of a design from the catalog. A pure function
 * of the design: the CLI calls it once; the editor keeps an IncrementalDerivation, which gives
 * the same result edit by edit. Its cost grows linearly with hosts and links (redundant systems
 * grow with the square of their own size, as their flows do).
 */
class RuleEngine
{
public:
    explicit RuleEngine(std::shared_ptr<const Catalog> catalog = Catalog::builtIn());

    Derivation derive(const Design &design) const;
    const Catalog &catalog() const { return *m_catalog; }
    std::shared_ptr<const Catalog> sharedCatalog() const { return m_catalog; }
    /// The catalog's rules bound for the engine, built once per catalog.
    std::shared_ptr<const CatalogBinding> binding() const { return m_binding; }

private:
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const CatalogBinding> m_binding;
};

} // namespace portolan
