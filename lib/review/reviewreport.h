#pragma once

#include "model/design.h"
#include "reviewengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace portolan {

/** A review in the forms of the review contract: JSON and CSV; and the texts every form shares. */
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)

public:
    /// {"requests": [...], "summary": {...}, "missing": [...], "input": {...}}, keys in contract order.
    static QByteArray toJson(const Design &design, const ReviewResult &result);
    /// One row per request (verdict and reasons), then one row per missing flow (verdict "missing").
    static QByteArray toCsv(const Design &design, const ReviewResult &result);

    /// A side of a tuple group: the host id, a few ids, or "212 hosts" (with the request's side text
    /// when the group covers all of it).
    static QString sideText(const Design &design, const HostSet &hosts, const QString &whole = QString(),
        const HostSet &wholeHosts = HostSet());
    /// "scada-a -> scada-d tcp 5481 [clearscada.partner]" for lists in cells and reports.
    static QString groupLine(const Design &design, const TupleGroup &group);
    /// "65,532 ports", "212 hosts": the numbers the review writes, in English digit groups.
    static QString number(qint64 value);
};

} // namespace portolan
