// What people read of the findings and of a design without a name: hosts and zones by the names
// they were given (the editor's Findings list, the PDF report), ids where machines read (the CLI's
// JSON and CSV), and no empty quotes or dangling commas where a design's name would go.
#include "designbuilder.h"

#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "export/renderformats.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

const RuleEngine &engine()
{
    static const RuleEngine instance;
    return instance;
}

/// A named host whose address lies outside its named zone's subnet.
Design misplacedHost()
{
    Design design;
    Zone zone;
    zone.id = QStringLiteral("zone-2");
    zone.name = QStringLiteral("Control room");
    Subnet subnet;
    Zone::parseSubnet(QStringLiteral("10.1.0.0/24"), &subnet);
    zone.subnets = {subnet};
    zone.area = QRectF(0, 0, 400, 300);
    design.addZone(zone);
    Host host;
    host.id = QStringLiteral("workstation-1");
    host.type = QStringLiteral("pcns");
    host.name = QStringLiteral("Operator station");
    host.zone = zone.id;
    host.address = QHostAddress(QStringLiteral("192.168.7.9"));
    host.position = QPointF(100, 100);
    host.hasPosition = true;
    design.addHost(host);
    return design;
}

const Finding *findingOf(const Derivation &derivation, const QString &rule)
{
    for (const Finding &finding : derivation.findings) {
        if (finding.rule == rule)
            return &finding;
    }
    return nullptr;
}

void nameHost(Design *design, const QString &id, const QString &name)
{
    const int index = design->hostIndex(id);
    Host host = design->hosts().at(index);
    host.name = name;
    design->setHost(index, host);
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
        {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    // pdftotext gives the font's ligatures ("ﬂ", "ﬁ") as single characters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xfb02), QLatin1String("fl"))
        .replace(QChar(0xfb01), QLatin1String("fi"));
}

} // namespace

class tst_FindingNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { registerRenderFormats(); }
    void builtInCheckNamesHostAndZone();
    void catalogMessageNamesHost();
    void linkFindingsNameBothHosts();
    void unnamedHostKeepsItsId();
    void sampleFindingsUseNames();
    void untitledRuleSetHeader();
    void untitledPdf();
};

void tst_FindingNames::builtInCheckNamesHostAndZone()
{
    const Design design = misplacedHost();
    const Derivation derivation = engine().derive(design);
    const Finding *found = findingOf(derivation, QStringLiteral("design.address-outside-zone"));
    QVERIFY(found);
    // Machines read ids: the message as the CLI writes it keeps them.
    QCOMPARE(found->message,
        QStringLiteral("Host \"workstation-1\": address 192.168.7.9 lies outside every subnet of zone "
                       "\"zone-2\" (10.1.0.0/24)."));
    QCOMPARE(found->text(design),
        QStringLiteral("Host \"Operator station\": address 192.168.7.9 lies outside every subnet of zone "
                       "\"Control room\" (10.1.0.0/24)."));
}

void tst_FindingNames::catalogMessageNamesHost()
{
    // A PowerChute agent linked to no NMC: the catalog's message names it with {id}.
    Design design = test::buildDesign(QStringLiteral("pcns-7:pcns"), QString());
    nameHost(&design, QStringLiteral("pcns-7"), QStringLiteral("Historian UPS agent"));
    const Derivation derivation = engine().derive(design);
    const Finding *found = findingOf(derivation, QStringLiteral("pcns.no-nmc"));
    QVERIFY2(found, qPrintable(test::findingRules(derivation).join(QLatin1Char(' '))));
    QCOMPARE(found->message,
        QStringLiteral("PowerChute agent \"pcns-7\" is linked to no NMC: it will never receive a shutdown "
                       "signal."));
    QCOMPARE(found->text(design),
        QStringLiteral(
            "PowerChute agent \"Historian UPS agent\" is linked to no NMC: it will never receive a "
            "shutdown signal."));
}

void tst_FindingNames::linkFindingsNameBothHosts()
{
    // Two links between the same hosts: the second repeats the first.
    Design design = test::buildDesign(QStringLiteral("n:nmc p:pcns"), QStringLiteral("p-n n-p"));
    nameHost(&design, QStringLiteral("n"), QStringLiteral("UPS 1 card"));
    nameHost(&design, QStringLiteral("p"), QStringLiteral("Server agent"));
    const Derivation derivation = engine().derive(design);
    const Finding *found = findingOf(derivation, QStringLiteral("design.repeated-link"));
    QVERIFY(found);
    QCOMPARE(found->message, QStringLiteral("Link 1 (n - p) repeats link 0; it adds nothing."));
    QCOMPARE(found->text(design),
        QStringLiteral("Link 1 (UPS 1 card - Server agent) repeats link 0; it adds nothing."));
}

void tst_FindingNames::unnamedHostKeepsItsId()
{
    Design design = misplacedHost();
    nameHost(&design, QStringLiteral("workstation-1"), QString());
    const Derivation derivation = engine().derive(design);
    const Finding *found = findingOf(derivation, QStringLiteral("design.address-outside-zone"));
    QVERIFY(found);
    QCOMPARE(found->text(design),
        QStringLiteral("Host \"workstation-1\": address 192.168.7.9 lies outside every subnet of zone "
                       "\"Control room\" (10.1.0.0/24)."));
}

void tst_FindingNames::sampleFindingsUseNames()
{
    Design design;
    QString error;
    QVERIFY2(test::loadSample(&design, &error), qPrintable(error));
    // Make a finding of every kind the engine writes with a host's id: an address outside its zone.
    Host moved = design.hosts().front();
    moved.address = QHostAddress(QStringLiteral("10.250.250.250"));
    design.setHost(0, moved);
    for (int i = 0; i < design.hosts().size(); ++i)
        nameHost(&design, design.hosts().at(i).id, QStringLiteral("Machine number %1").arg(i));
    const Derivation derivation = engine().derive(design);
    int named = 0;
    for (const Finding &finding : derivation.findings) {
        const QString text = finding.text(design);
        for (const int host : finding.hosts) {
            const QString quotedId = QLatin1Char('"') + design.hosts().at(host).id + QLatin1Char('"');
            if (!finding.message.contains(quotedId))
                continue;
            ++named;
            QVERIFY2(!text.contains(quotedId), qPrintable(text));
            QVERIFY2(text.contains(design.hosts().at(host).name), qPrintable(text));
        }
    }
    QVERIFY(named > 0);
}

void tst_FindingNames::untitledRuleSetHeader()
{
    const Design design = misplacedHost();
    QVERIFY(design.name.isEmpty());
    const Derivation derivation = engine().derive(design);
    ExportOptions options;
    options.placeholders = true;
    QByteArray data;
    QString error;
    QVERIFY2(ExportFormat::find(QStringLiteral("nft"))->render({design, derivation, options}, &data, &error),
        qPrintable(error));
    const QString head = QString::fromUtf8(data).section(QLatin1Char('\n'), 0, 2);
    QVERIFY2(head.contains(QLatin1String("for an untitled design")), qPrintable(head));
    QVERIFY2(!head.contains(QLatin1String("\"\"")), qPrintable(head));
}

void tst_FindingNames::untitledPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Design design = misplacedHost();
    const Derivation derivation = engine().derive(design);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(
        ExportFormat::find(QStringLiteral("pdf"))->write({design, derivation, ExportOptions()}, path, &error),
        qPrintable(error));
    const QString text = pdfText(path);
    // The footer of every page.
    QVERIFY2(text.contains(QLatin1String("Firewall flow report: Untitled design")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("report: ,")), qPrintable(text));
    // The findings table names the host and the zone as people named them.
    QVERIFY2(
        text.contains(QLatin1String("Host \"Operator station\": address 192.168.7.9")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("\"workstation-1\"")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("\"zone-2\"")), qPrintable(text));
}

QTEST_MAIN(tst_FindingNames)
#include "tst_findingnames.moc"
