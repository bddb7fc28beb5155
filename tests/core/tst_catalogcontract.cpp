// Every row of the catalog contract, written from the vendor documents: the exact flows, blocks and findings
// that a small design using it must produce, and no flow the contract does not call for.
#include "designbuilder.h"

#include "engine/ruleengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace portolan;
using namespace portolan::test;

class tst_CatalogContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivesExactly_data();
    void derivesExactly();
    void vosBlocksNameTheirExceptions();
    void blocksFollowTinyServicesSwitch();
    void ephemeralRanges_data();
    void ephemeralRanges();
    void securityNotesTravelWithFlows();
    void securityFindingsAreMarked();
    void clearScadaDmzStandbyNeverConnectsBack();
    void zoneCrossingIsMarkedOnEveryFlow();
    void everyPortAppearsOncePerDirection();
    void catalogCitesItsSeeds();
    void identityRowsCiteSeed002();
    void cliDerivesTheIdentityRowsAndNothingElse();

private:
    RuleEngine m_engine;
};

void tst_CatalogContract::derivesExactly_data()
{
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<QString>("links");
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<QString>("findings");

    // PowerChute Network Shutdown and the NMC (seed 000)
    QTest::newRow("pcns-nmc https by default") << "p:pcns n:nmc"
                                               << "p-n"
                                               << "p>n tcp 443, n>p udp 3052"
                                               << "";
    QTest::newRow("pcns-nmc http") << "p:pcns n:nmc{protocol:'http'}"
                                   << "p-n"
                                   << "p>n tcp 80, n>p udp 3052"
                                   << "pcns.nmc-http";
    QTest::newRow("link order does not matter") << "p:pcns n:nmc"
                                                << "n-p"
                                                << "p>n tcp 443, n>p udp 3052"
                                                << "";
    QTest::newRow("nmc optional port 5000") << "p:pcns n:nmc{port:5000}"
                                            << "p-n"
                                            << "p>n tcp 5000, n>p udp 3052"
                                            << "";
    QTest::newRow("nmc optional port 32768") << "p:pcns n:nmc{port:32768}"
                                             << "p-n"
                                             << "p>n tcp 32768, n>p udp 3052"
                                             << "";
    QTest::newRow("nmc port 4999 is refused") << "p:pcns n:nmc{port:4999}"
                                              << "p-n"
                                              << "p>n tcp 4999, n>p udp 3052"
                                              << "pcns.nmc-port";
    QTest::newRow("nmc port 32769 is refused") << "p:pcns n:nmc{port:32769}"
                                               << "p-n"
                                               << "p>n tcp 32769, n>p udp 3052"
                                               << "pcns.nmc-port";
    QTest::newRow("nmc port 80 over https is allowed") << "p:pcns n:nmc{port:80}"
                                                       << "p-n"
                                                       << "p>n tcp 80, n>p udp 3052"
                                                       << "";
    QTest::newRow("workstation-pcns web ui") << "w:workstation p:pcns n:nmc"
                                             << "w-p p-n"
                                             << "w>p tcp 3052, w>p tcp 6547, p>n tcp 443, n>p udp 3052"
                                             << "";
    QTest::newRow("pcns without nmc") << "w:workstation p:pcns"
                                      << "w-p"
                                      << "w>p tcp 3052, w>p tcp 6547"
                                      << "pcns.no-nmc";
    QTest::newRow("pcns on aix") << "p:pcns{os:'aix'} n:nmc"
                                 << "p-n"
                                 << "p>n tcp 443, n>p udp 3052"
                                 << "pcns.aix-tls";
    QTest::newRow("two agents on one nmc") << "p1:pcns p2:pcns n:nmc"
                                           << "p1-n p2-n"
                                           << "p1>n tcp 443, p2>n tcp 443, n>p1 udp 3052, n>p2 udp 3052"
                                           << "";

    // ClearSCADA redundant servers (seed 001)
    QTest::newRow("main-standby") << "m:clearscada-main s:clearscada-standby"
                                  << "m-s"
                                  << "m>s tcp 5481, m>s icmp, s>m tcp 5481, s>m icmp"
                                  << "";
    QTest::newRow("main-permanent") << "m:clearscada-main p:clearscada-permanent-standby"
                                    << "m-p"
                                    << "m>p tcp 5481, m>p icmp, p>m tcp 5481, p>m icmp"
                                    << "";
    QTest::newRow("system through a standby")
        << "m:clearscada-main s:clearscada-standby p:clearscada-permanent-standby"
        << "m-s s-p"
        << "m>s tcp 5481, m>s icmp, s>m tcp 5481, s>m icmp, m>p tcp 5481, m>p icmp, "
           "p>m tcp 5481, p>m icmp, s>p tcp 5481, s>p icmp, p>s tcp 5481, p>s icmp"
        << "";
    QTest::newRow("dmz standby is one way") << "m:clearscada-main d:clearscada-dmz-standby"
                                            << "m-d"
                                            << "m>d tcp 5481, m>d icmp"
                                            << "";
    QTest::newRow("standby to dmz standby, through the system")
        << "m:clearscada-main s:clearscada-standby d:clearscada-dmz-standby"
        << "m-s s-d"
        << "m>s tcp 5481, m>s icmp, s>m tcp 5481, s>m icmp, m>d tcp 5481, m>d icmp, s>d tcp 5481, s>d icmp"
        << "";
    QTest::newRow("permanent standby and dmz standby share nothing")
        << "m:clearscada-main p:clearscada-permanent-standby d:clearscada-dmz-standby"
        << "m-p p-d"
        << "m>p tcp 5481, m>p icmp, p>m tcp 5481, p>m icmp, m>d tcp 5481, m>d icmp"
        << "";
    QTest::newRow("two dmz standbys share nothing")
        << "m:clearscada-main d1:clearscada-dmz-standby d2:clearscada-dmz-standby"
        << "m-d1 d1-d2"
        << "m>d1 tcp 5481, m>d1 icmp, m>d2 tcp 5481, m>d2 icmp"
        << "";
    QTest::newRow("configured port") << "m:clearscada-main{port:6000} s:clearscada-standby{port:6000}"
                                     << "m-s"
                                     << "m>s tcp 6000, m>s icmp, s>m tcp 6000, s>m icmp"
                                     << "";
    QTest::newRow("ports differ in one system") << "m:clearscada-main s:clearscada-standby{port:6000}"
                                                << "m-s"
                                                << "m>s tcp 6000, m>s icmp, s>m tcp 5481, s>m icmp"
                                                << "clearscada.port-mismatch";
    QTest::newRow("system without a main") << "s:clearscada-standby p:clearscada-permanent-standby"
                                           << "s-p"
                                           << "s>p tcp 5481, s>p icmp, p>s tcp 5481, p>s icmp"
                                           << "clearscada.main-count";
    QTest::newRow("system with two mains") << "m1:clearscada-main m2:clearscada-main"
                                           << "m1-m2"
                                           << "m1>m2 tcp 5481, m1>m2 icmp, m2>m1 tcp 5481, m2>m1 icmp"
                                           << "clearscada.main-count";
    QTest::newRow("two systems stay apart")
        << "m1:clearscada-main s1:clearscada-standby m2:clearscada-main s2:clearscada-standby"
        << "m1-s1 m2-s2"
        << "m1>s1 tcp 5481, m1>s1 icmp, s1>m1 tcp 5481, s1>m1 icmp, m2>s2 tcp 5481, m2>s2 icmp, s2>m2 tcp "
           "5481, s2>m2 icmp"
        << "";

    // TippingPoint SMS and IPS (seed 002)
    QTest::newRow("sms client") << "c:sms-client s:sms-server"
                                << "c-s"
                                << "c>s tcp 22,443,943,9033,10042"
                                << "tippingpoint.tls-deprecated";
    QTest::newRow("sms manages ips") << "s:sms-server i:ips"
                                     << "s-i"
                                     << "s>i udp 161, s>i tcp 443, i>s udp 8162,8163"
                                     << "tippingpoint.tls-deprecated";
    QTest::newRow("ips takes ntp from sms") << "s:sms-server i:ips{ntp_from_sms:true}"
                                            << "s-i"
                                            << "s>i udp 161, s>i tcp 443, i>s udp 8162,8163, i>s udp 123"
                                            << "tippingpoint.tls-deprecated";
    QTest::newRow("ips remote authentication") << "s:sms-server i:ips{remote_auth:true}"
                                               << "s-i"
                                               << "s>i udp 161, s>i tcp 443, i>s udp 8162,8163, i>s tcp 10043"
                                               << "tippingpoint.tls-deprecated";
    QTest::newRow("sms ha pair")
        << "a:sms-server b:sms-server"
        << "a-b"
        << "a>b tcp 22,1098,1099,3306,4444,9033,10042, b>a tcp 22,1098,1099,3306,4444,9033,10042"
        << "tippingpoint.tls-deprecated, tippingpoint.tls-deprecated";
    QTest::newRow("ips transparent ha") << "a:ips b:ips"
                                        << "a-b"
                                        << "a>b tcp 9591, b>a tcp 9591"
                                        << "";
    QTest::newRow("tmc") << "s:sms-server t:tmc"
                         << "s-t"
                         << "s>t tcp 80,443,4043"
                         << "tippingpoint.tls-deprecated";
    QTest::newRow("whois") << "s:sms-server w:whois-server"
                           << "s-w"
                           << "s>w tcp 43"
                           << "tippingpoint.tls-deprecated";
    QTest::newRow("dns") << "s:sms-server d:dns-server"
                         << "s-d"
                         << "s>d tcp 53, s>d udp 53"
                         << "tippingpoint.tls-deprecated";
    QTest::newRow("ntp") << "s:sms-server n:ntp-server"
                         << "s-n"
                         << "s>n udp 123"
                         << "tippingpoint.tls-deprecated";
    QTest::newRow("ldap") << "s:sms-server l:ldap-server"
                          << "s-l"
                          << "s>l tcp 135,389,636"
                          << "tippingpoint.tls-deprecated";
    QTest::newRow("radius") << "s:sms-server r:radius-server"
                            << "s-r"
                            << "s>r udp 1812"
                            << "tippingpoint.tls-deprecated";
    QTest::newRow("tacacs") << "s:sms-server t:tacacs-server"
                            << "s-t"
                            << "s>t tcp 49"
                            << "tippingpoint.tls-deprecated";
    QTest::newRow("file server") << "s:sms-server f:file-server"
                                 << "s-f"
                                 << "s>f tcp 111,369,2039, s>f udp 111,369,2039, s>f tcp 137,138,139,1512, "
                                    "s>f udp 137,138,139,1512"
                                 << "tippingpoint.tls-deprecated";
    QTest::newRow("mail") << "s:sms-server m:mail-server"
                          << "s-m"
                          << "s>m tcp 25"
                          << "tippingpoint.tls-deprecated";
    QTest::newRow("syslog") << "s:sms-server l:syslog-server"
                            << "s-l"
                            << "s>l udp 514"
                            << "tippingpoint.tls-deprecated";
    QTest::newRow("snmp manager") << "s:sms-server m:snmp-manager"
                                  << "s-m"
                                  << "m>s udp 161, s>m udp 162, m>s udp 162"
                                  << "tippingpoint.tls-deprecated";
    QTest::newRow("network switch") << "s:sms-server w:network-switch"
                                    << "s-w"
                                    << "s>w udp 1812"
                                    << "tippingpoint.tls-deprecated";
    QTest::newRow("external host") << "s:sms-server e:external-host"
                                   << "s-e"
                                   << "s>e tcp 80,443"
                                   << "tippingpoint.tls-deprecated";
    QTest::newRow("deep discovery analyzer") << "s:sms-server d:dd-analyzer"
                                             << "s-d"
                                             << "s>d tcp 443"
                                             << "tippingpoint.tls-deprecated";
    QTest::newRow("sflow") << "i:ips c:sflow-collector"
                           << "i-c"
                           << "i>c udp 6343"
                           << "";
    QTest::newRow("external database") << "c:database-client s:sms-server"
                                       << "c-s"
                                       << "c>s tcp 3306"
                                       << "tippingpoint.tls-deprecated";
    QTest::newRow("identity agent") << "s:sms-server a:identity-agent"
                                    << "s-a"
                                    << "s>a udp 8443"
                                    << "tippingpoint.tls-deprecated";
    QTest::newRow("ip2id server") << "s:sms-server x:ip2id-server"
                                  << "s-x"
                                  << "s>x udp 239"
                                  << "tippingpoint.tls-deprecated";
    QTest::newRow("identity agent links only to the sms") << "i:ips a:identity-agent"
                                                          << "i-a"
                                                          << ""
                                                          << "design.link-meaning";
    QTest::newRow("ip2id server links only to the sms") << "c:sms-client x:ip2id-server"
                                                        << "c-x"
                                                        << ""
                                                        << "design.link-meaning";
    QTest::newRow("fips mode note") << "c:sms-client s:sms-server{fips_mode:true}"
                                    << "c-s"
                                    << "c>s tcp 22,443,943,9033,10042"
                                    << "tippingpoint.fips-mode, tippingpoint.tls-deprecated";

    // Stratus VOS modules (seed 003). Telnet is on by default, so modules carry its clear-text note.
    const QString telnet = QStringLiteral("vos.telnet-cleartext");
    QTest::newRow("osl in one system")
        << "a:vos-module{system:'s1'} b:vos-module{system:'s1'}"
        << "a-b"
        << "a>b tcp 3000-3032, b>a tcp 3000-3032" << telnet + QStringLiteral(", ") + telnet;
    QTest::newRow("osl range from the destination's max_open_server")
        << "a:vos-module{system:'s1',telnet:false} b:vos-module{system:'s1',max_open_server:32,telnet:false}"
        << "a-b"
        << "a>b tcp 3000-3064, b>a tcp 3000-3032"
        << "";
    QTest::newRow("osn between bridges")
        << "a:vos-module{system:'s1',bridge:true,telnet:false} "
           "b:vos-module{system:'s2',bridge:true,max_open_server:100,telnet:false}"
        << "a-b"
        << "a>b tcp 4000-4100, b>a tcp 4000-4016"
        << "";
    QTest::newRow("different systems, one bridge")
        << "a:vos-module{system:'s1',bridge:true,telnet:false} b:vos-module{system:'s2',telnet:false}"
        << "a-b"
        << ""
        << "vos.not-bridges";
    QTest::newRow("system defaults to the module's own name")
        << "a:vos-module{telnet:false} b:vos-module{telnet:false}"
        << "a-b"
        << ""
        << "vos.not-bridges";
    QTest::newRow("workstation with default services")
        << "w:workstation m:vos-module"
        << "w-m"
        << "w>m tcp 21, w>m tcp 22, w>m tcp 23, m>w tcp 1024-65535 sp=20" << telnet;
    QTest::newRow("workstation with every service")
        << "w:workstation m:vos-module{telnet_msd:true,http:true,https:true,samba:true,swat:true}"
        << "w-m"
        << "w>m tcp 21, w>m tcp 22, w>m tcp 23, w>m tcp 24, w>m tcp 80, w>m tcp 443, w>m tcp 139, w>m tcp "
           "445, "
           "w>m tcp 901, w>m udp 137,138, m>w tcp 1024-65535 sp=20"
        << telnet;
    QTest::newRow("workstation, every service off")
        << "w:workstation m:vos-module{ssh:false,telnet:false,ftp:false}"
        << "w-m"
        << ""
        << "";
    QTest::newRow("samba before 15.1 has no 445, 15.0 has no ssh")
        << "w:workstation m:vos-module{release:'15.0',samba:true,telnet:false,ftp:false}"
        << "w-m"
        << "w>m tcp 139, w>m udp 137,138"
        << "";
    QTest::newRow("ssh on 15.0 is an error") << "m:vos-module{release:'15.0',ssh:true,telnet:false}"
                                             << ""
                                             << ""
                                             << "vos.release-ssh";
    QTest::newRow("ssh on 14.7 exists") << "w:workstation m:vos-module{release:'14.7',telnet:false,ftp:false}"
                                        << "w-m"
                                        << "w>m tcp 22"
                                        << "";
    QTest::newRow("https before 15.2 is an error") << "m:vos-module{release:'15.1',https:true,telnet:false}"
                                                   << ""
                                                   << ""
                                                   << "vos.release-https";
    QTest::newRow("nfs after 15.x is an error") << "m:vos-module{nfs:true,telnet:false}"
                                                << ""
                                                << ""
                                                << "vos.release-nfs";
    QTest::newRow("nfs on 15.2 exists") << "m:vos-module{release:'15.2',nfs:true,telnet:false}"
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("ipsec before 16.1 is an error") << "m:vos-module{release:'15.1',ipsec:true,telnet:false}"
                                                   << ""
                                                   << ""
                                                   << "vos.release-ipsec";
    QTest::newRow("ntp before 15.1 is an error") << "m:vos-module{release:'14.7',ntp:true,telnet:false}"
                                                 << ""
                                                 << ""
                                                 << "vos.release-ntp";
    QTest::newRow("samba before 14.4 is an error")
        << "m:vos-module{release:'14.3',samba:true,telnet:false,ssh:false}"
        << ""
        << ""
        << "vos.release-samba";
    QTest::newRow("snmp manager") << "n:snmp-manager m:vos-module{telnet:false}"
                                  << "n-m"
                                  << "n>m udp 161"
                                  << "";
    QTest::newRow("snmp agent off") << "n:snmp-manager m:vos-module{snmp:false,telnet:false}"
                                    << "n-m"
                                    << ""
                                    << "";
    QTest::newRow("ntp client keeps source port 123") << "m:vos-module{telnet:false} n:ntp-server"
                                                      << "m-n"
                                                      << "m>n udp 123 sp=123"
                                                      << "";
    QTest::newRow("dns client") << "m:vos-module{telnet:false} d:dns-server"
                                << "m-d"
                                << "m>d udp 53"
                                << "";
    QTest::newRow("radius client") << "m:vos-module{telnet:false} r:radius-server"
                                   << "m-r"
                                   << "m>r udp 1812"
                                   << "";
    QTest::newRow("mq client") << "m:vos-module{telnet:false} q:mq-server"
                               << "m-q"
                               << "m>q tcp 1414"
                               << "";
    QTest::newRow("sftp client") << "m:vos-module{telnet:false} f:file-server"
                                 << "m-f"
                                 << "m>f tcp 22"
                                 << "";
    QTest::newRow("nio") << "m:vos-module{telnet:false} n:nio"
                         << "m-n"
                         << "m>n tcp 48879, n>m udp 69, n>m tcp 37, n>m udp 29000"
                         << "";

    // Design checks
    QTest::newRow("meaningless link") << "n:nmc x:nio"
                                      << "n-x"
                                      << ""
                                      << "design.link-meaning";
    QTest::newRow("repeated link") << "p:pcns n:nmc"
                                   << "p-n n-p"
                                   << "p>n tcp 443, n>p udp 3052"
                                   << "design.repeated-link";
    QTest::newRow("param of the wrong kind") << "p:pcns n:nmc{port:'http'}"
                                             << "p-n"
                                             << "p>n tcp 443, n>p udp 3052"
                                             << "design.param";
    QTest::newRow("param out of range") << "p:pcns n:nmc{port:70000}"
                                        << "p-n"
                                        << "p>n tcp 443, n>p udp 3052"
                                        << "design.param";
    QTest::newRow("choice out of list") << "p:pcns n:nmc{protocol:'ftp'}"
                                        << "p-n"
                                        << "p>n tcp 443, n>p udp 3052"
                                        << "design.param";
    QTest::newRow("unknown param") << "p:pcns n:nmc{speed:10}"
                                   << "p-n"
                                   << "p>n tcp 443, n>p udp 3052"
                                   << "design.unknown-param";
    QTest::newRow("bad release") << "m:vos-module{release:'sixteen',telnet:false}"
                                 << ""
                                 << ""
                                 << "design.param";
}

void tst_CatalogContract::derivesExactly()
{
    QFETCH(QString, hosts);
    QFETCH(QString, links);
    QFETCH(QString, allowed);
    QFETCH(QString, findings);
    const Design design = buildDesign(hosts, links);
    const Derivation derivation = m_engine.derive(design);
    QCOMPARE(flowLines(design, derivation, Action::Allow), sortedWords(allowed));
    QCOMPARE(findingRules(derivation), sortedWords(findings));
}

void tst_CatalogContract::vosBlocksNameTheirExceptions()
{
    const Design design
        = buildDesign(QStringLiteral("m:vos-module{telnet:false} n:nio"), QStringLiteral("m-n"));
    const Derivation derivation = m_engine.derive(design);
    QCOMPARE(flowLines(design, derivation, Action::Block),
        sortedWords(
            QStringLiteral("any>m tcp 7,9,13,19,37, any>m udp 7,9,13,19,37, any>m udp 69, any>m udp 67, "
                           "any>m tcp 85, any>m udp 29000")));
    QHash<QString, QString> notes;
    for (const Flow &flow : derivation.flows) {
        if (flow.action == Action::Block)
            notes.insert(protocolName(flow.protocol) + QLatin1Char(' ') + flow.ports.toString(), flow.notes);
    }
    QVERIFY2(notes.value(QStringLiteral("udp 69")).contains(QLatin1String("n (udp 69)")),
        qPrintable(notes.value(QStringLiteral("udp 69"))));
    QVERIFY(notes.value(QStringLiteral("tcp 7,9,13,19,37")).contains(QLatin1String("n (tcp 37)")));
    QVERIFY(notes.value(QStringLiteral("udp 29000")).contains(QLatin1String("n (udp 29000)")));
    QVERIFY(!notes.value(QStringLiteral("udp 67")).contains(QLatin1String("Except")));
    QVERIFY(!notes.value(QStringLiteral("udp 7,9,13,19,37")).contains(QLatin1String("Except")));
    // Blocks come after every allowed flow, so an ordered rule set lets the exceptions through.
    bool seenBlock = false;
    for (const Flow &flow : derivation.flows) {
        QVERIFY(!(seenBlock && flow.action == Action::Allow));
        seenBlock = seenBlock || flow.action == Action::Block;
        if (flow.action == Action::Block)
            QCOMPARE(flow.source, Flow::AnySource);
    }
}

void tst_CatalogContract::blocksFollowTinyServicesSwitch()
{
    const Design design
        = buildDesign(QStringLiteral("m:vos-module{tiny_services:false,telnet:false}"), QString());
    const Derivation derivation = m_engine.derive(design);
    QCOMPARE(flowLines(design, derivation, Action::Block),
        sortedWords(QStringLiteral("any>m udp 69, any>m udp 67, any>m tcp 85, any>m udp 29000")));
}

void tst_CatalogContract::ephemeralRanges_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("tcp");
    QTest::addColumn<QString>("udp");
    QTest::newRow("14.5") << "14.5"
                          << "10000-65535"
                          << "1024-65535";
    QTest::newRow("14.5.0at") << "14.5.0at"
                              << "49152-65535"
                              << "1024-65535";
    QTest::newRow("14.6") << "14.6"
                          << "10000-65535"
                          << "1024-65535";
    QTest::newRow("14.6.0aj") << "14.6.0aj"
                              << "49152-65535"
                              << "1024-65535";
    QTest::newRow("14.7") << "14.7"
                          << "49152-65535"
                          << "1024-65535";
    QTest::newRow("15.1") << "15.1"
                          << "49152-65535"
                          << "1024-65535";
    QTest::newRow("15.1.0ar") << "15.1.0ar"
                              << "49152-65535"
                              << "49152-65535";
    QTest::newRow("16.1") << "16.1"
                          << "49152-65535"
                          << "49152-65535";
    QTest::newRow("13.0") << "13.0"
                          << "10000-65535"
                          << "1024-65535";
}

void tst_CatalogContract::ephemeralRanges()
{
    QFETCH(QString, release);
    QFETCH(QString, tcp);
    QFETCH(QString, udp);
    const Design design = buildDesign(
        QStringLiteral("m:vos-module{release:'%1',ssh:false,ntp:false,telnet:false}").arg(release),
        QString());
    const Derivation derivation = m_engine.derive(design);
    QCOMPARE(derivation.ephemeral.size(), 2);
    for (const EphemeralRange &range : derivation.ephemeral)
        QCOMPARE(range.ports.toString(), range.protocol == Protocol::Tcp ? tcp : udp);
}

void tst_CatalogContract::securityNotesTravelWithFlows()
{
    const auto notesOf = [this](const QString &hosts, const QString &links, const QString &rule) {
        const Derivation derivation = m_engine.derive(buildDesign(hosts, links));
        QStringList notes;
        for (const Flow &flow : derivation.flows) {
            if (flow.rule == rule)
                notes.append(flow.notes);
        }
        return notes.join(QLatin1Char('|'));
    };
    QVERIFY(notesOf(QStringLiteral("p:pcns n:nmc{protocol:'http'}"), QStringLiteral("p-n"),
        QStringLiteral("pcns.registration"))
                .contains(QLatin1String("MD5")));
    QVERIFY(notesOf(QStringLiteral("w:workstation p:pcns{os:'aix'}"), QStringLiteral("w-p"),
        QStringLiteral("pcns.web-ui"))
                .contains(QLatin1String("TLS 1.1")));
    QVERIFY(
        !notesOf(QStringLiteral("w:workstation p:pcns"), QStringLiteral("w-p"), QStringLiteral("pcns.web-ui"))
             .contains(QLatin1String("TLS 1.1")));
    const QString client = notesOf(QStringLiteral("c:sms-client s:sms-server"), QStringLiteral("c-s"),
        QStringLiteral("tippingpoint.sms-client"));
    QVERIFY(client.contains(QLatin1String("TLS 1.0, 1.1 and 1.2")));
    QVERIFY(client.contains(QLatin1String("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")));
    QVERIFY(client.contains(QLatin1String("SSH-2")));
    QVERIFY(!client.contains(QLatin1String("FIPS")));
    QVERIFY(notesOf(QStringLiteral("c:sms-client s:sms-server{fips_mode:true}"), QStringLiteral("c-s"),
        QStringLiteral("tippingpoint.sms-client"))
                .contains(QLatin1String("FIPS mode: no SSLv2-formatted hello, SSLv3")));
    QVERIFY(notesOf(QStringLiteral("s:sms-server m:snmp-manager"), QStringLiteral("s-m"),
        QStringLiteral("tippingpoint.active-response-trigger"))
                .contains(QLatin1String("its text says")));
    QVERIFY(notesOf(QStringLiteral("c:database-client s:sms-server"), QStringLiteral("c-s"),
        QStringLiteral("tippingpoint.external-database"))
                .contains(QLatin1String("From/To")));
    QVERIFY(notesOf(
        QStringLiteral("w:workstation m:vos-module"), QStringLiteral("w-m"), QStringLiteral("vos.ftp-data"))
                .contains(QLatin1String("FTP helper")));
}

void tst_CatalogContract::securityFindingsAreMarked()
{
    const Derivation derivation = m_engine.derive(buildDesign(
        QStringLiteral(
            "p:pcns{os:'aix'} n:nmc{protocol:'http',port:5} s:sms-server{fips_mode:true} m:vos-module x:nio"),
        QStringLiteral("p-n n-x")));
    QStringList security;
    QStringList other;
    for (const Finding &finding : derivation.findings)
        (finding.isSecurityNote() ? security : other).append(finding.rule);
    security.sort();
    other.sort();
    QCOMPARE(security,
        sortedWords(QStringLiteral("pcns.aix-tls, pcns.nmc-http, tippingpoint.fips-mode, "
                                   "tippingpoint.tls-deprecated, vos.telnet-cleartext")));
    QCOMPARE(other, sortedWords(QStringLiteral("design.link-meaning, pcns.nmc-port")));
}

void tst_CatalogContract::clearScadaDmzStandbyNeverConnectsBack()
{
    // A large system: the DMZ standbys receive from every main and standby, and send nothing.
    const Design design = buildDesign(
        QStringLiteral(
            "m:clearscada-main s1:clearscada-standby s2:clearscada-standby p:clearscada-permanent-standby "
            "d1:clearscada-dmz-standby d2:clearscada-dmz-standby"),
        QStringLiteral("m-s1 s1-s2 s2-p p-d1 d1-d2"));
    const Derivation derivation = m_engine.derive(design);
    int intoDmz = 0;
    for (const Flow &flow : derivation.flows) {
        const QString source = design.hosts().at(flow.source).type;
        const QString destination = design.hosts().at(flow.destination).type;
        QVERIFY2(source != QLatin1String("clearscada-dmz-standby"), "a DMZ standby must never be a source");
        if (destination == QLatin1String("clearscada-dmz-standby")) {
            QVERIFY(
                source == QLatin1String("clearscada-main") || source == QLatin1String("clearscada-standby"));
            ++intoDmz;
        }
    }
    QCOMPARE(intoDmz, 3 * 2 * 2); // main, s1, s2 to d1 and d2, tcp and icmp
    QVERIFY(derivation.findings.isEmpty());
}

void tst_CatalogContract::zoneCrossingIsMarkedOnEveryFlow()
{
    const Design design
        = buildDesign(QStringLiteral("p:pcns@ot n:nmc@power w:workstation@ot"), QStringLiteral("p-n w-p"));
    const Derivation derivation = m_engine.derive(design);
    QCOMPARE(derivation.flows.size(), 4);
    for (const Flow &flow : derivation.flows) {
        const bool crosses = design.hosts().at(flow.source).zone != design.hosts().at(flow.destination).zone;
        QCOMPARE(flow.crossesZones, crosses);
    }
    QCOMPARE(std::count_if(derivation.flows.cbegin(), derivation.flows.cend(),
                 [](const Flow &f) { return f.crossesZones; }),
        2);
}

void tst_CatalogContract::everyPortAppearsOncePerDirection()
{
    Design design;
    QString error;
    QVERIFY2(loadSample(&design, &error), qPrintable(error));
    const Derivation derivation = m_engine.derive(design);
    QSet<QString> seen;
    for (const Flow &flow : derivation.flows) {
        if (flow.action != Action::Allow)
            continue;
        const QString direction = QString::number(flow.source) + QLatin1Char('>')
            + QString::number(flow.destination) + QLatin1Char(' ') + protocolName(flow.protocol);
        if (flow.protocol == Protocol::Icmp) {
            QVERIFY2(!seen.contains(direction), qPrintable(direction));
            seen.insert(direction);
            continue;
        }
        for (const PortRange &range : flow.ports.ranges()) {
            for (int port = range.first; port <= range.last; ++port) {
                const QString key = direction + QLatin1Char(' ') + QString::number(port);
                QVERIFY2(!seen.contains(key), qPrintable(key));
                seen.insert(key);
            }
        }
    }
    QVERIFY(seen.size() > 1000);
}

void tst_CatalogContract::catalogCitesItsSeeds()
{
    // Every flow and block of the sample cites a seed document listed in the repository's seed
    // list (resources/catalog/coverage/seeds.json), with a table or paragraph; where the seed
    // texts themselves are present, the file is there too.
    QFile list(sourcePath(QStringLiteral("resources/catalog/coverage/seeds.json")));
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName()));
    QSet<QString> listed;
    const QJsonArray seedArray
        = QJsonDocument::fromJson(list.readAll()).object().value(QLatin1String("seeds")).toArray();
    for (const QJsonValue &seed : seedArray)
        listed.insert(seed.toObject().value(QLatin1String("file")).toString());
    QVERIFY(listed.size() >= 4);
    Design design;
    QString error;
    QVERIFY2(loadSample(&design, &error), qPrintable(error));
    const Derivation derivation = m_engine.derive(design);
    QVERIFY(derivation.flows.size() > 20);
    const QDir seeds(sourcePath(QStringLiteral("../shared/seeds")));
    if (!seeds.exists())
        qInfo("seed texts not present beside the sources: references checked against seeds.json only");
    for (const Flow &flow : derivation.flows) {
        const QString file = flow.reference.section(QStringLiteral(": "), 0, 0);
        QVERIFY2(flow.reference.section(QStringLiteral(": "), 1).size() > 5, qPrintable(flow.reference));
        QVERIFY2(listed.contains(file), qPrintable(flow.rule + QStringLiteral(": ") + flow.reference));
        if (seeds.exists())
            QVERIFY2(seeds.exists(file), qPrintable(file));
    }
}

void tst_CatalogContract::identityRowsCiteSeed002()
{
    const Design design = buildDesign(
        QStringLiteral("s:sms-server a:identity-agent x:ip2id-server"), QStringLiteral("s-a x-s"));
    const Derivation derivation = m_engine.derive(design);
    QCOMPARE(flowLines(design, derivation, Action::Allow),
        sortedWords(QStringLiteral("s>a udp 8443, s>x udp 239")));
    QCOMPARE(flowLines(design, derivation, Action::Block), QStringList());
    for (const Flow &flow : derivation.flows) {
        QVERIFY2(flow.reference.startsWith(QLatin1String("002_9c297e29f7f9024b.txt: ")),
            qPrintable(flow.reference));
        if (flow.rule == QLatin1String("tippingpoint.identity-agent")) {
            // The seed's "To" column reads "SMS Management": the contract keeps a note of it.
            QVERIFY2(flow.notes.contains(QLatin1String("To column"))
                    && flow.notes.contains(QLatin1String("\"SMS Management\"")),
                qPrintable(flow.notes));
        } else {
            QCOMPARE(flow.rule, QStringLiteral("tippingpoint.ip2id"));
            QVERIFY2(flow.service.contains(QLatin1String("IDsentrie")), qPrintable(flow.service));
        }
    }
}

void tst_CatalogContract::cliDerivesTheIdentityRowsAndNothingElse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("identity.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({ "format": "portolan-design", "version": 1, "name": "Identity",
        "zones": [ { "id": "mgmt", "name": "Management", "subnets": ["10.0.0.0/24"] },
                   { "id": "id", "name": "Identity services", "subnets": ["10.0.1.0/24"] } ],
        "hosts": [ { "id": "sms", "type": "sms-server", "zone": "mgmt", "address": "10.0.0.10" },
                   { "id": "agent", "type": "identity-agent", "zone": "id", "address": "10.0.1.20" },
                   { "id": "a10", "type": "ip2id-server", "zone": "id", "address": "10.0.1.30" } ],
        "links": [ { "a": "sms", "b": "agent" }, { "a": "a10", "b": "sms" } ] })");
    file.close();
    QProcess cli;
    cli.start(QStringLiteral(PORTOLAN_CLI),
        {QStringLiteral("flows"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray flows = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                 .object()
                                 .value(QLatin1String("flows"))
                                 .toArray();
    QStringList rows;
    for (const QJsonValue &value : flows) {
        const QJsonObject flow = value.toObject();
        QStringList cells;
        for (const char *key :
            {"source", "destination", "protocol", "ports", "action", "rule", "crosses_zones"})
            cells.append(flow.value(QLatin1String(key)).toVariant().toString());
        rows.append(cells.join(QLatin1Char(' ')));
        QVERIFY(flow.value(QLatin1String("reference"))
                    .toString()
                    .startsWith(QLatin1String("002_9c297e29f7f9024b.txt: ")));
    }
    rows.sort();
    QCOMPARE(rows,
        QStringList({QStringLiteral("sms a10 udp 239 allow tippingpoint.ip2id true"),
            QStringLiteral("sms agent udp 8443 allow tippingpoint.identity-agent true")}));
}

QTEST_GUILESS_MAIN(tst_CatalogContract)
#include "tst_catalogcontract.moc"
