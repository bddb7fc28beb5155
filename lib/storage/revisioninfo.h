#pragma once

#include "model/design.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace portolan {

/** One saved revision of a project file, as the Revisions dialog lists it. */
struct RevisionInfo
{
    int number = 0; ///< 1 for the first save, counting up
    QDateTime time; ///< when it was saved, in UTC
    QString author;
    QString comment;
    int restoredFrom = 0; ///< the revision it restores, 0 when it is an ordinary save
    int zoneCount = 0;
    int hostCount = 0;
    int linkCount = 0;

    /// The time as stored: UTC, ISO 8601 with milliseconds ("2026-11-22T04:46:19.123Z").
    QString timeText() const { return time.toUTC().toString(Qt::ISODateWithMs); }
};

/** A design as one revision of a project file holds it, with the canvas view it was saved with. */
struct ProjectRevision
{
    Design design;
    /// Zoom, centre and any other view settings the GUI chooses to keep; stored as given.
    QJsonObject viewState;
    RevisionInfo info;
};

} // namespace portolan
