#include "designchange.h"

#include "catalog/paramresolver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace portolan {

namespace {

QJsonValue jsonOf(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Bool:
        return value.toBool();
    case Value::Type::Int:
        return double(value.toInt());
    case Value::Type::String:
        return value.toString();
    case Value::Type::Null:
        break;
    }
    return QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue addressOf(const Host &host)
{
    return host.address.isNull() ? QJsonValue() : QJsonValue(host.address.toString());
}

QJsonValue subnetsOf(const Zone &zone)
{
    QJsonArray subnets;
    for (const Subnet &subnet : zone.subnets)
        subnets.append(Zone::subnetText(subnet));
    return subnets;
}

/// A value as one short text: strings as they are, the rest as JSON.
QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return DesignChange::tr("(none)");
    if (value.isString())
        return value.toString();
    if (value.isArray() && value.toArray().isEmpty())
        return DesignChange::tr("(none)");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(shown(part));
        return parts.join(QStringLiteral(", "));
    }
    const QJsonDocument document(QJsonArray {value});
    const QByteArray text = document.toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

/// The parameter values a host shows for the names given: as written, else what the rule engine
/// reads (the catalog default); null for a name its type does not take and the design does not set.
QHash<QString, QJsonValue> paramValues(const Host &host, const Catalog &catalog, const QSet<QString> &names)
{
    QHash<QString, QJsonValue> values;
    const HostType *type = catalog.type(host.type);
    const QList<Value> resolved = type ? ParamResolver::resolve(host, *type) : QList<Value>();
    for (const QString &name : names) {
        if (host.params.contains(name)) {
            values.insert(name, host.params.value(name));
            continue;
        }
        const int slot = type ? type->paramIndex(name) : -1;
        values.insert(name, slot >= 0 ? jsonOf(resolved.at(slot)) : QJsonValue());
    }
    return values;
}

/// Parameter names in the order of the type, then any other written names sorted.
QStringList orderedNames(const QSet<QString> &names, const HostType *type)
{
    QStringList ordered;
    if (type) {
        for (const ParamSpec &spec : type->params) {
            if (names.contains(spec.name))
                ordered.append(spec.name);
        }
    }
    QStringList rest;
    for (const QString &name : names) {
        if (!ordered.contains(name))
            rest.append(name);
    }
    std::sort(rest.begin(), rest.end());
    return ordered + rest;
}

void compareHosts(const Host &before, const Host &after, const Catalog &catalog, QList<DesignChange> *out)
{
    const auto field = [&](const char *name, const QJsonValue &was, const QJsonValue &is) {
        if (was == is)
            return;
        DesignChange change;
        change.kind = DesignChange::Kind::HostChanged;
        change.host = after.id;
        change.field = QLatin1String(name);
        change.before = was;
        change.after = is;
        out->append(change);
    };
    field("name", textOrNull(before.name), textOrNull(after.name));
    field("type", before.type, after.type);
    field("zone", textOrNull(before.zone), textOrNull(after.zone));
    field("address", addressOf(before), addressOf(after));

    // Only what the design writes can change; a computed default that follows another parameter
    // (the NMC's port follows its protocol) is not a change of its own.
    QSet<QString> names;
    for (auto it = before.params.constBegin(); it != before.params.constEnd(); ++it) {
        if (after.params.value(it.key()) != it.value())
            names.insert(it.key());
    }
    for (auto it = after.params.constBegin(); it != after.params.constEnd(); ++it) {
        if (before.params.value(it.key()) != it.value())
            names.insert(it.key());
    }
    if (names.isEmpty())
        return;
    const QHash<QString, QJsonValue> was = paramValues(before, catalog, names);
    const QHash<QString, QJsonValue> is = paramValues(after, catalog, names);
    for (const QString &name : orderedNames(names, catalog.type(after.type))) {
        if (was.value(name) == is.value(name))
            continue; // a default written out, or taken out
        DesignChange change;
        change.kind = DesignChange::Kind::ParamChanged;
        change.host = after.id;
        change.param = name;
        change.before = was.value(name);
        change.after = is.value(name);
        out->append(change);
    }
}

QJsonObject hostSnapshot(const Host &host)
{
    return QJsonObject {{QStringLiteral("type"), host.type}, {QStringLiteral("name"), textOrNull(host.name)},
        {QStringLiteral("zone"), textOrNull(host.zone)}, {QStringLiteral("address"), addressOf(host)}};
}

QJsonObject customFlowSnapshot(const CustomFlow &flow)
{
    return QJsonObject {{QStringLiteral("protocol"), protocolName(flow.protocol)},
        {QStringLiteral("ports"), flow.ports.toString()},
        {QStringLiteral("service"), textOrNull(flow.service)}, {QStringLiteral("reason"), flow.reason}};
}

void compareCustomFlows(const Design &before, const Design &after, QList<DesignChange> *out)
{
    for (const CustomFlow &flow : after.customFlows) {
        const int old = before.customFlowIndex(flow.id);
        DesignChange change;
        change.customFlow = flow.id;
        change.a = flow.source;
        change.b = flow.destination;
        if (old < 0) {
            change.kind = DesignChange::Kind::CustomFlowAdded;
            change.after = customFlowSnapshot(flow);
            out->append(change);
            continue;
        }
        const CustomFlow &was = before.customFlows.at(old);
        change.kind = DesignChange::Kind::CustomFlowChanged;
        const auto field = [&](const char *name, const QJsonValue &oldValue, const QJsonValue &newValue) {
            if (oldValue == newValue)
                return;
            change.field = QLatin1String(name);
            change.before = oldValue;
            change.after = newValue;
            out->append(change);
        };
        field("source", was.source, flow.source);
        field("destination", was.destination, flow.destination);
        field("protocol", protocolName(was.protocol), protocolName(flow.protocol));
        field("ports", was.ports.toString(), flow.ports.toString());
        field("service", textOrNull(was.service), textOrNull(flow.service));
        field("reason", was.reason, flow.reason);
    }
    for (const CustomFlow &flow : before.customFlows) {
        if (after.customFlowIndex(flow.id) >= 0)
            continue;
        DesignChange change;
        change.kind = DesignChange::Kind::CustomFlowRemoved;
        change.customFlow = flow.id;
        change.a = flow.source;
        change.b = flow.destination;
        change.before = customFlowSnapshot(flow);
        out->append(change);
    }
}

} // namespace

LinkKey LinkKey::of(const QString &a, const QString &b, int occurrence)
{
    return a <= b ? LinkKey {a, b, occurrence} : LinkKey {b, a, occurrence};
}

size_t qHash(const LinkKey &key, size_t seed)
{
    return qHashMulti(seed, key.first, key.second, key.occurrence);
}

QList<LinkKey> linkKeys(const Design &design)
{
    QList<LinkKey> keys;
    keys.reserve(design.links().size());
    QHash<QPair<QString, QString>, int> seen;
    for (const Link &link : design.links()) {
        const LinkKey base = LinkKey::of(link.a, link.b, 0);
        int &count = seen[qMakePair(base.first, base.second)];
        keys.append(LinkKey {base.first, base.second, count++});
    }
    return keys;
}

QString DesignChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ZoneAdded:
        return QStringLiteral("zone-added");
    case Kind::ZoneRemoved:
        return QStringLiteral("zone-removed");
    case Kind::ZoneChanged:
        return QStringLiteral("zone-changed");
    case Kind::HostAdded:
        return QStringLiteral("host-added");
    case Kind::HostRemoved:
        return QStringLiteral("host-removed");
    case Kind::HostChanged:
        return QStringLiteral("host-changed");
    case Kind::ParamChanged:
        return QStringLiteral("param-changed");
    case Kind::LinkAdded:
        return QStringLiteral("link-added");
    case Kind::LinkRemoved:
        return QStringLiteral("link-removed");
    case Kind::LinkChanged:
        return QStringLiteral("link-changed");
    case Kind::CustomFlowAdded:
        return QStringLiteral("custom-flow-added");
    case Kind::CustomFlowRemoved:
        return QStringLiteral("custom-flow-removed");
    case Kind::CustomFlowChanged:
        return QStringLiteral("custom-flow-changed");
    }
    return QString();
}

QJsonObject DesignChange::toJson() const
{
    QJsonObject object {{QStringLiteral("kind"), kindName()}};
    switch (kind) {
    case Kind::ZoneAdded:
    case Kind::ZoneRemoved:
        object.insert(QStringLiteral("zone"), zone);
        break;
    case Kind::ZoneChanged:
        object.insert(QStringLiteral("zone"), zone);
        object.insert(QStringLiteral("field"), field);
        object.insert(QStringLiteral("before"), before);
        object.insert(QStringLiteral("after"), after);
        break;
    case Kind::HostAdded:
    case Kind::HostRemoved: {
        object.insert(QStringLiteral("host"), host);
        const QJsonObject snapshot = (kind == Kind::HostAdded ? after : before).toObject();
        for (auto it = snapshot.constBegin(); it != snapshot.constEnd(); ++it) {
            if (!it.value().isNull())
                object.insert(it.key(), it.value());
        }
        break;
    }
    case Kind::HostChanged:
        object.insert(QStringLiteral("host"), host);
        object.insert(QStringLiteral("field"), field);
        object.insert(QStringLiteral("before"), before);
        object.insert(QStringLiteral("after"), after);
        break;
    case Kind::ParamChanged:
        object.insert(QStringLiteral("host"), host);
        object.insert(QStringLiteral("param"), param);
        object.insert(QStringLiteral("before"), before);
        object.insert(QStringLiteral("after"), after);
        break;
    case Kind::LinkAdded:
    case Kind::LinkRemoved:
    case Kind::LinkChanged:
        object.insert(QStringLiteral("a"), a);
        object.insert(QStringLiteral("b"), b);
        if (occurrence > 0)
            object.insert(QStringLiteral("occurrence"), occurrence);
        if (kind == Kind::LinkChanged) {
            object.insert(QStringLiteral("field"), field);
            object.insert(QStringLiteral("before"), before);
            object.insert(QStringLiteral("after"), after);
        }
        break;
    case Kind::CustomFlowAdded:
    case Kind::CustomFlowRemoved:
    case Kind::CustomFlowChanged: {
        object.insert(QStringLiteral("custom_flow"), customFlow);
        object.insert(QStringLiteral("source"), a);
        object.insert(QStringLiteral("destination"), b);
        if (kind == Kind::CustomFlowChanged) {
            object.insert(QStringLiteral("field"), field);
            object.insert(QStringLiteral("before"), before);
            object.insert(QStringLiteral("after"), after);
            break;
        }
        const QJsonObject snapshot = (kind == Kind::CustomFlowAdded ? after : before).toObject();
        for (auto it = snapshot.constBegin(); it != snapshot.constEnd(); ++it) {
            if (!it.value().isNull())
                object.insert(it.key(), it.value());
        }
        break;
    }
    }
    return object;
}

QString DesignChange::describe() const
{
    const QString link = occurrence > 0
        ? tr("%1 \u2013 %2 (link %3 between them)").arg(a, b).arg(occurrence + 1)
        : tr("%1 \u2013 %2").arg(a, b);
    switch (kind) {
    case Kind::ZoneAdded:
        return tr("Zone %1 added").arg(zone);
    case Kind::ZoneRemoved:
        return tr("Zone %1 removed").arg(zone);
    case Kind::ZoneChanged:
        return tr("Zone %1: %2 %3 \u2192 %4").arg(zone, field, shown(before), shown(after));
    case Kind::HostAdded:
        return tr("Host %1 added (%2)").arg(host, after.toObject().value(QLatin1String("type")).toString());
    case Kind::HostRemoved:
        return tr("Host %1 removed (%2)")
            .arg(host, before.toObject().value(QLatin1String("type")).toString());
    case Kind::HostChanged:
        return tr("Host %1: %2 %3 \u2192 %4").arg(host, field, shown(before), shown(after));
    case Kind::ParamChanged:
        return tr("Host %1: parameter %2 %3 \u2192 %4").arg(host, param, shown(before), shown(after));
    case Kind::LinkAdded:
        return tr("Link %1 added").arg(link);
    case Kind::LinkRemoved:
        return tr("Link %1 removed").arg(link);
    case Kind::LinkChanged:
        return tr("Link %1: %2 %3 \u2192 %4").arg(link, field, shown(before), shown(after));
    case Kind::CustomFlowAdded:
    case Kind::CustomFlowRemoved: {
        const QJsonObject snapshot = (kind == Kind::CustomFlowAdded ? after : before).toObject();
        const QString protocol = snapshot.value(QLatin1String("protocol")).toString();
        const QString ports = snapshot.value(QLatin1String("ports")).toString();
        const QString what = ports.isEmpty() ? protocol : tr("%1 %2").arg(protocol, ports);
        return kind == Kind::CustomFlowAdded
            ? tr("Custom flow %1 added: %2 \u2192 %3, %4 (%5)")
                  .arg(customFlow, a, b, what, snapshot.value(QLatin1String("reason")).toString())
            : tr("Custom flow %1 removed: %2 \u2192 %3, %4").arg(customFlow, a, b, what);
    }
    case Kind::CustomFlowChanged:
        return tr("Custom flow %1: %2 %3 \u2192 %4").arg(customFlow, field, shown(before), shown(after));
    }
    return QString();
}

QStringList DesignChange::hostIds() const
{
    if (isLinkChange())
        return a == b ? QStringList {a} : QStringList {a, b};
    if (isCustomFlowChange()) {
        QStringList ids {a};
        if (b != a)
            ids.append(b);
        // A changed source or destination names the host it left too.
        if (field == QLatin1String("source") || field == QLatin1String("destination")) {
            const QString left = before.toString();
            if (!left.isEmpty() && !ids.contains(left))
                ids.append(left);
        }
        return ids;
    }
    if (isHostChange())
        return {host};
    return {};
}

QList<DesignChange> DesignChange::between(const Design &before, const Design &after, const Catalog &catalog)
{
    QList<DesignChange> changes;

    // Zones.
    for (const Zone &zone : after.zones()) {
        const Zone *was = before.zone(zone.id);
        if (!was) {
            DesignChange change;
            change.kind = Kind::ZoneAdded;
            change.zone = zone.id;
            changes.append(change);
            continue;
        }
        const auto field = [&](const char *name, const QJsonValue &old, const QJsonValue &now) {
            if (old == now)
                return;
            DesignChange change;
            change.kind = Kind::ZoneChanged;
            change.zone = zone.id;
            change.field = QLatin1String(name);
            change.before = old;
            change.after = now;
            changes.append(change);
        };
        field("name", textOrNull(was->name), textOrNull(zone.name));
        field("subnets", subnetsOf(*was), subnetsOf(zone));
    }
    for (const Zone &zone : before.zones()) {
        if (!after.zone(zone.id)) {
            DesignChange change;
            change.kind = Kind::ZoneRemoved;
            change.zone = zone.id;
            changes.append(change);
        }
    }

    // Hosts and their parameters.
    for (const Host &host : after.hosts()) {
        const Host *was = before.host(host.id);
        if (!was) {
            DesignChange change;
            change.kind = Kind::HostAdded;
            change.host = host.id;
            change.after = hostSnapshot(host);
            changes.append(change);
            continue;
        }
        compareHosts(*was, host, catalog, &changes);
    }
    for (const Host &host : before.hosts()) {
        if (!after.host(host.id)) {
            DesignChange change;
            change.kind = Kind::HostRemoved;
            change.host = host.id;
            change.before = hostSnapshot(host);
            changes.append(change);
        }
    }

    // Links, matched by their two hosts and their rank among the links between them.
    const QList<LinkKey> beforeKeys = linkKeys(before);
    const QList<LinkKey> afterKeys = linkKeys(after);
    QHash<LinkKey, int> beforeIndex;
    for (int i = 0; i < beforeKeys.size(); ++i)
        beforeIndex.insert(beforeKeys.at(i), i);
    QSet<LinkKey> present;
    for (int i = 0; i < afterKeys.size(); ++i) {
        const Link &link = after.links().at(i);
        present.insert(afterKeys.at(i));
        DesignChange change;
        change.a = link.a;
        change.b = link.b;
        change.occurrence = afterKeys.at(i).occurrence;
        const int old = beforeIndex.value(afterKeys.at(i), -1);
        if (old < 0) {
            change.kind = Kind::LinkAdded;
            changes.append(change);
        } else if (before.links().at(old).params != link.params) {
            change.kind = Kind::LinkChanged;
            change.field = QStringLiteral("params");
            change.before = before.links().at(old).params;
            change.after = link.params;
            changes.append(change);
        }
    }
    for (int i = 0; i < beforeKeys.size(); ++i) {
        if (present.contains(beforeKeys.at(i)))
            continue;
        const Link &link = before.links().at(i);
        DesignChange change;
        change.kind = Kind::LinkRemoved;
        change.a = link.a;
        change.b = link.b;
        change.occurrence = beforeKeys.at(i).occurrence;
        changes.append(change);
    }

    compareCustomFlows(before, after, &changes);
    return changes;
}

} // namespace portolan
