#pragma once

#include "base/flow.h"
#include "catalog/catalog.h"

#include <QHash>
#include <QList>

#include <memory>

namespace portolan {

/**
 * The catalog's rules bound once for the rule engine: host types by index, the meaning of a link
 * by a pair of type indexes, protocols parsed, the port lists and notes that need no evaluation
 * prepared, and which rules read a host's links (linked()). Immutable; one per catalog, shared
 * by every derivation.
 */
class CatalogBinding
{
public:
    explicit CatalogBinding(std::shared_ptr<const Catalog> catalog);

    /** A catalog flow (or block) template, ready to instantiate. */
    struct Flow
    {
        const FlowTemplate *rule = nullptr;
        QList<Protocol> protocols; ///< in the order of the rule's protocol texts
        int ports = -1; ///< index in literalPorts(), or -1 when the text has expressions
        int sourcePorts = -1;
        int notes = -1; ///< index in literalNotes() when the notes need no evaluation, else -1
    };
    struct LinkMeaning
    {
        const LinkKind *kind = nullptr;
        QList<Flow> flows;
    };
    struct SystemPair
    {
        QList<bool> typesA; ///< by type index
        QList<bool> typesB;
        QList<Flow> flows;
    };
    struct System
    {
        const SystemRule *rule = nullptr;
        QList<bool> member; ///< by type index
        QList<SystemPair> pairs;
        QList<int> exactlyOneTypes; ///< type index of each exactlyOne requirement
        QList<int> sameParamIds; ///< catalog-wide parameter id of each sameParam requirement
    };
    struct HostRules
    {
        const HostRule *rule = nullptr;
        QList<Flow> blocks;
    };

    const Catalog &catalog() const { return *m_catalog; }
    std::shared_ptr<const Catalog> sharedCatalog() const { return m_catalog; }

    int typeCount() const { return int(m_catalog->types().size()); }
    /// The index of a host type in catalog().types(), or -1.
    int typeIndex(const QString &id) const { return m_typeIndex.value(id, -1); }
    const HostType &type(int index) const { return m_catalog->types().at(index); }

    /// What a link between hosts of the two types means, or null; *swapped tells whether typeA
    /// takes the rule's second role.
    const LinkMeaning *link(int typeA, int typeB, bool *swapped) const
    {
        const PairEntry &entry = m_pairs.at(typeA * typeCount() + typeB);
        *swapped = entry.swapped;
        return entry.meaning < 0 ? nullptr : &m_meanings.at(entry.meaning);
    }
    const QList<System> &systems() const { return m_systems; }
    /// The rules for hosts of a type, or null when there are none.
    const HostRules *hostRules(int type) const
    {
        const int index = m_hostRuleOfType.at(type);
        return index < 0 ? nullptr : &m_hostRules.at(index);
    }

    /// The parameters of a host of the type that writes none, when they are the same for every
    /// such host (no default reads the host's name or other fields); else null.
    const QList<Value> *defaultParams(int type) const
    {
        const QList<Value> &values = m_defaultParams.at(type);
        return m_staticDefaults.at(type) ? &values : nullptr;
    }

    /// Port sets parsed when the catalog was bound; index 0 is the empty set.
    const QList<PortSet> &literalPorts() const { return m_literalPorts; }
    /// Note texts that need no evaluation; index 0 is the empty text.
    const QList<QString> &literalNotes() const { return m_literalNotes; }

    /// Whether link rules, system pair rules or host rules call linked(): then a host's rules
    /// depend on which hosts it is linked to, not only on the two hosts of a link.
    bool linkRulesReadLinks() const { return m_linkRulesReadLinks; }
    bool systemRulesReadLinks() const { return m_systemRulesReadLinks; }
    bool hostRulesReadLinks() const { return m_hostRulesReadLinks; }

private:
    struct PairEntry
    {
        int meaning = -1;
        bool swapped = false;
    };
    Flow bind(const FlowTemplate &rule, bool *readsLinks);

    std::shared_ptr<const Catalog> m_catalog;
    QHash<QString, int> m_typeIndex;
    QList<PairEntry> m_pairs; ///< typeA * typeCount + typeB
    QList<LinkMeaning> m_meanings;
    QList<System> m_systems;
    QList<HostRules> m_hostRules;
    QList<int> m_hostRuleOfType;
    QList<QList<Value>> m_defaultParams;
    QList<bool> m_staticDefaults;
    QList<PortSet> m_literalPorts;
    QHash<QString, int> m_literalPortIndex;
    QList<QString> m_literalNotes;
    QHash<QString, int> m_literalNoteIndex;
    bool m_linkRulesReadLinks = false;
    bool m_systemRulesReadLinks = false;
    bool m_hostRulesReadLinks = false;
};

} // namespace portolan
