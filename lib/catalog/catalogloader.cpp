#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// Resources of a static library must be initialised by name, outside any namespace.
static void initCatalogResource()
{
    Q_INIT_RESOURCE(catalog);
}

namespace portolan {

/** Reads catalog files in two passes: all types first, so rules of one file may name types of another. */
class Catalog::Loader
{
public:
    explicit Loader(Catalog &catalog)
        : m_catalog(catalog)
    { }

    bool load(const QStringList &files, QString *error)
    {
        QList<QJsonObject> roots;
        for (const QString &file : files) {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                *error = tr("%1: cannot be read: %2").arg(file, in.errorString());
                return false;
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
            if (!document.isObject()) {
                *error = tr("%1: not a catalog file: %2").arg(file, parseError.errorString());
                return false;
            }
            roots.append(document.object());
        }
        for (int i = 0; i < roots.size(); ++i) {
            m_file = QFileInfo(files.at(i)).fileName();
            if (!readTypes(roots.at(i)))
                return fail(error);
        }
        for (int i = 0; i < roots.size(); ++i) {
            m_file = QFileInfo(files.at(i)).fileName();
            m_product = roots.at(i).value(QLatin1String("product")).toString();
            if (!readRules(roots.at(i)))
                return fail(error);
        }
        return true;
    }

private:
    bool fail(QString *error)
    {
        *error = m_file + QStringLiteral(": ") + m_error;
        return false;
    }
    bool setError(const QString &where, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = where + QStringLiteral(": ") + message;
        return false;
    }

    bool readTypes(const QJsonObject &root)
    {
        const QString product = root.value(QLatin1String("product")).toString();
        const QString title = root.value(QLatin1String("title")).toString();
        if (product.isEmpty())
            return setError(QStringLiteral("product"), tr("missing"));
        const QJsonArray types = root.value(QLatin1String("types")).toArray();
        for (int t = 0; t < types.size(); ++t) {
            const QString where = QStringLiteral("types[%1]").arg(t);
            const QJsonObject object = types.at(t).toObject();
            HostType type;
            type.id = object.value(QLatin1String("id")).toString();
            type.product = product;
            type.productTitle = title;
            type.name = object.value(QLatin1String("name")).toString();
            type.description = object.value(QLatin1String("description")).toString();
            type.icon = object.value(QLatin1String("icon")).toString(type.id);
            if (type.id.isEmpty() || type.name.isEmpty())
                return setError(where, tr("a type needs an id and a name"));
            if (m_catalog.m_typeIndex.contains(type.id))
                return setError(where, tr("type \"%1\" is defined twice").arg(type.id));
            const QJsonArray params = object.value(QLatin1String("params")).toArray();
            for (int p = 0; p < params.size(); ++p) {
                ParamSpec spec;
                if (!readParam(params.at(p).toObject(), where + QStringLiteral(".params[%1]").arg(p), &spec))
                    return false;
                if (!m_catalog.m_paramNames.contains(spec.name))
                    m_catalog.m_paramNames.insert(spec.name, int(m_catalog.m_paramNames.size()));
                type.params.append(spec);
            }
            m_catalog.m_typeIndex.insert(type.id, int(m_catalog.m_types.size()));
            m_catalog.m_types.append(type);
        }
        return true;
    }

    bool readParam(const QJsonObject &object, const QString &where, ParamSpec *spec)
    {
        static const QHash<QString, ParamSpec::Kind> kinds = {
            {QStringLiteral("bool"), ParamSpec::Kind::Bool},
            {QStringLiteral("int"), ParamSpec::Kind::Int},
            {QStringLiteral("choice"), ParamSpec::Kind::Choice},
            {QStringLiteral("text"), ParamSpec::Kind::Text},
            {QStringLiteral("release"), ParamSpec::Kind::Release},
        };
        spec->name = object.value(QLatin1String("name")).toString();
        spec->label = object.value(QLatin1String("label")).toString(spec->name);
        spec->description = object.value(QLatin1String("description")).toString();
        spec->reference = object.value(QLatin1String("reference")).toString();
        const QString kind = object.value(QLatin1String("kind")).toString();
        if (spec->name.isEmpty() || !kinds.contains(kind))
            return setError(
                where, tr("a parameter needs a name and a kind (bool, int, choice, text, release)"));
        spec->kind = kinds.value(kind);
        spec->minimum = object.value(QLatin1String("min")).toInt(0);
        spec->maximum = object.value(QLatin1String("max")).toInt(65535);
        for (const QJsonValue &choice : object.value(QLatin1String("choices")).toArray())
            spec->choices.append(choice.toString());
        if (object.contains(QLatin1String("default"))) {
            QString problem;
            spec->defaultValue = spec->accept(object.value(QLatin1String("default")), &problem);
            if (!problem.isEmpty())
                return setError(where, tr("default %1").arg(problem));
        }
        return true;
    }

    // Parameter defaults computed from other fields need every type read first; done in pass two.
    bool readDefaultExpressions(const QJsonObject &root)
    {
        const QJsonArray types = root.value(QLatin1String("types")).toArray();
        for (int t = 0; t < types.size(); ++t) {
            HostType &type = m_catalog.m_types[m_catalog.m_typeIndex.value(
                types.at(t).toObject().value(QLatin1String("id")).toString())];
            const QJsonArray params = types.at(t).toObject().value(QLatin1String("params")).toArray();
            for (int p = 0; p < params.size(); ++p) {
                const QString text
                    = params.at(p).toObject().value(QLatin1String("defaultExpression")).toString();
                if (text.isEmpty())
                    continue;
                const QString where = QStringLiteral("types[%1].params[%2].defaultExpression").arg(t).arg(p);
                QString refused;
                auto expression = parseExpression(text, defaultResolver(type, p, &refused), where);
                if (!refused.isEmpty()) {
                    m_error.clear();
                    return setError(where, refused);
                }
                if (!expression)
                    return false;
                const QStringList functions = expression->functions();
                if (!functions.isEmpty())
                    return setError(where,
                        tr("calls %1(); a default reads only the host's fields and the parameters declared "
                           "before it")
                            .arg(functions.first()));
                type.params[p].defaultExpression = expression;
            }
            type.paramSlots = QList<int>(m_catalog.m_paramNames.size(), -1);
            for (int p = 0; p < type.params.size(); ++p)
                type.paramSlots[m_catalog.m_paramNames.value(type.params.at(p).name)] = p;
        }
        return true;
    }

    std::optional<Binding> bindField(int role, const QString &name) const
    {
        static const QHash<QString, int> fields = {
            {QStringLiteral("id"), Binding::Id},
            {QStringLiteral("name"), Binding::Name},
            {QStringLiteral("type"), Binding::Type},
            {QStringLiteral("zone"), Binding::Zone},
            {QStringLiteral("address"), Binding::Address},
        };
        if (fields.contains(name))
            return Binding {role, fields.value(name)};
        if (m_catalog.m_paramNames.contains(name))
            return Binding {role, m_catalog.m_paramNames.value(name)};
        return std::nullopt;
    }
    Expression::Resolver pairResolver() const
    {
        return [this](const QString &identifier) -> std::optional<Binding> {
            static const QHash<QString, int> roles
                = {{QStringLiteral("a"), RoleA}, {QStringLiteral("b"), RoleB},
                    {QStringLiteral("from"), RoleFrom}, {QStringLiteral("to"), RoleTo}};
            const qsizetype dot = identifier.indexOf(QLatin1Char('.'));
            if (dot < 0 || !roles.contains(identifier.left(dot)))
                return std::nullopt;
            return bindField(roles.value(identifier.left(dot)), identifier.mid(dot + 1));
        };
    }
    /**
     * What the default of parameter `slot` of `type` may read: the host's fields and the parameters
     * declared before it, so that resolving in declaration order (ParamResolver) gives every default
     * its final inputs. Any other parameter is refused with the reason in *refused.
     */
    Expression::Resolver defaultResolver(const HostType &type, int slot, QString *refused) const
    {
        return [this, &type, slot, refused](const QString &identifier) -> std::optional<Binding> {
            const std::optional<Binding> binding = hostResolver()(identifier);
            if (!binding || binding->param < 0)
                return binding;
            const QString name
                = identifier.startsWith(QLatin1String("self.")) ? identifier.mid(5) : identifier;
            const int index = type.paramIndex(name);
            if (index < 0)
                *refused = tr("reads \"%1\", which is not a parameter of %2").arg(name, type.name);
            else if (index >= slot)
                *refused = tr("reads \"%1\", which is declared after it; a default reads only the host's "
                              "fields and the parameters declared before it")
                               .arg(name);
            else
                return binding;
            return std::nullopt;
        };
    }
    Expression::Resolver hostResolver() const
    {
        return [this](const QString &identifier) -> std::optional<Binding> {
            const QString name
                = identifier.startsWith(QLatin1String("self.")) ? identifier.mid(5) : identifier;
            return bindField(RoleA, name);
        };
    }

    std::optional<Expression> parseExpression(
        const QString &text, const Expression::Resolver &resolver, const QString &where)
    {
        QString problem;
        std::optional<Expression> expression = Expression::parse(text, resolver, &problem);
        if (!expression)
            setError(where, problem);
        return expression;
    }
    std::optional<Template> parseTemplate(
        const QString &text, const Expression::Resolver &resolver, const QString &where)
    {
        QString problem;
        std::optional<Template> result = Template::parse(text, resolver, &problem);
        if (!result)
            setError(where, problem);
        return result;
    }

    bool readNotes(const QJsonValue &value, const Expression::Resolver &resolver, const QString &where,
        QList<NoteTemplate> *notes)
    {
        const QJsonArray array
            = value.isString() ? QJsonArray {QJsonObject {{QStringLiteral("text"), value}}} : value.toArray();
        for (int n = 0; n < array.size(); ++n) {
            const QJsonObject object = array.at(n).toObject();
            const QString at = where + QStringLiteral("[%1]").arg(n);
            auto text = parseTemplate(object.value(QLatin1String("text")).toString(), resolver, at);
            auto when = parseExpression(
                object.value(QLatin1String("when")).toString(), resolver, at + QStringLiteral(".when"));
            if (!text || !when)
                return false;
            notes->append({*text, *when});
        }
        return true;
    }

    bool readFlow(const QJsonObject &object, const Expression::Resolver &resolver, const QString &where,
        bool block, FlowTemplate *flow)
    {
        flow->rule = object.value(QLatin1String("rule")).toString();
        flow->service = object.value(QLatin1String("service")).toString();
        flow->reference = object.value(QLatin1String("reference")).toString();
        if (flow->rule.isEmpty() || flow->service.isEmpty())
            return setError(where, tr("a flow needs a rule id and a service"));
        if (!flow->reference.startsWith(QLatin1String("0"))
            || !flow->reference.contains(QLatin1String(".txt: ")))
            return setError(
                where, tr("rule \"%1\" must cite its seed as \"file.txt: table\"").arg(flow->rule));
        if (object.contains(QLatin1String("protocol")))
            flow->protocols = {object.value(QLatin1String("protocol")).toString()};
        for (const QJsonValue &protocol : object.value(QLatin1String("protocols")).toArray())
            flow->protocols.append(protocol.toString());
        for (const QString &protocol : std::as_const(flow->protocols)) {
            if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp")
                && protocol != QLatin1String("icmp"))
                return setError(where, tr("unknown protocol \"%1\"").arg(protocol));
        }
        if (flow->protocols.isEmpty())
            return setError(where, tr("rule \"%1\" names no protocol").arg(flow->rule));
        if (!block) {
            static const QHash<QString, int> roles
                = {{QStringLiteral("a"), RoleA}, {QStringLiteral("b"), RoleB}};
            const QString from = object.value(QLatin1String("from")).toString();
            const QString to = object.value(QLatin1String("to")).toString();
            if (!roles.contains(from) || !roles.contains(to) || from == to)
                return setError(where, tr("\"from\" and \"to\" must be \"a\" and \"b\""));
            flow->from = roles.value(from);
            flow->to = roles.value(to);
            flow->bothWays = object.value(QLatin1String("both")).toBool();
        }
        auto ports = parseTemplate(
            object.value(QLatin1String("ports")).toString(), resolver, where + QStringLiteral(".ports"));
        auto sourcePorts = parseTemplate(object.value(QLatin1String("sourcePorts")).toString(), resolver,
            where + QStringLiteral(".sourcePorts"));
        auto when = parseExpression(
            object.value(QLatin1String("when")).toString(), resolver, where + QStringLiteral(".when"));
        if (!ports || !sourcePorts || !when)
            return false;
        flow->ports = *ports;
        flow->sourcePorts = *sourcePorts;
        flow->when = *when;
        for (auto [text, literal] : {std::pair {&flow->ports, &flow->literalPorts},
                 std::pair {&flow->sourcePorts, &flow->literalSourcePorts}}) {
            if (!text->isLiteral())
                continue;
            PortSet parsed;
            QString problem;
            if (!PortSet::parse(text->text(), &parsed, &problem))
                return setError(where, problem);
            *literal = parsed;
        }
        return readNotes(
            object.value(QLatin1String("notes")), resolver, where + QStringLiteral(".notes"), &flow->notes);
    }

    bool readFlows(const QJsonArray &array, const Expression::Resolver &resolver, const QString &where,
        bool block, QList<FlowTemplate> *flows)
    {
        for (int f = 0; f < array.size(); ++f) {
            FlowTemplate flow;
            if (!readFlow(
                    array.at(f).toObject(), resolver, where + QStringLiteral("[%1]").arg(f), block, &flow))
                return false;
            flows->append(flow);
        }
        return true;
    }

    bool readSeverity(const QJsonObject &object, const QString &where, Severity *severity)
    {
        const QString text = object.value(QLatin1String("severity")).toString();
        if (text == QLatin1String("error"))
            *severity = Severity::Error;
        else if (text == QLatin1String("warning"))
            *severity = Severity::Warning;
        else if (text == QLatin1String("info"))
            *severity = Severity::Info;
        else
            return setError(where, tr("severity must be error, warning or info"));
        return true;
    }

    bool readFindings(const QJsonArray &array, const Expression::Resolver &resolver, const QString &where,
        QList<FindingTemplate> *findings)
    {
        for (int f = 0; f < array.size(); ++f) {
            const QJsonObject object = array.at(f).toObject();
            const QString at = where + QStringLiteral("[%1]").arg(f);
            FindingTemplate finding;
            finding.id = object.value(QLatin1String("id")).toString();
            finding.reference = object.value(QLatin1String("reference")).toString();
            finding.category = object.value(QLatin1String("category")).toString();
            if (finding.id.isEmpty() || !readSeverity(object, at, &finding.severity))
                return setError(at, tr("a finding needs an id and a severity"));
            auto when = parseExpression(
                object.value(QLatin1String("when")).toString(), resolver, at + QStringLiteral(".when"));
            auto message = parseTemplate(
                object.value(QLatin1String("message")).toString(), resolver, at + QStringLiteral(".message"));
            if (!when || !message)
                return false;
            finding.when = *when;
            finding.message = *message;
            findings->append(finding);
        }
        return true;
    }

    bool checkType(const QString &type, const QString &where)
    {
        if (!m_catalog.m_typeIndex.contains(type))
            return setError(where, tr("unknown type \"%1\"").arg(type));
        return true;
    }

    bool addLinkKind(const LinkKind &kind, const QString &where)
    {
        const QString key = kind.typeA + QLatin1Char('\n') + kind.typeB;
        const QString reversed = kind.typeB + QLatin1Char('\n') + kind.typeA;
        if (m_catalog.m_linkIndex.contains(key) || m_catalog.m_linkIndex.contains(reversed))
            return setError(where, tr("the link %1 - %2 is defined twice").arg(kind.typeA, kind.typeB));
        m_catalog.m_linkIndex.insert(key, int(m_catalog.m_links.size()));
        m_catalog.m_links.append(kind);
        return true;
    }

    bool readRules(const QJsonObject &root)
    {
        if (!readDefaultExpressions(root))
            return false;
        const QJsonArray links = root.value(QLatin1String("links")).toArray();
        for (int l = 0; l < links.size(); ++l) {
            const QJsonObject object = links.at(l).toObject();
            const QString where = QStringLiteral("links[%1]").arg(l);
            const QJsonArray types = object.value(QLatin1String("types")).toArray();
            LinkKind kind;
            kind.product = m_product;
            kind.typeA = types.at(0).toString();
            kind.typeB = types.at(1).toString();
            kind.meaning = object.value(QLatin1String("meaning")).toString();
            if (types.size() != 2 || kind.meaning.isEmpty())
                return setError(where, tr("a link needs two types and a meaning"));
            if (!checkType(kind.typeA, where) || !checkType(kind.typeB, where)
                || !readFlows(object.value(QLatin1String("flows")).toArray(), pairResolver(),
                    where + QStringLiteral(".flows"), false, &kind.flows)
                || !readFindings(object.value(QLatin1String("findings")).toArray(), pairResolver(),
                    where + QStringLiteral(".findings"), &kind.findings)
                || !addLinkKind(kind, where))
                return false;
        }
        const QJsonArray systems = root.value(QLatin1String("systems")).toArray();
        for (int s = 0; s < systems.size(); ++s) {
            if (!readSystem(systems.at(s).toObject(), QStringLiteral("systems[%1]").arg(s)))
                return false;
        }
        const QJsonArray hosts = root.value(QLatin1String("hosts")).toArray();
        for (int h = 0; h < hosts.size(); ++h) {
            const QJsonObject object = hosts.at(h).toObject();
            const QString where = QStringLiteral("hosts[%1]").arg(h);
            HostRule rule;
            rule.type = object.value(QLatin1String("type")).toString();
            if (!checkType(rule.type, where)
                || !readFindings(object.value(QLatin1String("findings")).toArray(), hostResolver(),
                    where + QStringLiteral(".findings"), &rule.findings)
                || !readFlows(object.value(QLatin1String("blocks")).toArray(), hostResolver(),
                    where + QStringLiteral(".blocks"), true, &rule.blocks))
                return false;
            const QJsonArray ephemeral = object.value(QLatin1String("ephemeral")).toArray();
            for (int e = 0; e < ephemeral.size(); ++e) {
                const QJsonObject range = ephemeral.at(e).toObject();
                const QString at = where + QStringLiteral(".ephemeral[%1]").arg(e);
                auto ports
                    = parseTemplate(range.value(QLatin1String("ports")).toString(), hostResolver(), at);
                auto when = parseExpression(range.value(QLatin1String("when")).toString(), hostResolver(),
                    at + QStringLiteral(".when"));
                if (!ports || !when)
                    return false;
                rule.ephemeral.append({range.value(QLatin1String("protocol")).toString(), *ports, *when,
                    range.value(QLatin1String("reference")).toString()});
            }
            const bool twice = std::any_of(m_catalog.m_hostRuleList.cbegin(), m_catalog.m_hostRuleList.cend(),
                [&](const HostRule &other) { return other.type == rule.type; });
            if (twice)
                return setError(where, tr("host rules for \"%1\" are defined twice").arg(rule.type));
            m_catalog.m_hostRuleList.append(rule);
        }
        return true;
    }

    bool readRequirements(const QJsonArray &array, const QString &where, const QString &key,
        QList<SystemRule::Requirement> *requirements)
    {
        for (int r = 0; r < array.size(); ++r) {
            const QJsonObject object = array.at(r).toObject();
            const QString at = where + QStringLiteral("[%1]").arg(r);
            SystemRule::Requirement requirement;
            requirement.id = object.value(QLatin1String("id")).toString();
            requirement.message = object.value(QLatin1String("message")).toString();
            requirement.reference = object.value(QLatin1String("reference")).toString();
            requirement.type = object.value(QLatin1String("type")).toString();
            requirement.param = object.value(QLatin1String("param")).toString();
            if (!readSeverity(object, at, &requirement.severity))
                return false;
            if (requirement.id.isEmpty() || requirement.message.isEmpty()
                || (key == QLatin1String("type") ? !checkType(requirement.type, at)
                                                 : !m_catalog.m_paramNames.contains(requirement.param)))
                return setError(at, tr("a requirement needs an id, a message and a known %1").arg(key));
            requirements->append(requirement);
        }
        return true;
    }

    /// A pair's "oneWay": the reverse of each of its flows is forbidden, citing the seed.
    bool readOneWay(const QJsonObject &pairObject, const QString &where, SystemRule::Pair *pair)
    {
        if (!pairObject.contains(QLatin1String("oneWay")))
            return true;
        const QString at = where + QStringLiteral(".oneWay");
        const QJsonObject object = pairObject.value(QLatin1String("oneWay")).toObject();
        OneWayRule rule;
        rule.rule = object.value(QLatin1String("rule")).toString();
        rule.service = object.value(QLatin1String("service")).toString();
        rule.reference = object.value(QLatin1String("reference")).toString();
        rule.notes = object.value(QLatin1String("notes")).toString();
        if (rule.rule.isEmpty() || rule.service.isEmpty())
            return setError(at, tr("a one-way rule needs a rule id and a service"));
        if (!rule.reference.startsWith(QLatin1String("0"))
            || !rule.reference.contains(QLatin1String(".txt: ")))
            return setError(at, tr("rule \"%1\" must cite its seed as \"file.txt: table\"").arg(rule.rule));
        for (const FlowTemplate &flow : std::as_const(pair->flows)) {
            if (flow.bothWays)
                return setError(at,
                    tr("rule \"%1\" makes the flows of the pair one way, but \"%2\" goes both ways")
                        .arg(rule.rule, flow.rule));
        }
        pair->oneWay = rule;
        return true;
    }

    bool readSystem(const QJsonObject &object, const QString &where)
    {
        SystemRule system;
        system.id = object.value(QLatin1String("id")).toString();
        system.name = object.value(QLatin1String("name")).toString();
        const QJsonArray types = object.value(QLatin1String("types")).toArray();
        for (const QJsonValue &type : types) {
            if (!checkType(type.toString(), where + QStringLiteral(".types")))
                return false;
            system.types.insert(type.toString());
        }
        if (system.id.isEmpty() || system.name.isEmpty() || system.types.isEmpty())
            return setError(where, tr("a system needs an id, a name and member types"));
        const QJsonArray pairs = object.value(QLatin1String("pairs")).toArray();
        for (int p = 0; p < pairs.size(); ++p) {
            const QJsonObject pairObject = pairs.at(p).toObject();
            const QString at = where + QStringLiteral(".pairs[%1]").arg(p);
            SystemRule::Pair pair;
            const QJsonArray sides = pairObject.value(QLatin1String("types")).toArray();
            for (const QJsonValue &type : sides.at(0).toArray())
                pair.typesA.insert(type.toString());
            for (const QJsonValue &type : sides.at(1).toArray())
                pair.typesB.insert(type.toString());
            const QSet<QString> named = pair.typesA + pair.typesB;
            if (pair.typesA.isEmpty() || pair.typesB.isEmpty() || !system.types.contains(named))
                return setError(at, tr("a pair names two lists of member types"));
            if (!readFlows(pairObject.value(QLatin1String("flows")).toArray(), pairResolver(),
                    at + QStringLiteral(".flows"), false, &pair.flows)
                || !readOneWay(pairObject, at, &pair))
                return false;
            system.pairs.append(pair);
        }
        if (!readRequirements(object.value(QLatin1String("exactlyOne")).toArray(),
                where + QStringLiteral(".exactlyOne"), QStringLiteral("type"), &system.exactlyOne)
            || !readRequirements(object.value(QLatin1String("sameParam")).toArray(),
                where + QStringLiteral(".sameParam"), QStringLiteral("param"), &system.sameParam))
            return false;
        // Every two member types may be linked: the link means membership of the same system.
        const QStringList members(system.types.cbegin(), system.types.cend());
        QStringList sorted = members;
        sorted.sort();
        for (int i = 0; i < sorted.size(); ++i) {
            for (int j = i; j < sorted.size(); ++j) {
                LinkKind kind;
                kind.product = m_product;
                kind.typeA = sorted.at(i);
                kind.typeB = sorted.at(j);
                kind.meaning = tr("Servers of one %1").arg(system.name);
                kind.systemId = system.id;
                if (!addLinkKind(kind, where))
                    return false;
            }
        }
        m_catalog.m_systems.append(system);
        return true;
    }

    Catalog &m_catalog;
    QString m_file;
    QString m_product;
    QString m_error;
};

std::shared_ptr<const Catalog> Catalog::builtIn()
{
    static const std::shared_ptr<const Catalog> catalog = [] {
        initCatalogResource();
        QString error;
        auto loaded = loadFolder(QStringLiteral(":/catalog"), &error);
        if (!loaded)
            qFatal("The built-in catalog does not load: %s", qPrintable(error));
        return loaded;
    }();
    return catalog;
}

std::shared_ptr<const Catalog> Catalog::loadFolder(const QString &folder, QString *error)
{
    QStringList files;
    const QFileInfoList entries
        = QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries)
        files.append(entry.filePath());
    if (files.isEmpty()) {
        *error = tr("%1: no catalog files").arg(folder);
        return nullptr;
    }
    return loadFiles(files, error);
}

std::shared_ptr<const Catalog> Catalog::loadFiles(const QStringList &files, QString *error)
{
    auto catalog = std::make_shared<Catalog>();
    Loader loader(*catalog);
    if (!loader.load(files, error))
        return nullptr;
    for (const HostRule &rule : std::as_const(catalog->m_hostRuleList))
        catalog->m_hostRules.insert(rule.type, &rule);
    return catalog;
}

} // namespace portolan
