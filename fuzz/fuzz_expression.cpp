// libFuzzer target: the catalog's expression and template parser. Any text either parses or is
// refused with a message; a parsed expression evaluates against hosts whose every field is null.
#include "catalog/expression.h"

#include <QString>

#include <cstdint>

using namespace portolan;

namespace {

class NullContext : public EvalContext
{
public:
    Value value(const Binding &) const override { return Value(); }
};

std::optional<Binding> resolve(const QString &identifier)
{
    // Every identifier of the catalog's shape resolves: role.name or name alone.
    if (identifier.isEmpty() || identifier.size() > 64)
        return std::nullopt;
    return Binding {identifier.startsWith(QLatin1String("b.")) ? 1 : 0, 0};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const NullContext context;
    QString error;
    if (const std::optional<Expression> expression = Expression::parse(text, resolve, &error))
        expression->evaluate(context);
    if (const std::optional<Template> parsed = Template::parse(text, resolve, &error))
        parsed->evaluate(context);
    return 0;
}
