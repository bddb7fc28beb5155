// The text exports: the CSV matrix read back with an RFC 4180 parser, the rule sets checked line
// by line and by the real validators (nft -c, iptables-restore --test), and the CLI's statuses.
#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "export/rulesetplan.h"
#include "storage/designfile.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace portolan;

namespace {

/** A strict RFC 4180 reader: quoted cells, doubled quotes, CRLF rows; fails on stray quotes. */
bool parseCsv(const QByteArray &bytes, QList<QStringList> *rows)
{
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || wasQuoted)
                return false;
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false;
            row << cell;
            rows->append(row);
            row.clear();
            cell.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            return false; // bare LF outside quotes: not RFC 4180
        } else {
            if (wasQuoted)
                return false;
            cell += c;
        }
    }
    return !quoted && cell.isEmpty() && row.isEmpty();
}

struct Loaded
{
    Design design;
    Derivation derivation;
};

QString sample()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/riverside-plant.json");
}
QString small()
{
    return QFINDTESTDATA("data/small.json");
}

Loaded load(const QString &path)
{
    static const RuleEngine engine;
    Loaded loaded;
    QString error;
    if (!DesignFile::load(path, engine.catalog(), &loaded.design, &error))
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(error));
    loaded.derivation = engine.derive(loaded.design);
    return loaded;
}

QByteArray render(
    const QString &format, const Loaded &loaded, const ExportOptions &options = {}, QString *error = nullptr)
{
    QByteArray data;
    QString message;
    const ExportInput input {loaded.design, loaded.derivation, options};
    if (!ExportFormat::find(format)->render(input, &data, &message)) {
        if (error)
            *error = message;
        return QByteArray();
    }
    return data;
}

/// The lines that are rules, without comments and blank lines.
QStringList ruleLines(const QByteArray &text, const QString &commentMarker)
{
    QStringList result;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(commentMarker))
            result << trimmed;
    }
    return result;
}

int run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class tst_TextExports : public QObject
{
    Q_OBJECT

private slots:
    void formatsAreRegistered();
    void csvMatrixReadsBack();
    void csvByteOrderMarkAndFormulaSafety();
    void nftablesExactRules();
    void iptablesExactRules();
    void asaExactRules();
    void missingAddressesAreListed();
    void placeholdersAreMarked();
    void intraZoneFlowsOnRequest();
    void blockRowsDifferingInNotesMerge();
    void nftValidatorAccepts_data();
    void nftValidatorAccepts();
    void iptablesValidatorAccepts_data();
    void iptablesValidatorAccepts();
    void cliExitStatuses();
    void textExportsNeedNoDisplay();
};

void tst_TextExports::formatsAreRegistered()
{
    for (const char *id : {"csv", "nft", "iptables", "asa", "json"})
        QVERIFY2(ExportFormat::find(QLatin1String(id)), id);
}

void tst_TextExports::csvMatrixReadsBack()
{
    const Loaded loaded = load(sample());
    QList<QStringList> rows;
    QVERIFY(parseCsv(render(QStringLiteral("csv"), loaded), &rows));
    QCOMPARE(rows.size(), loaded.derivation.flows.size() + 1);
    const QStringList header = rows.takeFirst();
    QCOMPARE(header.mid(0, 8),
        (QStringList {QStringLiteral("Zone pair"), QStringLiteral("Source zone"),
            QStringLiteral("Destination zone"), QStringLiteral("Source"), QStringLiteral("Source address"),
            QStringLiteral("Destination"), QStringLiteral("Destination address"),
            QStringLiteral("Protocol")}));
    for (const QStringList &row : std::as_const(rows))
        QCOMPARE(row.size(), header.size());

    // Sorted by zone pair in the design's zone order; block rows from any source last; each pair
    // one contiguous run.
    QStringList zoneNames;
    for (const Zone &zone : loaded.design.zones())
        zoneNames << zone.name;
    QStringList seenPairs;
    bool inBlocks = false;
    std::pair<int, int> previous(-1, -1);
    for (const QStringList &row : std::as_const(rows)) {
        if (seenPairs.isEmpty() || seenPairs.last() != row.at(0)) {
            QVERIFY2(!seenPairs.contains(row.at(0)), qPrintable(row.at(0)));
            seenPairs << row.at(0);
        }
        const bool block = row.at(10) == QLatin1String("block");
        QVERIFY2(!inBlocks || block, "an allow row after the block rows");
        if (block) {
            QCOMPARE(row.at(3), QStringLiteral("any"));
            inBlocks = true;
            continue;
        }
        const std::pair<int, int> rank(int(zoneNames.indexOf(row.at(1))), int(zoneNames.indexOf(row.at(2))));
        QVERIFY2(rank >= previous, qPrintable(row.join(QLatin1Char(','))));
        previous = rank;
    }
    QVERIFY(inBlocks);
    QVERIFY(seenPairs.contains(QStringLiteral("Control network -> OT DMZ")));

    // One known row, whole: names, addresses, ports and reference.
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &row) {
        return row.at(16) == QLatin1String("scada-a") && row.at(17) == QLatin1String("scada-dmz")
            && row.at(7) == QLatin1String("tcp");
    });
    QVERIFY(found != rows.cend());
    QCOMPARE(found->at(3), QStringLiteral("SCADA-A"));
    QCOMPARE(found->at(4), QStringLiteral("192.168.10.11"));
    QCOMPARE(found->at(6), QStringLiteral("172.20.0.5"));
    QCOMPARE(found->at(8), QStringLiteral("5481"));
    QCOMPARE(found->at(14), QStringLiteral("yes"));
    // Flows within one zone stay in the matrix, marked as not crossing.
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
        [](const QStringList &row) { return row.at(14).startsWith(QLatin1String("no")); }));
}

void tst_TextExports::csvByteOrderMarkAndFormulaSafety()
{
    Loaded loaded = load(small());
    Host host = loaded.design.hosts().at(0);
    host.name = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    loaded.design.setHost(0, host);
    host = loaded.design.hosts().at(1);
    host.name = QStringLiteral("@SUM(1+1), \"quoted\"");
    loaded.design.setHost(1, host);
    ExportOptions options;
    QVERIFY(!render(QStringLiteral("csv"), loaded).startsWith("\xEF\xBB\xBF"));
    options.byteOrderMark = true;
    const QByteArray data = render(QStringLiteral("csv"), loaded, options);
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> rows;
    QVERIFY(parseCsv(data.mid(3), &rows));
    bool sawFormula = false;
    bool sawAt = false;
    for (const QStringList &row : std::as_const(rows)) {
        for (const QString &cell : row) {
            QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+'))
                    && !cell.startsWith(QLatin1Char('-')) && !cell.startsWith(QLatin1Char('@')),
                qPrintable(cell));
        }
        sawFormula = sawFormula || row.at(3) == QLatin1String("'=HYPERLINK(\"http://x\",\"y\")");
        sawAt = sawAt || row.at(5) == QLatin1String("'@SUM(1+1), \"quoted\"");
    }
    QVERIFY(sawFormula);
    QVERIFY(sawAt);
}

void tst_TextExports::nftablesExactRules()
{
    const QStringList lines = ruleLines(render(QStringLiteral("nft"), load(small())), QStringLiteral("#"));
    const QStringList expected = {
        QStringLiteral("table inet portolan"),
        QStringLiteral("delete table inet portolan"),
        QStringLiteral("table inet portolan {"),
        QStringLiteral("set cell_vos_module {"),
        QStringLiteral("type ipv4_addr"),
        QStringLiteral("elements = { 10.2.0.31, 10.2.0.32 }"),
        QStringLiteral("}"),
        QStringLiteral("chain forward {"),
        QStringLiteral("type filter hook forward priority filter; policy drop;"),
        QStringLiteral("ct state established,related accept"),
        QStringLiteral("ct state invalid drop"),
        QStringLiteral(
            "ip saddr 10.1.0.21 ip daddr @cell_vos_module tcp dport 21 accept comment \"vos.ftp\""),
        QStringLiteral(
            "ip saddr 10.1.0.21 ip daddr @cell_vos_module tcp dport 22 accept comment \"vos.ssh\""),
        QStringLiteral(
            "ip saddr 10.1.0.21 ip daddr @cell_vos_module tcp dport 23 accept comment \"vos.telnet\""),
        QStringLiteral("ip saddr @cell_vos_module ip daddr 10.1.0.21 tcp sport 20 tcp dport 1024-65535 "
                       "accept comment \"vos.ftp-data\""),
        QStringLiteral("ip saddr != { 10.2.0.0/24 } ip daddr @cell_vos_module tcp dport { 7, 9, 13, 19, 37 } "
                       "drop comment \"vos.block.tiny-services\""),
        QStringLiteral("ip saddr != { 10.2.0.0/24 } ip daddr @cell_vos_module tcp dport 85 drop comment "
                       "\"vos.block.rsn\""),
        QStringLiteral("ip saddr != { 10.2.0.0/24 } ip daddr @cell_vos_module udp dport { 7, 9, 13, 19, 37 } "
                       "drop comment \"vos.block.tiny-services\""),
        QStringLiteral("ip saddr != { 10.2.0.0/24 } ip daddr @cell_vos_module udp dport 67 drop comment "
                       "\"vos.block.bootp\""),
        QStringLiteral("ip saddr != { 10.2.0.0/24 } ip daddr @cell_vos_module udp dport 69 drop comment "
                       "\"vos.block.tftp\""),
        QStringLiteral("ip saddr != { 10.2.0.0/24 } ip daddr @cell_vos_module udp dport 29000 drop comment "
                       "\"vos.block.sync-configd\""),
        QStringLiteral("}"),
        QStringLiteral("}"),
    };
    QCOMPARE(lines, expected);
}

void tst_TextExports::iptablesExactRules()
{
    const QByteArray text = render(QStringLiteral("iptables"), load(small()));
    const QStringList lines = ruleLines(text, QStringLiteral("#"));
    // One chain per zone pair (source:destination) and one for the blocks into each zone.
    QCOMPARE(lines.mid(0, 7),
        (QStringList {QStringLiteral("*filter"), QStringLiteral(":INPUT ACCEPT [0:0]"),
            QStringLiteral(":FORWARD DROP [0:0]"), QStringLiteral(":OUTPUT ACCEPT [0:0]"),
            QStringLiteral(":office:cell - [0:0]"), QStringLiteral(":cell:office - [0:0]"),
            QStringLiteral(":outside_cell - [0:0]")}));
    // The group is written host by host, naming the group; blocks jump to a chain that returns
    // for the zone's own subnets.
    QVERIFY(
        lines.contains(QStringLiteral("-A office:cell -s 10.1.0.21/32 -d 10.2.0.32/32 -p tcp --dport 22 -m "
                                      "comment --comment \"vos.ssh ws1 -> cell_vos_module\" -j ACCEPT")));
    QVERIFY(lines.contains(QStringLiteral(
        "-A cell:office -s 10.2.0.31/32 -d 10.1.0.21/32 -p tcp --sport 20 --dport 1024:65535 -m "
        "comment --comment \"vos.ftp-data cell_vos_module -> ws1\" -j ACCEPT")));
    QVERIFY(lines.contains(QStringLiteral(
        "-A outside_cell -d 10.2.0.31/32 -p tcp -m multiport --dports 7,9,13,19,37 -m comment "
        "--comment \"vos.block.tiny-services any host outside the zone -> cell_vos_module\" -j DROP")));
    // FORWARD: replies, then each zone pair's chain, then the blocks, so the allowed flows come first.
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^-A FORWARD "))),
        (QStringList {QStringLiteral("-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT"),
            QStringLiteral("-A FORWARD -m conntrack --ctstate INVALID -j DROP"),
            QStringLiteral("-A FORWARD -j office:cell"), QStringLiteral("-A FORWARD -j cell:office"),
            QStringLiteral("-A FORWARD -j outside_cell")}));
    const qsizetype jump = lines.indexOf(QStringLiteral("-A FORWARD -j outside_cell"));
    QVERIFY(jump
        > lines.indexOf(QStringLiteral("-A office:cell -s 10.1.0.21/32 -d 10.2.0.31/32 -p tcp --dport 23 -m "
                                       "comment --comment \"vos.telnet ws1 -> cell_vos_module\" -j ACCEPT")));
    QCOMPARE(lines.at(jump + 1), QStringLiteral("-A outside_cell -s 10.2.0.0/24 -j RETURN"));
    QCOMPARE(lines.last(), QStringLiteral("COMMIT"));
    QVERIFY(text.contains("Address groups"));
}

void tst_TextExports::asaExactRules()
{
    const QByteArray asa = render(QStringLiteral("asa"), load(small()));
    const QStringList lines = ruleLines(asa, QStringLiteral("!"));
    QCOMPARE(lines.mid(0, 3),
        (QStringList {QStringLiteral("object-group network cell_vos_module"),
            QStringLiteral("network-object host 10.2.0.31"),
            QStringLiteral("network-object host 10.2.0.32")}));
    QVERIFY(lines.contains(QStringLiteral(
        "access-list office_in extended permit tcp host 10.1.0.21 object-group cell_vos_module eq 22")));
    QVERIFY(lines.contains(QStringLiteral("access-list cell_in extended permit tcp object-group "
                                          "cell_vos_module eq 20 host 10.1.0.21 range 1024 65535")));
    // The block into the cell is written once, in the global list that the firewall reads after the
    // interface lists, before its final deny; no interface list repeats it or denies on its own.
    const qsizetype block = lines.indexOf(QStringLiteral(
        "access-list portolan_global extended deny udp any object-group cell_vos_module eq 69 log"));
    QVERIFY(block > lines.indexOf(QStringLiteral("access-list cell_in extended permit tcp object-group "
                                                 "cell_vos_module eq 20 host 10.1.0.21 range 1024 65535")));
    QVERIFY(
        block < lines.indexOf(QStringLiteral("access-list portolan_global extended deny ip any any log")));
    QCOMPARE(lines.filter(QStringLiteral(" eq 69 log")).size(), 1);
    QCOMPARE(lines.filter(QStringLiteral("deny ip any any")).size(), 1);
    QVERIFY(asa.contains(
        "\n! access-group office_in in interface office\n! access-group cell_in in interface cell\n"
        "! access-group portolan_global global\n"));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String(" remark ")))
            QVERIFY2(line.section(QStringLiteral(" remark "), 1).size() <= 100, qPrintable(line));
    }
}

void tst_TextExports::missingAddressesAreListed()
{
    const Loaded loaded = load(sample());
    for (const char *format : {"nft", "iptables", "asa"}) {
        QString error;
        QVERIFY(render(QLatin1String(format), loaded, {}, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("without an address: tmc.")), qPrintable(error));
    }
}

void tst_TextExports::placeholdersAreMarked()
{
    const Loaded loaded = load(sample());
    ExportOptions options;
    options.placeholders = true;
    const QString nft = QString::fromUtf8(render(QStringLiteral("nft"), loaded, options));
    QVERIFY(nft.contains(QLatin1String("define HOST_tmc = 192.0.2.1  # PLACEHOLDER")));
    QVERIFY(nft.contains(QLatin1String("ip daddr $HOST_tmc tcp dport { 80, 443, 4043 } accept")));
    const QString asa = QString::fromUtf8(render(QStringLiteral("asa"), loaded, options));
    QVERIFY(
        asa.contains(QLatin1String("object network HOST_tmc\n host 192.0.2.1\n description PLACEHOLDER")));
    QVERIFY(asa.contains(QLatin1String("object HOST_tmc eq 443")));
    const QString iptables = QString::fromUtf8(render(QStringLiteral("iptables"), loaded, options));
    QVERIFY(iptables.contains(QLatin1String("HOST_tmc = 192.0.2.1")));
    QVERIFY(iptables.contains(QLatin1String("[PLACEHOLDER address: HOST_tmc]")));
}

void tst_TextExports::intraZoneFlowsOnRequest()
{
    const Loaded loaded = load(sample());
    const RuleSetPlan plan = RuleSetPlan::build(loaded.design, loaded.derivation, {});
    QVERIFY(plan.intraZoneFlows() > 0);
    QVERIFY(!plan.sections().isEmpty());
    for (const RuleSetPlan::Section &section : plan.sections())
        QVERIFY(section.blocks || section.sourceZone != section.destinationZone);
    ExportOptions options;
    options.placeholders = true;
    QVERIFY(QString::fromUtf8(render(QStringLiteral("nft"), loaded, options))
                .contains(QLatin1String("within one zone cross no firewall and are left out")));
    options.includeIntraZone = true;
    const RuleSetPlan all = RuleSetPlan::build(loaded.design, loaded.derivation, options);
    QVERIFY(std::any_of(all.sections().cbegin(), all.sections().cend(),
        [](const RuleSetPlan::Section &s) { return !s.blocks && s.sourceZone == s.destinationZone; }));
}

void tst_TextExports::blockRowsDifferingInNotesMerge()
{
    // The TFTP blocks into VOS-M1 and VOS-M2 differ only in their notes (VOS-M1's names the NIO
    // that may use TFTP within the zone): one rule for both modules, keeping both notes.
    const Loaded loaded = load(sample());
    ExportOptions options;
    options.placeholders = true;
    const RuleSetPlan plan = RuleSetPlan::build(loaded.design, loaded.derivation, options);
    QList<RuleSetPlan::Rule> tftp;
    for (const RuleSetPlan::Section &section : plan.sections()) {
        for (const RuleSetPlan::Rule &rule : section.rules) {
            if (rule.rule == QLatin1String("vos.block.tftp"))
                tftp << rule;
        }
    }
    QCOMPARE(tftp.size(), 1);
    QStringList hosts;
    for (const int host : tftp.front().destination.hosts)
        hosts << loaded.design.hosts().at(host).id;
    QCOMPARE(hosts, (QStringList {QStringLiteral("vos-m1"), QStringLiteral("vos-m2")}));
    QVERIFY(tftp.front().notes.contains(QLatin1String("Except the allowed flows from nio1")));
    QVERIFY(tftp.front().notes.contains(QLatin1String("Only an NIO needs TFTP.")));

    const QString nft = QString::fromUtf8(render(QStringLiteral("nft"), loaded, options));
    QCOMPARE(nft.count(QLatin1String("udp dport 69 drop")), 1);
    QVERIFY(nft.contains(QLatin1String("ip daddr @control_vos_module udp dport 69 drop")));
    const QString asa = QString::fromUtf8(render(QStringLiteral("asa"), loaded, options));
    QCOMPARE(asa.count(QLatin1String("eq 69 log")), 1);
}

void tst_TextExports::nftValidatorAccepts_data()
{
    QTest::addColumn<QString>("design");
    QTest::newRow("sample") << sample();
    QTest::newRow("small") << small();
}

void tst_TextExports::nftValidatorAccepts()
{
    QFETCH(QString, design);
    const QString nft = QStandardPaths::findExecutable(
        QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (nft.isEmpty() || geteuid() != 0)
        QSKIP("nft is not installed or we are not root");
    QTemporaryDir dir;
    ExportOptions options;
    options.placeholders = true;
    const QString path = dir.filePath(QStringLiteral("rules.nft"));
    QVERIFY(ExportFormat::find(QStringLiteral("nft"))
                ->write({load(design).design, load(design).derivation, options}, path, nullptr));
    QByteArray output;
    QCOMPARE(run(nft, {QStringLiteral("-c"), QStringLiteral("-f"), path}, &output), 0);
}

void tst_TextExports::iptablesValidatorAccepts_data()
{
    nftValidatorAccepts_data();
}

void tst_TextExports::iptablesValidatorAccepts()
{
    QFETCH(QString, design);
    const QString restore = QStandardPaths::findExecutable(
        QStringLiteral("iptables-restore"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (restore.isEmpty() || geteuid() != 0)
        QSKIP("iptables-restore is not installed or we are not root");
    QTemporaryDir dir;
    ExportOptions options;
    options.placeholders = true;
    const Loaded loaded = load(design);
    const QString path = dir.filePath(QStringLiteral("rules.v4"));
    QString error;
    QVERIFY(ExportFormat::find(QStringLiteral("iptables"))
                ->write({loaded.design, loaded.derivation, options}, path, &error));
    QByteArray output;
    QCOMPARE(run(restore, {QStringLiteral("--test"), path}, &output), 0);
}

void tst_TextExports::cliExitStatuses()
{
    QTemporaryDir dir;
    const QString cli = QStringLiteral(PORTOLAN_CLI);
    const QString out = dir.filePath(QStringLiteral("out.nft"));
    QByteArray output;
    // A host without an address: status 2, one line naming the design and the host, no file.
    QCOMPARE(run(cli,
                 {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("nft"),
                     QStringLiteral("--output"), out},
                 &output),
        2);
    QVERIFY2(output.contains("riverside-plant.json: 1 host(s) without an address: tmc."), output.constData());
    QVERIFY(!QFile::exists(out));
    QCOMPARE(run(cli,
                 {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("nft"),
                     QStringLiteral("--output"), out, QStringLiteral("--placeholders")}),
        0);
    QVERIFY(QFile::exists(out));
    const QString csv = dir.filePath(QStringLiteral("m.csv"));
    QCOMPARE(run(cli,
                 {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--output"), csv, QStringLiteral("--bom")}),
        0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"
                                      "Zone pair,"));
    QCOMPARE(run(cli,
                 {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("nope"),
                     QStringLiteral("--output"), out},
                 &output),
        2);
    QVERIFY(output.contains("unknown format"));
    QCOMPARE(run(cli,
                 {QStringLiteral("export"), dir.filePath(QStringLiteral("missing.json")),
                     QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), csv}),
        2);
    QCOMPARE(run(cli, {QStringLiteral("export"), QStringLiteral("--help")}, &output), 0);
    QVERIFY(output.contains("--placeholders"));
    QVERIFY(output.contains("--page-size"));
}

/// The text exports run without a GUI application: with a window system plugin that does not
/// exist they still work, while the PDF export (which paints) needs one and fails.
void tst_TextExports::textExportsNeedNoDisplay()
{
    QTemporaryDir dir;
    const QString cli = QStringLiteral(PORTOLAN_CLI);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    QByteArray output;
    for (const QString &format : {QStringLiteral("iptables"), QStringLiteral("nft"), QStringLiteral("asa"),
             QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString out = dir.filePath(QStringLiteral("out.") + format);
        // Option values that look like options are skipped, the last --format counts.
        QCOMPARE(
            run(cli,
                {QStringLiteral("export"), sample(), QStringLiteral("--author"), QStringLiteral("--format"),
                    QStringLiteral("--format=pdf"), QStringLiteral("--format"), format,
                    QStringLiteral("--placeholders"), QStringLiteral("--output"), out},
                &output, environment),
            0);
        QVERIFY2(QFileInfo(out).size() > 0, qPrintable(format));
    }
    QVERIFY(run(cli,
                {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("pdf"),
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("out.pdf"))},
                &output, environment)
        != 0);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.pdf"))));
}

QTEST_GUILESS_MAIN(tst_TextExports)
#include "tst_textexports.moc"
