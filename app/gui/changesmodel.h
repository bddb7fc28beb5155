#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace portolan {

class ChangeReview;

/**
 * The design changes of a compared pair of designs as a tree: each design change, expandable to
 * the flows it adds, removes and changes grouped by firewall (zone pair), and the findings it
 * causes. Flow and finding changes that no design change explains are listed apart.
 */
class ChangesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        HostIdsRole = Qt::UserRole + 1, ///< QStringList: the hosts to select for the row
        KindRole, ///< int: a NodeKind
        MarkRole, ///< int: CompareMarkItem::Mark of the row, -1 for none
        ChangeRole, ///< int: the index of the design change, -1 for other rows
    };
    enum NodeKind { DesignChangeNode, GroupNode, FlowNode, FindingNode };

    explicit ChangesModel(QObject *parent = nullptr);
    ~ChangesModel() override;

    /// Fills the tree from a review; null empties it.
    void setReview(const ChangeReview *review);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind = GroupNode;
        QString text;
        QString toolTip;
        QStringList hosts;
        int mark = -1;
        int change = -1;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;

        Node *add(NodeKind kind, const QString &text, const QStringList &hosts = {}, int mark = -1);
        int row() const;
    };

    std::unique_ptr<Node> m_root;
};

} // namespace portolan
