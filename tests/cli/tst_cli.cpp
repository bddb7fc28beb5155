// portolan-cli as scripts use it: exit statuses, JSON and CSV output, errors on standard error.
#include "designbuilder.h"

#include <QJsonArray>
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

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void flowsJsonFollowsTheContract();
    void flowsCsvFollowsTheContract();
    void csvCellsAreSafeFromFormulas();
    void errorFindingsExitOne();
    void unreadableInputExitsTwo_data();
    void unreadableInputExitsTwo();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void validatePrintsFindingsOnly();
    void outputOption();
    void exportWritesJsonAndCsv();
    void diffReportsChanges();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
    QString m_example;
};

QString tst_Cli::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write test file");
    return file.fileName();
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_example = write(QStringLiteral("example.json"), InterchangeExample);
}

void tst_Cli::flowsJsonFollowsTheContract()
{
    const Run run = cli({QStringLiteral("flows"), m_example});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray flows = root.value(QStringLiteral("flows")).toArray();
    QCOMPARE(flows.size(), 2); // tcp 5481 and icmp, main to DMZ standby only
    const QJsonObject expected = QJsonDocument::fromJson(R"({ "source": "scada-a", "destination": "scada-d",
        "protocol": "tcp", "ports": "5481", "action": "allow", "service": "ClearSCADA server link",
        "rule": "clearscada.partner", "reference": "001_820c1577fabb1fcc.txt: Summary of Port Usage",
        "source_zone": "ot", "destination_zone": "dmz", "crosses_zones": true, "notes": "" })")
                                     .object();
    QCOMPARE(flows.at(0).toObject(), expected);
    const QJsonObject icmp = flows.at(1).toObject();
    QCOMPARE(icmp.value(QStringLiteral("protocol")).toString(), QStringLiteral("icmp"));
    QCOMPARE(icmp.value(QStringLiteral("ports")).toString(), QString());
    QVERIFY(root.value(QStringLiteral("findings")).toArray().isEmpty());
}

void tst_Cli::flowsCsvFollowsTheContract()
{
    const Run run
        = cli({QStringLiteral("flows"), sourcePath(QStringLiteral("resources/samples/riverside-plant.json")),
            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.status, 0);
    const QList<QStringList> rows = parseCsv(run.out);
    const QStringList header = rows.at(0);
    QCOMPARE(header.mid(0, 13),
        (QStringList {QStringLiteral("source"), QStringLiteral("destination"), QStringLiteral("protocol"),
            QStringLiteral("ports"), QStringLiteral("source_ports"), QStringLiteral("action"),
            QStringLiteral("service"), QStringLiteral("rule"), QStringLiteral("reference"),
            QStringLiteral("source_zone"), QStringLiteral("destination_zone"),
            QStringLiteral("crosses_zones"), QStringLiteral("notes")}));
    QVERIFY(run.out.endsWith("\r\n"));
    // The same rows as the JSON form, in the same order.
    const Run json = cli(
        {QStringLiteral("flows"), sourcePath(QStringLiteral("resources/samples/riverside-plant.json"))});
    const QJsonArray flows
        = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("flows")).toArray();
    QCOMPARE(rows.size() - 1, flows.size());
    for (int i = 0; i < flows.size(); ++i) {
        const QJsonObject flow = flows.at(i).toObject();
        for (int c = 0; c < 13; ++c) {
            const QJsonValue value = flow.value(header.at(c));
            const QString expected = value.isBool()
                ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : value.toString();
            QCOMPARE(rows.at(i + 1).at(c), expected);
        }
    }
    const auto ftp = std::find_if(rows.cbegin(), rows.cend(),
        [](const QStringList &row) { return row.at(7) == QLatin1String("vos.ftp-data"); });
    QVERIFY(ftp != rows.cend());
    QCOMPARE(ftp->at(4), QStringLiteral("20"));
    QCOMPARE(ftp->at(3), QStringLiteral("1024-65535"));
}

void tst_Cli::csvCellsAreSafeFromFormulas()
{
    const QString path = write(QStringLiteral("formula.json"), R"json({"hosts": [
        {"id": "p", "type": "pcns", "name": "=HYPERLINK(\"http://x\",\"y\")"},
        {"id": "n", "type": "nmc", "name": "+1, -2 \"quoted\"\nnext line"},
        {"id": "w", "type": "workstation", "name": "@SUM(A1)"}],
        "links": [{"a": "p", "b": "n"}, {"a": "w", "b": "p"}]})json");
    const Run run = cli({QStringLiteral("flows"), path, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.status, 0);
    const QList<QStringList> rows = parseCsv(run.out);
    QSet<QString> names;
    for (const QStringList &row : rows.mid(1)) {
        names.insert(row.at(13));
        names.insert(row.at(15));
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
        }
    }
    QVERIFY(names.contains(QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")")));
    QVERIFY(names.contains(QStringLiteral("'+1, -2 \"quoted\"\nnext line")));
    QVERIFY(names.contains(QStringLiteral("'@SUM(A1)")));
}

void tst_Cli::errorFindingsExitOne()
{
    const QString path = write(QStringLiteral("error.json"), R"({"hosts": [
        {"id": "n", "type": "nmc", "params": {"port": "abc"}}, {"id": "x", "type": "nio"}],
        "links": [{"a": "n", "b": "x"}]})");
    for (const QString &command : {QStringLiteral("flows"), QStringLiteral("validate")}) {
        const Run run = cli({command, path});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(path + QStringLiteral(": error: Host \"n\": parameter \"port\"")),
            qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Link 0 (n - x): the catalog gives no meaning")));
        const QJsonArray findings
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("hosts")).toArray(),
            QJsonArray {QStringLiteral("n")});
    }
}

void tst_Cli::unreadableInputExitsTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << "cannot be opened";
    QTest::newRow("malformed") << QByteArray("{\"hosts\": [\n  {\"id\": \"p\",, }]}") << "line 2, column";
    QTest::newRow("unknown type") << QByteArray(R"({"hosts": [{"id": "p", "type": "toaster"}]})")
                                  << "host \"p\": unknown host type \"toaster\"";
}

void tst_Cli::unreadableInputExitsTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = content.isEmpty() ? m_dir.filePath(QStringLiteral("absent.json"))
                                           : write(QStringLiteral("bad.json"), content);
    for (const QString &command : {QStringLiteral("flows"), QStringLiteral("validate")}) {
        const Run run = cli({command, path});
        QCOMPARE(run.status, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(path) && run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
}

void tst_Cli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {QStringLiteral("draw")};
    QTest::newRow("no design") << QStringList {QStringLiteral("flows")};
    QTest::newRow("two designs") << QStringList {
        QStringLiteral("flows"), QStringLiteral("a.json"), QStringLiteral("b.json")};
    QTest::newRow("unknown option") << QStringList {
        QStringLiteral("flows"), QStringLiteral("--colour"), QStringLiteral("a.json")};
    QTest::newRow("unknown format") << QStringList {
        QStringLiteral("flows"), QStringLiteral("a.json"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("export without output") << QStringList {QStringLiteral("export"), QStringLiteral("a.json"),
        QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("export unknown format") << QStringList {QStringLiteral("export"), QStringLiteral("a.json"),
        QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("--output"), QStringLiteral("x")};
    QTest::newRow("diff with one design") << QStringList {QStringLiteral("diff"), QStringLiteral("a.json")};
}

void tst_Cli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void tst_Cli::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::newRow("program") << QStringList {QStringLiteral("--help")} << "Usage: portolan-cli COMMAND";
    QTest::newRow("flows") << QStringList {QStringLiteral("flows"), QStringLiteral("--help")}
                           << "portolan-cli flows [options] DESIGN";
    QTest::newRow("validate") << QStringList {QStringLiteral("validate"), QStringLiteral("-h")}
                              << "portolan-cli validate [options] DESIGN";
    QTest::newRow("export") << QStringList {QStringLiteral("export"), QStringLiteral("--help")}
                            << "portolan-cli export [options] DESIGN";
    QTest::newRow("diff") << QStringList {QStringLiteral("diff"), QStringLiteral("--help")}
                          << "portolan-cli diff [options] OLD NEW";
}

void tst_Cli::helpOnEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run run = cli(arguments);
    QCOMPARE(run.status, 0);
    // The usage line names the command, never the path the program was started from.
    QVERIFY2(QString::fromUtf8(run.out).startsWith(
                 QStringLiteral("Usage: ") + usage.section(QLatin1String("Usage: "), -1)),
        run.out.constData());
}

void tst_Cli::validatePrintsFindingsOnly()
{
    const Run run = cli(
        {QStringLiteral("validate"), sourcePath(QStringLiteral("resources/samples/riverside-plant.json"))});
    QCOMPARE(run.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.keys(), QStringList {QStringLiteral("findings")});
    QStringList rules;
    for (const QJsonValue &finding : root.value(QStringLiteral("findings")).toArray())
        rules.append(finding.toObject().value(QStringLiteral("rule")).toString());
    QVERIFY(rules.contains(QStringLiteral("pcns.nmc-http")));
    QVERIFY(rules.contains(QStringLiteral("tippingpoint.tls-deprecated")));
}

void tst_Cli::outputOption()
{
    const QString output = m_dir.filePath(QStringLiteral("flows.csv"));
    const Run run = cli({QStringLiteral("flows"), m_example, QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--output"), output});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(parseCsv(file.readAll()).size(), 3);
}

void tst_Cli::exportWritesJsonAndCsv()
{
    const QString json = m_dir.filePath(QStringLiteral("copy.json"));
    QCOMPARE(cli({QStringLiteral("export"), m_example, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--output"), json})
                 .status,
        0);
    // The exported design derives the same flows as the original.
    QCOMPARE(cli({QStringLiteral("flows"), json}).out, cli({QStringLiteral("flows"), m_example}).out);
    const QString csv = m_dir.filePath(QStringLiteral("matrix.csv"));
    QCOMPARE(cli({QStringLiteral("export"), m_example, QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--output"), csv})
                 .status,
        0);
    QVERIFY(QFile::exists(csv));
    const Run failed
        = cli({QStringLiteral("export"), m_example, QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--output"), m_dir.filePath(QStringLiteral("no/such/folder/x.csv"))});
    QCOMPARE(failed.status, 2);
    QVERIFY(failed.err.contains(QLatin1String("no/such/folder/x.csv")));
}

void tst_Cli::diffReportsChanges()
{
    const Run same = cli({QStringLiteral("diff"), m_example, m_example});
    QCOMPARE(same.status, 0);
    QByteArray changed = InterchangeExample;
    changed.replace(R"("params": { "port": 5481 })", R"("params": { "port": 5500 })");
    changed.replace(
        R"("address": "172.20.0.5" })", R"("address": "172.20.0.5", "params": { "port": 5500 } })");
    changed.replace(R"("links": [ { "a": "scada-a", "b": "scada-d", "params": {} } ])", R"("links": [ ])");
    const QString after = write(QStringLiteral("after.json"), changed);
    const Run run = cli({QStringLiteral("diff"), m_example, after});
    QCOMPARE(run.status, 1);
    const QJsonObject diff = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(diff.value(QStringLiteral("removed")).toArray().size(), 2);
    QCOMPARE(diff.value(QStringLiteral("added")).toArray().size(), 0);
    const Run csv
        = cli({QStringLiteral("diff"), after, m_example, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.status, 1);
    const QList<QStringList> rows = parseCsv(csv.out);
    QStringList kinds;
    for (const QStringList &row : rows.mid(1))
        kinds << row.at(0);
    QCOMPARE(kinds.count(QStringLiteral("added")), 2);
    QCOMPARE(kinds.count(QStringLiteral("removed")), 0);
    QVERIFY(kinds.contains(QStringLiteral("design change")));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
