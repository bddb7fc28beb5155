// `portolan-cli diff` as a reviewer and an integrator use it: the JSON of shared/spec/review.md
// part 1, the exit statuses, FILE@N revision selectors, the CSV with causes, and the rule-set
// deltas (iptables applied for real in a private network namespace where that is allowed).
#include "catalog/catalog.h"
#include "designbuilder.h"
#include "estategenerator.h"
#include "io/designjson.h"
#include "storage/projectfile.h"

#include <QtTest>

#include <random>

#include <unistd.h>

using namespace portolan;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString dataPath(const QString &name)
{
    return test::sourcePath(QStringLiteral("tests/diff/data/") + name);
}

Design loadDesign(const QString &name)
{
    Design design;
    QString error;
    if (!DesignJson::readFile(dataPath(name), *Catalog::builtIn(), &design, &error))
        qWarning("%s", qPrintable(error));
    return design;
}

int runProcess(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

/// Runs a shell script in a private network namespace; false when namespaces are not allowed here.
bool inNamespace(const QString &script, QByteArray *output, int *status)
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty() || geteuid() != 0)
        return false;
    QByteArray probe;
    if (runProcess(unshare, {QStringLiteral("-n"), QStringLiteral("true")}, &probe) != 0)
        return false;
    *status = runProcess(
        unshare, {QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"), script}, output);
    return true;
}

QStringList kinds(const QJsonObject &diff)
{
    QStringList result;
    for (const QJsonValue &change : diff.value(QLatin1String("design_changes")).toArray())
        result << change.toObject().value(QLatin1String("kind")).toString();
    return result;
}

/// "source>destination protocol ports" of a flow object.
QString flowText(const QJsonObject &flow)
{
    return flow.value(QLatin1String("source")).toString() + QLatin1Char('>')
        + flow.value(QLatin1String("destination")).toString() + QLatin1Char(' ')
        + flow.value(QLatin1String("protocol")).toString() + QLatin1Char(' ')
        + flow.value(QLatin1String("ports")).toString();
}

QList<int> indexes(const QJsonValue &value)
{
    QList<int> result;
    for (const QJsonValue &item : value.toArray())
        result << item.toInt(-1);
    return result;
}

QList<QStringList> parseCsv(const QByteArray &data)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

/// Random design changes of every kind the estates allow: links and hosts removed, workstations
/// added, parameters changed, hosts moved to other zones.
Design mutated(const Design &before, int seed)
{
    Design after = before;
    std::mt19937 random(seed);
    const auto pick = [&random](qsizetype size) { return int(random() % size); };
    for (int step = 0; step < 10; ++step) {
        switch (pick(5)) {
        case 0:
            after.removeLink(pick(after.links().size()));
            break;
        case 1: {
            const QString id = after.hosts().at(pick(after.hosts().size())).id;
            const QList<int> links = after.linksOf(id);
            for (qsizetype l = links.size() - 1; l >= 0; --l)
                after.removeLink(links.at(l));
            after.removeHost(after.hostIndex(id));
            break;
        }
        case 2:
            for (int h = pick(after.hosts().size()); h < after.hosts().size(); ++h) {
                const Host agent = after.hosts().at(h);
                if (agent.type != QLatin1String("pcns"))
                    continue;
                Host workstation;
                workstation.id = after.uniqueId(QStringLiteral("ws"));
                workstation.type = QStringLiteral("workstation");
                workstation.zone = agent.zone;
                workstation.name = workstation.id;
                workstation.address
                    = QHostAddress(QStringLiteral("10.250.0.%1").arg(after.hosts().size() % 250 + 1));
                after.addHost(workstation);
                after.addLink({workstation.id, agent.id, {}, {}});
                break;
            }
            break;
        case 3:
            for (int h = pick(after.hosts().size()); h < after.hosts().size(); ++h) {
                Host host = after.hosts().at(h);
                if (host.type == QLatin1String("nmc")) {
                    host.params.insert(QStringLiteral("protocol"), QStringLiteral("http"));
                    after.setHost(h, host);
                    break;
                }
            }
            break;
        default: {
            const int h = pick(after.hosts().size());
            Host host = after.hosts().at(h);
            host.zone = after.zones().at(pick(after.zones().size())).id;
            after.setHost(h, host);
            break;
        }
        }
    }
    return after;
}

/// The filter table's chains and rules as iptables-save lists them.
QStringList savedRules(const QString &path)
{
    QFile saved(path);
    if (!saved.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + path};
    QStringList result;
    for (const QByteArray &line : saved.readAll().split('\n')) {
        if (line.startsWith('-') || line.startsWith(':'))
            result << QString::fromUtf8(line);
    }
    return result;
}

} // namespace

class tst_DiffCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issueExampleJson();
    void sameDesignExitsZero();
    void revisionSelectors();
    void unreadableInputExitsTwo();
    void csvNamesTheCauses();
    void iptablesDeltaGivesTheNewRuleSet();
    void iptablesDeltaOnRandomChanges_data();
    void iptablesDeltaOnRandomChanges();
    void asaDeltaLines();
    void nftDeltaIsTheNewTable();

private:
    QTemporaryDir m_dir;
    QString m_before;
    QString m_after;
};

void tst_DiffCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_before = dataPath(QStringLiteral("plant-before.json"));
    m_after = dataPath(QStringLiteral("plant-after.json"));
}

void tst_DiffCommand::issueExampleJson()
{
    const Run run = cli({QStringLiteral("diff"), m_before, m_after});
    QVERIFY2(run.status == 1, run.err.constData());
    QJsonParseError parseError;
    const QJsonObject diff = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(diff.keys(),
        (QStringList {QStringLiteral("added"), QStringLiteral("changed"), QStringLiteral("design_changes"),
            QStringLiteral("findings_added"), QStringLiteral("findings_removed"), QStringLiteral("firewalls"),
            QStringLiteral("removed")}));

    // Exactly the four design changes of the example; moving SCADA-A is none.
    QCOMPARE(kinds(diff),
        (QStringList {QStringLiteral("param-changed"), QStringLiteral("host-added"),
            QStringLiteral("link-added"), QStringLiteral("link-removed")}));
    const QJsonArray changes = diff.value(QLatin1String("design_changes")).toArray();
    QCOMPARE(changes.at(0).toObject(),
        (QJsonObject {{QStringLiteral("kind"), QStringLiteral("param-changed")},
            {QStringLiteral("host"), QStringLiteral("ups1-nmc")},
            {QStringLiteral("param"), QStringLiteral("protocol")},
            {QStringLiteral("before"), QStringLiteral("https")},
            {QStringLiteral("after"), QStringLiteral("http")}}));
    QCOMPARE(changes.at(1).toObject().value(QLatin1String("host")).toString(), QStringLiteral("ws1"));
    QCOMPARE(changes.at(3).toObject(),
        (QJsonObject {{QStringLiteral("kind"), QStringLiteral("link-removed")},
            {QStringLiteral("a"), QStringLiteral("scada-b")},
            {QStringLiteral("b"), QStringLiteral("scada-c")}}));

    // Removed: every flow between SCADA-C and the other servers, SCADA-A's too, named by the link.
    const QJsonArray removed = diff.value(QLatin1String("removed")).toArray();
    QCOMPARE(removed.size(), 8);
    QStringList removedText;
    for (const QJsonValue &flow : removed) {
        removedText << flowText(flow.toObject());
        QCOMPARE(indexes(flow.toObject().value(QLatin1String("because"))), QList<int> {3});
    }
    QVERIFY(removedText.contains(QStringLiteral("scada-a>scada-c tcp 5481")));
    QVERIFY(removedText.contains(QStringLiteral("scada-c>scada-a icmp ")));

    // Added: the workstation's flows, caused by the host and by its link.
    const QJsonArray added = diff.value(QLatin1String("added")).toArray();
    QCOMPARE(added.size(), 2);
    for (const QJsonValue &flow : added) {
        QCOMPARE(flow.toObject().value(QLatin1String("source")).toString(), QStringLiteral("ws1"));
        QCOMPARE(indexes(flow.toObject().value(QLatin1String("because"))), (QList<int> {1, 2}));
    }

    // Changed: registration on port 80 instead of 443, caused by the parameter.
    const QJsonArray changed = diff.value(QLatin1String("changed")).toArray();
    QCOMPARE(changed.size(), 1);
    const QJsonObject change = changed.at(0).toObject();
    QCOMPARE(flowText(change.value(QLatin1String("before")).toObject()),
        QStringLiteral("pcns-c>ups1-nmc tcp 443"));
    QCOMPARE(
        flowText(change.value(QLatin1String("after")).toObject()), QStringLiteral("pcns-c>ups1-nmc tcp 80"));
    QCOMPARE(indexes(change.value(QLatin1String("because"))), QList<int> {0});

    // Findings: each names its cause.
    const QJsonArray findingsAdded = diff.value(QLatin1String("findings_added")).toArray();
    QCOMPARE(findingsAdded.size(), 2);
    for (const QJsonValue &finding : findingsAdded) {
        const QJsonObject object = finding.toObject();
        QVERIFY(object.contains(QLatin1String("severity")));
        QVERIFY(object.value(QLatin1String("hosts")).isArray());
        QVERIFY(!object.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!indexes(object.value(QLatin1String("because"))).isEmpty());
    }
    QVERIFY(diff.value(QLatin1String("findings_removed")).toArray().isEmpty());

    // Firewalls: the zone pairs whose rules change, with the spec's keys.
    const QJsonArray firewalls = diff.value(QLatin1String("firewalls")).toArray();
    QVERIFY(!firewalls.isEmpty());
    int rulesAdded = 0;
    int rulesRemoved = 0;
    bool officeToBackup = false;
    for (const QJsonValue &value : firewalls) {
        const QJsonObject firewall = value.toObject();
        QVERIFY(firewall.contains(QLatin1String("source_zone")));
        QVERIFY(firewall.contains(QLatin1String("destination_zone")));
        rulesAdded += firewall.value(QLatin1String("rules_added")).toInt();
        rulesRemoved += firewall.value(QLatin1String("rules_removed")).toInt();
        if (firewall.value(QLatin1String("source_zone")).toString() == QLatin1String("office")
            && firewall.value(QLatin1String("destination_zone")).toString() == QLatin1String("backup")) {
            officeToBackup = true;
            QVERIFY(firewall.value(QLatin1String("rules_added")).toInt() >= 1);
            QCOMPARE(firewall.value(QLatin1String("rules_removed")).toInt(), 0);
        }
    }
    QVERIFY(officeToBackup);
    QVERIFY(rulesAdded > 0 && rulesRemoved > 0);
}

void tst_DiffCommand::sameDesignExitsZero()
{
    const Run run = cli({QStringLiteral("diff"), m_before, m_before});
    QVERIFY2(run.status == 0, run.err.constData());
    const QJsonObject diff = QJsonDocument::fromJson(run.out).object();
    QVERIFY(diff.value(QLatin1String("design_changes")).toArray().isEmpty());
    QVERIFY(diff.value(QLatin1String("added")).toArray().isEmpty());
    QVERIFY(diff.value(QLatin1String("firewalls")).toArray().isEmpty());
}

void tst_DiffCommand::revisionSelectors()
{
    // A project with three revisions: before, after, and before again.
    const QString project = m_dir.filePath(QStringLiteral("plant.portolan"));
    QString error;
    const Design before = loadDesign(QStringLiteral("plant-before.json"));
    const Design after = loadDesign(QStringLiteral("plant-after.json"));
    ProjectFile::SaveOptions byAna;
    byAna.author = QStringLiteral("Ana");
    for (const Design *design : {&before, &after, &before})
        QVERIFY2(ProjectFile::save(project, *design, {}, byAna, nullptr, &error), qPrintable(error));

    const Run oneToTwo
        = cli({QStringLiteral("diff"), project + QStringLiteral("@1"), project + QStringLiteral("@2")});
    QVERIFY2(oneToTwo.status == 1, oneToTwo.err.constData());
    QCOMPARE(kinds(QJsonDocument::fromJson(oneToTwo.out).object()).size(), 4);
    // Plain FILE is the latest revision, which is revision 1 again.
    const Run oneToLatest = cli({QStringLiteral("diff"), project + QStringLiteral("@1"), project});
    QVERIFY2(oneToLatest.status == 0, oneToLatest.err.constData());
    const Run jsonToRevision = cli({QStringLiteral("diff"), m_after, project + QStringLiteral("@2")});
    QCOMPARE(jsonToRevision.status, 0);

    const Run missing = cli({QStringLiteral("diff"), project + QStringLiteral("@9"), project});
    QCOMPARE(missing.status, 2);
    QVERIFY2(missing.err.contains("plant.portolan"), missing.err.constData());
    QVERIFY2(missing.err.contains('9'), missing.err.constData());
    QVERIFY(missing.out.isEmpty());
    // A selector on a JSON design is an error, not a silent latest.
    const Run onJson = cli({QStringLiteral("diff"), m_before + QStringLiteral("@1"), m_after});
    QCOMPARE(onJson.status, 2);
}

void tst_DiffCommand::unreadableInputExitsTwo()
{
    const Run run = cli({QStringLiteral("diff"), m_before, m_dir.filePath(QStringLiteral("nothing.json"))});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains("nothing.json"));
    const Run format
        = cli({QStringLiteral("diff"), m_before, m_after, QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(format.status, 2);
}

void tst_DiffCommand::csvNamesTheCauses()
{
    const Run run
        = cli({QStringLiteral("diff"), m_before, m_after, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.status == 1, run.err.constData());
    const QList<QStringList> rows = parseCsv(run.out);
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.front();
    const qsizetype change = header.indexOf(QStringLiteral("change"));
    const qsizetype because = header.indexOf(QStringLiteral("because"));
    const qsizetype causes = header.indexOf(QStringLiteral("causes"));
    const qsizetype source = header.indexOf(QStringLiteral("source"));
    const qsizetype destination = header.indexOf(QStringLiteral("destination"));
    QVERIFY(change >= 0 && because >= 0 && causes >= 0 && source >= 0 && destination >= 0);
    int designChanges = 0;
    int removed = 0;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QCOMPARE(row.size(), header.size());
        if (row.at(change) == QLatin1String("design change")) {
            ++designChanges;
            continue;
        }
        QVERIFY2(!row.at(because).isEmpty(), qPrintable(row.join(QLatin1Char(','))));
        QVERIFY2(!row.at(causes).isEmpty(), qPrintable(row.join(QLatin1Char(','))));
        if (row.at(change) == QLatin1String("removed")) {
            ++removed;
            QCOMPARE(row.at(because), QStringLiteral("3"));
            QVERIFY2(row.at(causes).contains(QLatin1String("scada-b"))
                    && row.at(causes).contains(QLatin1String("scada-c")),
                qPrintable(row.at(causes)));
        }
    }
    QCOMPARE(designChanges, 4);
    QCOMPARE(removed, 8);
}

void tst_DiffCommand::iptablesDeltaGivesTheNewRuleSet()
{
    const Run delta = cli(
        {QStringLiteral("diff"), m_before, m_after, QStringLiteral("--format"), QStringLiteral("iptables")});
    QVERIFY2(delta.status == 1, delta.err.constData());
    const QString text = QString::fromUtf8(delta.out);
    // Every command line names its rule and its causes in its comment.
    int deletes = 0;
    int appends = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("-D ")))
            ++deletes;
        else if (line.startsWith(QLatin1String("-A ")))
            ++appends;
        else
            continue;
        if (line.contains(QLatin1String(" -j ACCEPT")) || line.contains(QLatin1String(" -j DROP")))
            QVERIFY2(line.contains(QLatin1String("--comment")), qPrintable(line));
    }
    QVERIFY(deletes > 0 && appends > 0);
    QVERIFY(text.contains(QLatin1String("clearscada.partner")));
    QVERIFY(text.contains(QLatin1String("pcns.web-ui")));

    const QString oldRules = m_dir.filePath(QStringLiteral("old.rules"));
    const QString newRules = m_dir.filePath(QStringLiteral("new.rules"));
    const QString deltaRules = m_dir.filePath(QStringLiteral("delta.rules"));
    for (const auto &[design, path] : {std::pair(m_before, oldRules), std::pair(m_after, newRules)}) {
        const Run exported = cli({QStringLiteral("export"), design, QStringLiteral("--format"),
            QStringLiteral("iptables"), QStringLiteral("--output"), path});
        QVERIFY2(exported.status == 0, exported.err.constData());
    }
    QFile file(deltaRules);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(delta.out);
    file.close();

    if (QStandardPaths::findExecutable(QStringLiteral("iptables-restore"), {QStringLiteral("/usr/sbin")})
            .isEmpty())
        QSKIP("iptables-restore is not installed");
    // Old rule set, then the delta on top; and the new rule set alone: the same filter table.
    const QString script
        = QStringLiteral(
            "iptables-restore < '%1' && iptables-restore --noflush < '%2' && iptables-save -t filter > '%4'"
            " && iptables-restore < '%3' && iptables-save -t filter > '%5'")
              .arg(oldRules, deltaRules, newRules, m_dir.filePath(QStringLiteral("applied.save")),
                  m_dir.filePath(QStringLiteral("new.save")));
    QByteArray output;
    int status = 0;
    if (!inNamespace(script, &output, &status))
        QSKIP("not root, or private network namespaces (unshare -n) are not allowed here");
    QVERIFY2(status == 0, output.constData());
    const auto rules = [](const QString &path) {
        QFile saved(path);
        if (!saved.open(QIODevice::ReadOnly))
            return QStringList {QStringLiteral("cannot read ") + path};
        QStringList result;
        for (const QByteArray &line : saved.readAll().split('\n')) {
            if (line.startsWith('-') || line.startsWith(':'))
                result << QString::fromUtf8(line);
        }
        return result;
    };
    const QStringList applied = rules(m_dir.filePath(QStringLiteral("applied.save")));
    const QStringList expected = rules(m_dir.filePath(QStringLiteral("new.save")));
    QVERIFY(expected.size() > 10);
    QCOMPARE(applied, expected);
}

void tst_DiffCommand::iptablesDeltaOnRandomChanges_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 4; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void tst_DiffCommand::iptablesDeltaOnRandomChanges()
{
    // Chains that come and go, rules inserted between kept ones, blocks: the delta still gives the
    // new export exactly.
    QFETCH(int, seed);
    const Design before = generateEstate(120);
    const Design after = mutated(before, seed);
    QTemporaryDir dir;
    QString error;
    const QString oldDesign = dir.filePath(QStringLiteral("old.json"));
    const QString newDesign = dir.filePath(QStringLiteral("new.json"));
    QVERIFY2(DesignJson::writeFile(oldDesign, before, &error), qPrintable(error));
    QVERIFY2(DesignJson::writeFile(newDesign, after, &error), qPrintable(error));
    const QString deltaRules = dir.filePath(QStringLiteral("delta.rules"));
    const Run delta = cli({QStringLiteral("diff"), oldDesign, newDesign, QStringLiteral("--format"),
        QStringLiteral("iptables"), QStringLiteral("--output"), deltaRules});
    QVERIFY2(delta.status == 1, delta.err.constData());
    for (const auto &[design, name] : {std::pair(oldDesign, QStringLiteral("old.rules")),
             std::pair(newDesign, QStringLiteral("new.rules"))}) {
        const Run exported = cli({QStringLiteral("export"), design, QStringLiteral("--format"),
            QStringLiteral("iptables"), QStringLiteral("--output"), dir.filePath(name)});
        QVERIFY2(exported.status == 0, exported.err.constData());
    }
    if (QStandardPaths::findExecutable(QStringLiteral("iptables-restore"), {QStringLiteral("/usr/sbin")})
            .isEmpty())
        QSKIP("iptables-restore is not installed");
    const QString script
        = QStringLiteral("cd '%1' && iptables-restore < old.rules && iptables-restore --noflush < delta.rules"
                         " && iptables-save -t filter > applied.save && iptables-restore < new.rules"
                         " && iptables-save -t filter > new.save")
              .arg(dir.path());
    QByteArray output;
    int status = 0;
    if (!inNamespace(script, &output, &status))
        QSKIP("not root, or private network namespaces (unshare -n) are not allowed here");
    QVERIFY2(status == 0, output.constData());
    const QStringList expected = savedRules(dir.filePath(QStringLiteral("new.save")));
    QVERIFY(expected.size() > 40);
    QCOMPARE(savedRules(dir.filePath(QStringLiteral("applied.save"))), expected);
}

void tst_DiffCommand::asaDeltaLines()
{
    const Run delta
        = cli({QStringLiteral("diff"), m_before, m_after, QStringLiteral("--format"), QStringLiteral("asa")});
    QVERIFY2(delta.status == 1, delta.err.constData());
    int removals = 0;
    int additions = 0;
    for (const QString &raw : QString::fromUtf8(delta.out).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('!')))
            continue;
        // Every line is a configuration command an ASA takes in configure mode.
        static const QRegularExpression valid(QStringLiteral(
            "^(no )?(access-list [A-Za-z0-9_.:-]+ (extended|remark) |object-group (network|service) |"
            "network-object |port-object |service-object |group-object |exit$)"));
        QVERIFY2(valid.match(line).hasMatch(), qPrintable(line));
        if (line.startsWith(QLatin1String("no access-list ")) && line.contains(QLatin1String(" extended ")))
            ++removals;
        if (line.startsWith(QLatin1String("access-list ")) && line.contains(QLatin1String(" extended ")))
            ++additions;
    }
    QVERIFY(removals > 0);
    QVERIFY(additions > 0);
    QVERIFY(delta.out.contains("clearscada.partner"));
}

void tst_DiffCommand::nftDeltaIsTheNewTable()
{
    const Run delta
        = cli({QStringLiteral("diff"), m_before, m_after, QStringLiteral("--format"), QStringLiteral("nft")});
    QVERIFY2(delta.status == 1, delta.err.constData());
    const QString text = QString::fromUtf8(delta.out);
    // The change as comments first, naming the design changes, then the whole table.
    const qsizetype table = text.indexOf(QLatin1String("table "));
    QVERIFY(table > 0);
    const QString head = text.left(table);
    QVERIFY2(
        head.contains(QLatin1String("scada-b")) && head.contains(QLatin1String("scada-c")), qPrintable(head));
    QVERIFY(head.contains(QLatin1String("ups1-nmc")));
    const QString path = m_dir.filePath(QStringLiteral("new.nft"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(delta.out);
    file.close();
    if (QStandardPaths::findExecutable(QStringLiteral("nft"), {QStringLiteral("/usr/sbin")}).isEmpty())
        QSKIP("nft is not installed");
    QByteArray output;
    int status = 0;
    if (!inNamespace(QStringLiteral("nft -c -f '%1'").arg(path), &output, &status))
        QSKIP("not root, or private network namespaces (unshare -n) are not allowed here");
    QVERIFY2(status == 0, output.constData());
}

QTEST_GUILESS_MAIN(tst_DiffCommand)
#include "tst_diffcommand.moc"
