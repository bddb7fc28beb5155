// portolan-cli probe as a script on site runs it: options, JSON keys, CSV columns, result words and
// exit statuses of the command-line contract, in a private network namespace where loopback
// addresses are the design's hosts and nftables rules the firewall.

#include "designbuilder.h"
#include "privatenetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString g_isolationFailure;

struct Result
{
    int status = -1;
    QByteArray out;
    QString err;
};

Result cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    Result result;
    if (!process.waitForFinished(60000)) {
        result.err = QStringLiteral("portolan-cli did not finish");
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// The firewall: vos1 passes only SYNs from ws's address, drops Telnet and the tiny services.
const char firewall[] = R"(
table inet probe_cli {
    set syn { type ipv4_addr . inet_service; flags dynamic; }
    chain output {
        type filter hook output priority 0; policy accept;
        tcp flags & (syn | ack) == syn update @syn { ip daddr . tcp dport }
    }
    chain input {
        type filter hook input priority 0; policy accept;
        ip daddr 10.9.2.20 tcp flags & (syn | ack) == syn ip saddr != 10.9.1.10 drop
        ip daddr 10.9.2.20 tcp dport 23 drop
        ip daddr 10.9.2.20 tcp dport { 7, 9, 13, 19, 37 } drop
    }
}
)";

} // namespace

class tst_ProbeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jsonResults();
    void csvResults();
    void allAsPlannedExitsZero();
    void dryRunTouchesNothing();
    void warnsWhenThisMachineIsNotTheHost();
    void badUsage_data();
    void badUsage();
    void pdfReport();

private:
    QString synsSeen();

    QString m_plant;
    QTemporaryDir m_dir;
    QList<QTcpServer *> m_servers;
};

void tst_ProbeCli::initTestCase()
{
    if (!g_isolationFailure.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs a private network namespace: %1").arg(g_isolationFailure)));
    QString error;
    for (const char *address : {"10.9.1.10", "10.9.1.20", "10.9.1.30", "10.9.2.20", "10.9.2.30"})
        QVERIFY2(
            portolan::netns::addLoopbackAddress(QString::fromLatin1(address), &error), qPrintable(error));
    m_plant = QFINDTESTDATA("data/plant.json");
    // SSH on vos1, the RSN port of vos1 answering, SCADA-B's partner port.
    for (const auto &[address, port] : {std::pair("10.9.2.20", 22), std::pair("10.9.2.20", 85),
             std::pair("10.9.1.20", 22), std::pair("10.9.2.30", 5481)}) {
        auto *server = new QTcpServer(this);
        QVERIFY(server->listen(QHostAddress(QString::fromLatin1(address)), quint16(port)));
        m_servers << server;
    }
}

void tst_ProbeCli::init()
{
    QString error;
    portolan::netns::run(QStringLiteral("nft"),
        {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"),
            QStringLiteral("probe_cli")},
        &error);
    QVERIFY2(portolan::netns::loadNftables(QString::fromLatin1(firewall), &error), qPrintable(error));
}

QString tst_ProbeCli::synsSeen()
{
    QProcess nft;
    nft.start(QStringLiteral("nft"),
        {QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("inet"), QStringLiteral("probe_cli"),
            QStringLiteral("syn")});
    nft.waitForFinished(10000);
    const QString text = QString::fromUtf8(nft.readAllStandardOutput());
    return text.section(QLatin1String("elements = {"), 1).section(QLatin1Char('}'), 0, 0).simplified();
}

void tst_ProbeCli::jsonResults()
{
    const Result r = cli({QStringLiteral("probe"), m_plant, QStringLiteral("--as"), QStringLiteral("ws"),
        QStringLiteral("--timeout"), QStringLiteral("400"), QStringLiteral("--rate"), QStringLiteral("500")});
    // The RSN port answers and Telnet to vos1 is dropped: differences.
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("design")).toString(), QStringLiteral("Probe plant"));
    QCOMPARE(root.value(QStringLiteral("host")).toString(), QStringLiteral("ws"));
    QCOMPARE(root.value(QStringLiteral("host_address")).toString(), QStringLiteral("10.9.1.10"));
    QVERIFY(root.value(QStringLiteral("machine_addresses")).toArray().contains(QStringLiteral("10.9.1.10")));
    QCOMPARE(root.value(QStringLiteral("host_address_on_machine")).toBool(), true);
    QCOMPARE(root.value(QStringLiteral("source_address")).toString(), QStringLiteral("10.9.1.10"));
    QCOMPARE(root.value(QStringLiteral("timeout_ms")).toInt(), 400);
    QCOMPARE(root.value(QStringLiteral("rate")).toInt(), 500);
    QCOMPARE(root.value(QStringLiteral("concurrency")).toInt(), 32);
    QVERIFY(
        QDateTime::fromString(root.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(root.value(QStringLiteral("warnings")).toArray().size(), 0);

    // The contract's keys on every result, and the rows as a user reads them.
    QStringList rows;
    for (const QJsonValue &value : root.value(QStringLiteral("results")).toArray()) {
        const QJsonObject row = value.toObject();
        for (const char *key : {"destination", "protocol", "port", "result", "expected", "ok", "rule"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        const QJsonValue ok = row.value(QStringLiteral("ok"));
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                    .arg(row.value(QStringLiteral("destination")).toString(),
                        row.value(QStringLiteral("protocol")).toString(),
                        row.value(QStringLiteral("port")).isNull()
                            ? row.value(QStringLiteral("ports")).toString()
                            : QString::number(row.value(QStringLiteral("port")).toInt()),
                        row.value(QStringLiteral("expected")).toString(),
                        row.value(QStringLiteral("result")).toString(),
                        ok.isNull() ? QStringLiteral("null")
                                    : (ok.toBool() ? QStringLiteral("ok") : QStringLiteral("NOT-OK")),
                        row.value(QStringLiteral("rule")).toString());
    }
    rows.sort();
    QStringList expected = {
        QStringLiteral("vos0 tcp 21 open closed ok vos.ftp"),
        QStringLiteral("vos0 tcp 22 open open ok vos.ssh"),
        QStringLiteral("vos0 tcp 23 open closed ok vos.telnet"),
        QStringLiteral("vos1 tcp 21 open closed ok vos.ftp"),
        QStringLiteral("vos1 tcp 22 open open ok vos.ssh"),
        QStringLiteral("vos1 tcp 23 open filtered NOT-OK vos.telnet"),
        QStringLiteral("vos1 tcp 7 not-open filtered ok vos.block.tiny-services"),
        QStringLiteral("vos1 tcp 9 not-open filtered ok vos.block.tiny-services"),
        QStringLiteral("vos1 tcp 13 not-open filtered ok vos.block.tiny-services"),
        QStringLiteral("vos1 tcp 19 not-open filtered ok vos.block.tiny-services"),
        QStringLiteral("vos1 tcp 37 not-open filtered ok vos.block.tiny-services"),
        QStringLiteral("vos1 tcp 85 not-open open NOT-OK vos.block.rsn"),
        QStringLiteral("vos1 udp 7,9,13,19,37 not-open not-probed null vos.block.tiny-services"),
        QStringLiteral("vos1 udp 67 not-open not-probed null vos.block.bootp"),
        QStringLiteral("vos1 udp 69 not-open not-probed null vos.block.tftp"),
        QStringLiteral("vos1 udp 29000 not-open not-probed null vos.block.sync-configd"),
        QStringLiteral("vosx tcp 21 open not-probed null vos.ftp"),
        QStringLiteral("vosx tcp 22 open not-probed null vos.ssh"),
        QStringLiteral("vosx tcp 23 open not-probed null vos.telnet"),
        QStringLiteral("vosx tcp 7,9,13,19,37 not-open not-probed null vos.block.tiny-services"),
        QStringLiteral("vosx tcp 85 not-open not-probed null vos.block.rsn"),
        QStringLiteral("vosx udp 7,9,13,19,37 not-open not-probed null vos.block.tiny-services"),
        QStringLiteral("vosx udp 67 not-open not-probed null vos.block.bootp"),
        QStringLiteral("vosx udp 69 not-open not-probed null vos.block.tftp"),
        QStringLiteral("vosx udp 29000 not-open not-probed null vos.block.sync-configd"),
    };
    expected.sort();
    QCOMPARE(rows, expected);
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("differences")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("service_down")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("not_probed")).toInt(), 13);
}

void tst_ProbeCli::csvResults()
{
    const QString path = m_dir.filePath(QStringLiteral("probe.csv"));
    const Result r = cli({QStringLiteral("probe"), m_plant, QStringLiteral("--as"), QStringLiteral("WS-1"),
        QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--rate"), QStringLiteral("500"),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), path});
    QCOMPARE(r.status, 1);
    QVERIFY(r.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = portolan::test::parseCsv(file.readAll());
    QCOMPARE(rows.value(0).mid(0, 7),
        (QStringList {QStringLiteral("destination"), QStringLiteral("protocol"), QStringLiteral("port"),
            QStringLiteral("result"), QStringLiteral("expected"), QStringLiteral("ok"),
            QStringLiteral("rule")}));
    const int host = int(rows.value(0).indexOf(QStringLiteral("host")));
    const int machine = int(rows.value(0).indexOf(QStringLiteral("machine_addresses")));
    QVERIFY(host > 0 && machine > 0);
    QCOMPARE(rows.size(), 26);
    int rsn = 0;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), rows.value(0).size());
        QCOMPARE(row.at(host), QStringLiteral("ws"));
        QVERIFY(row.at(machine).split(QLatin1Char(' ')).contains(QStringLiteral("10.9.1.10")));
        if (row.at(0) == QLatin1String("vos1") && row.at(2) == QLatin1String("85")) {
            ++rsn;
            QCOMPARE(row.mid(0, 7),
                (QStringList {QStringLiteral("vos1"), QStringLiteral("tcp"), QStringLiteral("85"),
                    QStringLiteral("open"), QStringLiteral("not-open"), QStringLiteral("false"),
                    QStringLiteral("vos.block.rsn")}));
        }
    }
    QCOMPARE(rsn, 1);
}

void tst_ProbeCli::allAsPlannedExitsZero()
{
    // SCADA-A to SCADA-B: the partner port answers, the hardware poll (icmp) is listed; the blocks of
    // vos1 hold (its firewall drops what does not come from ws).
    const Result r = cli({QStringLiteral("probe"), m_plant, QStringLiteral("--as"), QStringLiteral("cs-a"),
        QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--rate"), QStringLiteral("500")});
    QCOMPARE(r.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 18);
    QCOMPARE(
        root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("differences")).toInt(), 0);
    QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("as_planned")).toInt(), 7);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("open"));
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("port")).toInt(), 5481);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("icmp"));
    QCOMPARE(
        results.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("not-probed"));
    QVERIFY(results.at(1).toObject().value(QStringLiteral("port")).isNull());
}

void tst_ProbeCli::dryRunTouchesNothing()
{
    const Result r = cli({QStringLiteral("probe"), m_plant, QStringLiteral("--as"), QStringLiteral("ws"),
        QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.status, 0);
    const QList<QStringList> rows = portolan::test::parseCsv(r.out);
    QCOMPARE(rows.size(), 26);
    int wouldTry = 0;
    const int detail = int(rows.value(0).indexOf(QStringLiteral("detail")));
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.at(3), QStringLiteral("not-probed"));
        if (row.at(detail).startsWith(QLatin1String("Dry run:")))
            ++wouldTry;
    }
    QCOMPARE(wouldTry, 12);
    QCOMPARE(synsSeen(), QString());

    // A project file names its revision.
    const QString project = m_dir.filePath(QStringLiteral("plant.portolan"));
    QCOMPARE(cli({QStringLiteral("export"), m_plant, QStringLiteral("--format"), QStringLiteral("portolan"),
                     QStringLiteral("--output"), project})
                 .status,
        0);
    const Result fromProject = cli({QStringLiteral("probe"), project, QStringLiteral("--as"),
        QStringLiteral("ws"), QStringLiteral("--dry-run")});
    QCOMPARE(fromProject.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(fromProject.out).object();
    QCOMPARE(root.value(QStringLiteral("revision")).toString(), QStringLiteral("1"));
    QCOMPARE(root.value(QStringLiteral("design_file")).toString(), QStringLiteral("plant.portolan"));
    QCOMPARE(synsSeen(), QString());
}

void tst_ProbeCli::warnsWhenThisMachineIsNotTheHost()
{
    // A copy of the plant where ws moved to 10.9.1.99, an address this machine does not have.
    QFile file(m_plant);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace("\"10.9.1.10\"", "\"10.9.1.99\"");
    const QString moved = m_dir.filePath(QStringLiteral("moved.json"));
    QFile out(moved);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    const Result r = cli({QStringLiteral("probe"), moved, QStringLiteral("--as"), QStringLiteral("ws"),
        QStringLiteral("--dry-run")});
    QCOMPARE(r.status, 0);
    QVERIFY2(
        r.err.startsWith(QLatin1String("portolan-cli probe: warning: None of this machine's addresses (")),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("is ws's address 10.9.1.99")), qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("host_address_on_machine")).toBool(), false);
    QCOMPARE(root.value(QStringLiteral("source_address")).toString(), QString());
    QCOMPARE(root.value(QStringLiteral("warnings")).toArray().size(), 1);
}

void tst_ProbeCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString plant = QFINDTESTDATA("data/plant.json");
    QTest::newRow("no --as") << QStringList {plant} << QStringLiteral("--as HOST is required");
    QTest::newRow("unknown host") << QStringList {plant, QStringLiteral("--as"), QStringLiteral("plc9")}
                                  << QStringLiteral("no host with the id or name \"plc9\"");
    QTest::newRow("timeout not a number") << QStringList {plant, QStringLiteral("--as"), QStringLiteral("ws"),
        QStringLiteral("--timeout"), QStringLiteral("1s")}
                                          << QStringLiteral("--timeout expects a whole number");
    QTest::newRow("rate too high") << QStringList {plant, QStringLiteral("--as"), QStringLiteral("ws"),
        QStringLiteral("--rate"), QStringLiteral("5000")}
                                   << QStringLiteral("The rate must be 1 to 1000");
    QTest::newRow("concurrency zero") << QStringList {plant, QStringLiteral("--as"), QStringLiteral("ws"),
        QStringLiteral("--concurrency"), QStringLiteral("0")}
                                      << QStringLiteral("The concurrency must be 1 to 256");
    QTest::newRow("pdf without output") << QStringList {plant, QStringLiteral("--as"), QStringLiteral("ws"),
        QStringLiteral("--format"), QStringLiteral("pdf")}
                                        << QStringLiteral("--output FILE is required for pdf");
    QTest::newRow("unreadable design") << QStringList {QStringLiteral("/nonexistent/plant.json"),
        QStringLiteral("--as"), QStringLiteral("ws")}
                                       << QStringLiteral("/nonexistent/plant.json");
}

void tst_ProbeCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = cli(QStringList {QStringLiteral("probe")} + arguments);
    QCOMPARE(r.status, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QLatin1String("portolan-cli probe: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(synsSeen(), QString());
}

void tst_ProbeCli::pdfReport()
{
    const QString path = m_dir.filePath(QStringLiteral("probe.pdf"));
    const Result r = cli({QStringLiteral("probe"), m_plant, QStringLiteral("--as"), QStringLiteral("ws"),
        QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--rate"), QStringLiteral("500"),
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), path});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text.waitForStarted(5000))
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text.waitForFinished(30000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdf.contains(QLatin1String("COMMISSIONING PROBE")), qPrintable(pdf));
    QVERIFY(pdf.contains(QLatin1String("Probe plant")));
    QVERIFY(pdf.contains(QLatin1String("10.9.1.10")));
    QVERIFY(pdf.contains(QLatin1String("vos.block.rsn")));
    QVERIFY(pdf.contains(QLatin1String("DIFFERENCE")));
    QVERIFY(pdf.contains(QLatin1String("Tested by")));
}

int main(int argc, char *argv[])
{
    portolan::netns::enterPrivateNetwork(&g_isolationFailure);
    QCoreApplication app(argc, argv);
    tst_ProbeCli test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_probecli.moc"
