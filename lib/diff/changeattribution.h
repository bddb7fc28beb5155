#pragma once

#include "changeset.h"
#include "flowkey.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace portolan {

/**
 * Finds which design changes cause each flow and finding change of a ChangeSet, by the rule
 * engine's own derivations (see ChangeSet). Used by ChangeSet::compute().
 *
 * Each design change reaches a known part of the design: a parameter, name, zone or address the
 * items (flows and findings) of its host; a type also its neighbours' items (linked() counts them)
 * and its redundant system's; a link its two hosts' items and, between members of a redundant
 * system, every item of the systems its ends belong to in either design; a zone its hosts'.
 * A try derives the new design with the change taken back, cut down to the hosts those items can
 * read (their neighbours, their neighbours' neighbours and their systems), and compares.
 */
class ChangeAttribution
{
public:
    /// What is attributed: a flow change by its key, or a finding change by its identity.
    struct Target
    {
        bool isFlow = true;
        FlowKey flow;
        QString finding;
        QStringList hosts; ///< ids of the hosts it is about
        QList<int> because;
    };

    /// `wholeDesign`: every try derives the whole design (for tests).
    ChangeAttribution(const ChangeSet &changes, const RuleEngine &engine, bool wholeDesign = false);

    /// Fills each target's because list.
    void run(QList<Target> *targets, AttributionStats *stats);

private:
    enum class Direction { TakeBack, ApplyAlone };
    struct Side;
    struct Snapshot;

    QSet<QString> reach(int change) const;
    QList<int> unit(int change, Direction direction) const;
    QSet<QString> context(const QSet<QString> &hosts) const;
    void attribute(
        Direction direction, QList<Target> *targets, const QList<int> &open, AttributionStats *stats);
    void moveTowards(Design *design, const QList<int> &unit, const Design &target) const;

    const ChangeSet &m_changes;
    const RuleEngine &m_engine;
    bool m_wholeDesign = false;
    QHash<QString, QSet<QString>> m_neighbours; ///< over the links of both designs
    QSet<QString> m_systemMembers; ///< hosts of a redundant-system type in either design
    QHash<QString, QStringList> m_systems; ///< member -> every member of its system, in either design
    QHash<QString, QList<int>> m_changesOfHost; ///< host id -> changes that name it
};

} // namespace portolan
