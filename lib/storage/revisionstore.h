#pragma once

#include "projectfile.h"

#include <QList>
#include <QSqlDatabase>

namespace portolan {

/** A row of an entity table as stored: its id, its order key in the design, and its value. */
template <typename Value> struct StoredRow
{
    qint64 rowId = 0;
    double ord = 0;
    Value value;
};

/**
 * The revisions inside an open project database. Each entity row is valid from the revision
 * that added it until one that closed it; a new revision closes the rows that changed or went
 * and adds rows for what is new, so unchanged rows are shared. Problems are messages without
 * the file name: the caller names the file.
 */
class RevisionStore
{
public:
    explicit RevisionStore(QSqlDatabase &db)
        : m_db(db)
    { }

    /// Reads revision `number`, or the latest when it is 0; *missing tells that there is no such
    /// revision (rather than a damaged one).
    bool read(int number, ProjectRevision *revision, bool *missing, QString *problem);
    /// The record of every revision, oldest first.
    bool list(QList<RevisionInfo> *revisions, QString *problem);

    /**
     * Reads and checks the latest revision's rows, which the next write() builds on: they are
     * shared with the new revision, so a broken or missing row refuses the save (*damaged set).
     * Not needed on a new, empty project.
     */
    bool readCurrent(bool *damaged, QString *problem);
    /// The latest revision's design as readCurrent() read it (its rows, name and extra keys).
    const Design &current() const { return m_current; }
    /// The latest revision's number as readCurrent() read it; 0 for an empty project.
    int latest() const { return m_latest; }
    /// Adds the design as the next revision, in the caller's transaction.
    bool write(const Design &design, const QJsonObject &viewState, const ProjectFile::SaveOptions &options,
        int restoredFrom, RevisionInfo *saved, QString *problem);

private:
    QSqlDatabase &m_db;
    int m_latest = 0;
    QList<StoredRow<Zone>> m_zones;
    QList<StoredRow<Host>> m_hosts;
    QList<StoredRow<Link>> m_links;
    QList<StoredRow<CustomFlow>> m_customFlows;
    Design m_current;
};

} // namespace portolan
