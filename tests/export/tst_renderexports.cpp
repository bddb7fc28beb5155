// The painting exports: the PDF report read back with pdftotext and pdfinfo, the diagram as SVG
// and PNG, and the CLI running them offscreen.
#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "export/pdfreport.h"
#include "export/renderformats.h"
#include "io/designfile.h"

#include <QXmlStreamReader>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

struct Loaded
{
    Design design;
    Derivation derivation;
};

QString sample() { return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/riverside-plant.json"); }

/// The sample, with three hosts named in Chinese, Korean and Japanese.
Loaded load()
{
    static const RuleEngine engine;
    Loaded loaded;
    QString error;
    if (!DesignFile::load(sample(), engine.catalog(), &loaded.design, &error))
        qFatal("cannot load the sample: %s", qPrintable(error));
    const QStringList names = {QStringLiteral("反应器控制"), QStringLiteral("제어실"), QStringLiteral("制御室")};
    for (int i = 0; i < names.size(); ++i) {
        Host host = loaded.design.hosts().at(i);
        host.name = names.at(i);
        loaded.design.setHost(i, host);
    }
    loaded.derivation = engine.derive(loaded.design);
    return loaded;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QString runText(const QString &program, const QStringList &arguments, int *status = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (status)
        *status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QString writeExport(const QTemporaryDir &dir, const QString &format, const Loaded &loaded, const ExportOptions &options,
                    const QString &name)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!ExportFormat::find(format)->write({loaded.design, loaded.derivation, options}, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

} // namespace

class TestRenderExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { registerRenderFormats(); }
    void formatsInMenuOrder();
    void pdfText();
    void pdfPageSizes_data();
    void pdfPageSizes();
    void pdfPagePreview();
    void diagramSvg();
    void diagramPng();
    void cliPdf();
};

void TestRenderExports::formatsInMenuOrder()
{
    QStringList ids;
    for (const ExportFormat *format : ExportFormat::all())
        ids << format->id();
    QCOMPARE(ids.mid(0, 8), (QStringList{QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("nft"),
                                         QStringLiteral("iptables"), QStringLiteral("asa"), QStringLiteral("svg"),
                                         QStringLiteral("png"), QStringLiteral("json")}));
}

void TestRenderExports::pdfText()
{
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils are not installed");
    QTemporaryDir dir;
    const Loaded loaded = load();
    ExportOptions options;
    options.revision = QStringLiteral("C-7");
    options.author = QStringLiteral("Firewall Team");
    const QString pdf = writeExport(dir, QStringLiteral("pdf"), loaded, options, QStringLiteral("report.pdf"));
    const PdfReport report({loaded.design, loaded.derivation, options});
    const QString info = runText(tool("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(report.pageCount()))), qPrintable(info));
    QVERIFY(report.pageCount() >= 5);

    const QString text = runText(tool("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const QString &expected : {QStringLiteral("Riverside water treatment plant"), QStringLiteral("C-7"),
                                    QStringLiteral("Firewall Team"), QStringLiteral("Enterprise IT -> Control network"),
                                    QStringLiteral("Control network -> OT DMZ"),
                                    QStringLiteral("Any host outside Control network -> Control network"),
                                    QStringLiteral("Block recommendations"), QStringLiteral("Security notes"),
                                    QStringLiteral("Findings"), QStringLiteral("clearscada.partner"),
                                    QStringLiteral("172.20.0.5"), QStringLiteral("vos.block.tftp"),
                                    QStringLiteral("tippingpoint.tls-deprecated"), QStringLiteral("反应器控制"),
                                    QStringLiteral("제어실"), QStringLiteral("制御室"), QStringLiteral("Page 1 of %1").arg(report.pageCount()),
                                    QStringLiteral("Page %1 of %1").arg(report.pageCount())})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // A long table runs onto further pages with its headers repeated.
    QVERIFY(text.contains(QLatin1String("(continued)")));
    QVERIFY(text.count(QLatin1String("Rule and reference")) > text.count(QLatin1String("(continued)")));
}

void TestRenderExports::pdfPageSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << int(PageSize::A4) << QStringLiteral("842 x 595 pts (A4)");
    QTest::newRow("Letter") << int(PageSize::Letter) << QStringLiteral("792 x 612 pts (letter)");
}

void TestRenderExports::pdfPageSizes()
{
    QFETCH(int, size);
    QFETCH(QString, points);
    if (tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils are not installed");
    QTemporaryDir dir;
    ExportOptions options;
    options.pageSize = PageSize(size);
    const QString pdf = writeExport(dir, QStringLiteral("pdf"), load(), options, QStringLiteral("size.pdf"));
    const QString info = runText(tool("pdfinfo"), {pdf});
    QVERIFY2(info.contains(points), qPrintable(info));
}

void TestRenderExports::pdfPagePreview()
{
    const Loaded loaded = load();
    const PdfReport report({loaded.design, loaded.derivation, {}});
    const QImage page = report.renderPage(1, 1.0);
    QCOMPARE(page.size(), QSize(842, 595));
    // The diagram page is drawn: far from blank.
    int ink = 0;
    for (int y = 0; y < page.height(); y += 3) {
        for (int x = 0; x < page.width(); x += 3)
            ink += page.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    QVERIFY(ink > 5000);
}

void TestRenderExports::diagramSvg()
{
    const Loaded loaded = load();
    QByteArray svg;
    QString error;
    QVERIFY(ExportFormat::find(QStringLiteral("svg"))->render({loaded.design, loaded.derivation, {}}, &svg, &error));
    QXmlStreamReader xml(svg);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString text = QString::fromUtf8(svg);
    for (const char *expected : {"Control network", "SCADA-DMZ", "192.168.10.11", "no address"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(text.contains(QStringLiteral("제어실")));
}

void TestRenderExports::diagramPng()
{
    const Loaded loaded = load();
    QByteArray png;
    QString error;
    ExportOptions options;
    options.imageScale = 2;
    QVERIFY(ExportFormat::find(QStringLiteral("png"))->render({loaded.design, loaded.derivation, options}, &png, &error));
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage image = QImage::fromData(png, "PNG");
    QVERIFY(image.width() > 2000 && image.height() > 1500);
}

void TestRenderExports::cliPdf()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cli.pdf"));
    int status = -1;
    runText(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("pdf"),
                                           QStringLiteral("--output"), out, QStringLiteral("--page-size"), QStringLiteral("Letter")},
            &status);
    QCOMPARE(status, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString message = runText(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("export"), sample(), QStringLiteral("--format"),
                                                                   QStringLiteral("pdf"), QStringLiteral("--output"), out,
                                                                   QStringLiteral("--page-size"), QStringLiteral("B5")},
                                    &status);
    QCOMPARE(status, 2);
    QVERIFY(message.contains(QLatin1String("unknown page size")));
}

QTEST_MAIN(TestRenderExports)
#include "tst_renderexports.moc"
