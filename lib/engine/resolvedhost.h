#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <QList>

namespace portolan {

/** A host with its catalog type and every parameter resolved (written value, or default). */
struct ResolvedHost
{
    int index = -1;
    const Host *host = nullptr;
    const HostType *type = nullptr;
    QList<Value> params;

    Value param(int nameId) const
    {
        const int slot = type->paramIndex(nameId);
        return slot < 0 ? Value() : params.at(slot);
    }
};

/** The design as the pipeline steps read it: resolved hosts and who is linked to whom. */
struct DerivationInput
{
    const Design *design = nullptr;
    const Catalog *catalog = nullptr;
    QList<ResolvedHost> hosts;
    QList<QList<int>> neighbours; ///< per host, indexes of the hosts it is linked to
};

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
