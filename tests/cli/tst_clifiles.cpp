// portolan-cli against files that are not plain files: devices, FIFOs, a full disk, endless inputs.
#include "designbuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace portolan::test;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
    qint64 ms = 0;
};

/// Runs portolan-cli; `stdoutFile` redirects its standard output, `input` is written to its standard input.
Run cli(const QStringList &arguments, const QString &stdoutFile = QString(), const QByteArray &input = {})
{
    QProcess process;
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    if (!process.waitForStarted())
        qFatal("portolan-cli did not start");
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120000))
        qFatal("portolan-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

bool isCharDevice(const QString &path, dev_t expected)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode)
        && info.st_rdev == expected;
}

bool isFifo(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/**
 * Another process at the other end of a FIFO: `cat FIFO` reads it to its end, `sh -c ... > FIFO`
 * writes into it. A process, not a thread, so that a FIFO nobody opens cannot hang the test.
 */
class FifoPeer
{
public:
    static std::unique_ptr<FifoPeer> reader(const QString &fifo)
    {
        return std::unique_ptr<FifoPeer>(new FifoPeer(QStringLiteral("cat"), {fifo}));
    }
    /// Writes the file into the FIFO; with `endless`, blank lines without end (valid JSON white space).
    static std::unique_ptr<FifoPeer> writer(const QString &fifo, const QString &file, bool endless = false)
    {
        const QString script
            = endless ? QStringLiteral("yes '' > \"$1\"") : QStringLiteral("cat \"$2\" > \"$1\"");
        return std::unique_ptr<FifoPeer>(new FifoPeer(
            QStringLiteral("sh"), {QStringLiteral("-c"), script, QStringLiteral("sh"), fifo, file}));
    }
    ~FifoPeer() { finish(); }
    /// What the peer read (for a reader); it is stopped if it has not finished within a few seconds.
    QByteArray finish()
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
        return m_process.readAllStandardOutput();
    }

private:
    FifoPeer(const QString &program, const QStringList &arguments)
    {
        m_process.start(program, arguments);
        m_process.waitForStarted();
    }
    QProcess m_process;
};

} // namespace

class tst_CliFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outputOntoDevices_data();
    void outputOntoDevices();
    void projectExportRefusesDevices();
    void outputIntoFifo();
    void outputToDevStdout();
    void exportToStandardOutput_data();
    void exportToStandardOutput();
    void lostStandardOutput_data();
    void lostStandardOutput();
    void refusesEndlessAndSpecialInputs_data();
    void refusesEndlessAndSpecialInputs();
    void readsPipes();
    void boundsPipesAndFiles();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString device(const QString &name, unsigned minor);
    QTemporaryDir m_dir;
    QString m_design;
    QString m_project;
};

QString tst_CliFiles::device(const QString &name, unsigned minor)
{
    // As root, private copies of the memory devices, so that a regression cannot replace the
    // system's /dev/null; as another user the system's own, which cannot be replaced.
    const QString copy = path(name);
    if (QFile::exists(copy))
        return copy;
    if (::mknod(QFile::encodeName(copy).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0)
        return copy;
    return QStringLiteral("/dev/") + name;
}

void tst_CliFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_design = path(QStringLiteral("example.json"));
    QFile file(m_design);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(InterchangeExample);
    file.close();
    m_project = path(QStringLiteral("example.portolan"));
    const Run run = cli({QStringLiteral("export"), m_design, QStringLiteral("--format"),
        QStringLiteral("portolan"), QStringLiteral("--output"), m_project});
    QCOMPARE(run.status, 0);
}

void tst_CliFiles::outputOntoDevices_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString design = sourcePath(QStringLiteral("resources/samples/riverside-plant.json"));
    QTest::newRow("flows json") << QStringList {QStringLiteral("flows"), design};
    QTest::newRow("flows csv") << QStringList {
        QStringLiteral("flows"), design, QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("diff") << QStringList {QStringLiteral("diff"), design, design};
    QTest::newRow("diff pdf") << QStringList {
        QStringLiteral("diff"), design, design, QStringLiteral("--format"), QStringLiteral("pdf")};
    for (const char *format : {"csv", "json", "nft", "iptables", "asa", "svg", "png", "pdf"}) {
        QTest::newRow(qPrintable(QStringLiteral("export %1").arg(QLatin1String(format))))
            << QStringList {QStringLiteral("export"), design, QStringLiteral("--format"),
                   QLatin1String(format), QStringLiteral("--placeholders")};
    }
}

void tst_CliFiles::outputOntoDevices()
{
    QFETCH(QStringList, arguments);
    const QString null = device(QStringLiteral("null"), 3);
    const QString full = device(QStringLiteral("full"), 7);

    // Onto the null device: written, and the device is still the device.
    Run run = cli(arguments + QStringList {QStringLiteral("--output"), null});
    QVERIFY2(run.status == 0 || (run.status == 1 && arguments.first() == QLatin1String("diff")),
        qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(isCharDevice(null, makedev(1, 3)), "the null device was replaced");

    // Onto a full device: exit 2, one line naming the file and why.
    run = cli(arguments + QStringList {QStringLiteral("--output"), full});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(full) && run.err.contains(QLatin1String("cannot be written"))
            && run.err.contains(QLatin1String("No space left on device")),
        qPrintable(run.err));
    QVERIFY2(isCharDevice(full, makedev(1, 7)), "the full device was replaced");
}

void tst_CliFiles::projectExportRefusesDevices()
{
    // A project file is a database, which a device cannot hold: refused, the device untouched.
    const QString null = device(QStringLiteral("null"), 3);
    const Run run = cli({QStringLiteral("export"), m_design, QStringLiteral("--format"),
        QStringLiteral("portolan"), QStringLiteral("--output"), null});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(
        run.err.contains(null) && run.err.contains(QLatin1String("not a regular file")), qPrintable(run.err));
    QVERIFY(isCharDevice(null, makedev(1, 3)));
}

void tst_CliFiles::outputIntoFifo()
{
    const QString fifo = path(QStringLiteral("flows.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const Run direct = cli({QStringLiteral("flows"), m_design});
    QCOMPARE(direct.status, 0);
    const auto reader = FifoPeer::reader(fifo);
    const Run run = cli({QStringLiteral("flows"), m_design, QStringLiteral("--output"), fifo});
    const QByteArray received = reader->finish();
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(isFifo(fifo));
    QCOMPARE(received, direct.out);
}

void tst_CliFiles::outputToDevStdout()
{
    // /dev/stdout is a link to whatever standard output is; here a regular file.
    const QString file = path(QStringLiteral("stdout.json"));
    const Run run = cli(
        {QStringLiteral("flows"), m_design, QStringLiteral("--output"), QStringLiteral("/dev/stdout")}, file);
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(contents(file), cli({QStringLiteral("flows"), m_design}).out);
}

// `export --output -` writes the export to standard output (the bytes --output FILE writes), not
// to a file named "-"; a project file, a database, cannot go there and says so.
void tst_CliFiles::exportToStandardOutput_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"csv", "nft", "iptables", "json", "svg"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void tst_CliFiles::exportToStandardOutput()
{
    QFETCH(QString, format);
    const QString dash = QDir::current().filePath(QStringLiteral("-"));
    QFile::remove(dash);
    const QStringList placeholders = {QStringLiteral("--placeholders")};
    const QStringList options
        = format == QLatin1String("csv") || format == QLatin1String("json") || format == QLatin1String("svg")
        ? QStringList()
        : placeholders;
    const QString file = path(QStringLiteral("export.") + format);
    const Run toFile = cli(QStringList {QStringLiteral("export"), m_design, QStringLiteral("--format"),
                               format, QStringLiteral("--output"), file}
        + options);
    QCOMPARE(toFile.status, 0);
    const Run toStdout = cli(QStringList {QStringLiteral("export"), m_design, QStringLiteral("--format"),
                                 format, QStringLiteral("--output"), QStringLiteral("-")}
        + options);
    QVERIFY2(toStdout.err.isEmpty(), qPrintable(toStdout.err));
    QCOMPARE(toStdout.status, 0);
    QVERIFY(!toStdout.out.isEmpty());
    // Rule sets say when they were generated: that line may differ by a second.
    static const QRegularExpression generated(QStringLiteral(" on \\d{4}-\\d\\d-\\d\\dT[\\d:]+Z "));
    const auto withoutDate = [](const QByteArray &bytes) {
        return QString::fromUtf8(bytes).replace(generated, QStringLiteral(" on DATE ")).toUtf8();
    };
    QCOMPARE(withoutDate(toStdout.out), withoutDate(contents(file)));
    QVERIFY2(!QFile::exists(dash), "no file named - is written");

    const Run project = cli({QStringLiteral("export"), m_design, QStringLiteral("--format"),
        QStringLiteral("portolan"), QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(project.status, 2);
    QVERIFY(project.out.isEmpty());
    QCOMPARE(project.err,
        QStringLiteral(
            "portolan-cli export: a project file cannot be written to standard output; give --output a "
            "file name\n"));
    QVERIFY(!QFile::exists(dash));
}

void tst_CliFiles::lostStandardOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    const QString design = sourcePath(QStringLiteral("resources/samples/riverside-plant.json"));
    QTest::newRow("flows") << QStringList {QStringLiteral("flows"), design} << "flows";
    QTest::newRow("flows csv") << QStringList {QStringLiteral("flows"), design, QStringLiteral("--format"),
        QStringLiteral("csv")} << "flows";
    QTest::newRow("flows -") << QStringList {QStringLiteral("flows"), design, QStringLiteral("--output"),
        QStringLiteral("-")} << "flows";
    QTest::newRow("validate") << QStringList {QStringLiteral("validate"), design} << "validate";
    QTest::newRow("diff") << QStringList {QStringLiteral("diff"), design, design} << "diff";
    QTest::newRow("diff pdf") << QStringList {QStringLiteral("diff"), design, design,
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), QStringLiteral("-")}
                              << "diff";
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << "";
    QTest::newRow("version") << QStringList {QStringLiteral("--version")} << "";
    for (const char *command : {"flows", "validate", "export", "diff"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 --help").arg(QLatin1String(command))))
            << QStringList {QLatin1String(command), QStringLiteral("--help")} << command;
    }
}

void tst_CliFiles::lostStandardOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    const Run run = cli(arguments, device(QStringLiteral("full"), 7));
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    const QString prefix = command.isEmpty() ? QStringLiteral("portolan-cli: ")
                                             : QStringLiteral("portolan-cli %1: ").arg(command);
    QVERIFY2(run.err.startsWith(prefix), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("cannot write to standard output: No space left on device")),
        qPrintable(run.err));
}

void tst_CliFiles::refusesEndlessAndSpecialInputs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero device") << device(QStringLiteral("zero"), 5) << "is not a regular file or a pipe";
    QTest::newRow("null device") << device(QStringLiteral("null"), 3) << "is not a regular file or a pipe";
    QTest::newRow("folder") << m_dir.path() << "is a folder";
    QTest::newRow("missing") << path(QStringLiteral("missing.json")) << "cannot be opened";
}

void tst_CliFiles::refusesEndlessAndSpecialInputs()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    for (const QStringList &arguments :
        {QStringList {QStringLiteral("flows"), input}, QStringList {QStringLiteral("validate"), input},
            QStringList {QStringLiteral("diff"), m_design, input},
            QStringList {QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--output"), path(QStringLiteral("never.csv"))}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.status, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(input) && run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.ms < 20000, qPrintable(QString::number(run.ms)));
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("never.csv"))));
}

void tst_CliFiles::readsPipes()
{
    const Run expected = cli({QStringLiteral("flows"), m_design});
    QCOMPARE(expected.status, 0);
    // Standard input, as /dev/stdin.
    Run run = cli({QStringLiteral("flows"), QStringLiteral("/dev/stdin")}, QString(), InterchangeExample);
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out, expected.out);
    // A FIFO holding design JSON, and one holding a project file.
    const QString fifo = path(QStringLiteral("input.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &file : {m_design, m_project}) {
        const auto writer = FifoPeer::writer(fifo, file);
        run = cli({QStringLiteral("flows"), fifo});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out, expected.out);
    }
}

void tst_CliFiles::boundsPipesAndFiles()
{
    // More than the limit through a pipe: refused once the limit is passed, without reading on.
    const QString fifo = path(QStringLiteral("endless.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    {
        const auto writer = FifoPeer::writer(fifo, QString(), true);
        const Run run = cli({QStringLiteral("flows"), fifo});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(fifo) && run.err.contains(QLatin1String("more than the limit of 256 MiB")),
            qPrintable(run.err));
    }
    // A regular file above the limit is refused by its size, before it is read: the message gives
    // the size the file has, which only its size tells (reading it would stop at the limit).
    const QString big = path(QStringLiteral("big.json"));
    const qint64 size = (257LL << 20) + 3;
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(size)); // sparse
    file.close();
    const Run run = cli({QStringLiteral("validate"), big});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(run.err,
        QStringLiteral("portolan-cli validate: %1: cannot be read: it holds %2 bytes, "
                       "more than the limit of 256 MiB for a design.\n")
            .arg(big)
            .arg(size));
    QVERIFY2(run.ms < 20000, qPrintable(QString::number(run.ms)));
}

QTEST_GUILESS_MAIN(tst_CliFiles)
#include "tst_clifiles.moc"
