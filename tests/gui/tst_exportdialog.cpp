// File > Export driven as a user drives it: pick a format, change options, read the preview,
// export; the preview and the file are compared with the export library's own output.
#include "designbuilder.h"
#include "document.h"
#include "exportdialog.h"
#include "exportpreviewwidget.h"
#include "mainwindow.h"

#include "export/diagrampngexport.h"
#include "export/pdfreport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace portolan;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void offersEveryExportButTheProjectFile();
    void nftablesPreviewIsTheRenderedText();
    void previewRendersOffTheWindowLatestWins();
    void csvByteOrderMarkChangesPreviewBytes();
    void hostWithoutAddressBlocksExport();
    void fixButtonTurnsOnPlaceholders();
    void pdfPreviewPages();
    void pngPreviewIsTheDiagram();
    void exportWritesPreviewedBytes_data();
    void exportWritesPreviewedBytes();
    void exportFailureNamesFileAndReason();
    void lastFormatAndOptionsAreRemembered();
    void longTextIsCutWithNote();
    void ctrlEOpensExportFromFileMenu();

private:
    ExportDialog *openDialog();
    void choose(const QString &id);
    void click(const QString &checkBox);
    bool waitForPreview();
    QByteArray render(const QString &id) const;
    ExportInput input() const
    {
        return {m_document->derivedDesign(), m_document->derivation(), m_dialog->options()};
    }

    Document *m_document = nullptr;
    ExportDialog *m_dialog = nullptr;
};

void tst_ExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ExportDialog::init()
{
    QSettings().remove(QStringLiteral("export"));
    m_document = new Document;
    Design design;
    QString error;
    QVERIFY2(test::loadSample(&design, &error), qPrintable(error));
    m_document->resetDesign(design);
    m_document->flushDerivation();
    // The sample leaves one host without an address on purpose: the TMC.
    QVERIFY(m_document->design().host(QStringLiteral("tmc"))->address.isNull());
    QVERIFY(openDialog());
}

void tst_ExportDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_document;
    m_document = nullptr;
}

ExportDialog *tst_ExportDialog::openDialog()
{
    delete m_dialog;
    m_dialog = new ExportDialog(m_document);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog) || !waitForPreview())
        return nullptr;
    return m_dialog;
}

bool tst_ExportDialog::waitForPreview()
{
    return QTest::qWaitFor([this] { return !m_dialog->isPreviewPending(); }, 5000);
}

/// Clicks the format in the list, as a user does.
void tst_ExportDialog::choose(const QString &id)
{
    auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("formatList"));
    QVERIFY(list);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->data(Qt::UserRole).toString() == id) {
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            QCOMPARE(m_dialog->format()->id(), id);
            QVERIFY(waitForPreview());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no format %1 in the list").arg(id)));
}

void tst_ExportDialog::click(const QString &checkBox)
{
    auto *box = m_dialog->findChild<QCheckBox *>(checkBox);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(waitForPreview());
}

QByteArray tst_ExportDialog::render(const QString &id) const
{
    QByteArray data;
    QString error;
    if (!ExportFormat::find(id)->render(input(), &data, &error))
        qWarning("%s", qPrintable(error));
    return data;
}

void tst_ExportDialog::offersEveryExportButTheProjectFile()
{
    auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("formatList"));
    QStringList ids;
    for (int row = 0; row < list->count(); ++row)
        ids << list->item(row)->data(Qt::UserRole).toString();
    QCOMPARE(ids,
        (QStringList {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("nft"),
            QStringLiteral("iptables"), QStringLiteral("asa"), QStringLiteral("svg"), QStringLiteral("png"),
            QStringLiteral("json")}));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Firewall matrix (CSV) (.csv)"));

    // Only the options of the chosen format are shown.
    choose(QStringLiteral("csv"));
    QVERIFY(m_dialog->findChild<QCheckBox *>(QStringLiteral("byteOrderMark"))->isVisible());
    QVERIFY(!m_dialog->findChild<QCheckBox *>(QStringLiteral("placeholders"))->isVisible());
    choose(QStringLiteral("asa"));
    QVERIFY(!m_dialog->findChild<QCheckBox *>(QStringLiteral("byteOrderMark"))->isVisible());
    QVERIFY(m_dialog->findChild<QCheckBox *>(QStringLiteral("placeholders"))->isVisible());
    QVERIFY(m_dialog->findChild<QCheckBox *>(QStringLiteral("includeIntraZone"))->isVisible());
    QVERIFY(!m_dialog->findChild<QComboBox *>(QStringLiteral("pageSize"))->isVisible());
    choose(QStringLiteral("pdf"));
    QVERIFY(m_dialog->findChild<QComboBox *>(QStringLiteral("pageSize"))->isVisible());
    QVERIFY(m_dialog->findChild<QLineEdit *>(QStringLiteral("author"))->isVisible());
    QVERIFY(!m_dialog->findChild<QCheckBox *>(QStringLiteral("placeholders"))->isVisible());
    QCOMPARE(m_dialog->defaultFileName(), QStringLiteral("Riverside water treatment plant.pdf"));
}

void tst_ExportDialog::nftablesPreviewIsTheRenderedText()
{
    choose(QStringLiteral("nft"));
    click(QStringLiteral("placeholders"));
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    const QByteArray rendered = render(QStringLiteral("nft"));
    QVERIFY(rendered.startsWith("#"));
    QCOMPARE(m_dialog->previewData(), rendered);
    // The sample's rule set is shorter than the preview's limit: the view shows all of it.
    QVERIFY(rendered.count('\n') < ExportPreviewWidget::MaximumLines);
    QString expected = QString::fromUtf8(rendered);
    if (expected.endsWith(QLatin1Char('\n')))
        expected.chop(1);
    QCOMPARE(m_dialog->preview()->text(), expected);
    QVERIFY(m_dialog->preview()->text().contains(QStringLiteral("PLACEHOLDER")));
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
}

void tst_ExportDialog::previewRendersOffTheWindowLatestWins()
{
    choose(QStringLiteral("iptables"));
    click(QStringLiteral("placeholders"));
    const QByteArray iptables = render(QStringLiteral("iptables"));
    QCOMPARE(m_dialog->previewData(), iptables);

    // The render runs on its own thread: refreshPreview() returns before the outcome is shown,
    // and a render that is superseded (here the CSV matrix) never reaches the preview.
    QVERIFY(m_dialog->setFormat(QStringLiteral("csv")));
    m_dialog->refreshPreview();
    QVERIFY(m_dialog->isPreviewPending());
    QVERIFY(m_dialog->setFormat(QStringLiteral("iptables")));
    m_dialog->refreshPreview();
    QVERIFY(m_dialog->isPreviewPending());
    QVERIFY(waitForPreview());
    QCOMPARE(m_dialog->format()->id(), QStringLiteral("iptables"));
    QCOMPARE(m_dialog->previewData(), iptables);
    QVERIFY(m_dialog->errorText().isEmpty());
    // Nothing late arrives once the latest is shown.
    QTest::qWait(200);
    QCOMPARE(m_dialog->previewData(), iptables);
}

void tst_ExportDialog::csvByteOrderMarkChangesPreviewBytes()
{
    choose(QStringLiteral("csv"));
    const QByteArray plain = m_dialog->previewData();
    QCOMPARE(plain, render(QStringLiteral("csv")));
    QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
    const QString shown = m_dialog->preview()->text();
    QVERIFY2(shown.startsWith(QStringLiteral("Zone pair,Source zone,")), qPrintable(shown.left(80)));
    QCOMPARE(shown, QString::fromUtf8(plain).trimmed().replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    QVERIFY(!m_dialog->preview()->note().contains(QStringLiteral("byte order mark")));

    click(QStringLiteral("byteOrderMark"));
    QVERIFY(m_dialog->options().byteOrderMark);
    const QByteArray marked = m_dialog->previewData();
    QCOMPARE(marked, render(QStringLiteral("csv")));
    QCOMPARE(marked, QByteArray("\xEF\xBB\xBF") + plain);
    QVERIFY(m_dialog->preview()->note().contains(QStringLiteral("byte order mark")));
    QCOMPARE(m_dialog->preview()->text(), shown);

    click(QStringLiteral("byteOrderMark"));
    QCOMPARE(m_dialog->previewData(), plain);
}

void tst_ExportDialog::hostWithoutAddressBlocksExport()
{
    auto *exportButton = m_dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
    for (const QString &id : {QStringLiteral("nft"), QStringLiteral("iptables"), QStringLiteral("asa")}) {
        choose(id);
        QVERIFY(!m_dialog->options().placeholders);
        QVERIFY(m_dialog->errorText().contains(QStringLiteral("tmc")));
        const QString shown = m_dialog->preview()->text();
        QVERIFY2(shown.contains(QStringLiteral("host(s) without an address: tmc")), qPrintable(shown));
        QVERIFY2(
            shown.contains(QStringLiteral("Turn on placeholder addresses, or give these hosts an address")),
            qPrintable(shown));
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(!m_dialog->canExport());
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.asa"));
    QVERIFY(!m_dialog->exportTo(path));
    QVERIFY(m_dialog->lastExportError().contains(QStringLiteral("tmc")));
    QVERIFY(!QFile::exists(path));

    click(QStringLiteral("placeholders"));
    QVERIFY(m_dialog->errorText().isEmpty());
    QVERIFY(exportButton->isEnabled());
    QVERIFY(m_dialog->preview()->text().contains(QStringLiteral("tmc")));

    // Placeholders are shared by the rule sets; other formats never needed them.
    choose(QStringLiteral("csv"));
    QVERIFY(exportButton->isEnabled());
}

void tst_ExportDialog::fixButtonTurnsOnPlaceholders()
{
    choose(QStringLiteral("iptables"));
    auto *fix = m_dialog->findChild<QPushButton *>(QStringLiteral("previewFix"));
    QVERIFY(fix && fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(m_dialog->findChild<QCheckBox *>(QStringLiteral("placeholders"))->isChecked());
    QVERIFY(waitForPreview());
    QVERIFY(m_dialog->errorText().isEmpty());
    QCOMPARE(m_dialog->previewData(), render(QStringLiteral("iptables")));
    QVERIFY(!fix->isVisible());
}

void tst_ExportDialog::pdfPreviewPages()
{
    choose(QStringLiteral("pdf"));
    ExportPreviewWidget *preview = m_dialog->preview();
    const int pages = PdfReport(input()).pageCount();
    QVERIFY(pages > 1);
    QCOMPARE(preview->pageCount(), pages);
    QCOMPARE(preview->pageText(), QStringLiteral("Page 1 of %1").arg(pages));
    QVERIFY(!preview->image().isNull());
    // Landscape pages.
    QVERIFY(preview->image().width() > preview->image().height());

    auto *previous = m_dialog->findChild<QToolButton *>(QStringLiteral("previousPage"));
    auto *next = m_dialog->findChild<QToolButton *>(QStringLiteral("nextPage"));
    QVERIFY(!previous->isEnabled());
    const QImage first = preview->image();
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(preview->pageText(), QStringLiteral("Page 2 of %1").arg(pages));
    QVERIFY(preview->image() != first);
    QVERIFY(previous->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(preview->pageText(), QStringLiteral("Page 1 of %1").arg(pages));
    for (int page = 1; page < pages; ++page)
        QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(preview->pageText(), QStringLiteral("Page %1 of %1").arg(pages));
    QVERIFY(!next->isEnabled());

    // A new page size lays the report out again.
    auto *pageSize = m_dialog->findChild<QComboBox *>(QStringLiteral("pageSize"));
    pageSize->setCurrentIndex(pageSize->findText(QStringLiteral("US Letter")));
    QVERIFY(waitForPreview());
    QCOMPARE(m_dialog->options().pageSize, PageSize::Letter);
    const PdfReport letter(input());
    QCOMPARE(preview->pageCount(), letter.pageCount());
    QVERIFY(preview->pageText().endsWith(QStringLiteral(" of %1").arg(letter.pageCount())));
    QVERIFY(preview->note().contains(QStringLiteral("Letter")));
}

void tst_ExportDialog::pngPreviewIsTheDiagram()
{
    choose(QStringLiteral("png"));
    auto *scale = m_dialog->findChild<QDoubleSpinBox *>(QStringLiteral("imageScale"));
    QVERIFY(scale->isVisible());
    scale->setValue(2.0);
    QVERIFY(waitForPreview());
    const QImage expected = DiagramPngExport::image(m_document->derivedDesign(), 2.0);
    QCOMPARE(m_dialog->preview()->image(), expected);
    QCOMPARE(m_dialog->preview()->note(),
        QStringLiteral("%1 × %2 pixels.").arg(expected.width()).arg(expected.height()));
    QCOMPARE(m_dialog->preview()->pageText(), QString());
}

void tst_ExportDialog::exportWritesPreviewedBytes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("option");
    QTest::newRow("nftables with placeholders") << QStringLiteral("nft") << QStringLiteral("placeholders");
    QTest::newRow("CSV with byte order mark") << QStringLiteral("csv") << QStringLiteral("byteOrderMark");
    QTest::newRow("design JSON") << QStringLiteral("json") << QString();
}

void tst_ExportDialog::exportWritesPreviewedBytes()
{
    QFETCH(QString, format);
    QFETCH(QString, option);
    choose(format);
    if (!option.isEmpty())
        click(option);
    QVERIFY(m_dialog->canExport());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + m_dialog->format()->fileSuffix());
    QSignalSpy exported(m_dialog, &ExportDialog::exported);
    QVERIFY2(m_dialog->exportTo(path), qPrintable(m_dialog->lastExportError()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, render(format));
    QCOMPARE(written, m_dialog->previewData());
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toString(),
        QStringLiteral("Exported %1 to %2").arg(m_dialog->format()->title(), QDir::toNativeSeparators(path)));
}

void tst_ExportDialog::exportFailureNamesFileAndReason()
{
    choose(QStringLiteral("csv"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.csv"));
    QSignalSpy exported(m_dialog, &ExportDialog::exported);
    QVERIFY(!m_dialog->exportTo(path));
    QVERIFY2(m_dialog->lastExportError().contains(path), qPrintable(m_dialog->lastExportError()));
    QVERIFY(exported.isEmpty());
}

void tst_ExportDialog::lastFormatAndOptionsAreRemembered()
{
    choose(QStringLiteral("asa"));
    click(QStringLiteral("includeIntraZone"));
    m_dialog->findChild<QLineEdit *>(QStringLiteral("author"))->setText(QStringLiteral("OT Security"));
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());

    QVERIFY(openDialog());
    QCOMPARE(m_dialog->format()->id(), QStringLiteral("asa"));
    QVERIFY(m_dialog->findChild<QCheckBox *>(QStringLiteral("includeIntraZone"))->isChecked());
    QVERIFY(!m_dialog->findChild<QCheckBox *>(QStringLiteral("placeholders"))->isChecked());
    QVERIFY(m_dialog->options().includeIntraZone);
    QCOMPARE(m_dialog->options().author, QStringLiteral("OT Security"));
    // Enter exports: the Export button is the default one.
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isDefault());
}

void tst_ExportDialog::longTextIsCutWithNote()
{
    QByteArray data;
    const int lines = ExportPreviewWidget::MaximumLines + 345;
    for (int line = 1; line <= lines; ++line)
        data += "rule " + QByteArray::number(line) + "\r\n";
    ExportPreviewWidget preview;
    preview.showText(data);
    const QStringList shown = preview.text().split(QLatin1Char('\n'));
    QCOMPARE(shown.size(), ExportPreviewWidget::MaximumLines);
    QCOMPARE(shown.first(), QStringLiteral("rule 1"));
    QCOMPARE(shown.last(), QStringLiteral("rule %1").arg(ExportPreviewWidget::MaximumLines));
    QVERIFY2(
        preview.note().contains(QStringLiteral("… 345 more line(s) not shown")), qPrintable(preview.note()));
}

void tst_ExportDialog::ctrlEOpensExportFromFileMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *exportAction = window.action(QStringLiteral("export"));
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    auto *fileMenu = window.menuBar()->actions().first()->menu();
    QVERIFY(fileMenu->actions().contains(exportAction));

    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ExportDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPointer<ExportDialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull()); // closed and deleted
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
