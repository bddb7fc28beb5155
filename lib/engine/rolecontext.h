#pragma once

#include "catalog/expression.h"

namespace portolan {

class DerivationState;
struct Host;

/** Evaluates catalog expressions over the hosts (by index) that take the rule's roles. */
class RoleContext : public EvalContext
{
public:
    explicit RoleContext(const DerivationState &state)
        : m_state(state)
    { }

    void setRoles(int a, int b = -1, int from = -1, int to = -1)
    {
        m_roles[0] = a;
        m_roles[1] = b;
        m_roles[2] = from;
        m_roles[3] = to;
    }

    /// The host taking a role (0 to 3, as setRoles() orders them), or null.
    const Host *host(int role) const;

    Value value(const Binding &binding) const override;
    Value call(const QString &function, int role, const QList<Value> &arguments) const override;

private:
    const DerivationState &m_state;
    int m_roles[4] = {-1, -1, -1, -1};
};

} // namespace portolan
