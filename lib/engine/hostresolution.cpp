#include "steps.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace portolan::steps {

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    const QJsonDocument document(QJsonArray {value});
    const QByteArray text = document.toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

DerivationInput resolveHosts(const Design &design, const Catalog &catalog, Derivation *out)
{
    DerivationInput input;
    input.design = &design;
    input.catalog = &catalog;
    const QList<Host> &hosts = design.hosts();
    input.hosts.resize(hosts.size());
    input.neighbours.resize(hosts.size());
    RoleContext context(input);
    for (int i = 0; i < hosts.size(); ++i) {
        const Host &host = hosts.at(i);
        ResolvedHost &resolved = input.hosts[i];
        resolved.index = i;
        resolved.host = &host;
        resolved.type = catalog.type(host.type);
        Q_ASSERT(resolved.type); // the design reader refuses unknown types
        const QList<ParamSpec> &specs = resolved.type->params;
        resolved.params.resize(specs.size());
        QList<bool> written(specs.size(), false);
        for (auto it = host.params.constBegin(); it != host.params.constEnd(); ++it) {
            const int slot = resolved.type->paramIndex(it.key());
            if (slot < 0) {
                out->findings.append({Severity::Warning, {i}, -1, QStringLiteral("design.unknown-param"),
                    Catalog::tr("Host \"%1\": \"%2\" is not a parameter of %3; it is ignored.")
                        .arg(host.id, it.key(), resolved.type->name)});
                continue;
            }
            QString problem;
            const Value value = specs.at(slot).accept(it.value(), &problem);
            if (!problem.isEmpty()) {
                out->findings.append({Severity::Error, {i}, -1, QStringLiteral("design.param"),
                    Catalog::tr("Host \"%1\": parameter \"%2\" %3, not %4; the default is used.")
                        .arg(host.id, it.key(), problem, jsonText(it.value()))});
                continue;
            }
            resolved.params[slot] = value;
            written[slot] = true;
        }
        // Defaults in declaration order, so a computed default can read the parameters before it.
        context.setRoles(&resolved);
        for (int slot = 0; slot < specs.size(); ++slot) {
            if (written.at(slot))
                continue;
            const ParamSpec &spec = specs.at(slot);
            resolved.params[slot]
                = spec.defaultExpression ? spec.defaultExpression->evaluate(context) : spec.defaultValue;
        }
    }
    for (const Link &link : design.links()) {
        const int a = design.hostIndex(link.a);
        const int b = design.hostIndex(link.b);
        if (a >= 0 && b >= 0 && a != b) {
            input.neighbours[a].append(b);
            input.neighbours[b].append(a);
        }
    }
    return input;
}

} // namespace portolan::steps
