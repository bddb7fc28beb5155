#include "expression.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

#include <limits>
#include <utility>

namespace portolan {

Value EvalContext::call(const QString &, int, const QList<Value> &) const
{
    return Value();
}

struct Expression::Node
{
    enum Kind { Literal, Identifier, Not, Negate, Binary, Conditional, Call };
    enum Operator {
        And,
        Or,
        Plus,
        Minus,
        Times,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual
    };
    Kind kind = Literal;
    Operator binary = And; ///< bound when parsed, so evaluation compares no text
    Value literal;
    Binding binding;
    QString op; ///< binary operator, or the function name of a call
    QList<std::shared_ptr<const Node>> children;
    int depth = 1; ///< levels of the tree from this node down, itself included
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;

} // namespace

class Expression::Parser
{
    Q_DECLARE_TR_FUNCTIONS(Expression)

public:
    Parser(const QString &text, const Resolver &resolver)
        : m_text(text)
        , m_resolver(resolver)
    { }

    NodePtr parseAll()
    {
        skipSpace();
        NodePtr node = conditional();
        skipSpace();
        if (node && m_pos < m_text.size())
            fail(tr("unexpected \"%1\"").arg(m_text.mid(m_pos, 1)));
        return m_error.isEmpty() ? node : nullptr;
    }
    QString error() const { return m_error; }

private:
    /// Deeper formulas are refused: parsing, evaluating and freeing a tree recurse once per level,
    /// and a hostile catalog or design must not run the stack out. Real formulas nest a few levels.
    static constexpr int MaxDepth = 100;

    /// One level of the parser's recursion (a parenthesis, an argument, a branch, an operator).
    class Level
    {
    public:
        explicit Level(Parser *parser)
            : m_parser(parser)
        {
            ++m_parser->m_nesting;
        }
        ~Level() { --m_parser->m_nesting; }
        Level(const Level &) = delete;
        Level &operator=(const Level &) = delete;
        /// False (with the error set) when the parser is nested deeper than MaxDepth.
        bool allowed() const
        {
            if (m_parser->m_nesting <= MaxDepth)
                return true;
            m_parser->failTooDeep();
            return false;
        }

    private:
        Parser *m_parser;
    };

    void failTooDeep() { fail(tr("the expression nests deeper than %1 levels").arg(MaxDepth)); }
    /// The node with its depth set from its children's; null (with the error set) past MaxDepth.
    NodePtr deepest(std::shared_ptr<Node> node)
    {
        for (const NodePtr &child : std::as_const(node->children))
            node->depth = std::max(node->depth, child->depth + 1);
        if (node->depth > MaxDepth) {
            failTooDeep();
            return nullptr;
        }
        return node;
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = tr("%1 at character %2 of \"%3\"").arg(message).arg(m_pos + 1).arg(m_text);
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool accept(QLatin1StringView token)
    {
        skipSpace();
        if (QStringView(m_text).mid(m_pos).startsWith(token)) {
            // "=" must not match the first half of "==", "<" not the first of "<=".
            const qsizetype end = m_pos + token.size();
            if (token.size() == 1 && end < m_text.size() && m_text.at(end) == QLatin1Char('=')
                && QStringLiteral("=<>!").contains(token.front()))
                return false;
            m_pos = end;
            return true;
        }
        return false;
    }
    NodePtr makeBinary(const QString &op, NodePtr left, NodePtr right)
    {
        static const QHash<QString, Node::Operator> operators = {{QStringLiteral("&&"), Node::And},
            {QStringLiteral("||"), Node::Or}, {QStringLiteral("+"), Node::Plus},
            {QStringLiteral("-"), Node::Minus}, {QStringLiteral("*"), Node::Times},
            {QStringLiteral("=="), Node::Equal}, {QStringLiteral("!="), Node::NotEqual},
            {QStringLiteral("<"), Node::Less}, {QStringLiteral("<="), Node::LessOrEqual},
            {QStringLiteral(">"), Node::Greater}, {QStringLiteral(">="), Node::GreaterOrEqual}};
        auto node = std::make_shared<Node>();
        node->kind = Node::Binary;
        node->op = op;
        node->binary = operators.value(op);
        node->children = {std::move(left), std::move(right)};
        return deepest(node);
    }

    NodePtr conditional()
    {
        const Level level(this);
        if (!level.allowed())
            return nullptr;
        NodePtr condition = orExpression();
        if (!condition || !accept(QLatin1StringView("?")))
            return condition;
        NodePtr whenTrue = conditional();
        if (!accept(QLatin1StringView(":"))) {
            fail(tr("expected \":\""));
            return nullptr;
        }
        NodePtr whenFalse = conditional();
        if (!whenTrue || !whenFalse)
            return nullptr;
        auto node = std::make_shared<Node>();
        node->kind = Node::Conditional;
        node->children = {condition, whenTrue, whenFalse};
        return deepest(node);
    }
    NodePtr orExpression()
    {
        NodePtr left = andExpression();
        while (left && accept(QLatin1StringView("||"))) {
            NodePtr right = andExpression();
            left = right ? makeBinary(QStringLiteral("||"), left, right) : nullptr;
        }
        return left;
    }
    NodePtr andExpression()
    {
        NodePtr left = comparison();
        while (left && accept(QLatin1StringView("&&"))) {
            NodePtr right = comparison();
            left = right ? makeBinary(QStringLiteral("&&"), left, right) : nullptr;
        }
        return left;
    }
    NodePtr comparison()
    {
        NodePtr left = additive();
        static const char *const operators[] = {"==", "!=", "<=", ">=", "<", ">"};
        for (const char *op : operators) {
            if (left && accept(QLatin1StringView(op))) {
                NodePtr right = additive();
                return right ? makeBinary(QString::fromLatin1(op), left, right) : nullptr;
            }
        }
        return left;
    }
    NodePtr additive()
    {
        NodePtr left = multiplicative();
        while (left) {
            QString op;
            if (accept(QLatin1StringView("+")))
                op = QStringLiteral("+");
            else if (accept(QLatin1StringView("-")))
                op = QStringLiteral("-");
            else
                break;
            NodePtr right = multiplicative();
            left = right ? makeBinary(op, left, right) : nullptr;
        }
        return left;
    }
    NodePtr multiplicative()
    {
        NodePtr left = unary();
        while (left && accept(QLatin1StringView("*"))) {
            NodePtr right = unary();
            left = right ? makeBinary(QStringLiteral("*"), left, right) : nullptr;
        }
        return left;
    }
    NodePtr unary()
    {
        if (accept(QLatin1StringView("!")) || accept(QLatin1StringView("-"))) {
            const bool negate = m_text.at(m_pos - 1) == QLatin1Char('-');
            const Level level(this);
            if (!level.allowed())
                return nullptr;
            NodePtr operand = unary();
            if (!operand)
                return nullptr;
            auto node = std::make_shared<Node>();
            node->kind = negate ? Node::Negate : Node::Not;
            node->children = {operand};
            return deepest(node);
        }
        return primary();
    }
    NodePtr primary()
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail(tr("unexpected end"));
            return nullptr;
        }
        const QChar c = m_text.at(m_pos);
        if (accept(QLatin1StringView("("))) {
            NodePtr inner = conditional();
            if (!accept(QLatin1StringView(")"))) {
                fail(tr("expected \")\""));
                return nullptr;
            }
            return inner;
        }
        auto node = std::make_shared<Node>();
        if (c.isDigit()) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
                ++m_pos;
            node->literal = Value(m_text.mid(start, m_pos - start).toLongLong());
            return node;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = m_text.indexOf(c, m_pos + 1);
            if (end < 0) {
                fail(tr("unterminated text"));
                return nullptr;
            }
            node->literal = Value(m_text.mid(m_pos + 1, end - m_pos - 1));
            m_pos = end + 1;
            return node;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()
                && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')
                    || m_text.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start);
            if (name == QLatin1String("true") || name == QLatin1String("false")) {
                node->literal = Value(name == QLatin1String("true"));
                return node;
            }
            if (accept(QLatin1StringView("(")))
                return call(name);
            const std::optional<Binding> binding = m_resolver(name);
            if (!binding) {
                m_pos = start;
                fail(tr("unknown name \"%1\"").arg(name));
                return nullptr;
            }
            node->kind = Node::Identifier;
            node->binding = *binding;
            return node;
        }
        fail(tr("unexpected \"%1\"").arg(c));
        return nullptr;
    }
    NodePtr call(const QString &name)
    {
        // "linked('nmc')" or "b.linked('nmc')": the role prefix says whose links are counted.
        auto node = std::make_shared<Node>();
        node->kind = Node::Call;
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        node->op = name.mid(dot + 1);
        if (dot > 0) {
            const std::optional<Binding> role = m_resolver(name.left(dot) + QStringLiteral(".id"));
            if (!role) {
                fail(tr("unknown name \"%1\"").arg(name.left(dot)));
                return nullptr;
            }
            node->binding = *role;
        } else if (const std::optional<Binding> self = m_resolver(QStringLiteral("id"))) {
            node->binding = *self;
        }
        if (accept(QLatin1StringView(")")))
            return node;
        do {
            NodePtr argument = conditional();
            if (!argument)
                return nullptr;
            node->children.append(argument);
        } while (accept(QLatin1StringView(",")));
        if (!accept(QLatin1StringView(")"))) {
            fail(tr("expected \")\""));
            return nullptr;
        }
        return deepest(node);
    }

    const QString &m_text;
    const Resolver &m_resolver;
    qsizetype m_pos = 0;
    int m_nesting = 0;
    QString m_error;
};

namespace {

// Integer arithmetic saturates at the 64-bit limits instead of overflowing (undefined
// behaviour): a parameter far out of range gives a value the range checks then refuse.
constexpr qint64 Largest = std::numeric_limits<qint64>::max();
constexpr qint64 Smallest = std::numeric_limits<qint64>::min();

qint64 sum(qint64 a, qint64 b)
{
    qint64 result;
    return __builtin_add_overflow(a, b, &result) ? (b > 0 ? Largest : Smallest) : result;
}

qint64 difference(qint64 a, qint64 b)
{
    qint64 result;
    return __builtin_sub_overflow(a, b, &result) ? (b < 0 ? Largest : Smallest) : result;
}

qint64 product(qint64 a, qint64 b)
{
    qint64 result;
    return __builtin_mul_overflow(a, b, &result) ? ((a < 0) != (b < 0) ? Smallest : Largest) : result;
}

qint64 negated(qint64 a)
{
    return a == Smallest ? Largest : -a;
}

Value evaluateNode(const Expression::Node &node, const EvalContext &context)
{
    using Node = Expression::Node;
    switch (node.kind) {
    case Node::Literal:
        return node.literal;
    case Node::Identifier:
        return context.value(node.binding);
    case Node::Not:
        return Value(!evaluateNode(*node.children.at(0), context).toBool());
    case Node::Negate:
        return Value(negated(evaluateNode(*node.children.at(0), context).toInt()));
    case Node::Conditional:
        return evaluateNode(*node.children.at(0), context).toBool()
            ? evaluateNode(*node.children.at(1), context)
            : evaluateNode(*node.children.at(2), context);
    case Node::Call: {
        QList<Value> arguments;
        arguments.reserve(node.children.size());
        for (const auto &child : node.children)
            arguments.append(evaluateNode(*child, context));
        return context.call(node.op, node.binding.role, arguments);
    }
    case Node::Binary:
        break;
    }
    const Value left = evaluateNode(*node.children.at(0), context);
    switch (node.binary) {
    case Node::And:
        return Value(left.toBool() && evaluateNode(*node.children.at(1), context).toBool());
    case Node::Or:
        return Value(left.toBool() || evaluateNode(*node.children.at(1), context).toBool());
    default:
        break;
    }
    const Value right = evaluateNode(*node.children.at(1), context);
    switch (node.binary) {
    case Node::Plus:
        if (left.type() == Value::Type::String || right.type() == Value::Type::String)
            return Value(left.toString() + right.toString());
        return Value(sum(left.toInt(), right.toInt()));
    case Node::Minus:
        return Value(difference(left.toInt(), right.toInt()));
    case Node::Times:
        return Value(product(left.toInt(), right.toInt()));
    default:
        break;
    }
    const int c = Value::compare(left, right);
    switch (node.binary) {
    case Node::Equal:
        return Value(c == 0);
    case Node::NotEqual:
        return Value(c != 0);
    case Node::Less:
        return Value(c < 0);
    case Node::LessOrEqual:
        return Value(c <= 0);
    case Node::Greater:
        return Value(c > 0);
    default:
        return Value(c >= 0);
    }
}

} // namespace

Expression::Expression() = default;
Expression::~Expression() = default;
Expression::Expression(const Expression &) = default;
Expression &Expression::operator=(const Expression &) = default;

std::optional<Expression> Expression::parse(const QString &text, const Resolver &resolver, QString *error)
{
    Expression expression;
    expression.m_text = text;
    if (text.trimmed().isEmpty())
        return expression;
    Parser parser(text, resolver);
    expression.m_root = parser.parseAll();
    if (!expression.m_root) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    return expression;
}

Value Expression::evaluate(const EvalContext &context) const
{
    return m_root ? evaluateNode(*m_root, context) : Value(true);
}

bool Expression::isEmpty() const
{
    return !m_root;
}

QStringList Expression::functions() const
{
    QStringList names;
    const std::function<void(const Node &)> collect = [&](const Node &node) {
        if (node.kind == Node::Call)
            names.append(node.op);
        for (const auto &child : node.children)
            collect(*child);
    };
    if (m_root)
        collect(*m_root);
    return names;
}

bool Expression::readsHostFields() const
{
    const std::function<bool(const Node &)> reads = [&](const Node &node) {
        if (node.kind == Node::Identifier && node.binding.param < 0)
            return true;
        return std::any_of(node.children.cbegin(), node.children.cend(),
            [&](const std::shared_ptr<const Node> &child) { return reads(*child); });
    };
    return m_root && reads(*m_root);
}

std::optional<Binding> Expression::identifier() const
{
    if (!m_root || m_root->kind != Node::Identifier)
        return std::nullopt;
    return m_root->binding;
}

std::optional<Template> Template::parse(
    const QString &text, const Expression::Resolver &resolver, QString *error)
{
    Template result;
    result.m_text = text;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
        if (open < 0) {
            result.m_parts.append({text.mid(pos), std::nullopt});
            break;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            if (error)
                *error = QCoreApplication::translate("Expression", "unclosed \"{\" in \"%1\"").arg(text);
            return std::nullopt;
        }
        if (open > pos)
            result.m_parts.append({text.mid(pos, open - pos), std::nullopt});
        std::optional<Expression> expression
            = Expression::parse(text.mid(open + 1, close - open - 1), resolver, error);
        if (!expression)
            return std::nullopt;
        result.m_parts.append({QString(), std::move(expression)});
        pos = close + 1;
    }
    return result;
}

QStringList Template::functions() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (part.expression)
            names += part.expression->functions();
    }
    return names;
}

bool Template::isLiteral() const
{
    return std::none_of(
        m_parts.cbegin(), m_parts.cend(), [](const Part &part) { return part.expression.has_value(); });
}

QString Template::evaluate(const EvalContext &context) const
{
    if (m_parts.size() == 1 && !m_parts.front().expression)
        return m_parts.front().literal;
    QString text;
    for (const Part &part : m_parts)
        text += part.expression ? part.expression->evaluate(context).toString() : part.literal;
    return text;
}

QString Template::evaluate(const EvalContext &context, QList<Filled> *filled) const
{
    QString text;
    for (const Part &part : m_parts) {
        if (!part.expression) {
            text += part.literal;
            continue;
        }
        const QString value = part.expression->evaluate(context).toString();
        if (const std::optional<Binding> binding = part.expression->identifier())
            filled->append({*binding, text.size(), value.size()});
        text += value;
    }
    return text;
}

} // namespace portolan
