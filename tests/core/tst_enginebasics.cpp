// The small pieces the engine stands on: port sets, release numbers and catalog expressions.
#include "base/portset.h"
#include "catalog/expression.h"

#include <QtTest>

using namespace portolan;

class tst_EngineBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portSetParsesAndPrints_data();
    void portSetParsesAndPrints();
    void portSetRefuses_data();
    void portSetRefuses();
    void portSetArithmetic();
    void releasesCompare_data();
    void releasesCompare();
    void expressions_data();
    void expressions();
    void expressionErrorsNameThePlace();
    void expressionsNestingTooDeepAreRefused_data();
    void expressionsNestingTooDeepAreRefused();
};

void tst_EngineBasics::portSetParsesAndPrints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::newRow("sorted") << "22,9033,10042,443,943"
                            << "22,443,943,9033,10042";
    QTest::newRow("range") << "3000-3032"
                           << "3000-3032";
    QTest::newRow("overlaps merge") << "10-20, 15-30, 25"
                                    << "10-30";
    QTest::newRow("adjacent singles stay apart") << "137,138"
                                                 << "137,138";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_EngineBasics::portSetParsesAndPrints()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    PortSet set;
    QVERIFY(PortSet::parse(text, &set));
    QCOMPARE(set.toString(), printed);
}

void tst_EngineBasics::portSetRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("word") << "http";
    QTest::newRow("too high") << "65536";
    QTest::newRow("reversed range") << "30-20";
    QTest::newRow("negative") << "-5";
}

void tst_EngineBasics::portSetRefuses()
{
    QFETCH(QString, text);
    PortSet set = PortSet::single(1);
    QString error;
    QVERIFY(!PortSet::parse(text, &set, &error));
    QVERIFY(error.contains(QLatin1String("is not a port")));
}

void tst_EngineBasics::portSetArithmetic()
{
    PortSet all;
    QVERIFY(PortSet::parse(u"1-100", &all));
    PortSet some;
    QVERIFY(PortSet::parse(u"10,20-30,100", &some));
    QCOMPARE(all.subtracted(some).toString(), QStringLiteral("1-9,11-19,31-99"));
    QCOMPARE(all.intersected(some).toString(), QStringLiteral("10,20-30,100"));
    QVERIFY(some.contains(25));
    QVERIFY(!some.contains(31));
    QCOMPARE(some.portCount(), 13);
}

void tst_EngineBasics::releasesCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("minor") << "15.1"
                           << "15.2" << -1;
    QTest::newRow("numeric, not text") << "15.10"
                                       << "15.9" << 1;
    QTest::newRow("letters after the base") << "15.1.0ar"
                                            << "15.1" << 1;
    QTest::newRow("letters ordered") << "14.5.0at"
                                     << "14.5.0as" << 1;
    QTest::newRow("missing parts are zero") << "16"
                                            << "16.0" << 0;
}

void tst_EngineBasics::releasesCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(compareReleases(a, b), order);
    QCOMPARE(compareReleases(b, a), -order);
}

namespace {

/** Two hosts' worth of named values for expression tests. */
class FakeContext : public EvalContext
{
public:
    Value value(const Binding &binding) const override
    {
        static const Value values[2][3] = {{Value(16), Value(QStringLiteral("https")), Value(true)},
            {Value(32), Value(QStringLiteral("16.1")), Value(false)}};
        return values[binding.role][binding.param];
    }
    Value call(const QString &function, int, const QList<Value> &arguments) const override
    {
        return function == QLatin1String("linked") && arguments.value(0).toString() == QLatin1String("nmc")
            ? Value(2)
            : Value();
    }
};

std::optional<Binding> resolve(const QString &name)
{
    static const QStringList names = {QStringLiteral("a.max"), QStringLiteral("a.protocol"),
        QStringLiteral("a.on"), QStringLiteral("b.max"), QStringLiteral("b.release"), QStringLiteral("b.on")};
    const int index = int(names.indexOf(name));
    if (name == QLatin1String("id"))
        return Binding {0, Binding::Id};
    return index < 0 ? std::nullopt : std::optional<Binding>(Binding {index / 3, index % 3});
}

} // namespace

void tst_EngineBasics::expressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("result");
    QTest::newRow("arithmetic") << "3000 + 2 * b.max"
                                << "3064";
    QTest::newRow("parentheses") << "(1 + 2) * 3"
                                 << "9";
    QTest::newRow("text equality") << "a.protocol == 'https'"
                                   << "true";
    QTest::newRow("conditional") << "a.protocol == 'http' ? 80 : 443"
                                 << "443";
    QTest::newRow("release compare") << "b.release >= '15.1' && b.release < '16.2'"
                                     << "true";
    QTest::newRow("not and or") << "!a.on || b.on"
                                << "false";
    QTest::newRow("function") << "linked('nmc') == 2"
                              << "true";
    QTest::newRow("empty is true") << ""
                                   << "true";
    // Beyond 64 bits the arithmetic saturates (a fuzzed catalog formula overflowed it).
    QTest::newRow("product saturates") << "144444444444444444 * 444444444444444"
                                       << "9223372036854775807";
    QTest::newRow("negative product saturates") << "-144444444444444444 * 444444444444444"
                                                << "-9223372036854775808";
    QTest::newRow("sum saturates") << "9223372036854775807 + 1"
                                   << "9223372036854775807";
    QTest::newRow("difference saturates") << "-9223372036854775807 - 2"
                                          << "-9223372036854775808";
    QTest::newRow("negation saturates") << "-(-9223372036854775807 - 1)"
                                        << "9223372036854775807";
}

void tst_EngineBasics::expressions()
{
    QFETCH(QString, text);
    QFETCH(QString, result);
    QString error;
    const std::optional<Expression> expression = Expression::parse(text, resolve, &error);
    QVERIFY2(expression, qPrintable(error));
    QCOMPARE(expression->evaluate(FakeContext()).toString(), result);
}

void tst_EngineBasics::expressionErrorsNameThePlace()
{
    QString error;
    QVERIFY(!Expression::parse(QStringLiteral("a.max + c.port"), resolve, &error));
    QCOMPARE(error, QStringLiteral("unknown name \"c.port\" at character 9 of \"a.max + c.port\""));
    QVERIFY(!Expression::parse(QStringLiteral("(a.max"), resolve, &error));
    QVERIFY(error.contains(QLatin1String("expected \")\"")));
    QVERIFY(!Template::parse(QStringLiteral("3000-{a.max"), resolve, &error));
    QVERIFY(error.contains(QLatin1String("unclosed")));
}

void tst_EngineBasics::expressionsNestingTooDeepAreRefused_data()
{
    // A fuzzed catalog formula of a few thousand parentheses overflowed the parser's stack. Every
    // way of nesting is refused past 100 levels, with the place, before the stack is at risk.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asTemplate");
    const int n = 100000;
    QTest::newRow("parentheses") << QStringLiteral("(").repeated(n) + QStringLiteral("1")
            + QStringLiteral(")").repeated(n)
                                 << false;
    QTest::newRow("negations") << QStringLiteral("-").repeated(n) + QStringLiteral("1") << false;
    QTest::newRow("nots") << QStringLiteral("!").repeated(n) + QStringLiteral("true") << false;
    QTest::newRow("conditionals") << QStringLiteral("a.on ? 1 : ").repeated(n) + QStringLiteral("2") << false;
    QTest::newRow("sum") << QStringLiteral("1 + ").repeated(n) + QStringLiteral("1") << false;
    QTest::newRow("calls") << QStringLiteral("linked(").repeated(n) + QStringLiteral("'nmc'")
            + QStringLiteral(")").repeated(n)
                           << false;
    QTest::newRow("template") << QStringLiteral("port {") + QStringLiteral("(").repeated(n)
            + QStringLiteral("1") + QStringLiteral(")").repeated(n) + QStringLiteral("}")
                              << true;
}

void tst_EngineBasics::expressionsNestingTooDeepAreRefused()
{
    QFETCH(QString, text);
    QFETCH(bool, asTemplate);
    QString error;
    const bool parsed = asTemplate ? Template::parse(text, resolve, &error).has_value()
                                   : Expression::parse(text, resolve, &error).has_value();
    QVERIFY(!parsed);
    QVERIFY2(error.startsWith(QLatin1String("the expression nests deeper than 100 levels at character ")),
        qPrintable(error.left(200)));

    // 100 levels still parse and evaluate.
    QString error100;
    const QString deep
        = QStringLiteral("(").repeated(99) + QStringLiteral("7") + QStringLiteral(")").repeated(99);
    const std::optional<Expression> expression = Expression::parse(deep, resolve, &error100);
    QVERIFY2(expression, qPrintable(error100.left(200)));
    QCOMPARE(expression->evaluate(FakeContext()).toString(), QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(tst_EngineBasics)
#include "tst_enginebasics.moc"
