// The translation files as translators hand them in: one per language with the right plural
// forms, complete once a translator has started, the program's placeholders kept, the catalog's
// texts all there, and a glossary that names every language.
#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace portolan::test;

namespace {

QString translationsDir()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/translations");
}

/// The languages Portolan ships, with the number of plural forms Qt's numerus rules give them.
const QList<QPair<QString, int>> &languages()
{
    static const QList<QPair<QString, int>> list {{QStringLiteral("zh_TW"), 1}, {QStringLiteral("ko"), 1},
        {QStringLiteral("ja"), 1}, {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2}};
    return list;
}

void addLanguageRows()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("forms");
    for (const auto &language : languages())
        QTest::newRow(qPrintable(language.first)) << language.first << language.second;
}

TsFile load(const QString &code)
{
    TsFile ts;
    QString error;
    if (!ts.load(translationsDir() + QStringLiteral("/portolan_%1.ts").arg(code), &error))
        qFatal("%s", qPrintable(error));
    return ts;
}

} // namespace

class tst_TranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void placeholderCheckCatchesMistakes_data();
    void placeholderCheckCatchesMistakes();
    void everyLanguageHasItsFile_data() { addLanguageRows(); }
    void everyLanguageHasItsFile();
    void placeholdersAreKept_data() { addLanguageRows(); }
    void placeholdersAreKept();
    void catalogTextsAreThere_data() { addLanguageRows(); }
    void catalogTextsAreThere();
    void complete_data() { addLanguageRows(); }
    void complete();
    void glossaryListsEveryLanguage();
    void englishPluralFormsAreFilled();
};

// The check itself, on translations a translator could hand in.
void tst_TranslationFiles::placeholderCheckCatchesMistakes_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<bool>("ok");
    const QString finding = QStringLiteral("catalog:pcns.nmc-port");
    const QString source = QStringLiteral("NMC \"{id}\": registration port {port} is not allowed.");
    QTest::newRow("holes kept, reordered")
        << finding << source << QStringLiteral("Port {port} von NMC „{id}“ ist nicht erlaubt.") << true;
    QTest::newRow("hole translated") << finding << source
                                     << QStringLiteral("Port {anschluss} von NMC „{id}“ ist nicht erlaubt.")
                                     << false;
    QTest::newRow("hole dropped") << finding << source
                                  << QStringLiteral("Port von NMC „{id}“ ist nicht erlaubt.") << false;
    QTest::newRow("hole added") << finding << QStringLiteral("Telnet is clear text.")
                                << QStringLiteral("Telnet {id} ist Klartext.") << false;
    const QString code = QStringLiteral("MainWindow");
    QTest::newRow("%1 %2 kept, reordered")
        << code << QStringLiteral("Linked %1 and %2") << QStringLiteral("%2 und %1 verbunden") << true;
    QTest::newRow("%2 dropped") << code << QStringLiteral("Linked %1 and %2")
                                << QStringLiteral("%1 verbunden") << false;
    QTest::newRow("%n kept") << code << QStringLiteral("%n host(s)") << QStringLiteral("%n Hosts") << true;
    QTest::newRow("%n dropped") << code << QStringLiteral("%n host(s)") << QStringLiteral("Hosts") << false;
    QTest::newRow("%n dropped, %1 kept")
        << code << QStringLiteral("%n host(s) in %1") << QStringLiteral("Hosts in %1") << false;
    QTest::newRow("percent sign is no placeholder")
        << code << QStringLiteral("%1% done") << QStringLiteral("%1 % erledigt") << true;
    QTest::newRow("catalog braces in code are text")
        << code << QStringLiteral("Use {id}") << QStringLiteral("{id} verwenden") << true;
}

void tst_TranslationFiles::placeholderCheckCatchesMistakes()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(bool, ok);
    QCOMPARE(placeholderProblem(context, source, translation).isEmpty(), ok);
}

void tst_TranslationFiles::everyLanguageHasItsFile()
{
    QFETCH(QString, code);
    QFETCH(int, forms);
    const TsFile ts = load(code);
    QCOMPARE(ts.language, code);
    QVERIFY2(ts.messages.size() > 500, qPrintable(QString::number(ts.messages.size())));
    int numerus = 0;
    for (const TsMessage &message : ts.messages) {
        if (!message.numerus)
            continue;
        ++numerus;
        QVERIFY2(message.translations.size() == forms,
            qPrintable(QStringLiteral("%1 / %2: %3 plural forms, %4 expected")
                           .arg(message.context, message.source)
                           .arg(message.translations.size())
                           .arg(forms)));
    }
    QVERIFY(numerus > 0);
}

void tst_TranslationFiles::placeholdersAreKept()
{
    QFETCH(QString, code);
    const TsFile ts = load(code);
    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue;
            const QString problem
                = placeholderProblem(message.context, message.source, translation, message.numerus);
            if (!problem.isEmpty())
                problems << QStringLiteral("%1 / \"%2\": %3").arg(message.context, message.source, problem);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Every text the catalog extraction finds is in every .ts: scripts/update-translations.sh has run
// since the catalog last changed.
void tst_TranslationFiles::catalogTextsAreThere()
{
    QFETCH(QString, code);
    QFile file(QStringLiteral(PORTOLAN_CATALOG_TEXTS));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression entry(
        QStringLiteral(R"re(QT_TRANSLATE_NOOP\("((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\))re"));
    const auto unescape = [](QString s) {
        s.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        s.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        s.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        return s;
    };
    QSet<QPair<QString, QString>> inTs;
    for (const TsMessage &message : load(code).messages)
        inTs.insert({message.context, message.source});
    QStringList missing;
    int count = 0;
    for (QRegularExpressionMatchIterator it = entry.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ++count;
        const QPair<QString, QString> key {unescape(match.captured(1)), unescape(match.captured(2))};
        if (!inTs.contains(key))
            missing << key.first + QStringLiteral(" / ") + key.second;
    }
    QVERIFY(count > 200);
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("Run scripts/update-translations.sh; missing:\n")
            + missing.join(QLatin1Char('\n'))));
}

// lrelease's own count: once a translator has started a file, every message must be finished.
void tst_TranslationFiles::complete()
{
    QFETCH(QString, code);
    QProcess lrelease;
    const QString qm = QDir::temp().filePath(QStringLiteral("tst_translationfiles_%1.qm").arg(code));
    lrelease.start(QStringLiteral(PORTOLAN_LRELEASE),
        {translationsDir() + QStringLiteral("/portolan_%1.ts").arg(code), QStringLiteral("-qm"), qm});
    QVERIFY(lrelease.waitForFinished(60000));
    QFile::remove(qm);
    const QString report
        = QString::fromUtf8(lrelease.readAllStandardOutput() + lrelease.readAllStandardError());
    QCOMPARE(lrelease.exitCode(), 0);
    static const QRegularExpression generated(
        QStringLiteral(R"(Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\))"));
    const QRegularExpressionMatch match = generated.match(report);
    QVERIFY2(match.hasMatch(), qPrintable(report));
    const int finished = match.captured(2).toInt();
    const int unfinished = match.captured(3).toInt();
    static const QRegularExpression ignored(QStringLiteral(R"(Ignored (\d+) untranslated source text)"));
    const QRegularExpressionMatch ignoredMatch = ignored.match(report);
    const int untranslated = ignoredMatch.hasMatch() ? ignoredMatch.captured(1).toInt() : 0;
    if (finished + unfinished == 0)
        QSKIP(qPrintable(QStringLiteral("portolan_%1.ts has no translation yet; its completeness is checked "
                                        "once a translator fills it in")
                             .arg(code)));
    QVERIFY2(unfinished == 0 && untranslated == 0,
        qPrintable(QStringLiteral("portolan_%1.ts: %2 unfinished, %3 untranslated:\n%4")
                       .arg(code)
                       .arg(unfinished)
                       .arg(untranslated)
                       .arg(report)));
}

void tst_TranslationFiles::glossaryListsEveryLanguage()
{
    QFile file(translationsDir() + QStringLiteral("/GLOSSARY.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    QStringList header;
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|')))
            continue;
        QStringList cells = line.split(QLatin1Char('|'));
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed();
        if (header.isEmpty())
            header = cells;
        else if (!cells.value(0).startsWith(QLatin1Char('-')))
            rows << cells;
    }
    QVERIFY2(header.value(0) == QLatin1String("en"), qPrintable(header.join(QLatin1Char(','))));
    // Every language with a .ts file has a column, and every term a word in it.
    const QStringList files = QDir(translationsDir()).entryList({QStringLiteral("portolan_*.ts")});
    QCOMPARE(files.size(), languages().size() + 1);
    for (const QString &fileName : files) {
        const QString code = fileName.mid(9, fileName.size() - 9 - 3);
        if (code == QLatin1String("en"))
            continue;
        const qsizetype column = header.indexOf(code);
        QVERIFY2(column > 0, qPrintable(QStringLiteral("GLOSSARY.md has no column %1").arg(code)));
        for (const QStringList &row : rows)
            QVERIFY2(!row.value(column).isEmpty(),
                qPrintable(QStringLiteral("GLOSSARY.md: %1 has no %2 term").arg(row.value(0), code)));
    }
    for (const char *term : {"zone", "firewall", "flow", "finding", "revision", "host", "link", "block",
             "rule set", "catalog", "design", "required", "forbidden"}) {
        const bool listed = std::any_of(rows.cbegin(), rows.cend(),
            [term](const QStringList &row) { return row.value(0) == QLatin1String(term); });
        QVERIFY2(listed, term);
    }
}

// English counts read "1 link", "2 links": every message with a count has its two English forms
// in portolan_en.ts (scripts/update-translations.sh adds new ones unfinished and empty).
void tst_TranslationFiles::englishPluralFormsAreFilled()
{
    const TsFile english = load(QStringLiteral("en"));
    int counted = 0;
    for (const TsMessage &message : english.messages) {
        if (!message.numerus)
            continue;
        ++counted;
        const QString where = message.context + QStringLiteral(": ") + message.source;
        QVERIFY2(message.type.isEmpty() && message.translations.size() == 2, qPrintable(where));
        QVERIFY2(message.translations.at(0).contains(QLatin1String("%n"))
                && message.translations.at(1).contains(QLatin1String("%n")),
            qPrintable(where));
        QVERIFY2(!message.translations.at(0).contains(QLatin1String("(s)")), qPrintable(where));
    }
    QVERIFY(counted > 0);
}

QTEST_GUILESS_MAIN(tst_TranslationFiles)
#include "tst_translationfiles.moc"
