#include "paramvalues.h"

namespace portolan {

namespace {

class HostContext : public EvalContext
{
public:
    HostContext(const Host &host, const HostType &type, int depth)
        : m_host(host)
        , m_type(type)
        , m_depth(depth)
    { }

    Value value(const Binding &binding) const override
    {
        switch (binding.param) {
        case Binding::Id:
            return m_host.id;
        case Binding::Name:
            return m_host.displayName();
        case Binding::Type:
            return m_host.type;
        case Binding::Zone:
            return m_host.zone;
        case Binding::Address:
            return m_host.address.isNull() ? QString() : m_host.address.toString();
        default:
            break;
        }
        // Bindings name catalog-wide parameter ids; the type maps them to its own list.
        const int index = m_type.paramIndex(binding.param);
        if (index < 0 || m_depth > 8)
            return {};
        return valueAt(m_host, m_type, index, m_depth + 1);
    }

    static Value valueAt(const Host &host, const HostType &type, int index, int depth)
    {
        const ParamSpec &spec = type.params.at(index);
        if (host.params.contains(spec.name)) {
            QString error;
            const Value value = spec.accept(host.params.value(spec.name), &error);
            if (error.isEmpty())
                return value;
        }
        if (spec.defaultExpression)
            return spec.defaultExpression->evaluate(HostContext(host, type, depth));
        return spec.defaultValue;
    }

private:
    const Host &m_host;
    const HostType &m_type;
    int m_depth;
};

} // namespace

Value ParamValues::value(const Host &host, const HostType &type, int paramIndex)
{
    return HostContext::valueAt(host, type, paramIndex, 0);
}

} // namespace portolan
