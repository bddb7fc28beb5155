#include "steps.h"

#include "findingmessage.h"

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

void resolveHosts(DerivationState &state, const QList<int> &hosts)
{
    const QList<Host> &designHosts = state.design->hosts();
    QList<ParamResolver::Problem> problems;
    QList<Finding> found;
    for (const int i : hosts) {
        const Host &host = designHosts.at(i);
        DerivationState::HostState &resolved = state.hosts[i];
        resolved.type = state.binding->typeIndex(host.type);
        resolved.zone = state.zoneKey(host.zone);
        found.clear();
        if (resolved.type < 0) {
            resolved.params.clear(); // the design readers refuse unknown types
        } else if (const QList<Value> *defaults
            = host.params.isEmpty() ? state.binding->defaultParams(resolved.type) : nullptr) {
            resolved.params = *defaults; // shared by every host of the type that writes none
        } else {
            const HostType &type = state.binding->type(resolved.type);
            problems.clear();
            resolved.params = ParamResolver::resolve(host, type, &problems);
            for (const ParamResolver::Problem &problem : std::as_const(problems)) {
                QList<Mention> mentions;
                if (problem.kind == ParamResolver::Problem::Unknown) {
                    const QString message = composeMessage(
                        Catalog::tr("Host \"%1\": \"%2\" is not a parameter of %3; it is ignored."),
                        {MessageArg::host(host.id), problem.name, type.name}, &mentions);
                    found.append({Severity::Warning, {i}, -1, QStringLiteral("design.unknown-param"), message,
                        QString(), mentions});
                } else {
                    const QString message = composeMessage(
                        Catalog::tr("Host \"%1\": parameter \"%2\" %3, not %4; the default is used."),
                        {MessageArg::host(host.id), problem.name, problem.reason, jsonText(problem.value)},
                        &mentions);
                    found.append({Severity::Error, {i}, -1, QStringLiteral("design.param"), message,
                        QString(), mentions});
                }
            }
        }
        if (replaceForHost(&state.paramFindings, i, found))
            state.findingsTouched = true;
    }
}

} // namespace portolan::steps
