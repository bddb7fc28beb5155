// portolan-cli review as a change board and a firewall auditor use it: verdicts of change requests
// on designs of all four products, rule sets read back from Portolan's own exports (loaded into a
// real kernel in a private network namespace where allowed), edits to them, and bad input.
#include "designbuilder.h"
#include "engine/ruleengine.h"
#include "estategenerator.h"
#include "io/designjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace portolan;
using namespace portolan::test;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

Run cli(const QStringList &arguments)
{
    return run(QStringLiteral(PORTOLAN_CLI), arguments);
}

QJsonObject byId(const QJsonObject &review, const QString &id)
{
    const QJsonArray requests = review.value(QLatin1String("requests")).toArray();
    for (const QJsonValue &value : requests) {
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    }
    qWarning("no request %s", qPrintable(id));
    return {};
}

QString verdict(const QJsonObject &review, const QString &id)
{
    return byId(review, id).value(QLatin1String("verdict")).toString();
}

/// "source>destination protocol ports [rule]" of each group of a list, as a reviewer reads them.
QStringList groups(const QJsonArray &list)
{
    QStringList lines;
    for (const QJsonValue &value : list) {
        const QJsonObject group = value.toObject();
        QString line = group.value(QLatin1String("source")).toString() + QLatin1Char('>')
            + group.value(QLatin1String("destination")).toString() + QLatin1Char(' ')
            + group.value(QLatin1String("protocol")).toString();
        if (!group.value(QLatin1String("ports")).toString().isEmpty())
            line += QLatin1Char(' ') + group.value(QLatin1String("ports")).toString();
        if (group.contains(QLatin1String("rule")))
            line += QStringLiteral(" [") + group.value(QLatin1String("rule")).toString() + QLatin1Char(']');
        lines << line;
    }
    return lines;
}

} // namespace

class tst_Review : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogDeclaresTheOneWayRule();
    void changeRequestVerdicts();
    void excessIsSummarisedNotEnumerated();
    void everyAllowRequiredExitsZero();
    void csvHasOneRowPerRequest();
    void commentsKeepEveryCharacter();
    void portsAtTheEdgesAreReviewed();
    void pdfReport();
    void badRequestFilesExitTwo_data();
    void badRequestFilesExitTwo();
    void ownExportsRoundTrip_data();
    void ownExportsRoundTrip();
    void editedRuleSets_data();
    void editedRuleSets();
    void userChainWithReturn();
    void usage();
    void ipsetMembersFromIpsetSave();

private:
    QString write(const QString &name, const QByteArray &content);
    QJsonObject review(const QStringList &arguments, int expectedStatus);
    /// The rule set as the firewall holds it: the export loaded into a private network
    /// namespace and listed back; the export itself for ASA. Empty with *skip set where the
    /// kernel cannot be used.
    QString liveRuleSet(const QString &design, const QString &format, const QString &name,
        const QString &edit, QString *skip);
    bool canUseNamespaces();

    QTemporaryDir m_dir;
    QString m_plant;
    QString m_estate;
    int m_namespaces = -1;
};

QString tst_Review::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject tst_Review::review(const QStringList &arguments, int expectedStatus)
{
    const Run result = cli(QStringList {QStringLiteral("review")} + arguments);
    if (result.status != expectedStatus)
        qWarning("review %s: status %d, %s", qPrintable(arguments.join(QLatin1Char(' '))), result.status,
            qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (result.status != expectedStatus || !document.isObject())
        return {};
    return document.object();
}

void tst_Review::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The sample plant, with an address for its one host that has none: rule sets name addresses.
    QFile sample(sourcePath(QStringLiteral("resources/samples/riverside-plant.json")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QJsonObject plant = QJsonDocument::fromJson(sample.readAll()).object();
    QJsonArray hosts = plant.value(QLatin1String("hosts")).toArray();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        QJsonObject host = hosts.at(i).toObject();
        if (host.value(QLatin1String("id")).toString() == QLatin1String("tmc")) {
            host.insert(QStringLiteral("address"), QStringLiteral("203.0.113.10"));
            hosts.replace(i, host);
        }
    }
    plant.insert(QStringLiteral("hosts"), hosts);
    m_plant = write(QStringLiteral("plant.json"), QJsonDocument(plant).toJson());

    QString error;
    m_estate = m_dir.filePath(QStringLiteral("estate.json"));
    QVERIFY2(DesignJson::writeFile(m_estate, generateEstate(10000), &error), qPrintable(error));
}

// The one-way rule is the catalog's, with its seed reference, not a consequence of which flows exist.
void tst_Review::catalogDeclaresTheOneWayRule()
{
    const RuleEngine engine;
    const OneWayRule *rule = engine.catalog().oneWayRule(QStringLiteral("clearscada.partner"),
        QStringLiteral("clearscada-main"), QStringLiteral("clearscada-dmz-standby"));
    QVERIFY(rule);
    QCOMPARE(rule->rule, QStringLiteral("clearscada.one-way"));
    QCOMPARE(rule->reference,
        QStringLiteral(
            "001_820c1577fabb1fcc.txt: Server to Server connections, Note on DMZ Permanent Standby Servers"));
    QVERIFY(engine.catalog().oneWayRule(QStringLiteral("clearscada.hardware-poll"),
        QStringLiteral("clearscada-standby"), QStringLiteral("clearscada-dmz-standby")));
    // Main and standby talk both ways: no one-way rule.
    QVERIFY(!engine.catalog().oneWayRule(QStringLiteral("clearscada.partner"),
        QStringLiteral("clearscada-main"), QStringLiteral("clearscada-standby")));

    // A one-way rule that cites no seed is refused, naming the place.
    QFile file(sourcePath(QStringLiteral("resources/catalog/clearscada.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    const QByteArray reference
        = "\"reference\": \"001_820c1577fabb1fcc.txt: Server to Server connections, Note on DMZ "
          "Permanent Standby Servers\",\n            \"notes\": \"The DMZ";
    QVERIFY(text.contains(reference));
    text.replace(reference, "\"reference\": \"the vendor says so\",\n            \"notes\": \"The DMZ");
    QString error;
    QVERIFY(!Catalog::loadFiles({write(QStringLiteral("clearscada.json"), text)}, &error));
    QVERIFY2(error.contains(QLatin1String("oneWay")) && error.contains(QLatin1String("clearscada.one-way")),
        qPrintable(error));
}

// Every verdict of an allow or block request, on the four products of the sample plant.
void tst_Review::changeRequestVerdicts()
{
    const QString request = write(QStringLiteral("cr.csv"),
        "id,source,destination,protocol,ports,action,comment,ticket\r\n"
        "CR-1,172.20.0.5,192.168.10.11,tcp,5481,allow,the DMZ standby calls back,T-9\r\n"
        "CR-2,192.168.10.11,172.20.0.5,tcp,5481,allow,main to DMZ standby,T-9\r\n"
        "CR-3,eng-ws1,vos-m1,udp,69,allow,TFTP from the office,T-10\r\n"
        "CR-4,SMS-1,10.10.0.0/16,udp,\"53,123\",allow,DNS and NTP,T-11\r\n"
        "CR-5,sms1,ips1,any,any,,everything to the IPS,T-12\r\n"
        "CR-6,sms1,10.99.0.1,tcp,443,allow,a new server,T-13\r\n"
        "CR-7,eng-ws1,vos-m1,tcp,21-23,allow,\"FTP, SSH and Telnet\",T-14\r\n"
        "CR-8,zone:enterprise,zone:power,tcp,3389,allow,remote desktop,T-15\r\n"
        "CR-9,any,vos-m2,tcp,85,block,no RSN,T-16\r\n"
        "CR-10,nio1,vos-m1,udp,69,block,no TFTP at all,T-17\r\n"
        "CR-11,scada-dmz,scada-a,icmp,,allow,ping back,T-18\r\n"
        "CR-12,pcns-dmz,ups2-nmc,tcp,80,allow,PowerChute registration,T-19\r\n");
    const QJsonObject result = review({m_plant, request}, 1);
    QVERIFY(!result.isEmpty());

    // ClearSCADA: the DMZ standby never connects back, by the catalog's declared one-way rule.
    QCOMPARE(verdict(result, QStringLiteral("CR-1")), QStringLiteral("forbidden"));
    const QJsonObject cr1 = byId(result, QStringLiteral("CR-1"));
    QCOMPARE(groups(cr1.value(QLatin1String("forbidden")).toArray()),
        QStringList {QStringLiteral("scada-dmz>scada-a tcp 5481 [clearscada.one-way]")});
    QVERIFY(
        cr1.value(QLatin1String("forbidden"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("reference"))
            .toString()
            .startsWith(QLatin1String("001_820c1577fabb1fcc.txt: Server to Server connections, Note on DMZ "
                                      "Permanent Standby Servers")));
    QCOMPARE(cr1.value(QLatin1String("source")).toString(), QStringLiteral("172.20.0.5"));
    QCOMPARE(cr1.value(QLatin1String("ports")).toString(), QStringLiteral("5481"));
    QCOMPARE(verdict(result, QStringLiteral("CR-11")), QStringLiteral("forbidden"));
    QCOMPARE(groups(byId(result, QStringLiteral("CR-11")).value(QLatin1String("forbidden")).toArray()),
        QStringList {QStringLiteral("scada-dmz>scada-a icmp [clearscada.one-way]")});
    QCOMPARE(verdict(result, QStringLiteral("CR-2")), QStringLiteral("required"));
    QCOMPARE(groups(byId(result, QStringLiteral("CR-2")).value(QLatin1String("required")).toArray()),
        QStringList {QStringLiteral("scada-a>scada-dmz tcp 5481 [clearscada.partner]")});

    // VOS: TFTP from another zone falls under the block row; TFTP from the NIO is needed.
    QCOMPARE(verdict(result, QStringLiteral("CR-3")), QStringLiteral("forbidden"));
    QCOMPARE(groups(byId(result, QStringLiteral("CR-3")).value(QLatin1String("forbidden")).toArray()),
        QStringList {QStringLiteral("eng-ws1>vos-m1 udp 69 [vos.block.tftp]")});
    QCOMPARE(verdict(result, QStringLiteral("CR-7")), QStringLiteral("required"));
    QCOMPARE(verdict(result, QStringLiteral("CR-9")), QStringLiteral("consistent"));
    QCOMPARE(verdict(result, QStringLiteral("CR-10")), QStringLiteral("conflicts"));
    QCOMPARE(groups(byId(result, QStringLiteral("CR-10")).value(QLatin1String("required")).toArray()),
        QStringList {QStringLiteral("nio1>vos-m1 udp 69 [vos.nio-tftp]")});

    // TippingPoint: a subnet of needed and unneeded hosts; any protocol and any port.
    QCOMPARE(verdict(result, QStringLiteral("CR-4")), QStringLiteral("partly-required"));
    const QJsonObject cr4 = byId(result, QStringLiteral("CR-4"));
    QCOMPARE(groups(cr4.value(QLatin1String("required")).toArray()),
        (QStringList {QStringLiteral("sms1>dns1 udp 53 [tippingpoint.dns]"),
            QStringLiteral("sms1>ntp1 udp 123 [tippingpoint.ntp]")}));
    // Six hosts of the enterprise zone, two ports each, less the two needed tuples.
    QCOMPARE(cr4.value(QLatin1String("excess_tuples")).toInt(), 10);
    QCOMPARE(verdict(result, QStringLiteral("CR-5")), QStringLiteral("partly-required"));
    QCOMPARE(groups(byId(result, QStringLiteral("CR-5")).value(QLatin1String("excess")).toArray()),
        (QStringList {QStringLiteral("sms1>ips1 tcp 1-442,444-65535"),
            QStringLiteral("sms1>ips1 udp 1-160,162-65535"), QStringLiteral("sms1>ips1 icmp")}));

    // An address no host has: unknown, naming the side.
    QCOMPARE(verdict(result, QStringLiteral("CR-6")), QStringLiteral("unknown"));
    QVERIFY(byId(result, QStringLiteral("CR-6"))
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("destination \"10.99.0.1\"")));

    // PowerChute: needed registration, and remote desktop into the power zone nobody needs.
    QCOMPARE(verdict(result, QStringLiteral("CR-12")), QStringLiteral("required"));
    QCOMPARE(verdict(result, QStringLiteral("CR-8")), QStringLiteral("not-required"));
    QCOMPARE(byId(result, QStringLiteral("CR-8")).value(QLatin1String("excess_tuples")).toInt(), 6 * 2);

    // The extra column is kept and the empty action is an allow.
    QCOMPARE(byId(result, QStringLiteral("CR-5")).value(QLatin1String("action")).toString(),
        QStringLiteral("allow"));
    QVERIFY(QJsonDocument(byId(result, QStringLiteral("CR-5"))).toJson().contains("T-12"));

    const QJsonObject summary = result.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("required")).toInt(), 3);
    QCOMPARE(summary.value(QLatin1String("partly-required")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("not-required")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("forbidden")).toInt(), 3);
    QCOMPARE(summary.value(QLatin1String("unknown")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("conflicts")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("consistent")).toInt(), 1);
    QVERIFY(result.value(QLatin1String("missing")).toArray().isEmpty());
}

// A /8 and every port of a 10,000-host estate: counts and ranges, never megabytes of tuples.
void tst_Review::excessIsSummarisedNotEnumerated()
{
    const QString request = write(QStringLiteral("wide.csv"),
        "id,source,destination,protocol,ports\nW-1,any,any,any,any\nW-2,10.0.0.0/8,any,tcp,1-1000\n");
    const Run result = cli({QStringLiteral("review"), m_estate, request});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.out.size() < 2000000, QByteArray::number(result.out.size()).constData());
    const QJsonObject review = QJsonDocument::fromJson(result.out).object();
    QVERIFY(QStringList({QStringLiteral("partly-required"), QStringLiteral("forbidden")})
                .contains(verdict(review, QStringLiteral("W-1"))));
    QVERIFY(byId(review, QStringLiteral("W-2"))
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("from 9,800 hosts")));
    QVERIFY(groups(byId(review, QStringLiteral("W-1")).value(QLatin1String("excess")).toArray())
                .contains(QStringLiteral("9,999 hosts>c0-clearscada-main-0 tcp 1-65535")));
    QVERIFY(byId(review, QStringLiteral("W-1")).value(QLatin1String("excess_tuples")).toDouble() > 1e9);
}

void tst_Review::everyAllowRequiredExitsZero()
{
    const QString request = write(QStringLiteral("ok.csv"),
        "\xEF\xBB\xBFprotocol,ports,destination,source,id\n"
        "tcp,5481,SCADA-DMZ,scada-a,OK-1\nudp,3052,pcns-scada-a,192.168.20.10,OK-2\n");
    const QJsonObject result = review({m_plant, request}, 0);
    QCOMPARE(verdict(result, QStringLiteral("OK-1")), QStringLiteral("required"));
    QCOMPARE(verdict(result, QStringLiteral("OK-2")), QStringLiteral("required"));
    // --complete: the request is a whole rule set, and it misses the flows of the zones it covers.
    const QJsonObject complete = review({m_plant, request, QStringLiteral("--complete")}, 1);
    const QStringList missing = groups(complete.value(QLatin1String("missing")).toArray());
    QVERIFY(missing.contains(QStringLiteral("scada-b>scada-dmz tcp 5481 [clearscada.partner]")));
    QVERIFY(missing.contains(QStringLiteral("pcns-scada-a>ups1-nmc tcp 443 [pcns.registration]")));
    QVERIFY(!missing.contains(QStringLiteral("scada-a>scada-dmz tcp 5481 [clearscada.partner]")));
}

// A comment reaches the JSON report as it was written, characters outside the Basic Multilingual
// Plane (an emoji, a CJK extension ideograph) included, as one UTF-8 character each.
void tst_Review::commentsKeepEveryCharacter()
{
    const QString comment = QStringLiteral(
        "Zugang f\u00fcr \U0001F525 ops \u2014 \u76e3\u8996 \U00020BB7 \"quoted\" back\\slash");
    const QString request = write(QStringLiteral("comment.csv"),
        "id,source,destination,protocol,ports,comment\n"
        "A,scada-a,scada-dmz,tcp,5481,\""
            + comment.toUtf8().replace("\"", "\"\"") + "\"\n");
    const Run result = cli({QStringLiteral("review"), m_plant, request});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains("\xf0\x9f\x94\xa5"), "the emoji is written as its four UTF-8 bytes");
    QVERIFY(!result.out.contains("\xef\xbf\xbd")); // no replacement character
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(byId(report, QStringLiteral("A")).value(QLatin1String("comment")).toString(), comment);
}

void tst_Review::csvHasOneRowPerRequest()
{
    const QString request = write(QStringLiteral("two.csv"),
        "id,source,destination,protocol,ports,ticket\nA,scada-dmz,scada-a,tcp,5481,T-1\n"
        "B,scada-a,scada-dmz,tcp,5481,T-2\n");
    const Run result = cli(
        {QStringLiteral("review"), m_plant, request, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.status, 1);
    const QList<QStringList> rows = parseCsv(result.out);
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    for (const char *column :
        {"id", "source", "destination", "protocol", "ports", "action", "verdict", "ticket"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    const auto cell = [&](int row, const char *column) {
        return rows.at(row).value(header.indexOf(QLatin1String(column)));
    };
    QCOMPARE(cell(1, "id"), QStringLiteral("A"));
    QCOMPARE(cell(1, "verdict"), QStringLiteral("forbidden"));
    QCOMPARE(cell(1, "ticket"), QStringLiteral("T-1"));
    QCOMPARE(cell(2, "verdict"), QStringLiteral("required"));
    QVERIFY(rows.at(1).join(QLatin1Char(' ')).contains(QLatin1String("clearscada.one-way")));
}

// 65535 is a port like any other: a request for it, or for a range up to it, is reviewed, while
// 65536 is refused with its place (badRequestFilesExitTwo).
void tst_Review::portsAtTheEdgesAreReviewed()
{
    const QString request = write(QStringLiteral("edges.csv"),
        "id,source,destination,protocol,ports\nE-1,sms1,ips1,tcp,65535\nE-2,sms1,ips1,tcp,443-65535\n"
        "E-3,sms1,ips1,udp,1-161\n");
    const QJsonObject result = review({m_plant, request}, 1);
    QVERIFY(!result.isEmpty());
    const QJsonObject top = byId(result, QStringLiteral("E-1"));
    QCOMPARE(top.value(QLatin1String("verdict")).toString(), QStringLiteral("not-required"));
    QCOMPARE(top.value(QLatin1String("ports")).toString(), QStringLiteral("65535"));
    QCOMPARE(groups(top.value(QLatin1String("excess")).toArray()),
        QStringList {QStringLiteral("sms1>ips1 tcp 65535")});
    QCOMPARE(top.value(QLatin1String("excess_tuples")).toInt(), 1);
    // The IPS's HTTPS from the SMS is needed; the 65,092 ports above it are not.
    const QJsonObject upTo = byId(result, QStringLiteral("E-2"));
    QCOMPARE(upTo.value(QLatin1String("verdict")).toString(), QStringLiteral("partly-required"));
    QCOMPARE(groups(upTo.value(QLatin1String("required")).toArray()),
        QStringList {QStringLiteral("sms1>ips1 tcp 443 [tippingpoint.device-https]")});
    QCOMPARE(groups(upTo.value(QLatin1String("excess")).toArray()),
        QStringList {QStringLiteral("sms1>ips1 tcp 444-65535")});
    QCOMPARE(upTo.value(QLatin1String("excess_tuples")).toInt(), 65535 - 443);
    const QJsonObject low = byId(result, QStringLiteral("E-3"));
    QCOMPARE(low.value(QLatin1String("verdict")).toString(), QStringLiteral("partly-required"));
    QCOMPARE(groups(low.value(QLatin1String("excess")).toArray()),
        QStringList {QStringLiteral("sms1>ips1 udp 1-160")});
    QCOMPARE(low.value(QLatin1String("excess_tuples")).toInt(), 160);
}

void tst_Review::pdfReport()
{
    const QString request = write(QStringLiteral("pdf.csv"),
        "id,source,destination,protocol,ports\nP-1,scada-dmz,scada-a,tcp,5481\nP-2,scada-a,scada-dmz,tcp,"
        "5481\n");
    const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
    const Run result = cli({QStringLiteral("review"), m_plant, request, QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QCOMPARE(result.status, 1);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed: the report's text is not checked");
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QString words = QString::fromUtf8(text.out).simplified();
    for (const char *expected : {"Riverside water treatment plant", "P-1", "forbidden", "clearscada.one-way",
             "P-2", "required", "clearscada.partner"})
        QVERIFY2(words.contains(QLatin1String(expected)), expected);
    QVERIFY(words.contains(QLatin1String("Signature"), Qt::CaseInsensitive)
        || words.contains(QLatin1String("Approved"), Qt::CaseInsensitive));
}

void tst_Review::badRequestFilesExitTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("place");
    const QByteArray header = "id,source,destination,protocol,ports\n";
    QTest::newRow("wrong columns") << QByteArray("id,src,destination,protocol,ports\nA,sms1,ips1,tcp,99\n")
                                   << QStringLiteral(":1:1: ");
    QTest::newRow("bad port") << header + "A,sms1,ips1,tcp,443\nB,sms1,ips1,tcp,99999\n"
                              << QStringLiteral(":3:17: ");
    // The edges of the port range: 65535 is the last port (checked in portsAtTheEdgesAreReviewed).
    QTest::newRow("port 65536") << header + "A,sms1,ips1,tcp,65536\n" << QStringLiteral(":2:17: ");
    QTest::newRow("port 0") << header + "A,sms1,ips1,tcp,0\n" << QStringLiteral(":2:17: ");
    QTest::newRow("range ending at 65536") << header + "A,sms1,ips1,tcp,60000-65536\n"
                                           << QStringLiteral(":2:17: ");
    QTest::newRow("range upside down") << header + "A,sms1,ips1,tcp,23-21\n" << QStringLiteral(":2:17: ");
    QTest::newRow("not a port") << header + "A,sms1,ips1,tcp,abc\n" << QStringLiteral(":2:17: ");
    QTest::newRow("bad address") << header + "A,10.1.2.300,ips1,tcp,99\n" << QStringLiteral(":2:3: ");
    QTest::newRow("unknown zone") << header + "A,sms1,zone:nowhere,tcp,99\n" << QStringLiteral(":2:8: ");
    QTest::newRow("bad protocol") << header + "A,sms1,ips1,sctp,99\n" << QStringLiteral(":2:13: ");
    QTest::newRow("duplicate id") << header + "A,sms1,ips1,tcp,99\nA,sms1,ips1,tcp,98\n"
                                  << QStringLiteral(":3:1: ");
    QTest::newRow("short row") << header + "A,sms1,ips1,tcp\n" << QStringLiteral(":2:");
    QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", 18)
                                 << QStringLiteral(":1:1: ");
    QTest::newRow("bad iptables") << QByteArray(
        "*filter\n:FORWARD DROP [0:0]\n-A FORWARD -s 10.0.0.300 -j ACCEPT\nCOMMIT\n")
                                  << QStringLiteral(":3:15: ");
    QTest::newRow("bad asa") << QByteArray("access-list a extended permit tcp host 1.2.3 any\n")
                             << QStringLiteral(":1:40: ");
}

void tst_Review::badRequestFilesExitTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, place);
    const QString path = write(QStringLiteral("bad.txt"), content);
    const Run result = cli({QStringLiteral("review"), m_plant, path});
    QCOMPARE(result.status, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("bad.txt") + place), qPrintable(result.err));
}

bool tst_Review::canUseNamespaces()
{
    if (m_namespaces < 0) {
        const Run probe = run(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("true")});
        m_namespaces = probe.status == 0 && !QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty()
                && !QStandardPaths::findExecutable(QStringLiteral("iptables-restore")).isEmpty()
            ? 1
            : 0;
    }
    return m_namespaces == 1;
}

QString tst_Review::liveRuleSet(
    const QString &design, const QString &format, const QString &name, const QString &edit, QString *skip)
{
    const QString exported = m_dir.filePath(name + QStringLiteral(".export"));
    const Run exportRun = cli({QStringLiteral("export"), design, QStringLiteral("--format"), format,
        QStringLiteral("--output"), exported});
    if (exportRun.status != 0) {
        qWarning("export: %s", qPrintable(exportRun.err));
        return {};
    }
    QFile file(exported);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    // An edit is "remove:TEXT" (drop the lines containing it) or "after:TEXT|LINES" (insert after
    // the first line containing TEXT).
    if (edit.startsWith(QLatin1String("remove:"))) {
        QStringList lines = text.split(QLatin1Char('\n'));
        lines.removeIf([&](const QString &line) { return line.contains(edit.mid(7)); });
        text = lines.join(QLatin1Char('\n'));
    } else if (edit.startsWith(QLatin1String("after:"))) {
        const QString anchor = edit.mid(6).section(QLatin1Char('|'), 0, 0);
        const QString lines = edit.mid(6).section(QLatin1Char('|'), 1);
        const qsizetype at = text.indexOf(QLatin1Char('\n'), text.indexOf(anchor));
        if (text.indexOf(anchor) < 0 || at < 0)
            qFatal("no anchor %s", qPrintable(anchor));
        text.insert(at + 1, lines + QLatin1Char('\n'));
    }
    const QString edited = write(name + QStringLiteral(".rules"), text.toUtf8());
    if (format == QLatin1String("asa"))
        return edited;
    if (!canUseNamespaces()) {
        *skip = QStringLiteral("loading a rule set needs unshare -n (root), nft and iptables-restore");
        return {};
    }
    const QString script = format == QLatin1String("nft")
        ? QStringLiteral("nft -f \"$1\" && nft -j list ruleset")
        : QStringLiteral("iptables-restore < \"$1\" && iptables-save");
    const Run loaded = run(QStringLiteral("unshare"),
        {QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
            edited});
    if (loaded.status != 0) {
        *skip = QStringLiteral("the kernel refused the rule set here: ") + loaded.err.trimmed();
        return {};
    }
    return write(name + QStringLiteral(".live"), loaded.out);
}

void tst_Review::ownExportsRoundTrip_data()
{
    QTest::addColumn<bool>("estate");
    QTest::addColumn<QString>("format");
    for (const char *format : {"iptables", "nft", "asa"}) {
        QTest::addRow("sample %s", format) << false << QString::fromLatin1(format);
        QTest::addRow("estate %s", format) << true << QString::fromLatin1(format);
    }
}

// Portolan's own exports, as the firewall holds them, review as the design: every allow
// required, every block consistent, nothing missing.
void tst_Review::ownExportsRoundTrip()
{
    QFETCH(bool, estate);
    QFETCH(QString, format);
    QString skip;
    const QString ruleSet = liveRuleSet(estate ? m_estate : m_plant, format,
        QStringLiteral("trip-") + format + (estate ? QStringLiteral("-estate") : QString()), QString(),
        &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(!ruleSet.isEmpty());
    const QJsonObject result = review({estate ? m_estate : m_plant, ruleSet}, 0);
    QVERIFY(!result.isEmpty());
    const QJsonArray requests = result.value(QLatin1String("requests")).toArray();
    QVERIFY(requests.size() > (estate ? 1000 : 30));
    int allows = 0;
    int blocks = 0;
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const bool allow = request.value(QLatin1String("action")).toString() == QLatin1String("allow");
        (allow ? allows : blocks) += 1;
        QVERIFY2(request.value(QLatin1String("verdict")).toString()
                == (allow ? QLatin1String("required") : QLatin1String("consistent")),
            qPrintable(request.value(QLatin1String("id")).toString() + QLatin1Char(' ')
                + request.value(QLatin1String("message")).toString()));
    }
    QVERIFY(allows > 0);
    QVERIFY(blocks > 0);
    QVERIFY(result.value(QLatin1String("missing")).toArray().isEmpty());
}

void tst_Review::editedRuleSets_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("detail");

    // A rule removed: its flow is missing.
    QTest::newRow("iptables removed")
        << QStringLiteral("iptables") << QStringLiteral("remove:tippingpoint.snmp-mib") << QString()
        << QStringLiteral("missing") << QStringLiteral("nms1>sms1 udp 161 [tippingpoint.snmp-mib]");
    QTest::newRow("nft removed") << QStringLiteral("nft")
                                 << QStringLiteral("remove:\"tippingpoint.snmp-mib\"") << QString()
                                 << QStringLiteral("missing")
                                 << QStringLiteral("nms1>sms1 udp 161 [tippingpoint.snmp-mib]");
    QTest::newRow("asa removed") << QStringLiteral(
        "asa") << QStringLiteral("remove:permit udp host 10.10.0.162 host 10.50.0.10 eq 161")
                                 << QString() << QStringLiteral("missing")
                                 << QStringLiteral("nms1>sms1 udp 161 [tippingpoint.snmp-mib]");

    // A broad rule added: the SMS to the whole control subnet on 443 (only the IPS needs it).
    QTest::newRow("iptables broad")
        << QStringLiteral("iptables")
        << QStringLiteral("after:--ctstate INVALID -j DROP|-A FORWARD -s 10.50.0.10/32 -d 192.168.10.0/24 -p "
                          "tcp -m tcp --dport 443 -j ACCEPT")
        << QStringLiteral("FORWARD:3") << QStringLiteral("partly-required")
        << QStringLiteral("sms1>ips1 tcp 443");
    QTest::newRow("nft broad") << QStringLiteral("nft")
                               << QStringLiteral("after:ct state invalid drop|ip saddr 10.50.0.10 ip daddr "
                                                 "192.168.10.0/24 tcp dport 443 accept")
                               << QStringLiteral("forward:3") << QStringLiteral("partly-required")
                               << QStringLiteral("sms1>ips1 tcp 443");
    QTest::newRow("asa broad") << QStringLiteral("asa")
                               << QStringLiteral(
                                      "after:access-list secmgmt_in remark|access-list secmgmt_in extended "
                                      "permit tcp host 10.50.0.10 192.168.10.0 255.255.255.0 eq 443")
                               << QStringLiteral("acl secmgmt_in line 2") << QStringLiteral("partly-required")
                               << QStringLiteral("sms1>ips1 tcp 443");

    // A rule after a DROP that hides it: shadowed, naming the DROP.
    QTest::newRow("iptables shadowed")
        << QStringLiteral("iptables")
        << QStringLiteral(
               "after:--ctstate INVALID -j DROP|-A FORWARD -s 10.10.0.0/16 -d 192.168.10.31/32 -p tcp "
               "-j DROP\n-A FORWARD -s 10.10.4.21/32 -d 192.168.10.31/32 -p tcp -m tcp --dport 3389 -j "
               "ACCEPT")
        << QStringLiteral("FORWARD:4") << QStringLiteral("shadowed") << QStringLiteral("FORWARD:3");
    QTest::newRow("nft shadowed") << QStringLiteral("nft")
                                  << QStringLiteral(
                                         "after:ct state invalid drop|ip saddr 10.10.0.0/16 ip daddr "
                                         "192.168.10.31 meta l4proto tcp drop\nip saddr 10.10.4.21 ip "
                                         "daddr 192.168.10.31 tcp dport 3389 accept")
                                  << QStringLiteral("forward:4") << QStringLiteral("shadowed")
                                  << QStringLiteral("forward:3");
    QTest::newRow("asa shadowed")
        << QStringLiteral("asa")
        << QStringLiteral(
               "after:access-list enterprise_in remark|access-list enterprise_in extended deny tcp "
               "10.10.0.0 255.255.0.0 host 192.168.10.31\naccess-list enterprise_in extended permit tcp "
               "host 10.10.4.21 host 192.168.10.31 eq 3389")
        << QStringLiteral("acl enterprise_in line 3") << QStringLiteral("shadowed")
        << QStringLiteral("acl enterprise_in line 2");
}

void tst_Review::editedRuleSets()
{
    QFETCH(QString, format);
    QFETCH(QString, edit);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QFETCH(QString, detail);
    QString skip;
    const QString ruleSet = liveRuleSet(m_plant, format, QStringLiteral("edit-") + format, edit, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(!ruleSet.isEmpty());
    const QJsonObject result = review({m_plant, ruleSet}, 1);
    QVERIFY(!result.isEmpty());
    if (expected == QLatin1String("missing")) {
        QCOMPARE(groups(result.value(QLatin1String("missing")).toArray()), QStringList {detail});
        return;
    }
    const QJsonObject request = byId(result, id);
    QCOMPARE(request.value(QLatin1String("verdict")).toString(), expected);
    if (expected == QLatin1String("shadowed")) {
        QCOMPARE(request.value(QLatin1String("shadowed_by")).toArray().at(0).toString(), detail);
        QVERIFY(request.value(QLatin1String("message")).toString().contains(detail));
    } else {
        QCOMPARE(groups(request.value(QLatin1String("required")).toArray()).join(QLatin1Char(';')),
            detail + QStringLiteral(" [tippingpoint.device-https]"));
        QCOMPARE(request.value(QLatin1String("excess_tuples")).toInt(), 7);
    }
}

// A user chain that returns early for the zone's own subnet blocks only what comes from outside it.
void tst_Review::userChainWithReturn()
{
    const QString ruleSet = write(QStringLiteral("chain.rules"),
        "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:vos_in - [0:0]\n"
        "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n"
        "-A FORWARD -d 192.168.10.31/32 -j vos_in\n"
        "-A vos_in -s 192.168.10.0/24 -j RETURN\n"
        "-A vos_in -p udp -m udp --dport 69 -j DROP\n"
        "COMMIT\n");
    const QJsonObject result = review({m_plant, ruleSet}, 0);
    QVERIFY(!result.isEmpty());
    // The NIO's TFTP comes from inside the subnet and returns before the DROP: no conflict.
    QCOMPARE(verdict(result, QStringLiteral("vos_in:2")), QStringLiteral("consistent"));
    const QStringList requests = [&] {
        QStringList ids;
        for (const QJsonValue &value : result.value(QLatin1String("requests")).toArray())
            ids << value.toObject().value(QLatin1String("id")).toString();
        return ids;
    }();
    QVERIFY2(!requests.contains(QStringLiteral("FORWARD:1")), qPrintable(requests.join(QLatin1Char(' '))));
}

void tst_Review::usage()
{
    const Run help = cli({QStringLiteral("review"), QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains("portolan-cli review [options] DESIGN REQUEST"));
    for (const char *option : {"--complete", "--format", "--output", "--page-size"})
        QVERIFY2(help.out.contains(option), option);
    const Run list = cli({QStringLiteral("--help")});
    QVERIFY(list.out.contains("review DESIGN REQUEST"));

    const QString request
        = write(QStringLiteral("usage.csv"), "id,source,destination,protocol,ports\nA,sms1,ips1,tcp,443\n");
    const QList<QStringList> bad = {{QStringLiteral("review"), m_plant},
        {QStringLiteral("review"), m_plant, request, QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("review"), m_plant, request, QStringLiteral("--format"), QStringLiteral("pdf")},
        {QStringLiteral("review"), m_dir.filePath(QStringLiteral("nothing.json")), request}};
    for (const QStringList &arguments : bad) {
        const Run run = cli(arguments);
        QVERIFY2(run.status == 2 && run.out.isEmpty() && !run.err.isEmpty(),
            qPrintable(arguments.join(QLatin1Char(' '))));
    }
}

// iptables-save does not carry set members: an ipset save section in the same file gives them.
void tst_Review::ipsetMembersFromIpsetSave()
{
    const QString ruleSet = write(QStringLiteral("ipset.rules"),
        "create scada_servers hash:ip family inet hashsize 1024 maxelem 65536\n"
        "add scada_servers 192.168.10.11\nadd scada_servers 192.168.10.12\n"
        "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n"
        "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n"
        "-A FORWARD -m set --match-set scada_servers src -d 172.20.0.5/32 -p tcp -m multiport --dports 5481 "
        "-j "
        "ACCEPT\n"
        "-A FORWARD -m set --match-set scada_servers dst -s 172.20.0.5/32 -p tcp -m tcp --dport 5481 -j "
        "ACCEPT\n"
        "COMMIT\n");
    const QJsonObject result = review({m_plant, ruleSet}, 1);
    QCOMPARE(verdict(result, QStringLiteral("FORWARD:2")), QStringLiteral("required"));
    QCOMPARE(byId(result, QStringLiteral("FORWARD:2")).value(QLatin1String("source")).toString(),
        QStringLiteral("192.168.10.11,192.168.10.12"));
    QCOMPARE(groups(byId(result, QStringLiteral("FORWARD:2")).value(QLatin1String("required")).toArray()),
        (QStringList {QStringLiteral("scada-a>scada-dmz tcp 5481 [clearscada.partner]"),
            QStringLiteral("scada-b>scada-dmz tcp 5481 [clearscada.partner]")}));
    QCOMPARE(verdict(result, QStringLiteral("FORWARD:3")), QStringLiteral("forbidden"));
    // The rule set covers the control and DMZ zones: the ICMP poll it lacks is missing.
    QCOMPARE(groups(result.value(QLatin1String("missing")).toArray()),
        (QStringList {QStringLiteral("scada-a>scada-dmz icmp [clearscada.hardware-poll]"),
            QStringLiteral("scada-b>scada-dmz icmp [clearscada.hardware-poll]")}));

    const QString unknownSet = write(QStringLiteral("noset.rules"),
        "*filter\n:FORWARD DROP [0:0]\n-A FORWARD -m set --match-set nowhere src -j ACCEPT\nCOMMIT\n");
    const Run run = cli({QStringLiteral("review"), m_plant, unknownSet});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QLatin1String("noset.rules:3:")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_Review)
#include "tst_review.moc"
