// The two ways of reading design JSON: outlined, list by list and side by side, and the whole
// document. Whatever the text, the outlined reading either gives exactly the design the whole
// document gives, or leaves the text to it; DesignJson::read then answers as the whole document.
#include "designbuilder.h"
#include "estategenerator.h"

#include "io/designjson.h"
#include "io/designreader.h"
#include "io/jsonoutline.h"

#include <QtTest>

using namespace portolan;

class tst_DesignReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlinedReadsAsTheWholeDocument_data();
    void outlinedReadsAsTheWholeDocument();
    void unusualTextsAreReadWhole_data();
    void unusualTextsAreReadWhole();
    void outlineFindsMembersAndElements();
    void repeatedTextsShareOneCopy();
};

static QByteArray sampleText()
{
    QFile file(test::sourcePath(QStringLiteral("resources/samples/riverside-plant.json")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_DesignReader::outlinedReadsAsTheWholeDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("the sample") << sampleText();
    QTest::newRow("the interchange example") << QByteArray(test::InterchangeExample);
    // 10,000 hosts: the hosts and links are read in slices side by side.
    QTest::newRow("the 10k estate") << DesignJson::write(generateEstate(10000));
    QTest::newRow("no lists") << QByteArray(R"({"format": "portolan-design", "name": "empty"})");
    QTest::newRow("empty lists") << QByteArray(R"({"zones": [], "hosts": [ ], "links": [
], "custom_flows": []})");
    QTest::newRow("lists in another order")
        << QByteArray(R"({"links": [{"a": "p", "b": "n"}], "hosts": [{"id": "n", "type": "nmc"},
            {"id": "p", "type": "pcns", "zone": "ot"}], "name": "x", "zones": [{"id": "ot"}]})");
    QTest::newRow("unknown members everywhere")
        << QByteArray(R"({"future": [1, {"a": [2]}], "note": {"by": "x"}, "flag": true, "n": null,
            "zones": [{"id": "ot", "colour": "#abc"}],
            "hosts": [{"id": "p", "type": "pcns", "rack": [1, 2, "3"], "params": {"a": {"b": [1.5, -0, 1e2]}}}],
            "links": [{"a": "p", "b": "p2", "cable": "cat6"}], "tail": "]}\"{["})");
    QTest::newRow("escapes and other scripts in values")
        << QByteArray(R"({"name": "a \"quoted\" name \\ with ] and }", "hosts": [{"id": "p", "type": "pcns",
            "name": "Pump \u00e9 \u7ad9 \ud83d\ude00 ]}", "params": {"k\"ey": "v\\"}}]})");
    QTest::newRow("a repeated key within a host")
        << QByteArray(R"({"hosts": [{"id": "first", "type": "pcns", "id": "second"}]})");
    QTest::newRow("white space of every kind")
        << QByteArray("\r\n\t {\t\"hosts\"\r\n:\n[ {\"id\":\"p\",\"type\":\"pcns\"}"
                      " \t,\r\n{\"id\":\"n\",\"type\":\"nmc\"}\n]\r\n}\n\t ");
    QTest::newRow("custom flows") << QByteArray(
        R"({"hosts": [{"id": "p", "type": "pcns"}, {"id": "n", "type": "nmc"}],
        "custom_flows": [{"id": "c1", "source": "p", "destination": "n", "protocol": "tcp", "ports": 443,
        "reason": "why"}]})");
}

void tst_DesignReader::outlinedReadsAsTheWholeDocument()
{
    QFETCH(QByteArray, json);
    Design outlined, whole;
    QString error;
    QVERIFY2(DesignReader::readWholeDocument(json, &whole, &error), qPrintable(error));
    QVERIFY(DesignReader::readOutlined(json, &outlined));
    QVERIFY(outlined == whole);
    // Not equal by being empty: the texts hold what they say.
    QCOMPARE(outlined.hosts().size(), json.count("\"type\""));
}

void tst_DesignReader::unusualTextsAreReadWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty when the whole document reads
    const QByteArray host = R"({"id": "p", "type": "pcns"})";
    QByteArray deep = "1";
    for (int i = 0; i < JsonOutline::MaxDepth; ++i)
        deep = "[" + deep + "]";
    QTest::newRow("byte order mark") << "\xef\xbb\xbf{\"hosts\": [" + host + "]}" << QString();
    QTest::newRow("escaped member name") << "{\"ho\\u0073ts\": [" + host + "]}" << QString();
    QTest::newRow("repeated list") << "{\"hosts\": [], \"hosts\": [" + host + "]}" << QString();
    QByteArray manyMembers = "{\"hosts\": [" + host + "]";
    for (int i = 0; i < JsonOutline::MaxMembers; ++i)
        manyMembers += ", \"m" + QByteArray::number(i) + "\": " + QByteArray::number(i);
    QTest::newRow("more top-level members than an outline takes") << manyMembers + "}" << QString();
    QTest::newRow("deep parameters")
        << "{\"hosts\": [{\"id\": \"p\", \"type\": \"pcns\", \"params\": {\"d\": " + deep + "}}]}"
        << QString();
    QTest::newRow("trailing comma in a list") << "{\"hosts\": [" + host
            + ",\n]}" << QStringLiteral("line 2, column 2: object is missing after a comma");
    QTest::newRow("missing comma between hosts") << "{\"hosts\": [" + host + "\n " + host
            + "]}" << QStringLiteral("line 2, column 3: missing value separator");
    QTest::newRow("syntax error inside a host")
        << QByteArray("{\"hosts\": [\n  {\"id\": \"p\", \"type\": pcns}\n]}")
        << QStringLiteral("line 2, column 23: illegal number");
    QTest::newRow("text after the design") << "{\"hosts\": [" + host
            + "]} {}" << QStringLiteral("line 1, column 42: garbage at the end of the document");
    QTest::newRow("a host that is not an object")
        << QByteArray(R"({"hosts": [1]})") << QStringLiteral("hosts[0] must be an object");
    QTest::newRow("hosts not a list")
        << QByteArray(R"({"hosts": {"p": 1}})") << QStringLiteral("\"hosts\" must be a list");
    QTest::newRow("a list as the design")
        << QByteArray("[]") << QStringLiteral("the design must be a JSON object");
    QTest::newRow("nothing") << QByteArray(" ") << QStringLiteral("line 1, column 2: illegal value");
    QTest::newRow("problems in two lists, zones first")
        << QByteArray(R"({"hosts": [{"type": "pcns"}], "zones": [{"name": "no id"}]})")
        << QStringLiteral("zone 0: needs a text \"id\"");
}

void tst_DesignReader::unusualTextsAreReadWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    Design outlined, whole, read;
    QString wholeError, readError;
    QVERIFY(!DesignReader::readOutlined(json, &outlined));
    QCOMPARE(outlined, Design());
    const bool wholeRead = DesignReader::readWholeDocument(json, &whole, &wholeError);
    QCOMPARE(wholeError, error);
    QCOMPARE(wholeRead, error.isEmpty());
    // DesignJson::read answers as the whole document does.
    QCOMPARE(DesignJson::read(json, *Catalog::builtIn(), &read, &readError), wholeRead);
    QCOMPARE(readError, wholeError);
    if (wholeRead) {
        QVERIFY(read == whole);
        QCOMPARE(read.hosts().size(), 1);
    }
}

void tst_DesignReader::outlineFindsMembersAndElements()
{
    const QByteArray json = R"({ "name" : "x",
  "hosts": [ {"id": "a", "p": {"q": "]"}} , {"id": "b"} ],
  "links": [] })";
    QList<JsonOutline::Member> members;
    QVERIFY(JsonOutline::read(json, &members));
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(0).name, QByteArrayView("name"));
    QCOMPARE(members.at(0).text, QByteArrayView(R"("name" : "x")"));
    QVERIFY(!members.at(0).isList);
    QCOMPARE(members.at(1).name, QByteArrayView("hosts"));
    QVERIFY(members.at(1).isList);
    QCOMPARE(members.at(1).elements.size(), 2);
    QCOMPARE(members.at(1).elements.at(0), QByteArrayView(R"({"id": "a", "p": {"q": "]"}})"));
    QCOMPARE(members.at(1).elements.at(1), QByteArrayView(R"({"id": "b"})"));
    QVERIFY(members.at(2).isList);
    QVERIFY(members.at(2).elements.isEmpty());
}

void tst_DesignReader::repeatedTextsShareOneCopy()
{
    const QByteArray json = DesignJson::write(generateEstate(10000));
    Design outlined, whole;
    QString error;
    QVERIFY(DesignReader::readOutlined(json, &outlined));
    QVERIFY2(DesignReader::readWholeDocument(json, &whole, &error), qPrintable(error));
    for (const Design *design : {&outlined, &whole}) {
        QSet<QString> types;
        QSet<const QChar *> copies;
        for (const Host &host : design->hosts()) {
            types.insert(host.type);
            copies.insert(host.type.constData());
            QCOMPARE(host.zone.constData(), design->zone(host.zone)->id.constData());
        }
        // One copy of each type per slice read side by side.
        QVERIFY(copies.size() <= qMax(1, QThread::idealThreadCount()) * types.size());
        QVERIFY(!design->links().isEmpty());
        for (const Link &link : design->links()) {
            QCOMPARE(link.a.constData(), design->host(link.a)->id.constData());
            QCOMPARE(link.b.constData(), design->host(link.b)->id.constData());
        }
    }
}

QTEST_GUILESS_MAIN(tst_DesignReader)
#include "tst_designreader.moc"
