// The editor in another language: menus from the translation, Qt's own buttons, the catalog's
// texts through their contexts with the finding holes filled in, and the PDF fonts by language.
#include "document.h"
#include "findingsmodel.h"
#include "flowtablemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "palettemodel.h"
#include "tsfile.h"

#include "catalog/catalogtext.h"
#include "designbuilder.h"
#include "export/diagrampainter.h"
#include "export/pdfreportexport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace portolan;

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

/// The translation the German file gives a message, or an empty string.
QString germanFor(const QString &context, const QString &source)
{
    test::TsFile ts;
    QString error;
    if (!ts.load(QStringLiteral(PORTOLAN_SOURCE_DIR "/translations/portolan_de.ts"), &error))
        qFatal("%s", qPrintable(error));
    for (const test::TsMessage &message : ts.messages) {
        if (message.context == context && message.source == source && message.type.isEmpty())
            return message.translations.value(0);
    }
    return QString();
}

const QString NmcPortMessage = QStringLiteral(
    "NMC \"n\": registration port 1 is not allowed; use 80, 443 or a port from 5000 to 32768.");

} // namespace

class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void menusFollowTheLanguage();
    void englishCountsInTheSingular();
    void qtButtonsFollowTheLanguage();
    void catalogTextsAreTranslatedForDisplay();
    void catalogTextsStayEnglishWithoutTranslation();
    void pdfReportFollowsTheLanguage();
    void pdfFontsFollowTheLanguage();
};

void tst_Language::cleanup()
{
    Language::install(QStringLiteral("en"));
}

void tst_Language::menusFollowTheLanguage()
{
    {
        MainWindow window;
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    }
    bool loaded = false;
    Language::install(QStringLiteral("de"), {QStringLiteral(PORTOLAN_QM_DIR)}, &loaded);
    const QString file = germanFor(QStringLiteral("portolan::MainWindow"), QStringLiteral("&File"));
    const QString help = germanFor(QStringLiteral("portolan::MainWindow"), QStringLiteral("&Help"));
    if (file.isEmpty() || help.isEmpty())
        QSKIP("translations/portolan_de.ts does not translate the menus yet; checked once it does");
    QVERIFY(loaded);
    {
        MainWindow window;
        const QStringList titles = menuTitles(window);
        QCOMPARE(titles.value(0), file);
        QCOMPARE(titles.value(titles.size() - 1), help);
        QVERIFY(file != QLatin1String("&File"));
    }
    // Back to English for the next window.
    Language::install(QStringLiteral("en"), {QStringLiteral(PORTOLAN_QM_DIR)});
    MainWindow window;
    QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
}

// The status bar of a design with one link reads "1 link", not "1 links", and two hosts stay "2 hosts".
void tst_Language::englishCountsInTheSingular()
{
    Language::install(QStringLiteral("en"), {QStringLiteral(PORTOLAN_QM_DIR)});
    MainWindow window;
    window.document()->resetDesign(test::buildDesign(QStringLiteral("p:pcns n:nmc"), QStringLiteral("p-n")));
    QCoreApplication::processEvents();
    const auto *counts = window.findChild<QLabel *>(QStringLiteral("designCounts"));
    QVERIFY(counts);
    const QStringList parts = counts->text().split(QStringLiteral(" \u00b7 "));
    QCOMPARE(parts.value(0), QStringLiteral("2 hosts"));
    QCOMPARE(parts.value(1), QStringLiteral("1 link"));
    QCOMPARE(parts.value(3), QStringLiteral("0 errors"));
    QCOMPARE(QCoreApplication::translate("portolan::MoveItemsCommand", "Move %n items", nullptr, 1),
        QStringLiteral("Move 1 item"));
}

void tst_Language::qtButtonsFollowTheLanguage()
{
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's translations (qt6-translations-l10n) are not installed");
    Language::install(QStringLiteral("de"), {QStringLiteral(PORTOLAN_QM_DIR)});
    const auto cancel = [] {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    };
    QCOMPARE(cancel(), QStringLiteral("Abbrechen"));
    Language::install(QStringLiteral("en"));
    QCOMPARE(cancel(), QStringLiteral("Cancel"));
}

void tst_Language::catalogTextsAreTranslatedForDisplay()
{
    QTranslator fixture;
    QVERIFY(fixture.load(QStringLiteral(":/fixture/catalogfixture_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&fixture));

    Document document;
    document.resetDesign(
        test::buildDesign(QStringLiteral("p:pcns n:nmc{protocol:'http',port:1}"), QStringLiteral("p-n")));

    // The finding: the translated template, its holes filled from the English message.
    FindingsModel findings(&document);
    QStringList messages;
    for (int row = 0; row < findings.rowCount(); ++row)
        messages << findings.index(row, FindingsModel::MessageColumn).data().toString();
    QVERIFY2(messages.contains(QStringLiteral("Registrierungsport 1 der NMC „n“ ist nicht zulässig; 80, 443 "
                                              "oder einen Port von 5000 bis 32768 verwenden.")),
        qPrintable(messages.join(QLatin1Char('\n'))));
    // The core keeps the English message: portolan-cli and the files read it.
    QStringList core;
    for (const Finding &finding : document.derivation().findings)
        core << finding.message;
    QVERIFY(core.contains(NmcPortMessage));

    // The flow's service and its one note whose condition holds.
    FlowTableModel flows(&document);
    QStringList services;
    bool found = false;
    for (int row = 0; row < flows.rowCount(); ++row) {
        services << flows.index(row, FlowTableModel::ServiceColumn).data().toString();
        if (services.back() != QStringLiteral("PowerChute-Registrierung und Einstellungsprüfung"))
            continue;
        found = true;
        QCOMPARE(flows.index(row, FlowTableModel::NotesColumn).data().toString(),
            QStringLiteral("Die HTTP-Registrierung wird mit MD5 authentifiziert; besser HTTPS verwenden."));
    }
    QVERIFY2(found, qPrintable(services.join(QLatin1Char('\n'))));

    // The palette: product title and type name.
    PaletteModel palette(document.catalog());
    QVERIFY(!palette
                 .match(palette.index(0, 0), Qt::DisplayRole,
                     QStringLiteral("APC PowerChute Network Shutdown und USV-NMC"), 1, Qt::MatchExactly)
                 .isEmpty());
    QVERIFY(!palette
                 .match(palette.index(0, 0), Qt::DisplayRole, QStringLiteral("USV-Netzwerkmanagementkarte"),
                     1, Qt::MatchExactly | Qt::MatchRecursive)
                 .isEmpty());

    // A link's meaning; a message that does not read as its template is shown as it is.
    const LinkKind *kind = document.catalog().linkKind(QStringLiteral("pcns"), QStringLiteral("nmc"));
    QVERIFY(kind);
    QCOMPARE(CatalogText::linkMeaning(*kind),
        QStringLiteral("Der PowerChute-Agent ist bei der Netzwerkmanagementkarte der USV registriert."));
    QCOMPARE(CatalogText::message(QStringLiteral("pcns.nmc-port"), QStringLiteral("Something else")),
        QStringLiteral("Something else"));
    QCoreApplication::removeTranslator(&fixture);
}

void tst_Language::catalogTextsStayEnglishWithoutTranslation()
{
    QCOMPARE(CatalogText::message(QStringLiteral("pcns.nmc-port"), NmcPortMessage), NmcPortMessage);
    QCOMPARE(CatalogText::notes(QStringLiteral("pcns.registration"),
                 QStringLiteral("HTTP registration is authenticated with MD5; prefer HTTPS.")),
        QStringLiteral("HTTP registration is authenticated with MD5; prefer HTTPS."));
}

// The PDF report the editor writes: headings and the catalog's texts in the interface language.
void tst_Language::pdfReportFollowsTheLanguage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTranslator fixture;
    QVERIFY(fixture.load(QStringLiteral(":/fixture/catalogfixture_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&fixture));
    Document document;
    document.resetDesign(
        test::buildDesign(QStringLiteral("p:pcns n:nmc{protocol:'http',port:1}"), QStringLiteral("p-n")));
    QByteArray pdf;
    QString error;
    QVERIFY2(PdfReportExport().render(
                 {document.derivedDesign(), document.derivation(), ExportOptions()}, &pdf, &error),
        qPrintable(error));
    QCoreApplication::removeTranslator(&fixture);

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    text.write(pdf);
    text.closeWriteChannel();
    QVERIFY(text.waitForFinished(60000));
    // One line of text per paragraph, whatever the table cells' line breaks.
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(words.contains(QStringLiteral("Sicherheitshinweise")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("Einstellungsprüfung")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("Registrierungsport 1 der NMC")), qPrintable(words));
    QVERIFY(!words.contains(QStringLiteral("registration port 1 is not allowed")));
}

void tst_Language::pdfFontsFollowTheLanguage()
{
    const auto firstCjk = [] {
        const QStringList families = DiagramPainter::fontFamilies();
        for (const QString &family : families) {
            if (family.contains(QLatin1String("CJK")))
                return family;
        }
        return QString();
    };
    Language::install(QStringLiteral("zh_TW"), {QStringLiteral(PORTOLAN_QM_DIR)});
    QCOMPARE(firstCjk(), QStringLiteral("Noto Sans CJK TC"));
    Language::install(QStringLiteral("ja"), {QStringLiteral(PORTOLAN_QM_DIR)});
    QCOMPARE(firstCjk(), QStringLiteral("Noto Sans CJK JP"));
    Language::install(QStringLiteral("ko"), {QStringLiteral(PORTOLAN_QM_DIR)});
    QCOMPARE(firstCjk(), QStringLiteral("Noto Sans CJK KR"));
    Language::install(QStringLiteral("de"), {QStringLiteral(PORTOLAN_QM_DIR)});
    QCOMPARE(firstCjk(), QStringLiteral("Noto Sans CJK SC"));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
