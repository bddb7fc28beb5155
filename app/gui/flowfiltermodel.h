#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace portolan {

/**
 * Filters the flow table by free text (any column), zone pair, hosts (flows from or to any of
 * them) and protocol. Empty criteria let every row through.
 */
class FlowFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FlowFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// Source and destination zone ids; both null for any pair.
    void setZonePair(const QString &sourceZone, const QString &destinationZone);
    void clearZonePair();
    void setHosts(const QStringList &hostIds);
    QStringList hosts() const { return QStringList(m_hosts.cbegin(), m_hosts.cend()); }
    /// int(Protocol), or -1 for any.
    void setProtocol(int protocol);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_zonePairSet = false;
    QString m_sourceZone;
    QString m_destinationZone;
    QSet<QString> m_hosts;
    int m_protocol = -1;
};

} // namespace portolan
