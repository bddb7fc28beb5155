#pragma once

#include "storage/revisioninfo.h"
#include "storage/signoff.h"

#include <QAbstractTableModel>
#include <QList>

namespace portolan {

/** The revisions of a project file as a table, newest first, as the Revisions dialog lists them. */
class RevisionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TimeColumn,
        AuthorColumn,
        CommentColumn,
        ZonesColumn,
        HostsColumn,
        LinksColumn,
        ReviewColumn, ///< the sign-offs recorded on the revision
        ColumnCount
    };

    explicit RevisionsModel(QObject *parent = nullptr);

    /// Takes the revisions oldest first, as ProjectFile::revisions() gives them.
    void setRevisions(const QList<RevisionInfo> &revisions);
    /// The sign-offs of the project, as ProjectFile::signOffs() gives them.
    void setSignOffs(const QList<SignOff> &signOffs);
    /// The sign-offs of one revision, oldest first.
    QList<SignOff> signOffsOf(int number) const;
    const RevisionInfo &revisionAt(int row) const { return m_revisions.at(row); }
    /// The row of a revision number, or -1.
    int rowOf(int number) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RevisionInfo> m_revisions;
    QList<SignOff> m_signOffs;
};

} // namespace portolan
