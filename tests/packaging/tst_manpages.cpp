// The man pages tell what the programs do: every command, option, export format and exit status
// that portolan-cli's --help lists, and every option of portolan --help, is in its man page, the
// options under their command's heading, and the pages carry the programs' version.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    // The editor builds its QApplication before it parses --help: no display needed for that.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        qFatal("%s %s failed", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString readManPage(const QString &name)
{
    QFile file(QStringLiteral(PORTOLAN_MAN_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

/// A man page's text under each .SH or .SS heading, by the heading's first word ("flows", "OPTIONS").
QHash<QString, QString> sections(const QString &page)
{
    QHash<QString, QString> result;
    QString current;
    const QStringList lines = page.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(".SH ")) || line.startsWith(QLatin1String(".SS "))) {
            QString heading = line.mid(4).trimmed();
            heading.remove(QLatin1Char('"'));
            current = heading.section(QLatin1Char(' '), 0, 0);
            result.insert(current, QString());
            continue;
        }
        if (!current.isEmpty())
            result[current] += line + QLatin1Char('\n');
    }
    return result;
}

/// The options a QCommandLineParser help text lists ("-h", "--help", "--page-size").
QStringList options(const QString &help)
{
    QStringList result;
    const qsizetype start = help.indexOf(QLatin1String("\nOptions:\n"));
    if (start < 0)
        return result;
    const QString block = help.mid(start + 10).section(QLatin1String("\n\n"), 0, 0);
    static const QRegularExpression option(
        QStringLiteral("^  (?:(-[\\w?]), )?(--[\\w-]+)"), QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(block); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.hasCaptured(1))
            result.append(match.captured(1));
        result.append(match.captured(2));
    }
    return result;
}

/// How roff source writes an option: every hyphen escaped.
QString roff(QString option)
{
    return option.replace(QLatin1Char('-'), QLatin1String("\\-"));
}

} // namespace

class tst_ManPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliCommandsHaveTheirOptions_data();
    void cliCommandsHaveTheirOptions();
    void cliExportFormats();
    void cliTopLevelOptionsAndExitStatuses();
    void guiOptions();
    void versions();
};

void tst_ManPages::cliCommandsHaveTheirOptions_data()
{
    QTest::addColumn<QString>("command");
    const QString help = run(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("--help")});
    const QString commands
        = help.section(QLatin1String("\nCommands:\n"), 1).section(QLatin1String("\n\n"), 0, 0);
    static const QRegularExpression command(
        QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = command.globalMatch(commands); it.hasNext(); ++count) {
        const QString name = it.next().captured(1);
        QTest::newRow(qPrintable(name)) << name;
    }
    QVERIFY2(count >= 4, qPrintable(QStringLiteral("found %1 commands in --help").arg(count)));
}

void tst_ManPages::cliCommandsHaveTheirOptions()
{
    QFETCH(QString, command);
    const QHash<QString, QString> page = sections(readManPage(QStringLiteral("portolan-cli.1")));
    QVERIFY2(page.contains(command),
        qPrintable(QStringLiteral("portolan-cli.1 has no .SS heading for the command %1").arg(command)));
    const QString section = page.value(command);
    const QStringList listed
        = options(run(QStringLiteral(PORTOLAN_CLI), {command, QStringLiteral("--help")}));
    QVERIFY2(listed.contains(QLatin1String("--help")), qPrintable(listed.join(QLatin1Char(' '))));
    for (const QString &option : listed) {
        QVERIFY2(section.contains(roff(option)),
            qPrintable(
                QStringLiteral("portolan-cli.1 does not document %1 under \"%2\"").arg(option, command)));
    }
}

void tst_ManPages::cliExportFormats()
{
    const QString help = run(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("--help")});
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("export DESIGN --format ([a-z|]+) ")).match(help);
    QVERIFY2(match.hasMatch(), qPrintable(help));
    const QStringList formats = match.captured(1).split(QLatin1Char('|'));
    QVERIFY(formats.contains(QLatin1String("csv")));
    const QString section
        = sections(readManPage(QStringLiteral("portolan-cli.1"))).value(QStringLiteral("export"));
    for (const QString &format : formats) {
        QVERIFY2(section.contains(QStringLiteral("\n.B %1\n").arg(format)),
            qPrintable(QStringLiteral("portolan-cli.1 does not describe the export format %1").arg(format)));
    }
}

void tst_ManPages::cliTopLevelOptionsAndExitStatuses()
{
    const QString help = run(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("--help")});
    const QHash<QString, QString> page = sections(readManPage(QStringLiteral("portolan-cli.1")));
    // The options portolan-cli takes without a command.
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        run(QStringLiteral(PORTOLAN_CLI), {option});
        QVERIFY2(page.value(QStringLiteral("OPTIONS")).contains(roff(option)),
            qPrintable(QStringLiteral("portolan-cli.1 does not document %1").arg(option)));
    }
    // "Exit status: 0 success; 1 ...; 2 ...": every status is a heading of EXIT STATUS.
    const QString statuses
        = help.section(QLatin1String("Exit status:"), 1).section(QLatin1String("Run '"), 0, 0);
    static const QRegularExpression status(QStringLiteral("(?:^ |; |\\n)(\\d) "));
    int count = 0;
    for (auto it = status.globalMatch(statuses); it.hasNext(); ++count) {
        const QString number = it.next().captured(1);
        QVERIFY2(page.value(QStringLiteral("EXIT")).contains(QStringLiteral("\n.B %1\n").arg(number)),
            qPrintable(QStringLiteral("portolan-cli.1 does not explain exit status %1").arg(number)));
    }
    QCOMPARE(count, 3);
}

void tst_ManPages::guiOptions()
{
    const QStringList listed = options(run(QStringLiteral(PORTOLAN_GUI), {QStringLiteral("--help")}));
    QVERIFY2(listed.contains(QLatin1String("--version")), qPrintable(listed.join(QLatin1Char(' '))));
    const QString section
        = sections(readManPage(QStringLiteral("portolan.1"))).value(QStringLiteral("OPTIONS"));
    for (const QString &option : listed) {
        QVERIFY2(section.contains(roff(option)),
            qPrintable(QStringLiteral("portolan.1 does not document %1").arg(option)));
    }
}

void tst_ManPages::versions()
{
    // "portolan-cli 0.1.0" and the man pages' footer "Portolan 0.1.0".
    const QString version = run(QStringLiteral(PORTOLAN_CLI), {QStringLiteral("--version")})
                                .trimmed()
                                .section(QLatin1Char(' '), 1);
    QVERIFY(!version.isEmpty());
    for (const QString &name : {QStringLiteral("portolan.1"), QStringLiteral("portolan-cli.1")}) {
        const QString title
            = readManPage(name).section(QLatin1String("\n.TH "), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(title.contains(QStringLiteral("\"Portolan %1\"").arg(version)),
            qPrintable(name + QLatin1String(": ") + title));
    }
}

QTEST_GUILESS_MAIN(tst_ManPages)
#include "tst_manpages.moc"
