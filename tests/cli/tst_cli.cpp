// portolan-cli as scripts use it: exit statuses, JSON and CSV output, errors on standard error.
#include "designbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    void everyCommandIsCoveredByTheUsageTests();
    void misusedOptionExitsTwoNamingIt_data();
    void misusedOptionExitsTwoNamingIt();
    void formulaCellsAreTextInEveryCsv();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void validatePrintsFindingsOnly();
    void outputOption();
    void exportWritesJsonAndCsv();
    void diffReportsChanges();
    void layoutPlacesWithoutChangingAnythingElse();

private:
    QString write(const QString &name, const QByteArray &content);
    /// A run of COMMAND that succeeds on designs that exist; OUTPUT is the file it writes, if any.
    QStringList validRun(const QString &command, const QString &output) const;
    QTemporaryDir m_dir;
    QString m_example;
    QString m_request; ///< a change request the example design justifies
    QString m_inventory; ///< a host inventory that imports into the example design
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
    m_request = write(QStringLiteral("request.csv"),
        "id,source,destination,protocol,ports\nCR-1,scada-a,scada-d,tcp,5481\n");
    m_inventory
        = write(QStringLiteral("inventory.csv"), "name,type,address\nWS-1,workstation,192.168.10.40\n");
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
    // The interchange example, row by row as the contract and the catalog say: the main server
    // reaches the DMZ standby on its port and polls it, and nothing comes back.
    const Run run
        = cli({QStringLiteral("flows"), m_example, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(run.out),
        QStringLiteral(
            "source,destination,protocol,ports,source_ports,action,service,rule,reference,source_zone,"
            "destination_zone,crosses_zones,notes,source_name,source_address,destination_name,"
            "destination_address\r\n"
            "scada-a,scada-d,tcp,5481,,allow,ClearSCADA server link,clearscada.partner,"
            "001_820c1577fabb1fcc.txt: Summary of Port Usage,ot,dmz,true,,SCADA-A,192.168.10.11,SCADA-DMZ,"
            "172.20.0.5\r\n"
            "scada-a,scada-d,icmp,,,allow,ClearSCADA partner hardware status poll,clearscada.hardware-poll,"
            "\"001_820c1577fabb1fcc.txt: Server to Server connections, Note on DMZ Permanent Standby "
            "Servers\","
            "ot,dmz,true,One way: the DMZ permanent standby never connects or polls "
            "back.,SCADA-A,192.168.10.11,"
            "SCADA-DMZ,172.20.0.5\r\n"));

    // The sample plant: a fixed source port in its own column, a quoted cell read back whole.
    const Run sample
        = cli({QStringLiteral("flows"), sourcePath(QStringLiteral("resources/samples/riverside-plant.json")),
            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(sample.status, 0);
    const QList<QStringList> rows = parseCsv(sample.out);
    QVERIFY(rows.size() > 20);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 17);
    const auto ftp = std::find_if(rows.cbegin(), rows.cend(),
        [](const QStringList &row) { return row.at(7) == QLatin1String("vos.ftp-data"); });
    QVERIFY(ftp != rows.cend());
    QCOMPARE(ftp->mid(2, 4),
        (QStringList {QStringLiteral("tcp"), QStringLiteral("1024-65535"), QStringLiteral("20"),
            QStringLiteral("allow")}));
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
    // DESIGN stands for a design that exists and reads, so only the usage can be wrong.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the one error line says
    QTest::newRow("no command") << QStringList {} << "no command given";
    QTest::newRow("unknown command") << QStringList {QStringLiteral("draw"), QStringLiteral("DESIGN")}
                                     << "unknown command \"draw\"";
    QTest::newRow("no design") << QStringList {QStringLiteral("flows")} << "expects 1 file argument";
    QTest::newRow("two designs") << QStringList {QStringLiteral("flows"), QStringLiteral("DESIGN"),
        QStringLiteral("DESIGN")} << "expects 1 file argument";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("flows"), QStringLiteral("--colour"),
        QStringLiteral("DESIGN")} << "'colour'";
    QTest::newRow("unknown format") << QStringList {QStringLiteral("flows"), QStringLiteral("DESIGN"),
        QStringLiteral("--format"), QStringLiteral("xml")}
                                    << "unknown format \"xml\"";
    QTest::newRow("export without output") << QStringList {QStringLiteral("export"), QStringLiteral("DESIGN"),
        QStringLiteral("--format"), QStringLiteral("csv")}
                                           << "--output FILE is required";
    QTest::newRow("export unknown format") << QStringList {QStringLiteral("export"), QStringLiteral("DESIGN"),
        QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("--output"), QStringLiteral("x")}
                                           << "unknown format \"doc\"";
    QTest::newRow("diff with one design")
        << QStringList {QStringLiteral("diff"), QStringLiteral("DESIGN")} << "expects 2 file argument";
    QTest::newRow("import without output")
        << QStringList {QStringLiteral("import"), QStringLiteral("DESIGN")} << "--output FILE is required";
    QTest::newRow("import without inventory")
        << QStringList {QStringLiteral("import"), QStringLiteral("--output"), QStringLiteral("x.json")}
        << "expects 1 file argument";
    QTest::newRow("import into a design that does not exist") << QStringList {QStringLiteral("import"),
        QStringLiteral("DESIGN"), QStringLiteral("--into"), QStringLiteral("absent.json"),
        QStringLiteral("--output"), QStringLiteral("x.json")} << "absent.json";
    QTest::newRow("layout without output") << QStringList {QStringLiteral("layout"), QStringLiteral("DESIGN"),
        QStringLiteral("--all")} << "--output DESIGN.json is required";
    QTest::newRow("layout of two designs") << QStringList {QStringLiteral("layout"), QStringLiteral("DESIGN"),
        QStringLiteral("DESIGN"), QStringLiteral("--output"), QStringLiteral("x.json")}
                                           << "expects 1 file argument";
    QTest::newRow("layout --output without its value")
        << QStringList {QStringLiteral("layout"), QStringLiteral("DESIGN"), QStringLiteral("--output")}
        << "'--output'";
    QTest::newRow("validate with two designs")
        << QStringList {QStringLiteral("validate"), QStringLiteral("DESIGN"), QStringLiteral("DESIGN")}
        << "expects 1 file argument";
}

void tst_Cli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DESIGN$")), m_example);
    const Run run = cli(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(
        run.err.startsWith(QLatin1String("portolan-cli")) && run.err.contains(named), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line, never the whole usage
}

/// The commands `portolan-cli --help` lists.
QStringList listedCommands()
{
    const Run run = cli({QStringLiteral("--help")});
    QStringList commands;
    bool inCommands = false;
    for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
        } else if (inCommands && line.isEmpty()) {
            break;
        } else if (inCommands && line.startsWith(QLatin1String("  ")) && line.at(2).isLetter()) {
            commands.append(line.mid(2).section(QLatin1Char(' '), 0, 0));
        }
    }
    return commands;
}

QStringList tst_Cli::validRun(const QString &command, const QString &output) const
{
    if (command == QLatin1String("flows"))
        return {command, m_example, QStringLiteral("--output"), output};
    if (command == QLatin1String("validate"))
        return {command, m_example};
    if (command == QLatin1String("export"))
        return {command, m_example, QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--output"), output};
    if (command == QLatin1String("diff"))
        return {command, m_example, m_example, QStringLiteral("--output"), output};
    if (command == QLatin1String("review"))
        return {command, m_example, m_request, QStringLiteral("--output"), output};
    if (command == QLatin1String("import"))
        return {
            command, m_inventory, QStringLiteral("--into"), m_example, QStringLiteral("--output"), output};
    if (command == QLatin1String("layout"))
        return {command, m_example, QStringLiteral("--output"), output};
    if (command == QLatin1String("probe")) // --dry-run: lists the probes, touches no network
        return {command, m_example, QStringLiteral("--as"), QStringLiteral("scada-a"),
            QStringLiteral("--dry-run"), QStringLiteral("--output"), output};
    return {};
}

void tst_Cli::everyCommandIsCoveredByTheUsageTests()
{
    const QStringList commands = listedCommands();
    QVERIFY2(commands.size() >= 4 && commands.contains(QStringLiteral("flows")),
        qPrintable(commands.join(QLatin1Char(' '))));
    for (const QString &command : commands) {
        QVERIFY2(!validRun(command, QString()).isEmpty(),
            qPrintable(QStringLiteral("--help lists \"%1\": give it a valid run in tst_Cli::validRun")
                           .arg(command)));
    }
}

void tst_Cli::misusedOptionExitsTwoNamingIt_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("where"); // 1: right after the command name; -1: at the end
    QTest::addColumn<QString>("named"); // what the one error line must name
    for (const QString &command : listedCommands()) {
        const QByteArray c = command.toUtf8();
        QTest::addRow("%s: unknown option first", c.constData()) << command << "--colour" << 1 << "'colour'";
        QTest::addRow("%s: unknown option last", c.constData())
            << command << "--colour=red" << -1 << "'colour'";
        QTest::addRow("%s: unknown short option", c.constData()) << command << "-z" << -1 << "'z'";
        // An option of another command (or of a command to come) is unknown here.
        const QString help = QString::fromUtf8(cli({command, QStringLiteral("--help")}).out);
        for (const char *other : {"--bom", "--page-size", "--complete", "--into", "--as"}) {
            const QString name = QLatin1String(other);
            if (!help.contains(name + QLatin1Char(' ')) && !help.contains(name + QLatin1Char('\n'))
                && !help.contains(name + QLatin1Char('='))) {
                QTest::addRow("%s: option of another command (%s)", c.constData(), other)
                    << command << name << -1 << QStringLiteral("'%1'").arg(name.mid(2));
                break;
            }
        }
        if (help.contains(QLatin1String("--output <FILE>")))
            QTest::addRow("%s: --output without its value", c.constData())
                << command << "--output" << -1 << "'--output'";
    }
}

void tst_Cli::misusedOptionExitsTwoNamingIt()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    QFETCH(int, where);
    QFETCH(QString, named);
    // Without the option, the same run on designs that exist succeeds: only the option can be wrong.
    const QString output = m_dir.filePath(QStringLiteral("usage-%1.out").arg(command));
    QStringList arguments = validRun(command, output);
    QVERIFY(!arguments.isEmpty());
    QFile::remove(output);
    const Run valid = cli(arguments);
    QVERIFY2(valid.status == 0, qPrintable(valid.err));
    QFile::remove(output);

    if (option == QLatin1String("--output")) {
        // A value-taking option at the end: drop the valid run's own --output FILE first.
        const qsizetype at = arguments.indexOf(QStringLiteral("--output"));
        if (at >= 0)
            arguments.remove(at, 2);
    }
    arguments.insert(where < 0 ? arguments.size() : where, option);
    const Run run = cli(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("portolan-cli %1: ").arg(command)), qPrintable(run.err));
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line, never the whole usage
    QVERIFY(!QFile::exists(output));
}

void tst_Cli::formulaCellsAreTextInEveryCsv()
{
    // Every character a spreadsheet starts a formula with, in host names and zone names.
    const QStringList dangerous {QStringLiteral("=1+2"), QStringLiteral("+1+2"),
        QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tTAB()"),
        QStringLiteral("\rCR()")};
    const QString design = write(QStringLiteral("formula-all.json"), R"json({"name": "=DESIGN()",
        "zones": [{"id": "z1", "name": "=ZONE()"}, {"id": "z2", "name": "-ZONE()"},
                  {"id": "z3", "name": "@ZONE()"}],
        "hosts": [
            {"id": "p", "type": "pcns", "name": "=1+2", "zone": "z1"},
            {"id": "n", "type": "nmc", "name": "+1+2", "zone": "z2"},
            {"id": "w", "type": "workstation", "name": "-2+3+cmd|' /C calc'!A0", "zone": "z1"},
            {"id": "m", "type": "clearscada-main", "name": "@SUM(A1)", "zone": "z3"},
            {"id": "s", "type": "clearscada-standby", "name": "\tTAB()", "zone": "z3"},
            {"id": "d", "type": "clearscada-dmz-standby", "name": "\rCR()", "zone": "z2"}],
        "links": [{"a": "p", "b": "n"}, {"a": "w", "b": "p"}, {"a": "m", "b": "s"}, {"a": "m", "b": "d"}]})json");
    const QString empty = write(QStringLiteral("formula-empty.json"), R"({"hosts": []})");
    const QString exported = m_dir.filePath(QStringLiteral("formula-matrix.csv"));
    QCOMPARE(cli({QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--output"), exported})
                 .status,
        0);
    QFile exportFile(exported);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));

    const Run flows
        = cli({QStringLiteral("flows"), design, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(flows.status, 0);
    const Run diff
        = cli({QStringLiteral("diff"), empty, design, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(diff.status, 1);
    // The probe's plan from the host named "=1+2": its flow to the host named "+1+2", in a design
    // named "=DESIGN()".
    const Run probe = cli({QStringLiteral("probe"), design, QStringLiteral("--as"), QStringLiteral("p"),
        QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(probe.status == 0, qPrintable(probe.err));
    const QList<QPair<QString, QByteArray>> csvs {{QStringLiteral("flows --format csv"), flows.out},
        {QStringLiteral("export --format csv"), exportFile.readAll()},
        {QStringLiteral("diff --format csv"), diff.out}, {QStringLiteral("probe --format csv"), probe.out}};
    for (const auto &[what, data] : csvs) {
        const bool probing = what.startsWith(QLatin1String("probe"));
        const QList<QStringList> rows = parseCsv(data);
        QVERIFY2(rows.size() > (probing ? 1 : 10), qPrintable(what));
        QSet<QString> cells;
        for (const QStringList &row : rows) {
            for (const QString &cell : row) {
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                    qPrintable(what + QStringLiteral(": ") + cell));
                cells.insert(cell);
            }
        }
        // Each name is there, as text: an apostrophe first, the name whole after it.
        for (const QString &name :
            probing ? QStringList {dangerous.at(1), QStringLiteral("=DESIGN()")} : dangerous)
            QVERIFY2(
                cells.contains(QLatin1Char('\'') + name), qPrintable(what + QStringLiteral(": ") + name));
    }
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
    QTest::newRow("import") << QStringList {QStringLiteral("import"), QStringLiteral("--help")}
                            << "portolan-cli import [options] INVENTORY";
    QTest::newRow("layout") << QStringList {QStringLiteral("layout"), QStringLiteral("--help")}
                            << "portolan-cli layout [options] DESIGN";
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
    // The matrix as a firewall reviewer reads it: by zone pair, names and addresses, yes/no.
    QFile matrix(csv);
    QVERIFY(matrix.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(matrix.readAll());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0),
        (QStringList {QStringLiteral("Zone pair"), QStringLiteral("Source zone"),
            QStringLiteral("Destination zone"), QStringLiteral("Source"), QStringLiteral("Source address"),
            QStringLiteral("Destination"), QStringLiteral("Destination address"), QStringLiteral("Protocol"),
            QStringLiteral("Ports"), QStringLiteral("Source ports"), QStringLiteral("Action"),
            QStringLiteral("Service"), QStringLiteral("Rule"), QStringLiteral("Reference"),
            QStringLiteral("Crosses firewall"), QStringLiteral("Notes"), QStringLiteral("Source id"),
            QStringLiteral("Destination id")}));
    const QStringList host {QStringLiteral("Control network -> OT DMZ"), QStringLiteral("Control network"),
        QStringLiteral("OT DMZ"), QStringLiteral("SCADA-A"), QStringLiteral("192.168.10.11"),
        QStringLiteral("SCADA-DMZ"), QStringLiteral("172.20.0.5")};
    QCOMPARE(rows.at(1),
        (host
            + QStringList {QStringLiteral("tcp"), QStringLiteral("5481"), QString(), QStringLiteral("allow"),
                QStringLiteral("ClearSCADA server link"), QStringLiteral("clearscada.partner"),
                QStringLiteral("001_820c1577fabb1fcc.txt: Summary of Port Usage"), QStringLiteral("yes"),
                QString(), QStringLiteral("scada-a"), QStringLiteral("scada-d")}));
    QCOMPARE(rows.at(2),
        (host
            + QStringList {QStringLiteral("icmp"), QString(), QString(), QStringLiteral("allow"),
                QStringLiteral("ClearSCADA partner hardware status poll"),
                QStringLiteral("clearscada.hardware-poll"),
                QStringLiteral(
                    "001_820c1577fabb1fcc.txt: Server to Server connections, Note on DMZ Permanent "
                    "Standby Servers"),
                QStringLiteral("yes"),
                QStringLiteral("One way: the DMZ permanent standby never connects or polls back."),
                QStringLiteral("scada-a"), QStringLiteral("scada-d")}));
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

    // Only the DMZ standby's port moves: the server link is changed, from 5481 to 5500, not removed
    // and added; the icmp poll is the same.
    QByteArray moved = InterchangeExample;
    moved.replace(R"("address": "172.20.0.5" })", R"("address": "172.20.0.5", "params": { "port": 5500 } })");
    const Run port = cli({QStringLiteral("diff"), m_example, write(QStringLiteral("moved.json"), moved)});
    QCOMPARE(port.status, 1);
    const QJsonObject portDiff = QJsonDocument::fromJson(port.out).object();
    QCOMPARE(portDiff.value(QStringLiteral("added")).toArray().size(), 0);
    QCOMPARE(portDiff.value(QStringLiteral("removed")).toArray().size(), 0);
    const QJsonArray changes = portDiff.value(QStringLiteral("changed")).toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject was = changes.at(0).toObject().value(QStringLiteral("before")).toObject();
    const QJsonObject now = changes.at(0).toObject().value(QStringLiteral("after")).toObject();
    QCOMPARE(was.value(QStringLiteral("rule")).toString(), QStringLiteral("clearscada.partner"));
    QCOMPARE(was.value(QStringLiteral("ports")).toString(), QStringLiteral("5481"));
    QCOMPARE(now.value(QStringLiteral("ports")).toString(), QStringLiteral("5500"));
}

namespace {

/// The design JSON without its coordinates: the zones' x, y, width and height, the hosts' x and y.
QJsonObject withoutPlaces(QJsonObject design)
{
    for (const char *list : {"zones", "hosts"}) {
        QJsonArray objects = design.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < objects.size(); ++i) {
            QJsonObject object = objects.at(i).toObject();
            for (const char *key : {"x", "y", "width", "height"})
                object.remove(QLatin1String(key));
            objects[i] = object;
        }
        design.insert(QLatin1String(list), objects);
    }
    return design;
}

QRectF placeOf(const QJsonObject &object, qreal width, qreal height)
{
    const double x = object.value(QStringLiteral("x")).toDouble(qQNaN());
    const double y = object.value(QStringLiteral("y")).toDouble(qQNaN());
    if (width > 0) // a host: x and y are the card's centre
        return QRectF(x - width / 2, y - height / 2, width, height);
    return QRectF(x, y, object.value(QStringLiteral("width")).toDouble(),
        object.value(QStringLiteral("height")).toDouble());
}

} // namespace

void tst_Cli::layoutPlacesWithoutChangingAnythingElse()
{
    // The example gives SCADA-A coordinates and nothing else a place.
    const QJsonObject input = QJsonDocument::fromJson(InterchangeExample).object();
    for (const bool all : {false, true}) {
        const QString output = m_dir.filePath(QStringLiteral("placed-%1.json").arg(all));
        QStringList arguments {QStringLiteral("layout"), m_example, QStringLiteral("--output"), output};
        if (all)
            arguments.append(QStringLiteral("--all"));
        const Run run = cli(arguments);
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject placed = QJsonDocument::fromJson(file.readAll()).object();
        // Read back, the design is the input but for the places.
        QCOMPARE(withoutPlaces(placed), withoutPlaces(input));

        const QJsonArray zones = placed.value(QStringLiteral("zones")).toArray();
        const QJsonArray hosts = placed.value(QStringLiteral("hosts")).toArray();
        const QRectF ot = placeOf(zones.at(0).toObject(), 0, 0);
        const QRectF dmz = placeOf(zones.at(1).toObject(), 0, 0);
        const QRectF scadaA = placeOf(hosts.at(0).toObject(), 128, 72);
        const QRectF scadaD = placeOf(hosts.at(1).toObject(), 128, 72);
        QVERIFY(!ot.isEmpty() && !dmz.isEmpty());
        QVERIFY(!ot.intersects(dmz));
        QVERIFY(ot.contains(scadaA));
        QVERIFY(dmz.contains(scadaD));
        // Without --all, SCADA-A keeps the place it had; with it, it is placed anew.
        QCOMPARE(scadaA.center() == QPointF(120, 80), !all);
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
