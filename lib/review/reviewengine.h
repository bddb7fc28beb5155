#pragma once

#include "catalog/catalog.h"
#include "engine/derivation.h"
#include "hostset.h"
#include "model/design.h"
#include "requestfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

/** The verdict on one request, in the words of the review contract. */
enum class Verdict {
    Required,
    PartlyRequired,
    NotRequired,
    Forbidden,
    Unknown,
    Conflicts,
    Consistent,
    Shadowed
};

/// "required", "partly-required", "not-required", "forbidden", "unknown", "conflicts", "consistent",
/// "shadowed".
QString verdictName(Verdict verdict);
/// Every verdict, in the order a summary lists them.
QList<Verdict> allVerdicts();

/**
 * Tuples (source host, destination host, protocol, destination port) grouped as host sets and a
 * port set, a host to itself left out: a derived flow, what a request opens beyond the design's
 * needs, what a block row or one-way rule forbids, what a rule set misses. A group of many hosts
 * or ports is never expanded; `tuples` counts them.
 */
struct TupleGroup
{
    HostSet sources;
    HostSet destinations;
    Protocol protocol = Protocol::Tcp;
    PortSet ports; ///< empty for icmp
    qint64 tuples = 0;
    QString rule; ///< the flow's, block row's or one-way rule's id
    QString reference;
    /// Several groups folded into one to keep the list short: the sides and ports are their union.
    bool summarised = false;
};

/** The review of one request. */
struct ReviewedRequest
{
    RequestSpec request;
    Verdict verdict = Verdict::NotRequired;
    QList<TupleGroup> required; ///< derived allowed flows it covers (for a block: that it would drop)
    QList<TupleGroup> excess; ///< what an allow request opens that no derived flow needs
    QList<TupleGroup> forbidden; ///< what a block row or a one-way rule of the design forbids
    QStringList shadowedBy; ///< ids of the earlier rules that hide it
    QString unknownSide; ///< "source" or "destination" when the verdict is unknown
    QString message; ///< the reasons, in sentences
    HostSet sources; ///< the hosts its own sides cover
    HostSet destinations;
    qint64 coveredTuples = 0;
    qint64 excessTuples = 0;
    qint64 forbiddenTuples = 0;
};

/** A whole review: one verdict per request, and with a complete rule set what it misses. */
struct ReviewResult
{
    RequestFile::Format format = RequestFile::Format::ChangeRequest;
    QString fileName;
    bool complete = false;
    QList<ReviewedRequest> requests;
    QList<TupleGroup> missing; ///< derived allowed flows crossing the covered zones that no row allows
    QStringList zonesCovered;
    QStringList notes;

    int count(Verdict verdict) const;
    /// 0 when every allow request is required and nothing is missing, else 1.
    int exitStatus() const;
};

/**
 * Reviews requested or running firewall rules against a design's derivation: which tuples each
 * covers, whether the design derives them, whether a block row or a one-way rule of the catalog
 * forbids them, and for a rule set which rules an earlier one hides. Works on host sets, protocols
 * and port sets, never on single tuples, so a request for any port of a /16 costs what a single
 * one does. Every derived allowed flow counts alike, whatever its rule (catalog or custom).
 */
class ReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(ReviewEngine)

public:
    struct Options
    {
        /// The requests are a firewall's whole rule set: list the derived flows nothing allows.
        /// Rule sets are always reviewed as complete.
        bool complete = false;
    };

    /// Groups listed per request list before the rest is folded into one summarised group.
    static constexpr int ListedGroups = 100;

    /**
     * Reviews the file. Fails only when a request names something the design does not have in a
     * way that cannot be a verdict (an unknown zone), with "FILE:LINE:COLUMN: message".
     */
    static bool review(const Design &design, const Derivation &derivation, const Catalog &catalog,
        const RequestFile &file, const Options &options, ReviewResult *result, QString *error);
};

} // namespace portolan
