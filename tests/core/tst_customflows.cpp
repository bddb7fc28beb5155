// Custom flows end to end: what the derivation lists, the error finding of a forbidden one, the
// JSON and project-file round trips, a rule-set line, a review justified by a custom flow alone,
// the design change a diff reports, and the editor's incremental derivation.

#include "diff/designchange.h"
#include "engine/incrementalderivation.h"
#include "engine/ruleengine.h"
#include "io/designjson.h"
#include "storage/projectfile.h"
#include "storage/projectschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace portolan;

namespace {

// An admin workstation in the office network, a UPS network card and a VOS module in the plant.
// c1 opens the card's web page; c2 asks for the VOS RSN port, which the catalog blocks from
// outside the module's zone.
const char DesignText[] = R"({
  "format": "portolan-design", "version": 1, "name": "Custom flows",
  "zones": [ { "id": "it", "name": "Office", "subnets": ["10.0.0.0/24"] },
             { "id": "ot", "name": "Plant", "subnets": ["192.168.10.0/24"] } ],
  "hosts": [
    { "id": "ws1", "type": "workstation", "name": "Admin PC", "zone": "it", "address": "10.0.0.5" },
    { "id": "nmc1", "type": "nmc", "name": "UPS card", "zone": "ot", "address": "192.168.10.20" },
    { "id": "vos1", "type": "vos-module", "name": "VOS", "zone": "ot", "address": "192.168.10.30" }
  ],
  "links": [],
  "custom_flows": [
    { "id": "c1", "source": "ws1", "destination": "nmc1", "protocol": "tcp", "ports": "443",
      "service": "NMC web administration", "reason": "CR-2031: UPS firmware updates" },
    { "id": "c2", "source": "ws1", "destination": "vos1", "protocol": "tcp", "ports": "85",
      "reason": "Vendor asked for it" }
  ]
})";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

Design design()
{
    Design read;
    QString error;
    if (!DesignJson::read(DesignText, *Catalog::builtIn(), &read, &error))
        qFatal("%s", qPrintable(error));
    return read;
}

QList<Flow> allowed(const Derivation &derivation)
{
    QList<Flow> flows;
    for (const Flow &flow : derivation.flows) {
        if (flow.action == Action::Allow)
            flows.append(flow);
    }
    return flows;
}

} // namespace

class tst_CustomFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void derivesTheAllowedOneAndRefusesTheForbiddenOne()
    {
        const Derivation derivation = RuleEngine().derive(design());
        const QList<Flow> flows = allowed(derivation);
        // The hosts have no links: the only allowed flow is the custom one.
        QCOMPARE(flows.size(), 1);
        const Flow &flow = flows.front();
        QCOMPARE(flow.source, 0);
        QCOMPARE(flow.destination, 1);
        QCOMPARE(flow.protocol, Protocol::Tcp);
        QCOMPARE(flow.ports.toString(), QStringLiteral("443"));
        QCOMPARE(flow.rule, QStringLiteral("custom.c1"));
        QCOMPARE(flow.reference, QStringLiteral("custom: CR-2031: UPS firmware updates"));
        QCOMPARE(flow.service, QStringLiteral("NMC web administration"));
        QVERIFY(flow.crossesZones);
        // c2 is not allowed through: an error finding names it, the block row stays as it was.
        QList<Finding> errors;
        for (const Finding &finding : derivation.findings) {
            if (finding.rule == QLatin1String("custom.c2"))
                errors.append(finding);
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().severity, Severity::Error);
        QCOMPARE(errors.front().hosts, (QList<int> {0, 2}));
        QVERIFY2(errors.front().message.contains(QLatin1String("vos.block.rsn")),
            qPrintable(errors.front().message));
        QVERIFY(derivation.hasErrors());
        const bool rsnBlock
            = std::any_of(derivation.flows.cbegin(), derivation.flows.cend(), [](const Flow &f) {
                  return f.action == Action::Block && f.rule == QLatin1String("vos.block.rsn")
                      && f.destination == 2;
              });
        QVERIFY(rsnBlock);
    }

    void cliListsItAsJsonAndCsv()
    {
        const QString path = write(QStringLiteral("custom.json"), DesignText);
        const Run json
            = cli({QStringLiteral("flows"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1); // the forbidden custom flow is an error finding
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QJsonArray custom;
        for (const QJsonValue &flow : root.value(QLatin1String("flows")).toArray()) {
            if (flow.toObject().value(QLatin1String("action")).toString() == QLatin1String("allow"))
                custom.append(flow);
        }
        QCOMPARE(custom.size(), 1);
        const QJsonObject flow = custom.at(0).toObject();
        QCOMPARE(flow.value(QLatin1String("source")).toString(), QStringLiteral("ws1"));
        QCOMPARE(flow.value(QLatin1String("destination")).toString(), QStringLiteral("nmc1"));
        QCOMPARE(flow.value(QLatin1String("ports")).toString(), QStringLiteral("443"));
        QCOMPARE(flow.value(QLatin1String("rule")).toString(), QStringLiteral("custom.c1"));
        QCOMPARE(flow.value(QLatin1String("reference")).toString(),
            QStringLiteral("custom: CR-2031: UPS firmware updates"));
        bool forbidden = false;
        for (const QJsonValue &finding : root.value(QLatin1String("findings")).toArray()) {
            const QJsonObject object = finding.toObject();
            if (object.value(QLatin1String("severity")).toString() == QLatin1String("error")
                && object.value(QLatin1String("hosts")).toArray()
                    == QJsonArray {QStringLiteral("ws1"), QStringLiteral("vos1")})
                forbidden = object.value(QLatin1String("message")).toString().contains(QLatin1String("c2"));
        }
        QVERIFY(forbidden);

        const Run csv
            = cli({QStringLiteral("flows"), path, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 1);
        const QList<QByteArray> lines = csv.out.split('\n');
        const QList<QByteArray> header = lines.at(0).trimmed().split(',');
        const int rule = int(header.indexOf("rule"));
        const int reference = int(header.indexOf("reference"));
        QVERIFY(rule >= 0 && reference >= 0);
        QList<QByteArray> customLines;
        for (const QByteArray &line : lines) {
            if (line.contains("custom.c1"))
                customLines.append(line);
        }
        QCOMPARE(customLines.size(), 1);
        QVERIFY2(customLines.front().startsWith("ws1,nmc1,tcp,443,,allow,NMC web administration,custom.c1,"
                                                "custom: CR-2031: UPS firmware updates,it,ot,true,"),
            customLines.front().constData());
    }

    void jsonRoundTrip()
    {
        const Design read = design();
        QCOMPARE(read.customFlows.size(), 2);
        Design again;
        QString error;
        QVERIFY2(DesignJson::read(DesignJson::write(read), *Catalog::builtIn(), &again, &error),
            qPrintable(error));
        QVERIFY(again == read);
        QCOMPARE(again.customFlows.at(1).reason, QStringLiteral("Vendor asked for it"));
        // A design without custom flows writes no "custom_flows" key: its bytes do not change.
        Design plain = read;
        plain.customFlows.clear();
        QVERIFY(!DesignJson::write(plain).contains("custom_flows"));
    }

    void badCustomFlowsAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("flow");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing host") << QByteArray(R"({"id": "c9", "source": "ws1", "destination": "nope",
            "protocol": "tcp", "ports": "443", "reason": "r"})")
                                      << QStringLiteral("custom flow \"c9\": host \"nope\" does not exist");
        QTest::newRow("no reason") << QByteArray(R"({"id": "c9", "source": "ws1", "destination": "nmc1",
            "protocol": "tcp", "ports": "443", "reason": "  "})")
                                   << QStringLiteral("custom flow \"c9\": needs a reason");
        QTest::newRow("bad id") << QByteArray(R"({"id": "-c", "source": "ws1", "destination": "nmc1",
            "protocol": "tcp", "ports": "443", "reason": "r"})")
                                << QStringLiteral("custom flow \"-c\": the id must be");
        QTest::newRow("protocol") << QByteArray(R"({"id": "c9", "source": "ws1", "destination": "nmc1",
            "protocol": "sctp", "ports": "443", "reason": "r"})")
                                  << QStringLiteral("custom flow \"c9\": \"protocol\" must be");
        QTest::newRow("port range") << QByteArray(R"({"id": "c9", "source": "ws1", "destination": "nmc1",
            "protocol": "tcp", "ports": "70000", "reason": "r"})")
                                    << QStringLiteral("custom flow \"c9\": \"70000\" is not a port");
        QTest::newRow("port zero") << QByteArray(R"({"id": "c9", "source": "ws1", "destination": "nmc1",
            "protocol": "tcp", "ports": "0", "reason": "r"})")
                                   << QStringLiteral("custom flow \"c9\": ports must lie from 1 to 65535");
        QTest::newRow("no ports") << QByteArray(R"({"id": "c9", "source": "ws1", "destination": "nmc1",
            "protocol": "udp", "reason": "r"})")
                                  << QStringLiteral(
                                         "custom flow \"c9\": a udp flow needs its destination ports");
        QTest::newRow("duplicate id")
            << QByteArray(R"({"id": "c1", "source": "ws1", "destination": "nmc1",
            "protocol": "tcp", "ports": "80", "reason": "r"})")
            << QStringLiteral("custom flow \"c1\": the id is used by another custom flow");
    }

    void badCustomFlowsAreRefusedWithTheirPlace()
    {
        QFETCH(QByteArray, flow);
        QFETCH(QString, message);
        QByteArray text = DesignText;
        text.replace(
            "\"reason\": \"Vendor asked for it\" }", "\"reason\": \"Vendor asked for it\" }, " + flow);
        Design read;
        QString error;
        QVERIFY(!DesignJson::read(text, *Catalog::builtIn(), &read, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void projectFileRoundTripAndMigration()
    {
        const QString path = m_dir.filePath(QStringLiteral("custom.portolan"));
        const Design saved = design();
        QString error;
        QVERIFY2(ProjectFile::save(path, saved, QJsonObject(), {}, nullptr, &error), qPrintable(error));
        ProjectRevision read;
        QVERIFY2(ProjectFile::open(path, &read, &error), qPrintable(error));
        QVERIFY(read.design == saved);
        // A second revision without c2 keeps revision 1 as it was.
        Design edited = saved;
        edited.customFlows.removeAt(1);
        QVERIFY2(ProjectFile::save(path, edited, QJsonObject(), {}, nullptr, &error), qPrintable(error));
        QVERIFY2(ProjectFile::openRevision(path, 1, &read, &error), qPrintable(error));
        QCOMPARE(read.design.customFlows.size(), 2);
        QVERIFY2(ProjectFile::open(path, &read, &error), qPrintable(error));
        QVERIFY(read.design == edited);
    }

    void formatTwoFileOpensAndTakesCustomFlows()
    {
        // A project of format 2 (before custom flows): made by the schema's own steps up to 2.
        const QString path = m_dir.filePath(QStringLiteral("format2.portolan"));
        Design plain = design();
        plain.customFlows.clear();
        QString error;
        {
            const QString connection = QStringLiteral("format2");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(ProjectSchema::exec(db, QStringLiteral("BEGIN"), &error));
                QVERIFY2(ProjectSchema::create(db, &error, 2), qPrintable(error));
                QVERIFY(ProjectSchema::exec(db, QStringLiteral("COMMIT"), &error));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QCOMPARE(ProjectSchema::readHeader(path).userVersion, 2);
        QVERIFY2(ProjectFile::save(path, design(), QJsonObject(), {}, nullptr, &error), qPrintable(error));
        QCOMPARE(ProjectSchema::readHeader(path).userVersion, 3);
        ProjectRevision read;
        QVERIFY2(ProjectFile::open(path, &read, &error), qPrintable(error));
        QCOMPARE(read.design.customFlows, design().customFlows);
    }

    void ruleSetLine()
    {
        const QString path = write(QStringLiteral("rules.json"), DesignText);
        const QString out = m_dir.filePath(QStringLiteral("rules.nft"));
        const Run run = cli({QStringLiteral("export"), path, QStringLiteral("--format"),
            QStringLiteral("nft"), QStringLiteral("--output"), out});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QList<QByteArray> lines;
        for (const QByteArray &line : text.split('\n')) {
            if (line.contains("custom.c1"))
                lines.append(line.trimmed());
        }
        // The rule, and the comment above it that names its service, rule and reason.
        QCOMPARE(lines,
            (QList<QByteArray> {"# ws1 -> nmc1: NMC web administration [custom.c1]; see custom: CR-2031: "
                                "UPS firmware updates",
                "ip saddr 10.0.0.5 ip daddr 192.168.10.20 tcp dport 443 accept comment \"custom.c1\""}));
        QVERIFY(!text.contains("custom.c2")); // the forbidden one opens nothing
    }

    void reviewJustifiedByACustomFlowAlone()
    {
        const QString path = write(QStringLiteral("review.json"), DesignText);
        const QString request = write(QStringLiteral("request.csv"),
            "id,source,destination,protocol,ports,comment\n"
            "CR-2031-1,10.0.0.5,192.168.10.20,tcp,443,firmware updates\n"
            "CR-2031-2,10.0.0.5,192.168.10.30,tcp,85,vendor\n");
        const Run run = cli(
            {QStringLiteral("review"), path, request, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray requests
            = QJsonDocument::fromJson(run.out).object().value(QLatin1String("requests")).toArray();
        QCOMPARE(requests.size(), 2);
        const QJsonObject first = requests.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("verdict")).toString(), QStringLiteral("required"));
        const QJsonObject by = first.value(QLatin1String("required")).toArray().at(0).toObject();
        QCOMPARE(by.value(QLatin1String("rule")).toString(), QStringLiteral("custom.c1"));
        QCOMPARE(by.value(QLatin1String("reference")).toString(),
            QStringLiteral("custom: CR-2031: UPS firmware updates"));
        QCOMPARE(requests.at(1).toObject().value(QLatin1String("verdict")).toString(),
            QStringLiteral("forbidden"));
    }

    void diffNamesTheCustomFlowChange()
    {
        Design before = design();
        before.customFlows.removeAt(0);
        const QList<DesignChange> changes = DesignChange::between(before, design(), *Catalog::builtIn());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.front().kindName(), QStringLiteral("custom-flow-added"));
        const QJsonObject json = changes.front().toJson();
        QCOMPARE(json.value(QLatin1String("custom_flow")).toString(), QStringLiteral("c1"));
        QCOMPARE(json.value(QLatin1String("ports")).toString(), QStringLiteral("443"));

        const QString oldPath = write(QStringLiteral("before.json"), DesignJson::write(before));
        const QString newPath = write(QStringLiteral("after.json"), DesignText);
        const Run run = cli(
            {QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonArray added = root.value(QLatin1String("added")).toArray();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).toObject().value(QLatin1String("rule")).toString(), QStringLiteral("custom.c1"));
        QCOMPARE(added.at(0).toObject().value(QLatin1String("because")).toArray(), QJsonArray {0});
        QCOMPARE(root.value(QLatin1String("design_changes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
            QStringLiteral("custom-flow-added"));
    }

    void incrementalFollowsCustomFlowEdits()
    {
        Design edited = design();
        IncrementalDerivation incremental;
        const RuleEngine engine;
        incremental.reset(edited);
        QCOMPARE(incremental.derivation().flows, engine.derive(edited).flows);
        const qsizetype before = incremental.derivation().flows.size();
        // An edit of a custom flow alone records no host, link or zone step.
        edited.customFlows[0].ports = PortSet {{443, 443}, {8443, 8443}};
        incremental.update(edited, EditLog());
        QCOMPARE(incremental.derivation().flows, engine.derive(edited).flows);
        QCOMPARE(incremental.flowChanges(),
            (QList<FlowSpan> {{0, int(before), int(incremental.derivation().flows.size())}}));
        // Its host removed (after the custom flows that name it), then none left.
        edited.customFlows.clear();
        incremental.update(edited, EditLog());
        QCOMPARE(incremental.derivation().flows, engine.derive(edited).flows);
        QCOMPARE(incremental.derivation().findings, engine.derive(edited).findings);
        EditLog removal;
        removal.hostRemoved(1);
        edited.removeHost(1);
        incremental.update(edited, removal);
        QCOMPARE(incremental.derivation().flows, engine.derive(edited).flows);
        QVERIFY(!incremental.derivation().hasErrors());
    }

private:
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_CustomFlows)
#include "tst_customflows.moc"
