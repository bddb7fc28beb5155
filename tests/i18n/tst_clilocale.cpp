// portolan-cli speaks English whatever the locale: every command on the sample writes the same
// bytes (standard output, standard error, exit status and files) under LANG=C and under a German
// locale, so scripts and firewalls read the same JSON keys, CSV headers, verdicts and comments.
// Only the time of generation may differ between two runs: it is masked, and a PDF is compared by
// its text (pdftotext), since its compressed page holds that time.
#include "designbuilder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
    QByteArray file;
};

bool germanLocaleInstalled()
{
    QProcess locale;
    locale.start(QStringLiteral("locale"), {QStringLiteral("-a")});
    if (!locale.waitForFinished(10000))
        return false;
    const QList<QByteArray> names = locale.readAllStandardOutput().split('\n');
    return std::any_of(names.cbegin(), names.cend(), [](const QByteArray &name) {
        return name.toLower() == "de_de.utf8" || name.toLower() == "de_de.utf-8";
    });
}

Run cli(const QStringList &arguments, const QByteArray &locale, const QString &output)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QString::fromLatin1(locale));
    environment.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
    if (locale.startsWith("de"))
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    QProcess process;
    process.setProcessEnvironment(environment);
    QFile::remove(output);
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    if (!process.waitForFinished(120000))
        qFatal("portolan-cli did not finish");
    Run run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError(), QByteArray()};
    QFile file(output);
    if (file.open(QIODevice::ReadOnly))
        run.file = file.readAll();
    return run;
}

/// The bytes with the run's time masked; a PDF as its text, page by page.
QByteArray comparable(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (bytes.startsWith("%PDF")) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-"), QStringLiteral("-")});
        text.write(bytes);
        text.closeWriteChannel();
        if (!text.waitForFinished(60000) || text.exitCode() != 0)
            qFatal("pdftotext failed");
        data = text.readAllStandardOutput();
    }
    static const QRegularExpression time(QStringLiteral(R"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?Z?)"));
    return QString::fromUtf8(data).replace(time, QStringLiteral("<time>")).toUtf8();
}

} // namespace

class tst_CliLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameBytesInEveryLocale_data();
    void sameBytesInEveryLocale();

private:
    QTemporaryDir m_dir;
};

void tst_CliLocale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!germanLocaleInstalled())
        QSKIP("The de_DE.UTF-8 locale is not installed (localedef -i de_DE -f UTF-8 de_DE.UTF-8): a missing "
              "locale falls back to C, so the comparison would prove nothing");
    // A second design for diff: the interchange contract's example.
    QFile other(m_dir.filePath(QStringLiteral("other.json")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(test::InterchangeExample);
}

void tst_CliLocale::sameBytesInEveryLocale_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString sample = test::sourcePath(QStringLiteral("resources/samples/riverside-plant.json"));
    const QString other = m_dir.filePath(QStringLiteral("other.json"));
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QTest::newRow("help") << QStringList {QStringLiteral("--help")};
    QTest::newRow("export --help") << QStringList {QStringLiteral("export"), QStringLiteral("--help")};
    QTest::newRow("flows") << QStringList {QStringLiteral("flows"), sample};
    QTest::newRow("flows json") << QStringList {
        QStringLiteral("flows"), sample, QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("flows csv") << QStringList {
        QStringLiteral("flows"), sample, QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("validate") << QStringList {QStringLiteral("validate"), sample};
    QTest::newRow("validate other") << QStringList {QStringLiteral("validate"), other};
    for (const char *format : {"csv", "pdf", "nft", "iptables", "asa", "svg", "png", "json"}) {
        QStringList arguments {QStringLiteral("export"), sample, QStringLiteral("--format"),
            QString::fromLatin1(format), QStringLiteral("--output"), out};
        if (QByteArray(format) == "nft" || QByteArray(format) == "iptables" || QByteArray(format) == "asa")
            arguments << QStringLiteral("--placeholders");
        QTest::newRow(qPrintable(QStringLiteral("export %1").arg(QString::fromLatin1(format)))) << arguments;
    }
    QTest::newRow("diff") << QStringList {QStringLiteral("diff"), sample, other};
    QTest::newRow("diff json") << QStringList {
        QStringLiteral("diff"), sample, other, QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("diff csv") << QStringList {
        QStringLiteral("diff"), sample, other, QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("diff pdf") << QStringList {QStringLiteral("diff"), sample, other,
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), out};
    QTest::newRow("probe --help") << QStringList {QStringLiteral("probe"), QStringLiteral("--help")};
    QTest::newRow("probe dry run") << QStringList {QStringLiteral("probe"), sample, QStringLiteral("--as"),
        QStringLiteral("eng-ws1"), QStringLiteral("--dry-run")};
    QTest::newRow("probe dry run json")
        << QStringList {QStringLiteral("probe"), sample, QStringLiteral("--as"), QStringLiteral("eng-ws1"),
               QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")};
    const QString inventory = test::sourcePath(QStringLiteral("resources/samples/riverside-inventory.csv"));
    QTest::newRow("import") << QStringList {QStringLiteral("import"), inventory, QStringLiteral("--into"),
        sample, QStringLiteral("--output"), QStringLiteral("-")};
    QTest::newRow("import a bad inventory")
        << QStringList {QStringLiteral("import"), other, QStringLiteral("--output"), out};
    QTest::newRow("unreadable design")
        << QStringList {QStringLiteral("flows"), m_dir.filePath(QStringLiteral("missing.json"))};
    QTest::newRow("bad option") << QStringList {
        QStringLiteral("flows"), sample, QStringLiteral("--format"), QStringLiteral("yaml")};
}

void tst_CliLocale::sameBytesInEveryLocale()
{
    QFETCH(QStringList, arguments);
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const Run c = cli(arguments, "C", out);
    const Run german = cli(arguments, "de_DE.UTF-8", out);
    QVERIFY2(!c.out.isEmpty() || !c.err.isEmpty() || !c.file.isEmpty(), "the command wrote nothing");
    QCOMPARE(german.status, c.status);
    QCOMPARE(german.err, c.err);
    QCOMPARE(comparable(german.out), comparable(c.out));
    QCOMPARE(comparable(german.file), comparable(c.file));
}

QTEST_GUILESS_MAIN(tst_CliLocale)
#include "tst_clilocale.moc"
