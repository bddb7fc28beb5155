#include "revisionsmodel.h"

#include <QLocale>

#include <algorithm>

namespace portolan {

RevisionsModel::RevisionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RevisionsModel::setRevisions(const QList<RevisionInfo> &revisions)
{
    beginResetModel();
    m_revisions = revisions;
    std::reverse(m_revisions.begin(), m_revisions.end());
    endResetModel();
}

void RevisionsModel::setSignOffs(const QList<SignOff> &signOffs)
{
    beginResetModel();
    m_signOffs = signOffs;
    endResetModel();
}

QList<SignOff> RevisionsModel::signOffsOf(int number) const
{
    QList<SignOff> result;
    for (const SignOff &signOff : m_signOffs) {
        if (signOff.revision == number)
            result.append(signOff);
    }
    return result;
}

int RevisionsModel::rowOf(int number) const
{
    for (int row = 0; row < m_revisions.size(); ++row) {
        if (m_revisions.at(row).number == number)
            return row;
    }
    return -1;
}

int RevisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_revisions.size())
        return QVariant();
    const RevisionInfo &info = m_revisions.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == NumberColumn
            || (index.column() >= ZonesColumn && index.column() <= LinksColumn);
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return info.timeText();
    if (role == Qt::ToolTipRole && index.column() == ReviewColumn) {
        QStringList lines;
        for (const SignOff &signOff : signOffsOf(info.number))
            lines.append(signOff.summary());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case NumberColumn:
        return info.number;
    case TimeColumn:
        return QLocale().toString(info.time.toLocalTime(), QLocale::ShortFormat);
    case AuthorColumn:
        return info.author;
    case CommentColumn:
        if (info.restoredFrom > 0 && info.comment.isEmpty())
            return tr("Restores revision %1").arg(info.restoredFrom);
        if (info.restoredFrom > 0)
            return tr("%1 (restores revision %2)").arg(info.comment).arg(info.restoredFrom);
        return info.comment;
    case ZonesColumn:
        return info.zoneCount;
    case HostsColumn:
        return info.hostCount;
    case LinksColumn:
        return info.linkCount;
    case ReviewColumn: {
        // The latest decision, and how many came before it.
        const QList<SignOff> signOffs = signOffsOf(info.number);
        if (signOffs.isEmpty())
            return QString();
        const SignOff &last = signOffs.last();
        const QString text = last.verdict == SignOff::Verdict::Approved
            ? tr("Approved by %1 (against %2)").arg(last.reviewer).arg(last.base)
            : tr("Rejected by %1 (against %2)").arg(last.reviewer).arg(last.base);
        return signOffs.size() == 1
            ? text
            : tr("%1, %n earlier decision(s)", nullptr, int(signOffs.size() - 1)).arg(text);
    }
    default:
        return QVariant();
    }
}

QVariant RevisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NumberColumn:
        return tr("Revision");
    case TimeColumn:
        return tr("Saved");
    case AuthorColumn:
        return tr("Author");
    case CommentColumn:
        return tr("Comment");
    case ZonesColumn:
        return tr("Zones");
    case HostsColumn:
        return tr("Hosts");
    case LinksColumn:
        return tr("Links");
    case ReviewColumn:
        return tr("Review");
    default:
        return QVariant();
    }
}

} // namespace portolan
