// The review mode as a change board member uses it: open a request on the sample, read the verdicts
// in the dock (sorted, filtered, named and iconed), select a line and see its hosts selected and its
// flows and excess drawn, export the report, close the review with the design untouched.
#include "comparemode.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "reviewarrowitem.h"
#include "reviewfiltermodel.h"
#include "reviewmode.h"
#include "reviewpanel.h"
#include "reviewtablemodel.h"

#include "io/designjson.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace portolan;

class tst_ReviewMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuOpensTheReview();
    void tableShowsVerdictsSortedAndFiltered();
    void selectingALineSelectsItsHosts();
    void exportsTheReport();
    void badRequestIsRefusedWithItsLine();
    void closingGivesTheDesignBack();
    void oneModeAtATime();

private:
    QString write(const QString &name, const QByteArray &content);
    int rowOf(const QString &id) const;
    QString cell(int row, int column) const;

    QTemporaryDir m_dir;
    QString m_request;
    MainWindow *m_window = nullptr;
};

QString tst_ReviewMode::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int tst_ReviewMode::rowOf(const QString &id) const
{
    const QAbstractItemModel *model = m_window->review()->panel()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ReviewTableModel::IdColumn).data().toString() == id)
            return row;
    }
    return -1;
}

QString tst_ReviewMode::cell(int row, int column) const
{
    return m_window->review()->panel()->view()->model()->index(row, column).data().toString();
}

void tst_ReviewMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_request = write(QStringLiteral("cr.csv"),
        "id,source,destination,protocol,ports,action,comment\n"
        "CR-1,scada-dmz,scada-a,tcp,5481,allow,the standby calls back\n"
        "CR-2,scada-a,scada-dmz,tcp,5481,allow,main to DMZ standby\n"
        "CR-3,sms1,192.168.10.0/24,tcp,443,allow,manage the IPS\n"
        "CR-4,eng-ws1,vos-m1,udp,69,allow,TFTP from the office\n"
        "CR-5,nio1,vos-m1,udp,69,block,no TFTP\n");
}

void tst_ReviewMode::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->files()->openSample());
}

void tst_ReviewMode::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void tst_ReviewMode::menuOpensTheReview()
{
    QAction *action = m_window->action(QStringLiteral("reviewRequest"));
    QVERIFY(action);
    QCOMPARE(action->text().remove(QLatin1Char('&')), QStringLiteral("Review Change Request…"));
    bool inDesignMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text().remove(QLatin1Char('&')) == QLatin1String("Design") && menu->menu())
            inDesignMenu = menu->menu()->actions().contains(action);
    }
    QVERIFY(inDesignMenu);

    QString error;
    QVERIFY2(m_window->review()->start(m_request, &error), qPrintable(error));
    QVERIFY(m_window->review()->isActive());
    QVERIFY(m_window->review()->dock()->isVisible());
    QVERIFY(m_window->view()->isReadOnly());
    QCOMPARE(m_window->review()->panel()->view()->model()->rowCount(), 5);

    // The dock stays, in a tab beside the flow matrix, once the window has laid it out; choosing
    // the matrix's tab hides it without ending the review; closing it ends the review.
    QTest::qWait(200);
    QVERIFY(m_window->review()->isActive());
    QVERIFY(m_window->review()->dock()->isVisible());
    auto *matrix = m_window->findChild<QDockWidget *>(QStringLiteral("matrixDock"));
    QVERIFY(m_window->tabifiedDockWidgets(matrix).contains(m_window->review()->dock()));
    matrix->raise();
    QTest::qWait(100);
    QVERIFY(m_window->review()->isActive());
    QVERIFY(m_window->view()->isReadOnly());
    m_window->review()->dock()->close();
    QVERIFY(!m_window->review()->isActive());
    QVERIFY(!m_window->view()->isReadOnly());
}

void tst_ReviewMode::tableShowsVerdictsSortedAndFiltered()
{
    QString error;
    QVERIFY2(m_window->review()->start(m_request, &error), qPrintable(error));
    ReviewPanel *panel = m_window->review()->panel();
    QAbstractItemModel *model = panel->view()->model();

    QCOMPARE(
        cell(rowOf(QStringLiteral("CR-1")), ReviewTableModel::VerdictColumn), QStringLiteral("forbidden"));
    QCOMPARE(
        cell(rowOf(QStringLiteral("CR-2")), ReviewTableModel::VerdictColumn), QStringLiteral("required"));
    QCOMPARE(cell(rowOf(QStringLiteral("CR-3")), ReviewTableModel::VerdictColumn),
        QStringLiteral("partly-required"));
    QCOMPARE(
        cell(rowOf(QStringLiteral("CR-4")), ReviewTableModel::VerdictColumn), QStringLiteral("forbidden"));
    QCOMPARE(
        cell(rowOf(QStringLiteral("CR-5")), ReviewTableModel::VerdictColumn), QStringLiteral("conflicts"));

    // Named, iconed and coloured: never colour alone.
    const QModelIndex forbidden
        = model->index(rowOf(QStringLiteral("CR-1")), ReviewTableModel::VerdictColumn);
    QVERIFY(!forbidden.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex required = model->index(rowOf(QStringLiteral("CR-2")), ReviewTableModel::VerdictColumn);
    QVERIFY(forbidden.data(Qt::BackgroundRole).value<QBrush>().color()
        != required.data(Qt::BackgroundRole).value<QBrush>().color());

    // Sorting by verdict puts the pressing ones first.
    panel->view()->sortByColumn(ReviewTableModel::VerdictColumn, Qt::AscendingOrder);
    QVERIFY(QStringList({QStringLiteral("forbidden"), QStringLiteral("conflicts")})
                .contains(cell(0, ReviewTableModel::VerdictColumn)));
    QCOMPARE(cell(model->rowCount() - 1, ReviewTableModel::VerdictColumn), QStringLiteral("required"));

    // Filter by verdict, then by text.
    QComboBox *verdicts = panel->verdictFilter();
    verdicts->setCurrentIndex(verdicts->findData(int(Verdict::Forbidden)));
    QCOMPARE(model->rowCount(), 2);
    verdicts->setCurrentIndex(verdicts->findData(-1));
    QCOMPARE(model->rowCount(), 5);
    QTest::keyClicks(panel->textFilter(), QStringLiteral("TFTP"));
    QCOMPARE(model->rowCount(), 2);
    panel->textFilter()->clear();
    QCOMPARE(model->rowCount(), 5);
}

void tst_ReviewMode::selectingALineSelectsItsHosts()
{
    QString error;
    QVERIFY2(m_window->review()->start(m_request, &error), qPrintable(error));
    ReviewPanel *panel = m_window->review()->panel();
    QTableView *view = panel->view();

    // A subnet covering the IPS the SMS manages and hosts it does not.
    view->selectRow(rowOf(QStringLiteral("CR-3")));
    QCOMPARE(
        m_window->review()->result().requests.at(panel->currentRequest()).request.id, QStringLiteral("CR-3"));
    QStringList selected = m_window->scene()->selectedHostIds();
    selected.sort();
    QCOMPARE(selected,
        (QStringList {QStringLiteral("ips1"), QStringLiteral("nio1"), QStringLiteral("pcns-scada-a"),
            QStringLiteral("scada-a"), QStringLiteral("scada-b"), QStringLiteral("scada-p"),
            QStringLiteral("sms1"), QStringLiteral("vos-m1"), QStringLiteral("vos-m2")}));
    // The required flow and the excess are drawn and named in the details.
    const QList<ReviewArrowItem *> arrows = m_window->review()->overlay();
    QVERIFY(!arrows.isEmpty());
    const QString details = panel->details()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("tippingpoint.device-https")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Excess")), qPrintable(details));

    // The one-way rule names its reference.
    view->selectRow(rowOf(QStringLiteral("CR-1")));
    QVERIFY(panel->details()->toPlainText().contains(QLatin1String("clearscada.one-way")));
    QVERIFY(panel->details()->toPlainText().contains(QLatin1String("Note on DMZ Permanent Standby Servers")));
}

void tst_ReviewMode::exportsTheReport()
{
    QString error;
    QVERIFY2(m_window->review()->start(m_request, &error), qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
    QVERIFY2(m_window->review()->exportReport(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    const QString csv = m_dir.filePath(QStringLiteral("review.csv"));
    QVERIFY2(m_window->review()->exportReport(csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray rows = csvFile.readAll();
    QVERIFY(rows.contains("CR-1"));
    QVERIFY(rows.contains("forbidden"));
}

void tst_ReviewMode::badRequestIsRefusedWithItsLine()
{
    const QString bad
        = write(QStringLiteral("bad.csv"), "id,source,destination,protocol,ports\nA,sms1,ips1,tcp,99999\n");
    QString error;
    QVERIFY(!m_window->review()->start(bad, &error));
    QVERIFY2(error.contains(QLatin1String("bad.csv:2:17")), qPrintable(error));
    QVERIFY(!m_window->review()->isActive());
    QVERIFY(!m_window->view()->isReadOnly());
}

void tst_ReviewMode::closingGivesTheDesignBack()
{
    const QByteArray before = DesignJson::write(m_window->document()->design());
    const int undoCount = m_window->document()->undoStack()->count();
    QString error;
    QVERIFY2(m_window->review()->start(m_request, &error), qPrintable(error));
    m_window->review()->panel()->view()->selectRow(0);
    m_window->review()->panel()->closeButton()->click();
    QVERIFY(!m_window->review()->isActive());
    QVERIFY(!m_window->view()->isReadOnly());
    QVERIFY(m_window->review()->overlay().isEmpty());
    QCOMPARE(m_window->document()->undoStack()->count(), undoCount);
    QCOMPARE(DesignJson::write(m_window->document()->design()), before);
}

// Review and compare show two different overlays on one locked canvas: entering one ends the
// other, and the canvas stays locked until the last one ends.
void tst_ReviewMode::oneModeAtATime()
{
    CompareMode *compare = m_window->compareMode();
    QString error;
    QVERIFY2(m_window->review()->start(m_request, &error), qPrintable(error));
    QVERIFY(
        compare->compareWithFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/diff/data/plant-before.json")));
    QVERIFY(compare->isActive());
    QVERIFY(!m_window->review()->isActive());
    QVERIFY(!m_window->review()->dock()->isVisible());
    QVERIFY(m_window->view()->isReadOnly());

    QVERIFY2(m_window->review()->start(m_request, &error), qPrintable(error));
    QVERIFY(m_window->review()->isActive());
    QVERIFY(!compare->isActive());
    QVERIFY(m_window->view()->isReadOnly());
    QVERIFY(!m_window->action(QStringLiteral("leaveCompare"))->isEnabled());

    m_window->review()->stop();
    QVERIFY(!m_window->view()->isReadOnly());
}

QTEST_MAIN(tst_ReviewMode)
#include "tst_reviewmode.moc"
