#pragma once

#include "derivationinput.h"

namespace portolan {

/** Evaluates catalog expressions over the hosts that take the rule's roles. */
class RoleContext : public EvalContext
{
public:
    explicit RoleContext(const DerivationInput &input)
        : m_input(input)
    { }

    void setRoles(const ResolvedHost *a, const ResolvedHost *b = nullptr, const ResolvedHost *from = nullptr,
        const ResolvedHost *to = nullptr)
    {
        m_roles[RoleA] = a;
        m_roles[RoleB] = b;
        m_roles[RoleFrom] = from;
        m_roles[RoleTo] = to;
    }

    Value value(const Binding &binding) const override;
    Value call(const QString &function, int role, const QList<Value> &arguments) const override;

private:
    const DerivationInput &m_input;
    const ResolvedHost *m_roles[RoleCount] = {};
};

} // namespace portolan
