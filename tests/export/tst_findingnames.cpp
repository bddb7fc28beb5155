// What people read of the findings and of a design without a name: hosts and zones by the names
// they were given (the editor, the report), ids kept where machines read (the CLI's JSON), and no
// empty quotes or dangling commas where a design name would go.
#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "export/renderformats.h"
#include "storage/designfile.h"

#include <QProcess>
#include <QRegularExpression>
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

/// Two hosts in a zone that does not hold the address of one of them, each with a name.
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
    design.insertZone(0, zone);
    Host host;
    host.id = QStringLiteral("workstation-1");
    host.type = QStringLiteral("pcns");
    host.name = QStringLiteral("Operator station");
    host.zone = zone.id;
    host.address = QHostAddress(QStringLiteral("192.168.7.9"));
    host.position = QPointF(100, 100);
    host.hasPosition = true;
    design.insertHost(0, host);
    return design;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
        {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class tst_FindingNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { registerRenderFormats(); }
    void findingNamesHostAndZone();
    void sampleFindingsUseNames();
    void untitledRuleSetHeader();
    void untitledPdfTitle();
};

void tst_FindingNames::findingNamesHostAndZone()
{
    const Design design = misplacedHost();
    const Derivation derivation = engine().derive(design);
    const auto found = std::find_if(derivation.findings.cbegin(), derivation.findings.cend(),
        [](const Finding &finding) { return finding.rule == QLatin1String("design.address-outside-zone"); });
    QVERIFY(found != derivation.findings.cend());
    // Machines read ids: the message as the CLI writes it is unchanged.
    QCOMPARE(found->message,
        QStringLiteral("Host \"workstation-1\": address 192.168.7.9 lies outside every subnet of zone "
                       "\"zone-2\" (10.1.0.0/24)."));
    // People read names.
    QCOMPARE(found->text(design),
        QStringLiteral("Host \"Operator station\": address 192.168.7.9 lies outside every subnet of zone "
                       "\"Control room\" (10.1.0.0/24)."));
}

void tst_FindingNames::sampleFindingsUseNames()
{
    Design design;
    QString error;
    QVERIFY2(DesignFile::load(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/riverside-plant.json"),
                 engine().catalog(), &design, &error),
        qPrintable(error));
    // Give every host a name its id is not part of.
    for (int i = 0; i < design.hosts().size(); ++i) {
        Host host = design.hosts().at(i);
        host.name = QStringLiteral("Machine number %1").arg(i);
        design.setHost(i, host);
    }
    const Derivation derivation = engine().derive(design);
    int named = 0;
    for (const Finding &finding : derivation.findings) {
        const QString text = finding.text(design);
        for (int host : finding.hosts) {
            const QString id = design.hosts().at(host).id;
            if (!finding.message.contains(QLatin1Char('"') + id + QLatin1Char('"')))
                continue;
            ++named;
            QVERIFY2(!text.contains(QLatin1Char('"') + id + QLatin1Char('"')), qPrintable(text));
            QVERIFY2(text.contains(design.hosts().at(host).name), qPrintable(text));
        }
    }
    QVERIFY(named > 0); // the sample has findings that name hosts
}

void tst_FindingNames::untitledRuleSetHeader()
{
    Design design = misplacedHost();
    design.name.clear();
    const Derivation derivation = engine().derive(design);
    ExportOptions options;
    options.placeholders = true;
    QByteArray data;
    QString error;
    QVERIFY2(ExportFormat::find(QStringLiteral("nft"))->render({design, derivation, options}, &data, &error),
        qPrintable(error));
    const QString text = QString::fromUtf8(data);
    QVERIFY2(!text.contains(QLatin1String("\"\"")), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QLatin1String("for an untitled design")), qPrintable(text.left(400)));
}

void tst_FindingNames::untitledPdfTitle()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils are not installed");
    Design design = misplacedHost();
    design.name.clear();
    const Derivation derivation = engine().derive(design);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(
        ExportFormat::find(QStringLiteral("pdf"))->write({design, derivation, ExportOptions()}, path, &error),
        qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(!text.contains(QLatin1String("report: ,")), qPrintable(text));
    // The footer of each page ("flow" may come back from the PDF with an fl ligature).
    QCOMPARE(text.count(QLatin1String(" report: Untitled design")),
        text.count(QRegularExpression(QStringLiteral("Page \\d+ of \\d+"))));
    QVERIFY(text.count(QRegularExpression(QStringLiteral("Page \\d+ of \\d+"))) > 0);
    // The findings table names the host and the zone as people named them.
    QVERIFY2(text.contains(QLatin1String("Operator station")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("\"workstation-1\"")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("\"zone-2\"")), qPrintable(text));
}

QTEST_MAIN(tst_FindingNames)
#include "tst_findingnames.moc"
