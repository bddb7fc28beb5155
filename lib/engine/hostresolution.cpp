#include "steps.h"

#include "catalog/paramresolver.h"

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
    QList<ParamResolver::Problem> problems;
    for (int i = 0; i < hosts.size(); ++i) {
        const Host &host = hosts.at(i);
        ResolvedHost &resolved = input.hosts[i];
        resolved.index = i;
        resolved.host = &host;
        resolved.type = catalog.type(host.type);
        Q_ASSERT(resolved.type); // the design reader refuses unknown types
        problems.clear();
        resolved.params = ParamResolver::resolve(host, *resolved.type, &problems);
        for (const ParamResolver::Problem &problem : std::as_const(problems)) {
            if (problem.kind == ParamResolver::Problem::Unknown)
                out->findings.append({Severity::Warning, {i}, -1, QStringLiteral("design.unknown-param"),
                    Catalog::tr("Host \"%1\": \"%2\" is not a parameter of %3; it is ignored.")
                        .arg(host.id, problem.name, resolved.type->name)});
            else
                out->findings.append({Severity::Error, {i}, -1, QStringLiteral("design.param"),
                    Catalog::tr("Host \"%1\": parameter \"%2\" %3, not %4; the default is used.")
                        .arg(host.id, problem.name, problem.reason, jsonText(problem.value))});
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
