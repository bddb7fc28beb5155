// The probe on a live network: a private network namespace where loopback addresses are the
// design's hosts, QTcpServer listeners their services and nftables rules the firewall between the
// zones. The kernel's own record of every SYN this machine sends proves that only the planned
// addresses and ports are ever touched.

#include "engine/ruleengine.h"
#include "io/designjson.h"
#include "privatenetwork.h"
#include "probe/probereport.h"
#include "probe/proberunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace portolan;

namespace {

QString g_isolationFailure;

Design loadPlant()
{
    QFile file(QFINDTESTDATA("data/plant.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("data/plant.json is missing");
    Design design;
    QString error;
    if (!DesignJson::read(file.readAll(), *Catalog::builtIn(), &design, &error))
        qFatal("%s", qPrintable(error));
    return design;
}

/// The firewall of the test network. vos1 (control zone) lets in only what comes from ws's
/// address; Telnet to vos1 and its tiny services are dropped; FTP to vos0 is rejected with an ICMP
/// administratively prohibited. Every SYN this machine sends is recorded in the set "syn".
const char firewall[] = R"(
table inet probe_test {
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
        ip daddr 10.9.1.20 tcp dport 21 reject with icmp type admin-prohibited
    }
}
)";

} // namespace

class tst_ProbeRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void resultsOnTheWire();
    void onlyDesignAddressesAreTouched();
    void limitsAreKept();
    void cancelStopsAtOnce();

private:
    /// "vos1 tcp 22 open as-planned" for each connect of the run, in plan order.
    QStringList run(const QString &host, const ProbeSettings &settings, ProbeRunner **kept = nullptr);
    /// The (address:port) of every SYN sent since the rule set was loaded.
    QStringList synsSeen();
    void listen(const QString &address, quint16 port);

    Design m_design;
    Derivation m_derivation;
    QList<QTcpServer *> m_servers;
    QTcpServer *m_outside = nullptr; ///< 10.9.9.9:22, an address the design does not have
    QTcpServer *m_otherPort = nullptr; ///< vos1:8080, a port no flow names
};

void tst_ProbeRunner::initTestCase()
{
    if (!g_isolationFailure.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs a private network namespace: %1").arg(g_isolationFailure)));
    QString error;
    for (const char *address : {"10.9.1.10", "10.9.1.20", "10.9.2.20", "10.9.9.9"})
        QVERIFY2(netns::addLoopbackAddress(QString::fromLatin1(address), &error), qPrintable(error));
    m_design = loadPlant();
    m_derivation = RuleEngine().derive(m_design);
    // Services: SSH on both modules, and the RSN slave port of vos1 answering, as it must not.
    listen(QStringLiteral("10.9.1.20"), 22);
    listen(QStringLiteral("10.9.2.20"), 22);
    listen(QStringLiteral("10.9.2.20"), 85);
    listen(QStringLiteral("10.9.9.9"), 22);
    m_outside = m_servers.last();
    listen(QStringLiteral("10.9.2.20"), 8080);
    m_otherPort = m_servers.last();
}

void tst_ProbeRunner::init()
{
    QString error;
    netns::run(QStringLiteral("nft"),
        {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"),
            QStringLiteral("probe_test")},
        &error);
    QVERIFY2(netns::loadNftables(QString::fromLatin1(firewall), &error), qPrintable(error));
}

void tst_ProbeRunner::listen(const QString &address, quint16 port)
{
    auto *server = new QTcpServer(this);
    QVERIFY2(server->listen(QHostAddress(address), port), qPrintable(server->errorString()));
    m_servers << server;
}

QStringList tst_ProbeRunner::synsSeen()
{
    QProcess nft;
    nft.start(QStringLiteral("nft"),
        {QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("inet"),
            QStringLiteral("probe_test"), QStringLiteral("syn")});
    if (!nft.waitForFinished(10000))
        return {QStringLiteral("nft did not answer")};
    QStringList seen;
    const QJsonArray items = QJsonDocument::fromJson(nft.readAllStandardOutput())
                                 .object()
                                 .value(QStringLiteral("nftables"))
                                 .toArray();
    for (const QJsonValue &item : items) {
        const QJsonArray elements
            = item.toObject().value(QStringLiteral("set")).toObject().value(QStringLiteral("elem")).toArray();
        for (const QJsonValue &element : elements) {
            const QJsonArray pair = element.toObject().value(QStringLiteral("concat")).toArray();
            seen << QStringLiteral("%1:%2").arg(pair.at(0).toString()).arg(pair.at(1).toInt());
        }
    }
    seen.sort();
    return seen;
}

QStringList tst_ProbeRunner::run(const QString &host, const ProbeSettings &settings, ProbeRunner **kept)
{
    const ProbePlan plan = ProbePlan::build(m_design, m_derivation, m_design.hostIndex(host));
    auto *runner = new ProbeRunner(plan, settings, this);
    QSignalSpy finished(runner, &ProbeRunner::finished);
    runner->start();
    if (!finished.wait(60000))
        return {QStringLiteral("the probe did not finish")};
    QStringList lines;
    for (int index = 0; index < plan.targets().size(); ++index) {
        const ProbeTarget &target = plan.targets().at(index);
        if (!target.isConnect())
            continue;
        const ProbeOutcome &outcome = runner->outcomes().at(index);
        lines << QStringLiteral("%1 tcp %2 %3 %4")
                     .arg(m_design.hosts().at(target.destination).id)
                     .arg(target.port)
                     .arg(probeResultName(outcome.result),
                         ProbeReport::verdictName(probeVerdict(target.expected, outcome.result)));
    }
    if (kept)
        *kept = runner;
    else
        runner->deleteLater();
    return lines;
}

void tst_ProbeRunner::resultsOnTheWire()
{
    ProbeSettings settings;
    settings.timeout = 400;
    settings.rate = 1000;
    settings.source = QHostAddress(QStringLiteral("10.9.1.10")); // this machine has ws's address
    ProbeRunner *runner = nullptr;
    const QStringList lines = run(QStringLiteral("ws"), settings, &runner);
    QCOMPARE(lines,
        (QStringList {
            // vos0 (same zone): FTP rejected by ICMP, SSH answers, nothing listens on Telnet.
            QStringLiteral("vos0 tcp 21 filtered difference"),
            QStringLiteral("vos0 tcp 22 open as-planned"),
            QStringLiteral("vos0 tcp 23 closed service-down"),
            // vos1 (control): nothing on FTP, SSH answers, Telnet dropped by the firewall.
            QStringLiteral("vos1 tcp 21 closed service-down"),
            QStringLiteral("vos1 tcp 22 open as-planned"),
            QStringLiteral("vos1 tcp 23 filtered difference"),
            // vos1's blocks: the tiny services are dropped; the RSN port answers, as it must not.
            QStringLiteral("vos1 tcp 7 filtered as-planned"),
            QStringLiteral("vos1 tcp 9 filtered as-planned"),
            QStringLiteral("vos1 tcp 13 filtered as-planned"),
            QStringLiteral("vos1 tcp 19 filtered as-planned"),
            QStringLiteral("vos1 tcp 37 filtered as-planned"),
            QStringLiteral("vos1 tcp 85 open difference"),
        }));
    const ProbeSummary summary = ProbeReport::summarize(runner->plan(), runner->outcomes());
    QCOMPARE(summary.differences, 3);
    QCOMPARE(summary.serviceDown, 2);
    QCOMPARE(summary.notProbed, 13);
    // What was seen is said: the timeout, the reset.
    for (int index = 0; index < runner->plan().targets().size(); ++index) {
        const ProbeTarget &target = runner->plan().targets().at(index);
        const QString detail = runner->outcomes().at(index).detail;
        if (target.port == 23 && target.address == QHostAddress(QStringLiteral("10.9.2.20")))
            QCOMPARE(detail, QStringLiteral("no answer within 400 ms"));
        if (target.port == 21 && target.address == QHostAddress(QStringLiteral("10.9.2.20")))
            QVERIFY2(detail.startsWith(QLatin1String("refused")), qPrintable(detail));
    }
    runner->deleteLater();

    // SCADA-B's address has no route from here: an unreachable network is filtered too, at once.
    ProbeRunner *scada = nullptr;
    const QStringList scadaLines = run(QStringLiteral("cs-a"), settings, &scada);
    QCOMPARE(scadaLines.value(0), QStringLiteral("cs-b tcp 5481 filtered difference"));
    QVERIFY2(scada->outcomes().at(0).detail.startsWith(QLatin1String("Network unreachable")),
        qPrintable(scada->outcomes().at(0).detail));
    QVERIFY(scada->outcomes().at(0).milliseconds < 400);
    scada->deleteLater();

    // Without ws's address as the source, the firewall in front of vos1 drops everything.
    settings.source = QHostAddress();
    const QStringList fromElsewhere = run(QStringLiteral("ws"), settings);
    QVERIFY2(fromElsewhere.contains(QStringLiteral("vos1 tcp 22 filtered difference")),
        qPrintable(fromElsewhere.join(QLatin1Char('\n'))));
}

void tst_ProbeRunner::onlyDesignAddressesAreTouched()
{
    ProbeSettings settings;
    settings.timeout = 300;
    settings.rate = 1000;
    settings.source = QHostAddress(QStringLiteral("10.9.1.10"));
    run(QStringLiteral("ws"), settings);
    settings.source = QHostAddress();
    run(QStringLiteral("vos0"), settings);
    run(QStringLiteral("cs-a"), settings);
    // Every SYN the kernel sent: the connects of the three plans, nothing else. SCADA-B's address
    // (10.9.2.30) is not on this network: without a route, its connect sends nothing.
    QCOMPARE(synsSeen(),
        (QStringList {QStringLiteral("10.9.1.20:21"), QStringLiteral("10.9.1.20:22"),
            QStringLiteral("10.9.1.20:23"), QStringLiteral("10.9.2.20:13"), QStringLiteral("10.9.2.20:19"),
            QStringLiteral("10.9.2.20:21"), QStringLiteral("10.9.2.20:22"), QStringLiteral("10.9.2.20:23"),
            QStringLiteral("10.9.2.20:3000"), QStringLiteral("10.9.2.20:3008"),
            QStringLiteral("10.9.2.20:3016"), QStringLiteral("10.9.2.20:3024"),
            QStringLiteral("10.9.2.20:3032"), QStringLiteral("10.9.2.20:37"), QStringLiteral("10.9.2.20:7"),
            QStringLiteral("10.9.2.20:85"), QStringLiteral("10.9.2.20:9")}));
    // The listeners outside the plan never saw a connection.
    QVERIFY(!m_outside->hasPendingConnections());
    QVERIFY(!m_otherPort->hasPendingConnections());
}

void tst_ProbeRunner::limitsAreKept()
{
    // Twelve connects, two at a time, at most 20 a second: consecutive starts are 50 ms apart.
    ProbeSettings settings;
    settings.timeout = 300;
    settings.concurrency = 2;
    settings.rate = 20;
    settings.source = QHostAddress(QStringLiteral("10.9.1.10"));
    ProbeRunner *runner = nullptr;
    run(QStringLiteral("ws"), settings, &runner);
    QCOMPARE(runner->peakInFlight(), 2);
    QList<QDateTime> starts;
    for (const ProbeOutcome &outcome : runner->outcomes()) {
        if (outcome.time.isValid())
            starts << outcome.time;
    }
    QCOMPARE(starts.size(), 12);
    std::sort(starts.begin(), starts.end());
    for (qsizetype i = 1; i < starts.size(); ++i) {
        const qint64 gap = starts.at(i - 1).msecsTo(starts.at(i));
        // 50 ms apart, less the rounding of two millisecond clocks.
        QVERIFY2(gap >= 48,
            qPrintable(QStringLiteral("connects %1 and %2 started %3 ms apart").arg(i).arg(i + 1).arg(gap)));
    }
    runner->deleteLater();

    settings.concurrency = 1;
    settings.rate = 1000;
    run(QStringLiteral("ws"), settings, &runner);
    QCOMPARE(runner->peakInFlight(), 1);
    runner->deleteLater();
}

void tst_ProbeRunner::cancelStopsAtOnce()
{
    ProbeSettings settings;
    settings.timeout = 30000;
    settings.concurrency = 4;
    settings.rate = 1000;
    settings.source = QHostAddress(QStringLiteral("10.9.1.10"));
    const ProbePlan plan = ProbePlan::build(m_design, m_derivation, m_design.hostIndex(QStringLiteral("ws")));
    ProbeRunner runner(plan, settings);
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    runner.start();
    // Wait until some answers are in and some connects hang on the drop rules.
    QTRY_VERIFY_WITH_TIMEOUT(runner.doneCount() >= 3, 10000);
    QVERIFY(runner.isRunning());
    runner.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!runner.isRunning());
    QVERIFY(runner.wasCancelled());
    int cancelled = 0;
    for (const ProbeOutcome &outcome : runner.outcomes()) {
        QVERIFY(outcome.result != ProbeResult::Pending);
        if (outcome.detail.startsWith(QLatin1String("The probe was cancelled")))
            ++cancelled;
    }
    QVERIFY(cancelled > 0);
    // Nothing arrives after the cancel.
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
}

int main(int argc, char *argv[])
{
    // Before the application and its threads: the whole process moves to a network of its own.
    netns::enterPrivateNetwork(&g_isolationFailure);
    QCoreApplication app(argc, argv);
    tst_ProbeRunner test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_proberunner.moc"
