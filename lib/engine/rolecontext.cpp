#include "rolecontext.h"

namespace portolan {

Value RoleContext::value(const Binding &binding) const
{
    const ResolvedHost *resolved = m_roles[binding.role];
    if (!resolved)
        return Value();
    if (binding.param >= 0)
        return resolved->param(binding.param);
    const Host &host = *resolved->host;
    switch (binding.param) {
    case Binding::Id:
        return Value(host.id);
    case Binding::Name:
        return Value(host.displayName());
    case Binding::Type:
        return Value(host.type);
    case Binding::Zone:
        return Value(host.zone);
    case Binding::Address:
        return Value(host.address.isNull() ? QString() : host.address.toString());
    }
    return Value();
}

Value RoleContext::call(const QString &function, int role, const QList<Value> &arguments) const
{
    // linked('nmc'): how many hosts of that type the role's host is linked to.
    const ResolvedHost *resolved = m_roles[role];
    if (function == QLatin1String("linked") && resolved && arguments.size() == 1) {
        const QString type = arguments.front().toString();
        qint64 count = 0;
        for (int neighbour : m_input.neighbours.at(resolved->index)) {
            if (m_input.hosts.at(neighbour).host->type == type)
                ++count;
        }
        return Value(count);
    }
    return Value();
}

} // namespace portolan
