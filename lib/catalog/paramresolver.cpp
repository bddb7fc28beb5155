#include "paramresolver.h"

namespace portolan {

namespace {

/** What a computed default reads: the host's fields and the parameters resolved before it. */
class DefaultContext : public EvalContext
{
public:
    DefaultContext(const Host &host, const HostType &type, const QList<Value> &values)
        : m_host(host)
        , m_type(type)
        , m_values(values)
    { }

    Value value(const Binding &binding) const override
    {
        if (binding.param >= 0) {
            // Bindings name catalog-wide parameter ids; the type maps them to its own list.
            const int slot = m_type.paramIndex(binding.param);
            return slot < 0 ? Value() : m_values.at(slot);
        }
        switch (binding.param) {
        case Binding::Id:
            return Value(m_host.id);
        case Binding::Name:
            return Value(m_host.displayName());
        case Binding::Type:
            return Value(m_host.type);
        case Binding::Zone:
            return Value(m_host.zone);
        case Binding::Address:
            return Value(m_host.address.isNull() ? QString() : m_host.address.toString());
        }
        return Value();
    }

private:
    const Host &m_host;
    const HostType &m_type;
    const QList<Value> &m_values;
};

} // namespace

QList<Value> ParamResolver::resolve(const Host &host, const HostType &type, QList<Problem> *problems)
{
    const QList<ParamSpec> &specs = type.params;
    QList<Value> values(specs.size());
    QList<bool> written(specs.size(), false);
    for (auto it = host.params.constBegin(); it != host.params.constEnd(); ++it) {
        const int slot = type.paramIndex(it.key());
        if (slot < 0) {
            if (problems)
                problems->append({Problem::Unknown, it.key(), it.value(), QString()});
            continue;
        }
        QString reason;
        const Value value = specs.at(slot).accept(it.value(), &reason);
        if (!reason.isEmpty()) {
            if (problems)
                problems->append({Problem::Invalid, it.key(), it.value(), reason});
            continue;
        }
        values[slot] = value;
        written[slot] = true;
    }
    const DefaultContext context(host, type, values);
    for (int slot = 0; slot < specs.size(); ++slot) {
        if (written.at(slot))
            continue;
        const ParamSpec &spec = specs.at(slot);
        values[slot] = spec.defaultExpression ? spec.defaultExpression->evaluate(context) : spec.defaultValue;
    }
    return values;
}

} // namespace portolan
