// The catalog loader: what it refuses, with the file and place named, and how parameter defaults
// resolve for a host that writes nothing.
#include "catalog/catalog.h"
#include "catalog/paramresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace portolan;

namespace {

QJsonObject param(const char *name, const char *kind, const QJsonObject &more = {})
{
    QJsonObject object = more;
    object.insert(QStringLiteral("name"), QLatin1String(name));
    object.insert(QStringLiteral("kind"), QLatin1String(kind));
    return object;
}

/// A catalog file of one product with one type, "box", of the given parameters.
QJsonObject boxCatalog(const QJsonArray &params)
{
    return QJsonObject {{QStringLiteral("product"), QStringLiteral("test")},
        {QStringLiteral("title"), QStringLiteral("Test product")},
        {QStringLiteral("types"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("box")},
                {QStringLiteral("name"), QStringLiteral("Box")}, {QStringLiteral("params"), params}}}}};
}

} // namespace

class tst_CatalogLoader : public QObject
{
    Q_OBJECT

private slots:
    void refusesWithThePlace_data();
    void refusesWithThePlace();
    void defaultsReadEarlierParameters();

private:
    std::shared_ptr<const Catalog> load(const QJsonObject &catalog, QString *error);
    QTemporaryDir m_dir;
};

std::shared_ptr<const Catalog> tst_CatalogLoader::load(const QJsonObject &catalog, QString *error)
{
    const QString path = m_dir.filePath(QStringLiteral("box.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return nullptr;
    }
    file.write(QJsonDocument(catalog).toJson());
    file.close();
    return Catalog::loadFiles({path}, error);
}

void tst_CatalogLoader::refusesWithThePlace_data()
{
    QTest::addColumn<QJsonObject>("catalog");
    QTest::addColumn<QString>("message");

    QTest::newRow("no product") << QJsonObject {{QStringLiteral("types"), QJsonArray()}}
                                << "box.json: product: missing";
    QTest::newRow("parameter without kind")
        << boxCatalog({QJsonObject {{QStringLiteral("name"), QStringLiteral("port")}}})
        << "box.json: types[0].params[0]: a parameter needs a name and a kind (bool, int, choice, text, "
           "release)";
    QTest::newRow("default of the wrong kind")
        << boxCatalog({param("on", "bool", {{QStringLiteral("default"), 3}})})
        << "box.json: types[0].params[0]: default must be true or false";
    QTest::newRow("default reads an unknown name")
        << boxCatalog(
               {param("port", "int", {{QStringLiteral("defaultExpression"), QStringLiteral("speed * 2")}})})
        << "box.json: types[0].params[0].defaultExpression: unknown name \"speed\" at character 1 of "
           "\"speed * 2\"";
    // A default computed from a parameter declared after it would need that one first; the editor
    // and the engine resolve in declaration order, so the loader refuses it.
    QTest::newRow("default reads a later parameter")
        << boxCatalog({param("port", "int",
                           {{QStringLiteral("defaultExpression"), QStringLiteral("secure ? 443 : 80")}}),
               param("secure", "bool", {{QStringLiteral("default"), true}})})
        << "box.json: types[0].params[0].defaultExpression: reads \"secure\", which is declared after it; "
           "a default reads only the host's fields and the parameters declared before it";
    QTest::newRow("default reads itself")
        << boxCatalog(
               {param("port", "int", {{QStringLiteral("defaultExpression"), QStringLiteral("port + 1")}})})
        << "box.json: types[0].params[0].defaultExpression: reads \"port\", which is declared after it; "
           "a default reads only the host's fields and the parameters declared before it";
    QJsonObject twoTypes = boxCatalog(
        {param("port", "int", {{QStringLiteral("defaultExpression"), QStringLiteral("speed * 2")}})});
    QJsonArray types = twoTypes.value(QStringLiteral("types")).toArray();
    types.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("fan")},
        {QStringLiteral("name"), QStringLiteral("Fan")},
        {QStringLiteral("params"), QJsonArray {param("speed", "int")}}});
    twoTypes.insert(QStringLiteral("types"), types);
    QTest::newRow("default reads another type's parameter")
        << twoTypes
        << "box.json: types[0].params[0].defaultExpression: reads \"speed\", which is not a parameter of Box";
    QTest::newRow("default calls a function")
        << boxCatalog({param(
               "count", "int", {{QStringLiteral("defaultExpression"), QStringLiteral("linked('box')")}})})
        << "box.json: types[0].params[0].defaultExpression: calls linked(); a default reads only the "
           "host's fields and the parameters declared before it";
}

void tst_CatalogLoader::refusesWithThePlace()
{
    QFETCH(QJsonObject, catalog);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!load(catalog, &error));
    QCOMPARE(error, message);
}

void tst_CatalogLoader::defaultsReadEarlierParameters()
{
    QString error;
    const auto catalog
        = load(boxCatalog({param("secure", "bool", {{QStringLiteral("default"), true}}),
                   param("port", "int",
                       {{QStringLiteral("defaultExpression"), QStringLiteral("secure ? 443 : 80")}}),
                   param("label", "text",
                       {{QStringLiteral("defaultExpression"), QStringLiteral("name + ':' + port")}})}),
            &error);
    QVERIFY2(catalog, qPrintable(error));
    const HostType *box = catalog->type(QStringLiteral("box"));
    QVERIFY(box);

    Host host;
    host.id = QStringLiteral("box-1");
    host.type = QStringLiteral("box");
    host.name = QStringLiteral("Gate");
    QList<Value> values = ParamResolver::resolve(host, *box);
    QCOMPARE(values, (QList<Value> {Value(true), Value(qint64(443)), Value(QStringLiteral("Gate:443"))}));

    host.params.insert(QStringLiteral("secure"), false);
    values = ParamResolver::resolve(host, *box);
    QCOMPARE(values, (QList<Value> {Value(false), Value(qint64(80)), Value(QStringLiteral("Gate:80"))}));

    // A written value wins; one the parameter does not accept is reported and the default used.
    host.params.insert(QStringLiteral("port"), QStringLiteral("eighty"));
    host.params.insert(QStringLiteral("colour"), QStringLiteral("red"));
    QList<ParamResolver::Problem> problems;
    values = ParamResolver::resolve(host, *box, &problems);
    QCOMPARE(values.at(1), Value(qint64(80)));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).kind, ParamResolver::Problem::Unknown);
    QCOMPARE(problems.at(0).name, QStringLiteral("colour"));
    QCOMPARE(problems.at(1).kind, ParamResolver::Problem::Invalid);
    QCOMPARE(problems.at(1).name, QStringLiteral("port"));
    QCOMPARE(problems.at(1).reason, QStringLiteral("must be a whole number from 0 to 65535"));
    host.params.insert(QStringLiteral("port"), 8443);
    QCOMPARE(ParamResolver::resolve(host, *box).at(2), Value(QStringLiteral("Gate:8443")));
}

QTEST_GUILESS_MAIN(tst_CatalogLoader)
#include "tst_catalogloader.moc"
