#include "importpreviewmodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace portolan {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setRows(const QList<InventoryImport::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::problemText(const InventoryImport::Row &row)
{
    QStringList texts;
    for (const InventoryProblem &problem : row.problems)
        texts.append(tr("Column %1: %2").arg(problem.column).arg(problem.message));
    if (texts.isEmpty())
        return row.warning;
    return texts.join(QLatin1Char('\n'));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const InventoryImport::Row &row = m_rows.at(index.row());
    const bool bad = !row.problems.isEmpty();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return row.line;
        case Name:
            return row.name;
        case Id:
            return row.hostId;
        case Type:
            return row.type;
        case Zone:
            if (row.zone.isEmpty())
                return role == Qt::ToolTipRole ? tr("The host will be in no zone.") : QVariant();
            if (row.newZone)
                return tr("%1 (new zone)").arg(row.zoneName);
            return row.zoneName.isEmpty() ? row.zone : row.zoneName;
        case Address:
            return row.address;
        case Problem:
            return problemText(row);
        default:
            return QVariant();
        }
    }
    if (role == Qt::BackgroundRole && bad)
        return QBrush(QColor(0xf8, 0xd7, 0xda));
    if (role == Qt::ForegroundRole && bad)
        return QBrush(QColor(0x58, 0x15, 0x1c));
    if (role == Qt::BackgroundRole && !row.warning.isEmpty())
        return QBrush(QColor(0xff, 0xf3, 0xcd));
    if (role == Qt::ForegroundRole && !row.warning.isEmpty())
        return QBrush(QColor(0x66, 0x4d, 0x03));
    if (role == Qt::DecorationRole && index.column() == Problem && (bad || !row.warning.isEmpty()))
        return QApplication::style()->standardIcon(
            bad ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Name:
        return tr("Name");
    case Id:
        return tr("Id");
    case Type:
        return tr("Type");
    case Zone:
        return tr("Zone");
    case Address:
        return tr("Address");
    case Problem:
        return tr("Problem");
    default:
        return QVariant();
    }
}

} // namespace portolan
