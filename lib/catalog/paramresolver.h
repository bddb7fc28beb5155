#pragma once

#include "catalog.h"
#include "model/host.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace portolan {

/**
 * A host's parameter values, one rule for the rule engine and the editor: the value written in
 * the design when the parameter accepts it, else the catalog default. A computed default reads the
 * host's own fields and the parameters declared before it (the catalog loader refuses any other),
 * so resolving in declaration order gives every default its final inputs.
 */
class ParamResolver
{
public:
    /// A parameter written in the design that the host's type does not take.
    struct Problem
    {
        enum Kind {
            Unknown, ///< the type has no such parameter; it is ignored
            Invalid, ///< the value is not one the parameter accepts; the default is used
        };
        Kind kind = Unknown;
        QString name; ///< as written
        QJsonValue value; ///< as written
        QString reason; ///< for Invalid: what the parameter accepts ("must be true or false")
    };

    /// Every parameter of the type, in declaration order; written values that are not taken are
    /// reported in *problems (in the order of their names) when it is given.
    static QList<Value> resolve(const Host &host, const HostType &type, QList<Problem> *problems = nullptr);
};

} // namespace portolan
