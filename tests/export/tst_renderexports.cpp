// The painting exports: the PDF report read back with pdftotext and pdfinfo, the diagram as SVG
// and PNG, and the CLI running them offscreen.
#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "export/pdfreport.h"
#include "export/renderformats.h"
#include "storage/designfile.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace portolan;

namespace {

struct Loaded
{
    Design design;
    Derivation derivation;
};

QString sample()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/riverside-plant.json");
}

/// The sample, with three hosts named in Chinese, Korean and Japanese.
Loaded load()
{
    static const RuleEngine engine;
    Loaded loaded;
    QString error;
    if (!DesignFile::load(sample(), engine.catalog(), &loaded.design, &error))
        qFatal("cannot load the sample: %s", qPrintable(error));
    const QStringList names
        = {QStringLiteral("反应器控制"), QStringLiteral("제어실"), QStringLiteral("制御室")};
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

QString writeExport(const QTemporaryDir &dir, const QString &format, const Loaded &loaded,
    const ExportOptions &options, const QString &name)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!ExportFormat::find(format)->write({loaded.design, loaded.derivation, options}, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

/// The text of a PDF, with the typographic ligatures (fi, fl) spelled out.
QString readPdfText(const QString &pdf)
{
    QString text = runText(tool("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    text.replace(QChar(0xfb01), QStringLiteral("fi")).replace(QChar(0xfb02), QStringLiteral("fl"));
    return text;
}

/// Runs portolan-cli as a server would: no display and no XDG_RUNTIME_DIR.
Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    process.waitForFinished(60000);
    Run run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// The sample at a second stage: renamed, SCADA-A on another port, UPS2-NMC registering over
/// HTTPS, and the DMZ jump host no longer linked to the DMZ PowerChute.
QString writeStageTwo(const QTemporaryDir &dir)
{
    QFile in(sample());
    if (!in.open(QIODevice::ReadOnly))
        return QString();
    QJsonObject design = QJsonDocument::fromJson(in.readAll()).object();
    design.insert(QStringLiteral("name"), QStringLiteral("Riverside stage 2"));
    QJsonArray hosts = design.value(QStringLiteral("hosts")).toArray();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        QJsonObject host = hosts.at(i).toObject();
        QJsonObject params = host.value(QStringLiteral("params")).toObject();
        if (host.value(QStringLiteral("id")) == QLatin1String("scada-a"))
            params.insert(QStringLiteral("port"), 5482);
        else if (host.value(QStringLiteral("id")) == QLatin1String("ups2-nmc"))
            params.insert(QStringLiteral("protocol"), QStringLiteral("https"));
        host.insert(QStringLiteral("params"), params);
        hosts.replace(i, host);
    }
    design.insert(QStringLiteral("hosts"), hosts);
    QJsonArray links;
    for (const QJsonValue link : design.value(QStringLiteral("links")).toArray()) {
        if (link.toObject().value(QStringLiteral("a")) != QLatin1String("dmz-jump")
            || link.toObject().value(QStringLiteral("b")) != QLatin1String("pcns-dmz"))
            links.append(link);
    }
    design.insert(QStringLiteral("links"), links);
    const QString path = dir.filePath(QStringLiteral("stage2.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(design).toJson()) < 0)
        return QString();
    return path;
}

} // namespace

class tst_RenderExports : public QObject
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
    void progressAndCancel_data();
    void progressAndCancel();
    void cliPdf();
    void cliPaintingKeepsStandardErrorQuiet();
    void cliDiffPdf();
    void cliDiffPdfNoChange();
    void cliDiffPdfUsage();
};

void tst_RenderExports::formatsInMenuOrder()
{
    QStringList ids;
    for (const ExportFormat *format : ExportFormat::all())
        ids << format->id();
    QCOMPARE(ids.mid(0, 8),
        (QStringList {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("nft"),
            QStringLiteral("iptables"), QStringLiteral("asa"), QStringLiteral("svg"), QStringLiteral("png"),
            QStringLiteral("json")}));
}

void tst_RenderExports::pdfText()
{
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils are not installed");
    QTemporaryDir dir;
    const Loaded loaded = load();
    ExportOptions options;
    options.revision = QStringLiteral("C-7");
    options.author = QStringLiteral("Firewall Team");
    const QString pdf
        = writeExport(dir, QStringLiteral("pdf"), loaded, options, QStringLiteral("report.pdf"));
    const PdfReport report({loaded.design, loaded.derivation, options});
    const QString info = runText(tool("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(report.pageCount()))),
        qPrintable(info));
    QVERIFY(report.pageCount() >= 5);

    const QString text = runText(tool("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const QString &expected : {QStringLiteral("Riverside water treatment plant"), QStringLiteral("C-7"),
             QStringLiteral("Firewall Team"), QStringLiteral("Enterprise IT -> Control network"),
             QStringLiteral("Control network -> OT DMZ"),
             QStringLiteral("Any host outside Control network -> Control network"),
             QStringLiteral("Block recommendations"), QStringLiteral("Security notes"),
             QStringLiteral("Findings"), QStringLiteral("clearscada.partner"), QStringLiteral("172.20.0.5"),
             QStringLiteral("vos.block.tftp"), QStringLiteral("tippingpoint.tls-deprecated"),
             QStringLiteral("反应器控制"), QStringLiteral("제어실"), QStringLiteral("制御室"),
             QStringLiteral("Page 1 of %1").arg(report.pageCount()),
             QStringLiteral("Page %1 of %1").arg(report.pageCount())})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // A long table runs onto further pages with its headers repeated.
    QVERIFY(text.contains(QLatin1String("(continued)")));
    QVERIFY(text.count(QLatin1String("Rule and reference")) > text.count(QLatin1String("(continued)")));
}

void tst_RenderExports::pdfPageSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << int(PageSize::A4) << QStringLiteral("842 x 595 pts (A4)");
    QTest::newRow("Letter") << int(PageSize::Letter) << QStringLiteral("792 x 612 pts (letter)");
}

void tst_RenderExports::pdfPageSizes()
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

void tst_RenderExports::pdfPagePreview()
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

void tst_RenderExports::diagramSvg()
{
    const Loaded loaded = load();
    QByteArray svg;
    QString error;
    QVERIFY(ExportFormat::find(QStringLiteral("svg"))
                ->render({loaded.design, loaded.derivation, {}}, &svg, &error));
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

void tst_RenderExports::diagramPng()
{
    const Loaded loaded = load();
    QByteArray png;
    QString error;
    ExportOptions options;
    options.imageScale = 2;
    QVERIFY(ExportFormat::find(QStringLiteral("png"))
                ->render({loaded.design, loaded.derivation, options}, &png, &error));
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage image = QImage::fromData(png, "PNG");
    QVERIFY(image.width() > 2000 && image.height() > 1500);
}

void tst_RenderExports::progressAndCancel_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("png") << QStringLiteral("png");
}

void tst_RenderExports::progressAndCancel()
{
    QFETCH(QString, id);
    const ExportFormat *format = ExportFormat::find(id);
    QVERIFY(format);
    const Loaded loaded = load();
    QTemporaryDir dir;

    // Progress climbs to all of the work and changes nothing in what is written.
    ExportOptions options;
    options.date = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QByteArray plain;
    QString error;
    QVERIFY2(format->render({loaded.design, loaded.derivation, options}, &plain, &error), qPrintable(error));
    QList<QPair<qint64, qint64>> told;
    options.progress = [&told](qint64 done, qint64 total) {
        told.append({done, total});
        return true;
    };
    QByteArray followed;
    QVERIFY2(
        format->render({loaded.design, loaded.derivation, options}, &followed, &error), qPrintable(error));
    QVERIFY(told.size() >= 2);
    QCOMPARE(told.last().first, told.last().second);
    for (qsizetype i = 1; i < told.size(); ++i) {
        QVERIFY(told.at(i).first * told.at(i - 1).second >= told.at(i - 1).first * told.at(i).second);
        QVERIFY(told.at(i).first <= told.at(i).second);
    }
    if (id != QLatin1String("pdf")) // the PDF carries the time it was written
        QCOMPARE(followed, plain);

    // Stopped at any step, the export fails and writes no file.
    for (qsizetype stopAt = 0; stopAt < told.size() - 1; ++stopAt) {
        qsizetype calls = 0;
        options.progress = [&calls, stopAt](qint64, qint64) { return calls++ < stopAt; };
        const QString path = dir.filePath(QStringLiteral("stopped.") + id);
        error.clear();
        QVERIFY(!format->write({loaded.design, loaded.derivation, options}, path, &error));
        QCOMPARE(error, QStringLiteral("The export was cancelled."));
        QVERIFY(!QFileInfo::exists(path));
    }
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void tst_RenderExports::cliPdf()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cli.pdf"));
    int status = -1;
    runText(QStringLiteral(PORTOLAN_CLI),
        {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--output"), out, QStringLiteral("--page-size"), QStringLiteral("Letter")},
        &status);
    QCOMPARE(status, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString message = runText(QStringLiteral(PORTOLAN_CLI),
        {QStringLiteral("export"), sample(), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--output"), out, QStringLiteral("--page-size"), QStringLiteral("B5")},
        &status);
    QCOMPARE(status, 2);
    QVERIFY(message.contains(QLatin1String("unknown page size")));
}

void tst_RenderExports::cliPaintingKeepsStandardErrorQuiet()
{
    QTemporaryDir dir;
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png")}) {
        const QString out = dir.filePath(QStringLiteral("quiet.") + format);
        const Run run = runCli({QStringLiteral("export"), sample(), QStringLiteral("--format"), format,
            QStringLiteral("--output"), out});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(QFileInfo(out).size() > 1000);
    }
    const Run diff = runCli({QStringLiteral("diff"), sample(), sample(), QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--output"), dir.filePath(QStringLiteral("diff.pdf"))});
    QCOMPARE(diff.status, 0);
    QVERIFY2(diff.err.isEmpty(), diff.err.constData());
}

void tst_RenderExports::cliDiffPdf()
{
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        QSKIP("poppler-utils are not installed");
    QTemporaryDir dir;
    const QString stage2 = writeStageTwo(dir);
    QVERIFY(!stage2.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("changes.pdf"));
    const Run run = runCli({QStringLiteral("diff"), sample(), stage2, QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(run.out.isEmpty());
    const QString info = runText(tool("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QStringLiteral(
                 "Design change review: Riverside water treatment plant \u2192 Riverside stage 2")),
        qPrintable(info));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());

    const QString text = readPdfText(pdf);
    for (const QString &expected :
        {QStringLiteral("Riverside water treatment plant \u2192 Riverside stage 2"),
            QStringLiteral("OT DMZ -> OT DMZ"), QStringLiteral("pcns.web-ui"),
            QStringLiteral("Control network -> Control network"), QStringLiteral("OT DMZ -> UPS management"),
            QStringLiteral("[2] Link dmz-jump \u2013 pcns-dmz removed"),
            QStringLiteral("Host scada-a: parameter port 5481 \u2192 5482"), QStringLiteral("Ports: 5481"),
            QStringLiteral("Ports: 5482"), QStringLiteral("Ports: 80"), QStringLiteral("Ports: 443"),
            QStringLiteral("Page 1 of %1").arg(pages.captured(1)),
            QStringLiteral("Page %1 of %1").arg(pages.captured(1))})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // The removed flows come from the old design only: the jump host's link is gone.
    const qsizetype removed = text.indexOf(QLatin1String("OT DMZ -> OT DMZ"));
    const qsizetype changed = text.indexOf(QLatin1String("Control network -> Control network"));
    QVERIFY(removed > 0 && changed > removed);
    QCOMPARE(text.mid(removed, changed - removed).count(QLatin1String("DMZ-JUMP")), 2);
    // In each changed row the old value comes before the new one.
    QVERIFY(text.indexOf(QLatin1String("Ports: 5481")) < text.indexOf(QLatin1String("Ports: 5482")));
    QVERIFY(text.indexOf(QLatin1String("Ports: 80")) < text.indexOf(QLatin1String("Ports: 443")));

    // --output - writes the same report to standard output.
    const Run piped = runCli({QStringLiteral("diff"), sample(), stage2, QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(piped.status, 1);
    QVERIFY(piped.out.startsWith("%PDF-"));
    QVERIFY(piped.err.isEmpty());
}

void tst_RenderExports::cliDiffPdfNoChange()
{
    if (tool("pdftotext").isEmpty())
        QSKIP("poppler-utils are not installed");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("same.pdf"));
    const Run run = runCli(
        {QStringLiteral("diff"), sample(), sample(), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--output"), pdf, QStringLiteral("--page-size"), QStringLiteral("Letter")});
    QCOMPARE(run.status, 0);
    const QString text = readPdfText(pdf);
    for (const char *expected :
        {"The two designs are the same", "No firewall rule changes.", "No flow changed.", "Page 1 of "})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

void tst_RenderExports::cliDiffPdfUsage()
{
    QTemporaryDir dir;
    // A PDF is never sent to a terminal by accident: --output is required.
    Run run = runCli(
        {QStringLiteral("diff"), sample(), sample(), QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("--output FILE is required for pdf"), run.err.constData());
    // An unreadable design fails with its name and writes no file.
    const QString pdf = dir.filePath(QStringLiteral("none.pdf"));
    run = runCli({QStringLiteral("diff"), sample(), dir.filePath(QStringLiteral("missing.json")),
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains("missing.json"));
    QVERIFY(!QFile::exists(pdf));
    // The help names the format and how to write the PDF to standard output.
    run = runCli({QStringLiteral("diff"), QStringLiteral("--help")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("json|csv|pdf"));
    QVERIFY(run.out.contains("needs --output FILE (- for standard output)"));
}

QTEST_MAIN(tst_RenderExports)
#include "tst_renderexports.moc"
