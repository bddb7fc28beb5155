#pragma once

#include "import/inventoryimport.h"

#include <QAbstractTableModel>

namespace portolan {

/**
 * The rows of a host inventory as an import would take them: per row the host id, type, zone and
 * address it will get, or why the row cannot be imported (shown in its own column, the row
 * highlighted).
 */
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Name, Id, Type, Zone, Address, Problem, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setRows(const QList<InventoryImport::Row> &rows);
    const QList<InventoryImport::Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text the Problem column shows for a row: its problems, or its warning, or nothing.
    static QString problemText(const InventoryImport::Row &row);

private:
    QList<InventoryImport::Row> m_rows;
};

} // namespace portolan
