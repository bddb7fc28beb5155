#include "changesmodel.h"

#include "comparemarkitem.h"

#include "export/changereview.h"
#include "export/flowmatrix.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace portolan {

namespace {

using Mark = CompareMarkItem::Mark;

int markOf(const DesignChange &change)
{
    switch (change.kind) {
    case DesignChange::Kind::ZoneAdded:
    case DesignChange::Kind::HostAdded:
    case DesignChange::Kind::LinkAdded:
        return int(Mark::Added);
    case DesignChange::Kind::ZoneRemoved:
    case DesignChange::Kind::HostRemoved:
    case DesignChange::Kind::LinkRemoved:
        return int(Mark::Removed);
    default:
        return int(Mark::Changed);
    }
}

QIcon badgeIcon(int mark)
{
    static QIcon icons[3];
    if (mark < 0 || mark > 2)
        return QIcon();
    if (icons[mark].isNull()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        CompareMarkItem::paintBadge(&painter, Mark(mark), QPointF(16, 16), 24);
        painter.end();
        icons[mark] = QIcon(pixmap);
    }
    return icons[mark];
}

QString pairOf(const Design &design, const Flow &flow)
{
    FlowMatrix::Group group;
    group.anySource = flow.source == Flow::AnySource;
    group.sourceZone = group.anySource ? QString() : design.hosts().at(flow.source).zone;
    group.destinationZone = design.hosts().at(flow.destination).zone;
    return FlowMatrix::pairTitle(design, group);
}

QString hostId(const Design &design, int host)
{
    return host == Flow::AnySource ? ChangesModel::tr("any") : design.hosts().at(host).id;
}

QStringList hostsOf(const Design &design, const Flow &flow)
{
    QStringList hosts;
    if (flow.source != Flow::AnySource)
        hosts.append(design.hosts().at(flow.source).id);
    hosts.append(design.hosts().at(flow.destination).id);
    return hosts;
}

QString flowText(const ChangeSet &set, const FlowChange &change)
{
    const bool removed = change.kind == FlowChange::Kind::Removed;
    const Design &design = removed ? set.before : set.after;
    const Flow &flow = change.flow();
    QString ports = flow.ports.toString();
    if (change.kind == FlowChange::Kind::Changed && change.before.ports != change.after.ports)
        ports = ChangesModel::tr("%1 \u2192 %2")
                    .arg(change.before.ports.toString(), change.after.ports.toString());
    const QString what = ChangesModel::tr("%1 \u2192 %2 %3 %4 \u00b7 %5 [%6]")
                             .arg(hostId(design, flow.source), hostId(design, flow.destination),
                                 protocolName(flow.protocol), ports, flow.service, flow.rule)
                             .simplified();
    switch (change.kind) {
    case FlowChange::Kind::Added:
        return ChangesModel::tr("Added: %1").arg(what);
    case FlowChange::Kind::Removed:
        return ChangesModel::tr("Removed: %1").arg(what);
    case FlowChange::Kind::Changed:
        break;
    }
    return ChangesModel::tr("Changed: %1").arg(what);
}

QString findingText(const FindingChange &change)
{
    return change.added
        ? ChangesModel::tr("Added %1: %2").arg(severityName(change.finding.severity), change.finding.message)
        : ChangesModel::tr("Removed %1: %2")
              .arg(severityName(change.finding.severity), change.finding.message);
}

} // namespace

ChangesModel::Node *ChangesModel::Node::add(
    NodeKind kind, const QString &text, const QStringList &hosts, int mark)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->text = text;
    node->hosts = hosts;
    node->mark = mark;
    node->parent = this;
    children.push_back(std::move(node));
    return children.back().get();
}

int ChangesModel::Node::row() const
{
    if (!parent)
        return 0;
    for (std::size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children.at(i).get() == this)
            return int(i);
    }
    return 0;
}

ChangesModel::ChangesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ChangesModel::~ChangesModel() = default;

void ChangesModel::setReview(const ChangeReview *review)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (!review) {
        endResetModel();
        return;
    }
    const ChangeSet &set = review->changes;
    // Adds one flow or finding change under its design change: flows in a group per zone pair.
    const auto addFlow = [&set](Node *parent, const FlowChange &change) {
        const bool removed = change.kind == FlowChange::Kind::Removed;
        const Design &design = removed ? set.before : set.after;
        const QString pair = pairOf(design, change.flow());
        Node *group = nullptr;
        for (const auto &child : parent->children) {
            if (child->kind == GroupNode && child->text == pair)
                group = child.get();
        }
        if (!group)
            group = parent->add(GroupNode, pair);
        const QStringList hosts = hostsOf(design, change.flow());
        for (const QString &host : hosts) {
            if (!group->hosts.contains(host))
                group->hosts.append(host);
        }
        const int mark = change.kind == FlowChange::Kind::Added ? int(Mark::Added)
            : removed                                           ? int(Mark::Removed)
                                                                : int(Mark::Changed);
        Node *node = group->add(FlowNode, flowText(set, change), hosts, mark);
        node->toolTip = change.flow().reference;
    };
    const auto addFinding = [&set](Node *parent, const FindingChange &change) {
        Node *group = nullptr;
        for (const auto &child : parent->children) {
            if (child->kind == GroupNode && child->text == tr("Findings"))
                group = child.get();
        }
        if (!group)
            group = parent->add(GroupNode, tr("Findings"));
        QStringList hosts;
        const Design &design = change.added ? set.after : set.before;
        for (const int host : change.finding.hosts)
            hosts.append(design.hosts().at(host).id);
        Node *node = group->add(
            FindingNode, findingText(change), hosts, change.added ? int(Mark::Added) : int(Mark::Removed));
        node->toolTip = change.finding.message;
    };
    const auto populate = [&](Node *node, int index) {
        int flows = 0;
        int findings = 0;
        for (const QList<FlowChange> *list : {&set.added, &set.removed, &set.changed}) {
            for (const FlowChange &change : *list) {
                if (change.because.contains(index) || (index < 0 && change.because.isEmpty())) {
                    addFlow(node, change);
                    ++flows;
                }
            }
        }
        for (const QList<FindingChange> *list : {&set.findingsAdded, &set.findingsRemoved}) {
            for (const FindingChange &change : *list) {
                if (change.because.contains(index) || (index < 0 && change.because.isEmpty())) {
                    addFinding(node, change);
                    ++findings;
                }
            }
        }
        node->toolTip = tr("%n flow change(s)", nullptr, flows) + QStringLiteral(", ")
            + tr("%n finding change(s)", nullptr, findings);
        return flows + findings;
    };
    for (int c = 0; c < set.designChanges.size(); ++c) {
        const DesignChange &change = set.designChanges.at(c);
        QStringList hosts = change.hostIds();
        if (change.isZoneChange()) {
            for (const Design *design : {&set.before, &set.after}) {
                for (const Host &host : design->hosts()) {
                    if (host.zone == change.zone && !hosts.contains(host.id))
                        hosts.append(host.id);
                }
            }
        }
        Node *node = m_root->add(
            DesignChangeNode, tr("[%1] %2").arg(c).arg(change.describe()), hosts, markOf(change));
        node->change = c;
        populate(node, c);
    }
    Node orphans;
    if (populate(&orphans, -1) > 0) {
        Node *node = m_root->add(GroupNode, tr("Changes no design change explains"));
        for (auto &child : orphans.children) {
            child->parent = node;
            node->children.push_back(std::move(child));
        }
    }
    endResetModel();
}

QModelIndex ChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    if (row < 0 || column != 0 || row >= int(node->children.size()))
        return QModelIndex();
    return createIndex(row, column, node->children.at(std::size_t(row)).get());
}

QModelIndex ChangesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node *node = static_cast<const Node *>(child.internalPointer());
    if (!node->parent || node->parent == m_root.get())
        return QModelIndex();
    return createIndex(node->parent->row(), 0, node->parent);
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *node = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return int(node->children.size());
}

int ChangesModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node *node = static_cast<const Node *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        return node->text;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case Qt::DecorationRole:
        return badgeIcon(node->mark);
    case HostIdsRole:
        return node->hosts;
    case KindRole:
        return int(node->kind);
    case MarkRole:
        return node->mark;
    case ChangeRole:
        return node->change;
    default:
        return QVariant();
    }
}

} // namespace portolan
