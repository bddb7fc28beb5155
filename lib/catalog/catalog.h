#pragma once

#include "base/portset.h"
#include "expression.h"
#include "value.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace portolan {

/** One parameter of a host type, with its editor kind, default and allowed values. */
struct ParamSpec
{
    enum class Kind { Bool, Int, Choice, Text, Release };
    QString name;
    QString label;
    QString description;
    Kind kind = Kind::Text;
    Value defaultValue;
    std::optional<Expression> defaultExpression; ///< a default computed from the host ("name")
    int minimum = 0;
    int maximum = 65535;
    QStringList choices;
    QString reference;

    /// Checks a value written in a design; returns the value, or an explanation in *error.
    Value accept(const QJsonValue &value, QString *error) const;
    static QString kindName(Kind kind);
};

/** A host type of the catalog: what can be dropped on the canvas. */
struct HostType
{
    QString id;
    QString product; ///< the catalog file (product) it comes from
    QString productTitle;
    QString name;
    QString description;
    QString icon; ///< icon name under resources/icons, defaults to the type id
    QList<ParamSpec> params;
    /// For each catalog-wide parameter name id, the index in params, or -1.
    QList<int> paramSlots;

    int paramIndex(int nameId) const { return nameId < paramSlots.size() ? paramSlots.at(nameId) : -1; }
    int paramIndex(const QString &name) const;
};

enum class Severity { Error, Warning, Info };
QString severityName(Severity severity);

/** A note that goes with a flow, possibly only under a condition. */
struct NoteTemplate
{
    Template text;
    Expression when;
};

/**
 * A flow (or, for host rules, a block) the catalog derives. Roles: a and b are the two hosts in
 * the order the rule names their types; from and to follow the flow's direction.
 */
struct FlowTemplate
{
    QString rule;
    QString service;
    QString reference;
    QStringList protocols;
    Template ports;
    Template sourcePorts;
    /// The ports parsed once at load when the templates hold no expression (most rules).
    std::optional<PortSet> literalPorts;
    std::optional<PortSet> literalSourcePorts;
    Expression when;
    int from = 0; ///< role 0 (a) or 1 (b)
    int to = 1;
    bool bothWays = false;
    QList<NoteTemplate> notes;
};

struct FindingTemplate
{
    QString id;
    Severity severity = Severity::Warning;
    QString category; ///< "security" for security notes (TLS versions, MD5, clear-text logins)
    Expression when;
    Template message;
    QString reference;
};

/** What a link between two host types means and the flows it brings. */
struct LinkKind
{
    QString typeA;
    QString typeB;
    QString meaning;
    QString systemId; ///< set when the link joins two members of a redundant system
    QList<FlowTemplate> flows;
    QList<FindingTemplate> findings;
    QString product;
};

/**
 * A declared one-way rule: the flows of a pair go one way only, and their reverse (the same
 * protocol and ports from the flow's destination to its source) is forbidden, as a vendor says
 * (the ClearSCADA DMZ standby never connects or polls back). The engine derives nothing from it;
 * a review of requested rules cites it.
 */
struct OneWayRule
{
    QString rule;
    QString service;
    QString reference;
    QString notes;
};

/**
 * Hosts of the member types joined by links, directly or through other members, form one system;
 * pair rules then hold between every two members, linked directly or not.
 */
struct SystemRule
{
    struct Pair
    {
        QSet<QString> typesA;
        QSet<QString> typesB;
        QList<FlowTemplate> flows;
        std::optional<OneWayRule> oneWay; ///< the reverse of every flow of the pair is forbidden
    };
    struct Requirement
    {
        QString id;
        Severity severity = Severity::Error;
        QString message; ///< with {members}, {count}, {type}, {param}, {values}
        QString reference;
        QString type; ///< exactly-one: the type counted
        QString param; ///< same-param: the parameter compared
    };
    QString id;
    QString name;
    QSet<QString> types;
    QList<Pair> pairs;
    QList<Requirement> exactlyOne;
    QList<Requirement> sameParam;
};

/** The ephemeral port range a host uses, for stateless rules and the report. */
struct EphemeralTemplate
{
    QString protocol;
    Template ports;
    Expression when;
    QString reference;
};

/** Rules that hold for every host of a type: findings, recommended blocks, ephemeral ranges. */
struct HostRule
{
    QString type;
    QList<FindingTemplate> findings;
    QList<FlowTemplate> blocks;
    QList<EphemeralTemplate> ephemeral;
};

/** Roles a catalog expression can name. */
enum Role { RoleA = 0, RoleB = 1, RoleFrom = 2, RoleTo = 3, RoleCount = 4 };

/**
 * The product catalog: host types, link meanings and the rules behind every flow, loaded from
 * one JSON file per product. Immutable once loaded; shared by the editor, the engine and the CLI.
 */
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    /// The catalog shipped with the program (resources/catalog, compiled in).
    static std::shared_ptr<const Catalog> builtIn();
    /// Loads every *.json of a folder; on failure returns null and names the file and place.
    static std::shared_ptr<const Catalog> loadFolder(const QString &folder, QString *error);
    static std::shared_ptr<const Catalog> loadFiles(const QStringList &files, QString *error);

    const QList<HostType> &types() const { return m_types; }
    const HostType *type(const QString &id) const;
    /// The products in catalog order, as (id, title).
    QList<QPair<QString, QString>> products() const;

    /// What a link between the two types means, or null when the catalog gives it none.
    /// *swapped tells whether typeA plays the rule's second role.
    const LinkKind *linkKind(const QString &typeA, const QString &typeB, bool *swapped = nullptr) const;
    bool canLink(const QString &typeA, const QString &typeB) const { return linkKind(typeA, typeB); }

    const QList<SystemRule> &systems() const { return m_systems; }
    const SystemRule *system(const QString &id) const;
    const HostRule *hostRule(const QString &type) const { return m_hostRules.value(type); }
    /**
     * The one-way rule that forbids the reverse of a derived flow: the flow's rule id and the types
     * of its source and destination name the system pair that derived it. Null when that pair
     * declares none.
     */
    const OneWayRule *oneWayRule(
        const QString &flowRule, const QString &sourceType, const QString &destinationType) const;

    /// The catalog-wide id of a parameter name, shared by every type that has it; -1 if none has.
    int paramNameId(const QString &name) const { return m_paramNames.value(name, -1); }
    int paramNameCount() const { return int(m_paramNames.size()); }

private:
    class Loader;
    QList<HostType> m_types;
    QHash<QString, int> m_typeIndex;
    QList<LinkKind> m_links;
    QHash<QString, int> m_linkIndex; ///< "typeA\ntypeB" -> index, in the order of the rule
    QList<SystemRule> m_systems;
    QList<HostRule> m_hostRuleList;
    QHash<QString, const HostRule *> m_hostRules;
    QHash<QString, int> m_paramNames;
};

} // namespace portolan
