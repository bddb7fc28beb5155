#include "rolecontext.h"

#include "derivationstate.h"

namespace portolan {

const Host *RoleContext::host(int role) const
{
    if (role < 0 || role >= 4 || m_roles[role] < 0)
        return nullptr;
    return &m_state.design->hosts().at(m_roles[role]);
}

Value RoleContext::value(const Binding &binding) const
{
    const int index = m_roles[binding.role];
    if (index < 0)
        return Value();
    const DerivationState::HostState &state = m_state.hosts.at(index);
    if (binding.param >= 0) {
        if (state.type < 0)
            return Value();
        const int slot = m_state.binding->type(state.type).paramIndex(binding.param);
        return slot < 0 ? Value() : state.params.at(slot);
    }
    const Host &host = m_state.design->hosts().at(index);
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
    const int index = m_roles[role];
    if (function == QLatin1String("linked") && index >= 0 && arguments.size() == 1) {
        const int type = m_state.binding->typeIndex(arguments.front().toString());
        qint64 count = 0;
        for (const int *link = m_state.linksBegin(index); link != m_state.linksEnd(index); ++link) {
            const int other = m_state.otherEnd(*link, index);
            count += other != index && type >= 0 && m_state.hosts.at(other).type == type;
        }
        return Value(count);
    }
    return Value();
}

} // namespace portolan
