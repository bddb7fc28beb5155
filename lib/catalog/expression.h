#pragma once

#include "value.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace portolan {

/**
 * Where an identifier of an expression points: a host taking a role in a rule ("a", "b",
 * "from", "to" or the host itself) and one of its parameters or fields.
 */
struct Binding
{
    enum Field { Param = 0, Id = -1, Name = -2, Type = -3, Zone = -4, Address = -5 };
    int role = 0;
    int param = 0; ///< parameter index within the host type when >= 0, else a Field
};

/** What an expression reads while it is evaluated. */
class EvalContext
{
public:
    virtual ~EvalContext() = default;
    virtual Value value(const Binding &binding) const = 0;
    /// Built-in functions such as linked('nmc'); returns a null value for an unknown call.
    virtual Value call(const QString &function, int role, const QList<Value> &arguments) const;
};

/**
 * A small expression language for catalog conditions and port templates: literals (12, 'https',
 * true), identifiers (port, b.protocol, to.max_open_server), ! && || == != < <= > >= + - *,
 * cond ? x : y, parentheses and function calls. Parsed once when the catalog loads, with its
 * identifiers bound to roles and parameter indexes, so evaluation does no name look-ups.
 */
class Expression
{
public:
    /// Resolves an identifier ("b.protocol") to a binding, or nothing when it is unknown.
    using Resolver = std::function<std::optional<Binding>(const QString &identifier)>;

    Expression();
    ~Expression();
    Expression(const Expression &);
    Expression &operator=(const Expression &);

    /// An empty text gives an expression that is always true.
    static std::optional<Expression> parse(const QString &text, const Resolver &resolver, QString *error);

    Value evaluate(const EvalContext &context) const;
    bool isTrue(const EvalContext &context) const { return evaluate(context).toBool(); }
    bool isEmpty() const;
    QString text() const { return m_text; }
    /// The functions the expression calls ("linked"), in the order they appear.
    QStringList functions() const;
    /// Whether it reads a host's id, name, type, zone or address, not only parameters.
    bool readsHostFields() const;
    /// What the expression reads when it is a bare identifier ("id", "b.zone"); nothing otherwise.
    std::optional<Binding> identifier() const;

    struct Node; ///< opaque syntax tree node

private:
    class Parser;
    std::shared_ptr<const Node> m_root;
    QString m_text;
};

/** A text with {expression} holes, such as "3000-{3000 + 2 * to.max_open_server}". */
class Template
{
public:
    static std::optional<Template> parse(
        const QString &text, const Expression::Resolver &resolver, QString *error);
    QString evaluate(const EvalContext &context) const;
    /// Where the value of a bare identifier ({id}, {b.zone}) went in an evaluated text.
    struct Filled
    {
        Binding binding;
        qsizetype start = 0;
        qsizetype length = 0;
    };
    /// Evaluates as evaluate() does, and appends to *filled where each bare identifier's value went.
    QString evaluate(const EvalContext &context, QList<Filled> *filled) const;
    bool isEmpty() const { return m_parts.isEmpty(); }
    /// True when the text has no {expression} hole: it evaluates to text() whatever the hosts.
    bool isLiteral() const;
    QString text() const { return m_text; }
    /// The functions the template's expressions call ("linked"), in the order they appear.
    QStringList functions() const;

private:
    struct Part
    {
        QString literal;
        std::optional<Expression> expression;
    };
    QList<Part> m_parts;
    QString m_text;
};

} // namespace portolan
