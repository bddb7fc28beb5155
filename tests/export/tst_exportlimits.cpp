// Drawings of designs at the edges of what the rule book allows: the SVG, PDF and PNG exports
// finish with a picture or one clear message, never a wrapped integer, a huge allocation or a
// stream of painter warnings.
#include "export/diagrampngexport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace portolan;

namespace {

struct Run
{
    int status = -1;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    if (!process.waitForStarted() || !process.waitForFinished(600000))
        qFatal("portolan-cli did not run");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject zone(const QString &id, double x, double y, double size)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), id.toUpper()},
        {QStringLiteral("subnets"), QJsonArray {}}, {QStringLiteral("x"), x}, {QStringLiteral("y"), y},
        {QStringLiteral("width"), size}, {QStringLiteral("height"), size}};
}

QJsonObject host(const QString &id, const QString &zoneId, const QString &address, double x, double y)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("workstation")},
        {QStringLiteral("name"), id.toUpper()}, {QStringLiteral("zone"), zoneId},
        {QStringLiteral("address"), address}, {QStringLiteral("x"), x}, {QStringLiteral("y"), y}};
}

/// Two zones of the largest size, one at each corner of the canvas, with a host in each.
QByteArray edgesDesign()
{
    const QJsonObject design {{QStringLiteral("format"), QStringLiteral("portolan-design")},
        {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("Edges")},
        {QStringLiteral("zones"),
            QJsonArray {
                zone(QStringLiteral("low"), -1e7, -1e7, 2e7), zone(QStringLiteral("high"), 1e7, 1e7, 2e7)}},
        {QStringLiteral("hosts"),
            QJsonArray {
                host(QStringLiteral("h1"), QStringLiteral("low"), QStringLiteral("10.0.0.1"), -1e7, -1e7),
                host(QStringLiteral("h2"), QStringLiteral("high"), QStringLiteral("10.0.1.1"), 1e7, 1e7)}},
        {QStringLiteral("links"),
            QJsonArray {QJsonObject {
                {QStringLiteral("a"), QStringLiteral("h1")}, {QStringLiteral("b"), QStringLiteral("h2")}}}}};
    return QJsonDocument(design).toJson();
}

} // namespace

class tst_ExportLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pictureSizeIsClamped();
    void exportsAtTheCanvasEdges_data();
    void exportsAtTheCanvasEdges();
    void refusesAPictureOfLessThanAPixel();

private:
    QTemporaryDir m_dir;
    QString m_design;
};

void tst_ExportLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_design = m_dir.filePath(QStringLiteral("edges.json"));
    QFile file(m_design);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(edgesDesign());
}

void tst_ExportLimits::pictureSizeIsClamped()
{
    // The diagram of edgesDesign(): 4e7 units a side, with the painter's margin.
    const QSize edges = DiagramPngExport::pictureSize(QSizeF(4e7 + 40, 4e7 + 40), 16);
    QVERIFY(!edges.isEmpty());
    QVERIFY(edges.width() <= 16000 && edges.height() <= 16000);
    QVERIFY(qint64(edges.width()) * edges.height() <= 64000000);
    QVERIFY(qint64(edges.width()) * edges.height() >= 63000000); // as large as allowed, not smaller
    // A tall estate keeps its shape within 16000 pixels a side.
    QCOMPARE(DiagramPngExport::pictureSize(QSizeF(1000, 8000), 4), QSize(2000, 16000));
    // Small diagrams are drawn at the scale asked for.
    QCOMPARE(DiagramPngExport::pictureSize(QSizeF(440, 240), 2), QSize(880, 480));
    // Less than a pixel, or no number at all: nothing to draw.
    QVERIFY(DiagramPngExport::pictureSize(QSizeF(440, 240), 1e-4).isEmpty());
    QVERIFY(DiagramPngExport::pictureSize(QSizeF(440, 240), qQNaN()).isEmpty());
    QVERIFY(DiagramPngExport::pictureSize(QSizeF(qInf(), 240), 1).isEmpty());
}

void tst_ExportLimits::exportsAtTheCanvasEdges_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("svg") << QStringList {QStringLiteral("--format"), QStringLiteral("svg")};
    QTest::newRow("pdf") << QStringList {QStringLiteral("--format"), QStringLiteral("pdf")};
    // A small scale keeps the picture quick to draw; pictureSizeIsClamped() covers the clamp.
    QTest::newRow("png") << QStringList {QStringLiteral("--format"), QStringLiteral("png"),
        QStringLiteral("--scale"), QStringLiteral("0.0001")};
}

void tst_ExportLimits::exportsAtTheCanvasEdges()
{
    QFETCH(QStringList, options);
    const QString output = m_dir.filePath(QStringLiteral("edges.") + options.at(1));
    const Run run = cli(QStringList {QStringLiteral("export")} << options << QStringLiteral("--output")
                                                               << output << m_design);
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString()); // no painter warnings
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (options.at(1) == QLatin1String("png")) {
        const QImage image = QImage::fromData(data, "PNG");
        QCOMPARE(image.size(), QSize(4000, 4000)); // 4e7 + 40 units at 0.0001 pixels a unit
    } else if (options.at(1) == QLatin1String("svg")) {
        // The whole diagram, 4e7 + 40 units a side (QSvgGenerator writes six significant digits).
        const QRegularExpression viewBox(QStringLiteral("viewBox=\"0 0 ([^ ]+) ([^\"]+)\""));
        const QRegularExpressionMatch match = viewBox.match(QString::fromUtf8(data));
        QVERIFY2(match.hasMatch(), data.left(600).constData());
        QVERIFY(qAbs(match.captured(1).toDouble() - 4e7) < 500);
        QVERIFY(qAbs(match.captured(2).toDouble() - 4e7) < 500);
    } else {
        QVERIFY(data.startsWith("%PDF-"));
    }
}

void tst_ExportLimits::refusesAPictureOfLessThanAPixel()
{
    const QString output = m_dir.filePath(QStringLiteral("tiny.png"));
    const Run run = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
        QStringLiteral("--scale"), QStringLiteral("0.00000001"), QStringLiteral("--output"), output,
        m_design});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(QLatin1String("smaller than one pixel")), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
}

QTEST_MAIN(tst_ExportLimits)
#include "tst_exportlimits.moc"
