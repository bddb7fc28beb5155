// Every byte portolan-cli writes for a fixed set of designs: the flows, findings and exports of a
// 2,000-host synthetic estate, the bundled sample and random designs that use every product, as
// SHA-256 digests recorded from the rule engine before it was rewritten for speed. Rewrites of the
// engine, the readers and the writers must leave them all unchanged. The generation time in the
// rule sets' header is the one part that differs from run to run; it is replaced before hashing.
//
// PORTOLAN_PRINT_DIGESTS=1 prints the table of digests instead of comparing, to record a change
// of output that is meant.
#include "designbuilder.h"
#include "estategenerator.h"
#include "randomdesign.h"

#include "io/designjson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace portolan;
using namespace portolan::test;

class tst_OutputBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outputsAreUnchanged_data();
    void outputsAreUnchanged();

private:
    QTemporaryDir m_dir;
};

void tst_OutputBytes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("PORTOLAN_PRINT_DIGESTS")) {
        m_dir.setAutoRemove(false);
        std::printf("designs in %s\n", qPrintable(m_dir.path()));
    }
    const auto catalog = Catalog::builtIn();
    QString error;
    QVERIFY2(
        DesignJson::writeFile(m_dir.filePath(QStringLiteral("estate.json")), generateEstate(2000), &error),
        qPrintable(error));
    QVERIFY(QFile::copy(sourcePath(QStringLiteral("resources/samples/riverside-plant.json")),
        m_dir.filePath(QStringLiteral("sample.json"))));
    for (int seed = 1; seed <= 4; ++seed) {
        RandomSource random(seed);
        const QString path = m_dir.filePath(QStringLiteral("random-%1.json").arg(seed));
        QVERIFY2(DesignJson::writeFile(path, randomDesign(*catalog, random, 250), &error), qPrintable(error));
    }
}

void tst_OutputBytes::outputsAreUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output"); ///< the file the command writes, or empty for standard output
    QTest::addColumn<QByteArray>("digest");

    const auto commands = [](const QString &design) {
        const QString out = QStringLiteral("out");
        return QList<QPair<QString, QStringList>> {
            {QStringLiteral("flows json"), {QStringLiteral("flows"), design}},
            {QStringLiteral("flows csv"),
                {QStringLiteral("flows"), design, QStringLiteral("--format"), QStringLiteral("csv")}},
            {QStringLiteral("validate"), {QStringLiteral("validate"), design}},
            {QStringLiteral("export csv"),
                {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--bom"), QStringLiteral("--output"), out}},
            {QStringLiteral("export json"),
                {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--output"), out}},
            {QStringLiteral("export nft"),
                {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("nft"),
                    QStringLiteral("--placeholders"), QStringLiteral("--output"), out}},
            {QStringLiteral("export iptables"),
                {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("iptables"),
                    QStringLiteral("--placeholders"), QStringLiteral("--output"), out}},
            {QStringLiteral("export asa"),
                {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("asa"),
                    QStringLiteral("--placeholders"), QStringLiteral("--include-intra-zone"),
                    QStringLiteral("--output"), out}},
        };
    };
    // Recorded from the engine before the rewrite (portolan-cli of commit 94c3f3f); re-recorded
    // after main changed the catalog and the rule-set exports (5e39ca0), from main's own
    // portolan-cli, which writes the same bytes as the rewritten engine for every row; re-recorded
    // when the iptables export gave each zone pair a chain of its own and diff gained the design
    // changes and their causes, from that branch's portolan-cli, which writes the same bytes.
    const QHash<QString, QByteArray> digests = {
#include "outputdigests.inc"
    };
    const QStringList designs = {QStringLiteral("estate.json"), QStringLiteral("sample.json"),
        QStringLiteral("random-1.json"), QStringLiteral("random-2.json"), QStringLiteral("random-3.json"),
        QStringLiteral("random-4.json")};
    for (const QString &design : designs) {
        for (const auto &[name, arguments] : commands(design)) {
            const QString row = design + QLatin1Char(' ') + name;
            const bool toFile = arguments.contains(QStringLiteral("--output"));
            QTest::newRow(qPrintable(row))
                << arguments << (toFile ? QStringLiteral("out") : QString()) << digests.value(row);
        }
    }
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        const QString row = QStringLiteral("diff random-1 random-2 ") + format;
        QTest::newRow(qPrintable(row)) << QStringList {QStringLiteral("diff"),
            QStringLiteral("random-1.json"), QStringLiteral("random-2.json"), QStringLiteral("--format"),
            format} << QString() << digests.value(row);
    }
}

void tst_OutputBytes::outputsAreUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(QByteArray, digest);

    QFile::remove(m_dir.filePath(QStringLiteral("out")));
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QByteArray bytes = QByteArray::number(process.exitCode()) + "\n" + process.readAllStandardOutput()
        + "\n--\n" + process.readAllStandardError();
    if (!output.isEmpty()) {
        QFile file(m_dir.filePath(output));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the command wrote no file");
        bytes += "\n--\n" + file.readAll();
    }
    static const QRegularExpression generated(
        QStringLiteral(" on \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ "));
    bytes = QString::fromUtf8(bytes).replace(generated, QStringLiteral(" on DATE ")).toUtf8();
    const QByteArray actual = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (qEnvironmentVariableIsSet("PORTOLAN_PRINT_DIGESTS")) {
        std::printf("    {QStringLiteral(\"%s\"), \"%s\"},\n", QTest::currentDataTag(), actual.constData());
        return;
    }
    QCOMPARE(actual, digest);
}

QTEST_GUILESS_MAIN(tst_OutputBytes)
#include "tst_outputbytes.moc"
