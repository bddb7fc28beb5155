// The design JSON of the interchange contract: every bad input refused with a message naming the
// place and no half-loaded design; unknown keys kept; a lossless round trip.
#include "designbuilder.h"

#include "engine/ruleengine.h"
#include "io/designjson.h"

#include <QtTest>

using namespace portolan;

class tst_DesignJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesBadInput_data();
    void refusesBadInput();
    void readsTheInterchangeExample();
    void keepsUnknownKeys();
    void roundTripsTheSample();
    void failedReadLeavesDesignUntouched();
    void hugeParameterIsAFinding_data();
    void hugeParameterIsAFinding();

private:
    const Catalog &m_catalog = *Catalog::builtIn();
};

static QByteArray designWith(
    const QByteArray &hosts, const QByteArray &links = "[]", const QByteArray &zones = "[]")
{
    return "{ \"format\": \"portolan-design\", \"version\": 1, \"name\": \"T\",\n  \"zones\": " + zones
        + ",\n  \"hosts\": " + hosts + ",\n  \"links\": " + links + " }";
}

void tst_DesignJson::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray twoHosts = R"([{"id": "p", "type": "pcns"}, {"id": "n", "type": "nmc"}])";
    QTest::newRow("malformed json") << QByteArray("{\n  \"name\": \"x\",\n  \"hosts\": [ }\n")
                                    << "line 3, column 15: object is missing after a comma";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "must be a JSON object";
    QTest::newRow("foreign format") << QByteArray(R"({"format": "drawio"})") << "not a Portolan design";
    QTest::newRow("newer version") << QByteArray(R"({"format": "portolan-design", "version": 7})")
                                   << "format version 7";
    QTest::newRow("duplicate host id")
        << designWith(R"([{"id": "p", "type": "pcns"}, {"id": "p", "type": "nmc"}])")
        << "host \"p\": the id is used by another host";
    QTest::newRow("duplicate zone id")
        << designWith("[]", "[]", R"([{"id": "ot", "subnets": []}, {"id": "ot", "subnets": []}])")
        << "zone \"ot\": the id is used by another zone";
    QTest::newRow("unknown type") << designWith(R"([{"id": "u1", "type": "ups-card"}])")
                                  << "host \"u1\": unknown host type \"ups-card\"";
    QTest::newRow("host without id") << designWith(R"([{"type": "pcns"}])") << "host 0: needs a text \"id\"";
    QTest::newRow("link to a missing host")
        << designWith(twoHosts, R"([{"a": "p", "b": "n"}, {"a": "p", "b": "ghost"}])")
        << "link 1 (p - ghost): host \"ghost\" does not exist";
    QTest::newRow("link to itself") << designWith(twoHosts, R"([{"a": "p", "b": "p"}])")
                                    << "link 0 (p - p): a host cannot be linked to itself";
    QTest::newRow("address that does not parse")
        << designWith(R"([{"id": "p", "type": "pcns", "address": "10.0.0.300"}])")
        << "host \"p\": address \"10.0.0.300\" is not an IPv4 or IPv6 address";
    QTest::newRow("missing zone") << designWith(R"([{"id": "p", "type": "pcns", "zone": "ot"}])")
                                  << "host \"p\": zone \"ot\" does not exist";
    QTest::newRow("bad subnet") << designWith("[]", "[]", R"([{"id": "ot", "subnets": ["192.168.1.0/33"]}])")
                                << "zone \"ot\": subnet 192.168.1.0/33";
    QTest::newRow("params not an object") << designWith(R"([{"id": "p", "type": "pcns", "params": [1]}])")
                                          << "host \"p\": \"params\" must be an object";
    QTest::newRow("non-numeric position") << designWith(R"([{"id": "p", "type": "pcns", "x": "left"}])")
                                          << "host \"p\": \"x\" must be a number";
    QTest::newRow("hosts not a list") << QByteArray(R"({"hosts": {"p": 1}})") << "\"hosts\" must be a list";
    QTest::newRow("link without ends") << designWith(twoHosts, R"([{"a": "p"}])") << "link 0: needs host ids";
    QTest::newRow("id outside the safe alphabet")
        << designWith(R"([{"id": "p\n-A INPUT -j ACCEPT", "type": "pcns"}])")
        << "host \"p\\n-A INPUT -j ACCEPT\": the id must be 1 to 128 letters, digits";
    QTest::newRow("zone id with a space")
        << designWith("[]", "[]", R"([{"id": "o t"}])") << "zone \"o t\": the id must be";
    QTest::newRow("coordinate out of range")
        << designWith(R"([{"id": "p", "type": "pcns", "x": 1e300}])")
        << "host \"p\": \"x\" and \"y\" must lie within plus or minus 10000000";
    QTest::newRow("zone too wide") << designWith("[]", "[]", R"([{"id": "ot", "width": 3e9, "height": 10}])")
                                   << "zone \"ot\": \"width\" and \"height\" must be from 0 to 20000000";
    QTest::newRow("negative zone size")
        << designWith("[]", "[]", R"([{"id": "ot", "width": -5, "height": 10}])")
        << "zone \"ot\": \"width\" and \"height\" must be from 0 to 20000000";
    QTest::newRow("ipv6 prefix too long")
        << designWith("[]", "[]", R"([{"id": "ot", "subnets": ["fd00::/129"]}])")
        << "zone \"ot\": subnet fd00::/129";
    QTest::newRow("unpaired surrogate in a name")
        << designWith(R"([{"id": "p", "type": "pcns", "name": "a\ud800b"}])")
        << "host \"p\": the name holds an unpaired UTF-16 surrogate (U+D800 at character 2)";
    QTest::newRow("byte order mark first in a name")
        << designWith(R"([{"id": "p", "type": "pcns", "name": "\ufeffPCNS"}])")
        << "host \"p\": the name starts with U+FEFF, a byte order mark, which design and project files do "
           "not keep";
    QTest::newRow("reversed byte order mark first in a zone name")
        << designWith("[]", "[]", R"([{"id": "ot", "name": "\ufffeOT", "subnets": []}])")
        << "zone \"ot\": the name holds U+FFFE at character 1, which is not a character";
    QTest::newRow("unpaired surrogate in a parameter")
        << designWith(R"([{"id": "p", "type": "pcns", "params": {"os": "\udc00"}}])")
        << "host \"p\": the parameter \"os\": holds an unpaired UTF-16 surrogate";
}

void tst_DesignJson::refusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Design design;
    QString error;
    QVERIFY(!DesignJson::read(json, m_catalog, &design, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(design.hosts().isEmpty() && design.zones().isEmpty() && design.links().isEmpty());
}

void tst_DesignJson::readsTheInterchangeExample()
{
    const QByteArray json = test::InterchangeExample;
    Design design;
    QString error;
    QVERIFY2(DesignJson::read(json, m_catalog, &design, &error), qPrintable(error));
    QCOMPARE(design.name, QStringLiteral("Plant A"));
    QCOMPARE(design.zones().size(), 2);
    QCOMPARE(design.hosts().size(), 2);
    const Host &a = design.hosts().at(0);
    QCOMPARE(a.address, QHostAddress(QStringLiteral("192.168.10.11")));
    QCOMPARE(a.position, QPointF(120, 80));
    QVERIFY(a.hasPosition);
    QVERIFY(!design.hosts().at(1).hasPosition);
    QVERIFY(design.zone(QStringLiteral("ot"))->contains(a.address));
    QCOMPARE(design.links().at(0).b, QStringLiteral("scada-d"));
}

void tst_DesignJson::keepsUnknownKeys()
{
    const QByteArray json = R"({"format": "portolan-design", "version": 1, "name": "T", "reviewer": "ana",
        "zones": [{"id": "ot", "subnets": [], "colour": "#ff0000"}],
        "hosts": [{"id": "p", "type": "pcns", "zone": "ot", "asset_tag": 42}],
        "links": []})";
    Design design;
    QString error;
    QVERIFY2(DesignJson::read(json, m_catalog, &design, &error), qPrintable(error));
    QCOMPARE(design.extra.value(QStringLiteral("reviewer")).toString(), QStringLiteral("ana"));
    QCOMPARE(
        design.zones().at(0).extra.value(QStringLiteral("colour")).toString(), QStringLiteral("#ff0000"));
    QCOMPARE(design.hosts().at(0).extra.value(QStringLiteral("asset_tag")).toInt(), 42);
    Design again;
    QVERIFY(DesignJson::read(DesignJson::write(design), m_catalog, &again, &error));
    QCOMPARE(again, design);
}

void tst_DesignJson::roundTripsTheSample()
{
    Design design;
    QString error;
    QVERIFY2(test::loadSample(&design, &error), qPrintable(error));
    QCOMPARE(design.hosts().size(), 25);
    const QByteArray written = DesignJson::write(design);
    Design again;
    QVERIFY2(DesignJson::read(written, m_catalog, &again, &error), qPrintable(error));
    QCOMPARE(again, design);
    QCOMPARE(DesignJson::write(again), written);
}

void tst_DesignJson::failedReadLeavesDesignUntouched()
{
    Design design;
    design.name = QStringLiteral("kept");
    QString error;
    QVERIFY(!DesignJson::read(designWith(R"([{"id": "p", "type": "pcns"}, {"id": "x", "type": "nope"}])"),
        m_catalog, &design, &error));
    QCOMPARE(design.name, QStringLiteral("kept"));
    QVERIFY(design.hosts().isEmpty());
}

void tst_DesignJson::hugeParameterIsAFinding_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("1e308") << QByteArray("1e308");
    QTest::newRow("-1e308") << QByteArray("-1e308");
    QTest::newRow("2^63") << QByteArray("9223372036854775808");
    QTest::newRow("fraction") << QByteArray("443.5");
}

void tst_DesignJson::hugeParameterIsAFinding()
{
    // A number no 64-bit integer holds is a wrong parameter like any other: an error finding
    // naming the host and parameter, and the default is used.
    QFETCH(QByteArray, value);
    Design design;
    QString error;
    QVERIFY2(
        DesignJson::read(designWith(R"([{"id": "n", "type": "nmc", "params": {"port": )" + value + "}}]"),
            m_catalog, &design, &error),
        qPrintable(error));
    const Derivation derivation = RuleEngine().derive(design);
    QCOMPARE(derivation.findings.size(), 1);
    QCOMPARE(derivation.findings.front().severity, Severity::Error);
    QVERIFY2(derivation.findings.front().message.startsWith(
                 QLatin1String("Host \"n\": parameter \"port\" must be a whole number from 1 to 65535")),
        qPrintable(derivation.findings.front().message));
}

QTEST_GUILESS_MAIN(tst_DesignJson)
#include "tst_designjson.moc"
