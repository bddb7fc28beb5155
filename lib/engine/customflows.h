#pragma once

#include "catalog/catalog.h"
#include "derivation.h"
#include "flowspan.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QList>

namespace portolan {

/**
 * The engine's last step: the design's custom flows (flows the catalog does not know, added by
 * the designers with a reason) on top of what the catalog derived. Each becomes an allowed row
 * with rule "custom.<id>" and reference "custom: <reason>", placed after the catalog's allowed
 * rows and before the block rows, in the design's order. A custom flow never hides a catalog
 * block row or one-way rule: the ports such a rule forbids are left out and each is an error
 * finding; ports the catalog already allows from the same source (or an earlier custom flow
 * does) are left out too, so every allowed port appears once, and a custom flow left with
 * nothing is a warning.
 */
class CustomFlows
{
    Q_DECLARE_TR_FUNCTIONS(CustomFlows)

public:
    /// Adds the design's custom flows and their findings to the catalog's derivation of it.
    static void apply(const Design &design, const Catalog &catalog, Derivation *derivation);
};

/**
 * Keeps the custom flows of an edited design on top of an IncrementalDerivation's catalog
 * derivation. While the design has no custom flows it adds nothing and costs nothing (the
 * catalog derivation is shown as it is). Once it has some, each update applies them again to a
 * copy of the catalog derivation, so an edit of a custom flow, or of a host or link they touch,
 * is always reflected, and reports the flows as changed in one span.
 */
class CustomFlowOverlay
{
public:
    /**
     * Brings the overlay up to date after an update of the catalog derivation `base`.
     * `editsRecorded` tells whether the update had hosts, links or zones to derive again;
     * `shownBefore` is how many flows the derivation shown had before it.
     */
    void update(const Design &design, const Catalog &catalog, const Derivation &base, bool editsRecorded,
        qsizetype shownBefore);
    void reset() { *this = CustomFlowOverlay(); }

    /// True when the derivation shown is the overlay's (the design has custom flows).
    bool isActive() const { return m_active; }
    const Derivation &result() const { return m_result; }
    /// Valid after an update that involved custom flows (usesOwnChanges()).
    const QList<FlowSpan> &flowSpans() const { return m_spans; }
    bool findingsChanged() const { return m_findingsChanged; }
    /// True when the last update's changes are the overlay's own (it was or is active).
    bool usesOwnChanges() const { return m_ownChanges; }

private:
    Derivation m_result;
    QList<CustomFlow> m_applied;
    QList<FlowSpan> m_spans;
    bool m_active = false;
    bool m_ownChanges = false;
    bool m_findingsChanged = false;
};

} // namespace portolan
