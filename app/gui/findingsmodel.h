#pragma once

#include <QAbstractTableModel>

namespace portolan {

class Document;

/** The findings of the current derivation: severity, message and the hosts concerned. */
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, HostsColumn, ColumnCount };
    enum Roles { HostIdsRole = Qt::UserRole + 1, SeverityRole };

    explicit FindingsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    Document *m_document;
    QList<QStringList> m_hostIds;
    QList<QString> m_hostNames;
    QStringList m_texts; ///< each finding's message as people read it: hosts and zones by name
};

} // namespace portolan
