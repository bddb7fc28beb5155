#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

/**
 * One change of a design from one version to the next, as a reviewer reads it: a zone, host,
 * parameter or link added, removed or changed. Ids are the identity (a host whose id changed is
 * one host removed and another added); where a host or zone sits on the canvas is no design
 * change. A link is named by its two hosts; between the same two hosts, the first link of one
 * version matches the first of the other, and so on (occurrence).
 */
class DesignChange
{
    Q_DECLARE_TR_FUNCTIONS(DesignChange)

public:
    enum class Kind {
        ZoneAdded,
        ZoneRemoved,
        ZoneChanged,
        HostAdded,
        HostRemoved,
        HostChanged,
        ParamChanged,
        LinkAdded,
        LinkRemoved,
        LinkChanged,
        CustomFlowAdded,
        CustomFlowRemoved,
        CustomFlowChanged,
    };

    Kind kind = Kind::HostChanged;
    QString zone; ///< zone-*: the zone id
    QString host; ///< host-* and param-changed: the host id
    QString a; ///< link-*: the first host of the link, as the design writes it
    QString b; ///< link-*: the second host
    int occurrence = 0; ///< link-*: which link between the same two hosts, 0 for the first
    /// host-changed: "name", "type", "zone" or "address"; zone-changed: "name" or "subnets";
    /// link-changed: "params".
    QString field;
    QString param; ///< param-changed: the parameter's name
    /// custom-flow-*: the custom flow's id; its source and destination are in `a` and `b` (as
    /// after the change; as before it for custom-flow-removed). custom-flow-changed names the
    /// field: "source", "destination", "protocol", "ports", "service" or "reason".
    QString customFlow;
    QJsonValue before; ///< *-changed: the value before (null when there was none)
    QJsonValue after; ///< *-changed: the value after

    /// "link-removed", as the JSON of the diff writes it.
    static QString kindName(Kind kind);
    QString kindName() const { return kindName(kind); }

    bool isZoneChange() const { return kind <= Kind::ZoneChanged; }
    bool isHostChange() const { return kind >= Kind::HostAdded && kind <= Kind::ParamChanged; }
    bool isLinkChange() const { return kind >= Kind::LinkAdded && kind <= Kind::LinkChanged; }
    bool isCustomFlowChange() const { return kind >= Kind::CustomFlowAdded; }

    /// The object of the diff's "design_changes" list.
    QJsonObject toJson() const;
    /// One line for people: "Link scada-b – scada-c removed", "NMC ups1-nmc: protocol https → http".
    QString describe() const;
    /// The hosts the change is about: the host, or the link's two ends.
    QStringList hostIds() const;

    /**
     * Every change that turns `before` into `after`, in a stable order: zones, then hosts (each host's
     * own changes, then its parameters), then links, then custom flows (by id); within each, in the order of
     * `after`, and what went in the order of `before`. A parameter changes when the value written in the
     * design changed and what the rule engine reads changed with it (a default written out is no change).
     */
    static QList<DesignChange> between(const Design &before, const Design &after, const Catalog &catalog);

    friend bool operator==(const DesignChange &, const DesignChange &) = default;
};

/** A link as a diff names it: its two hosts in a fixed order, and which link between them. */
struct LinkKey
{
    QString first; ///< the smaller of the two host ids
    QString second;
    int occurrence = 0;

    static LinkKey of(const QString &a, const QString &b, int occurrence);
    friend bool operator==(const LinkKey &, const LinkKey &) = default;
};

size_t qHash(const LinkKey &key, size_t seed = 0);

/// The key of every link of the design, in link order.
QList<LinkKey> linkKeys(const Design &design);

} // namespace portolan
