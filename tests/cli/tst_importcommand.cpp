// portolan-cli import: a design from a host inventory, as a script runs it.
#include "designbuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace portolan::test;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    if (!process.waitForFinished(60000))
        qFatal("portolan-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class tst_ImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newDesignFromInventory();
    void intoDesignBySubnetAndZone();
    void semicolonsQuotesAndByteOrderMark();
    void byteOrderMarksWhereFilesWereJoined();
    void idsMadeFromNamesAreUnique();
    void badRowsNameLineAndColumnAndWriteNothing();
    void missingColumnIsOneError();
    void sampleInventoryImportsIntoTheSample();
    void farTypesGetNoSuggestion();

private:
    QString write(const QString &name, const QByteArray &content);
    QByteArray read(const QString &path);
    QTemporaryDir m_dir;
    QString m_example;
};

QString tst_ImportCommand::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write test file");
    return file.fileName();
}

QByteArray tst_ImportCommand::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void tst_ImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_example = write(QStringLiteral("example.json"), InterchangeExample);
}

void tst_ImportCommand::newDesignFromInventory()
{
    // Header names in any case and with spaces around them; extra columns become notes.
    const QString inventory = write(QStringLiteral("plant-b.csv"),
        "Name , TYPE,Address,Zone,Rack,Serial\n"
        "Pump PLC 1,workstation,10.1.0.11,Control network,R1,S-1\n"
        "Historian,database-client,10.1.0.20,control network,,\n"
        "\n"
        "Office PC,Workstation,2001:db8::10,Office,R2,\n");
    const QString output = m_dir.filePath(QStringLiteral("plant-b.json"));
    const Run run = cli({QStringLiteral("import"), inventory, QStringLiteral("--output"), output});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.isEmpty());
    const QJsonObject expected = json(R"({
      "format": "portolan-design", "version": 1, "name": "plant-b",
      "zones": [ { "id": "control-network", "name": "Control network", "subnets": [] },
                 { "id": "office", "name": "Office", "subnets": [] } ],
      "hosts": [ { "id": "pump-plc-1", "type": "workstation", "name": "Pump PLC 1", "zone": "control-network",
                   "address": "10.1.0.11", "notes": { "Rack": "R1", "Serial": "S-1" } },
                 { "id": "historian", "type": "database-client", "name": "Historian", "zone": "control-network",
                   "address": "10.1.0.20" },
                 { "id": "office-pc", "type": "workstation", "name": "Office PC", "zone": "office",
                   "address": "2001:db8::10", "notes": { "Rack": "R2" } } ],
      "links": [] })");
    QCOMPARE(json(read(output)), expected);
    // The design it wrote reads back and validates.
    const Run validate = cli({QStringLiteral("validate"), output});
    QVERIFY2(validate.status == 0 || validate.status == 1, qPrintable(validate.err));
}

void tst_ImportCommand::intoDesignBySubnetAndZone()
{
    // The example design has ot (192.168.10.0/24) and dmz (172.20.0.0/24).
    const QString inventory = write(QStringLiteral("into.csv"),
        "name,type,address,zone\n"
        "WS-OT,workstation,192.168.10.40,\n" // by subnet: ot
        "WS-DMZ,workstation,172.20.0.40,\n" // by subnet: dmz
        "WS-NOWHERE,workstation,10.9.9.9,\n" // no subnet holds it: no zone
        "WS-NAMED,workstation,172.20.0.41,Control network\n" // the zone named wins, outside its subnet
        "WS-ID,workstation,,DMZ\n"); // a zone by id in any case, no address
    const QString output = m_dir.filePath(QStringLiteral("into.json"));
    const Run run = cli({QStringLiteral("import"), inventory, QStringLiteral("--into"), m_example,
        QStringLiteral("--output"), output});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QJsonObject expected = json(InterchangeExample);
    QJsonArray hosts = expected.value(QStringLiteral("hosts")).toArray();
    hosts.append(json(R"({"id": "ws-ot", "type": "workstation", "name": "WS-OT", "zone": "ot",
                          "address": "192.168.10.40"})"));
    hosts.append(json(R"({"id": "ws-dmz", "type": "workstation", "name": "WS-DMZ", "zone": "dmz",
                          "address": "172.20.0.40"})"));
    hosts.append(json(R"({"id": "ws-nowhere", "type": "workstation", "name": "WS-NOWHERE",
                          "address": "10.9.9.9"})"));
    hosts.append(json(R"({"id": "ws-named", "type": "workstation", "name": "WS-NAMED", "zone": "ot",
                          "address": "172.20.0.41"})"));
    hosts.append(json(R"({"id": "ws-id", "type": "workstation", "name": "WS-ID", "zone": "dmz"})"));
    expected.insert(QStringLiteral("hosts"), hosts);
    QJsonObject written = json(read(output));
    QCOMPARE(written.value(QStringLiteral("zones")), expected.value(QStringLiteral("zones")));
    QCOMPARE(written.value(QStringLiteral("hosts")), expected.value(QStringLiteral("hosts")));
    QCOMPARE(written.value(QStringLiteral("links")), expected.value(QStringLiteral("links")));
    QCOMPARE(written.value(QStringLiteral("name")).toString(), QStringLiteral("Plant A"));
    // The host in a zone whose subnet does not hold its address is a finding of the design.
    const Run validate = cli({QStringLiteral("validate"), output});
    QVERIFY2(validate.out.contains("address 172.20.0.41 lies outside every subnet of zone \\\"ot\\\""),
        validate.out.constData());
}

void tst_ImportCommand::semicolonsQuotesAndByteOrderMark()
{
    // As Excel saves "CSV UTF-8" in a locale with a decimal comma: a byte order mark, semicolons,
    // CRLF, quoted cells holding the separator, doubled quotes and a line end.
    const QString inventory = write(QStringLiteral("excel.csv"),
        "\xEF\xBB\xBFname;type;address;comment\r\n"
        "\"Jump; host\";workstation;10.0.0.5;\"said \"\"hi\"\"\r\nthere\"\r\n"
        "NTP;ntp-server;10.0.0.123;;;\r\n");
    const QString output = m_dir.filePath(QStringLiteral("excel.json"));
    const Run run = cli({QStringLiteral("import"), inventory, QStringLiteral("--output"), output});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QJsonArray hosts = json(read(output)).value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.at(0).toObject(),
        json(R"({"id": "jump-host", "type": "workstation", "name": "Jump; host", "address": "10.0.0.5",
                 "notes": {"comment": "said \"hi\"\r\nthere"}})"));
    QCOMPARE(hosts.at(1).toObject(),
        json(R"({"id": "ntp", "type": "ntp-server", "name": "NTP", "address": "10.0.0.123"})"));

    // Excel's "sep=" line names the separator.
    const QString sep
        = write(QStringLiteral("sep.csv"), "sep=;\nname;type;address\nA,1;workstation;10.0.0.1\n");
    const Run sepRun = cli({QStringLiteral("import"), sep, QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(sepRun.status == 0, qPrintable(sepRun.err));
    QCOMPARE(json(sepRun.out)
                 .value(QStringLiteral("hosts"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name")),
        QJsonValue(QStringLiteral("A,1")));
}

void tst_ImportCommand::byteOrderMarksWhereFilesWereJoined()
{
    // Two exports joined: the second one's byte order mark lands inside the header or a cell. It is
    // dropped there; a cell that starts with U+FFFE (a byte order mark read the wrong way round, and
    // not a character) is refused with its line and column.
    const QString joined = write(QStringLiteral("joined.csv"),
        "name,type,address,\xEF\xBB\xBFzone\n"
        "\xEF\xBB\xBFWS-DMZ,workstation,172.20.0.40, \xEF\xBB\xBF\xEF\xBB\xBF"
        "DMZ\n");
    const QString output = m_dir.filePath(QStringLiteral("joined.json"));
    const Run run = cli({QStringLiteral("import"), joined, QStringLiteral("--into"), m_example,
        QStringLiteral("--output"), output});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QJsonArray hosts = json(read(output)).value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.last().toObject(),
        json(R"({"id": "ws-dmz", "type": "workstation", "name": "WS-DMZ", "zone": "dmz",
                 "address": "172.20.0.40"})"));

    const QString reversed = write(QStringLiteral("reversed.csv"),
        "name,type,address\nA,workstation,10.0.0.1\n\xEF\xBF\xBE"
        "B,workstation,\n");
    const Run refused = cli({QStringLiteral("import"), reversed, QStringLiteral("--output"), output});
    QCOMPARE(refused.status, 2);
    QCOMPARE(refused.err,
        QStringLiteral("portolan-cli import: ") + reversed
            + QStringLiteral(":3:1: the cell holds U+FFFE at character 1, which is not a character.\n"));
}

void tst_ImportCommand::idsMadeFromNamesAreUnique()
{
    // "scada-a" is a host of the example and "ot" a zone; "ws.1" is an id the file gives later.
    const QString inventory = write(QStringLiteral("ids.csv"),
        "name,type,address,id\n"
        "SCADA A,workstation,,\n"
        "OT,workstation,,\n"
        "WS/1,workstation,,\n"
        "WS 1,workstation,,\n"
        "Ünïcode Ålpha,workstation,,\n"
        "???,ntp-server,,\n"
        "Given,workstation,,ws-1\n");
    const QString output = m_dir.filePath(QStringLiteral("ids.json"));
    const Run run = cli({QStringLiteral("import"), inventory, QStringLiteral("--into"), m_example,
        QStringLiteral("--output"), output});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QStringList ids;
    for (const QJsonValue &host : json(read(output)).value(QStringLiteral("hosts")).toArray())
        ids.append(host.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids,
        QStringList({QStringLiteral("scada-a"), QStringLiteral("scada-d"), QStringLiteral("scada-a-2"),
            QStringLiteral("ot-2"), QStringLiteral("ws-1-2"), QStringLiteral("ws-1-3"),
            QStringLiteral("unicode-alpha"), QStringLiteral("ntp-server"), QStringLiteral("ws-1")}));
}

void tst_ImportCommand::badRowsNameLineAndColumnAndWriteNothing()
{
    const QString inventory = write(QStringLiteral("bad.csv"),
        "name,type,address,zone,id\n"
        "PLC-1,workstaton,10.0.0.1,,\n" // line 2: a misspelt type
        "PLC-2,workstation,10.0.0.300,,\n" // line 3: not an address
        "PLC-3,workstation,10.0.0.1,,\n" // line 4: address of line 2
        ",workstation,10.0.0.4,,\n" // line 5: no name
        "plc-2,workstation,10.0.0.5,,\n" // line 6: name of line 3 in another case
        "SCADA-A,workstation,10.0.0.6,,\n" // line 7: a name of the design
        "PLC-7,workstation,192.168.10.11,,\n" // line 8: an address of the design
        "PLC-8,workstation,10.0.0.8,,bad id\n" // line 9: not an id
        "PLC-9,workstation,10.0.0.9,,scada-d\n" // line 10: an id of the design
        "PLC-10,workstation,10.0.0.10,\n" // line 11: a cell short
        "PLC-11,,10.0.0.11,,\n" // line 12: no type
        "PLC-12,workstation,10.0.12,,\n"); // line 13: three numbers, which QHostAddress would read
    const QString output = m_dir.filePath(QStringLiteral("bad.json"));
    write(QStringLiteral("bad.json"), "keep me");
    const Run run = cli({QStringLiteral("import"), inventory, QStringLiteral("--into"), m_example,
        QStringLiteral("--output"), output});
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    const QString p = QStringLiteral("portolan-cli import: ") + inventory;
    const QStringList expected = {
        p
            + QStringLiteral(":2:7: \"workstaton\" is not a host type of the catalog; did you mean "
                             "\"workstation\" (Workstation)?"),
        p
            + QStringLiteral(":3:19: \"10.0.0.300\" is not an IPv4 address (four numbers from 0 to 255: "
                             "192.168.10.11) or an IPv6 address."),
        p
            + QStringLiteral(
                ":4:19: the address 10.0.0.1 is already used on line 2; addresses must be unique."),
        p + QStringLiteral(":5:1: the row has no name; every host needs one."),
        p + QStringLiteral(":6:1: the name \"plc-2\" is already used on line 3; names must be unique."),
        p
            + QStringLiteral(
                ":7:1: the name \"SCADA-A\" is already used by host \"scada-a\" of the design; names "
                "must be unique."),
        p
            + QStringLiteral(
                ":8:19: the address 192.168.10.11 is already used by host \"scada-a\" of the design; "
                "addresses must be unique."),
        p
            + QStringLiteral(
                ":9:29: \"bad id\" is not an id: write 1 to 128 letters, digits, \"_\", \"-\" or "
                "\".\", starting with a letter, digit or \"_\"."),
        p
            + QStringLiteral(
                ":10:29: the id \"scada-d\" is already used by a host of the design; ids must be "
                "unique."),
        p + QStringLiteral(":11:30: this row has 4 cells, but the header names 5 columns."),
        p + QStringLiteral(":12:8: the row has no type; write a catalog host type such as \"workstation\"."),
        p
            + QStringLiteral(":13:20: \"10.0.12\" is not an IPv4 address (four numbers from 0 to 255: "
                             "192.168.10.11) or an IPv6 address."),
    };
    QCOMPARE(run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    QCOMPARE(read(output), QByteArray("keep me"));
    // Without --into, nothing is created either.
    QFile::remove(output);
    const Run alone = cli({QStringLiteral("import"), inventory, QStringLiteral("--output"), output});
    QCOMPARE(alone.status, 2);
    QVERIFY(!QFile::exists(output));
}

void tst_ImportCommand::missingColumnIsOneError()
{
    const QString inventory
        = write(QStringLiteral("nocolumn.csv"), "\nname,kind,address\nA,workstation,10.0.0.1\n");
    const QString output = m_dir.filePath(QStringLiteral("nocolumn.json"));
    const Run run = cli({QStringLiteral("import"), inventory, QStringLiteral("--output"), output});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err,
        QStringLiteral("portolan-cli import: ") + inventory
            + QStringLiteral(
                ":2:1: the header has no \"type\" column; a host inventory names the columns name, "
                "type and address (zone and id are optional), in any order.\n"));
    QVERIFY(!QFile::exists(output));

    const QString latin1 = write(QStringLiteral("latin1.csv"), "name,type,address\nCaf\xe9,workstation,\n");
    const Run notUtf8 = cli({QStringLiteral("import"), latin1, QStringLiteral("--output"), output});
    QCOMPARE(notUtf8.status, 2);
    QCOMPARE(notUtf8.err,
        QStringLiteral("portolan-cli import: ") + latin1
            + QStringLiteral(":2:4: the file is not UTF-8 text; save the inventory as CSV UTF-8.\n"));
}

void tst_ImportCommand::sampleInventoryImportsIntoTheSample()
{
    // The sample the README and docs/cli.md use.
    const QString output = m_dir.filePath(QStringLiteral("riverside.json"));
    const Run run = cli(
        {QStringLiteral("import"), sourcePath(QStringLiteral("resources/samples/riverside-inventory.csv")),
            QStringLiteral("--into"), sourcePath(QStringLiteral("resources/samples/riverside-plant.json")),
            QStringLiteral("--output"), output});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QHash<QString, QString> zoneOf;
    for (const QJsonValue &host : json(read(output)).value(QStringLiteral("hosts")).toArray())
        zoneOf.insert(host.toObject().value(QStringLiteral("name")).toString(),
            host.toObject().value(QStringLiteral("zone")).toString());
    QCOMPARE(zoneOf.value(QStringLiteral("ENG-WS2")), QStringLiteral("enterprise"));
    QCOMPARE(zoneOf.value(QStringLiteral("HIST-CLIENT")), QStringLiteral("enterprise"));
    QCOMPARE(zoneOf.value(QStringLiteral("DMZ-JUMP2")), QStringLiteral("dmz"));
    QCOMPARE(zoneOf.value(QStringLiteral("NIO-2")), QStringLiteral("control"));
    QCOMPARE(zoneOf.value(QStringLiteral("UPS3-NMC")), QStringLiteral("power"));
    QCOMPARE(zoneOf.value(QStringLiteral("Lab PC 1")), QStringLiteral("test-lab"));
}

void tst_ImportCommand::farTypesGetNoSuggestion()
{
    // A type near a catalog type gets "did you mean"; one far from all of them gets none, and a
    // cell much longer than any type name is not compared letter by letter with every type (the
    // fuzzed import spent its time there).
    const QByteArray longType = "workstation" + QByteArray(5000, 'x');
    const QString inventory = write(QStringLiteral("far.csv"),
        "name,type,address\n"
        "A,workstaton,\n"
        "B,zzzzzzzzzz,\n"
        "C," + longType
            + ",\n");
    const QString output = m_dir.filePath(QStringLiteral("far.json"));
    const Run run = cli({QStringLiteral("import"), inventory, QStringLiteral("--output"), output});
    QCOMPARE(run.status, 2);
    const QString p = QStringLiteral("portolan-cli import: ") + inventory;
    const QStringList expected = {
        p
            + QStringLiteral(":2:3: \"workstaton\" is not a host type of the catalog; did you mean "
                             "\"workstation\" (Workstation)?"),
        p + QStringLiteral(":3:3: \"zzzzzzzzzz\" is not a host type of the catalog."),
        p + QStringLiteral(":4:3: \"") + QString::fromLatin1(longType)
            + QStringLiteral("\" is not a host type of the catalog."),
    };
    QCOMPARE(run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    QVERIFY(!QFile::exists(output));
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
