// Design > Verify from This Machine, driven as a commissioning engineer does it, against listeners
// on loopback addresses in a private network namespace with an nftables firewall: the host of this
// machine is chosen first, results arrive in the matrix's result column and as marks on the canvas
// while the window keeps working, Cancel stops at once, the report saves, and the design is never
// touched.

#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"
#include "flowmatrixwidget.h"
#include "flowtablemodel.h"
#include "mainwindow.h"
#include "privatenetwork.h"
#include "probe/proberunner.h"
#include "probedialog.h"
#include "probemarkitem.h"
#include "probematrixcolumn.h"
#include "probemode.h"
#include "probepanel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace portolan;

namespace {

QString g_isolationFailure;

const char firewall[] = R"(
table inet probe_gui {
    chain input {
        type filter hook input priority 0; policy accept;
        ip daddr 10.9.2.20 tcp dport 23 drop
        ip daddr 10.9.2.20 tcp dport { 7, 9, 13, 19, 37 } drop
    }
}
)";

} // namespace

class tst_ProbeMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressWarningIsShownWhole();
    void initTestCase();
    void init();
    void cleanup();
    void resultsArriveWhileTheWindowWorks();
    void cancelAndLeaveTheDesignAsItWas();

private:
    ProbeMode *startProbe(int timeout);
    /// The matrix's result cell of the flow "source>destination protocol ports" (source "any" on a block
    /// row).
    QString resultCell(const QString &flow) const;

    MainWindow *m_window = nullptr;
    QList<QTcpServer *> m_servers;
    QTemporaryDir m_dir;
};

void tst_ProbeMode::initTestCase()
{
    if (!g_isolationFailure.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs a private network namespace: %1").arg(g_isolationFailure)));
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    for (const char *address : {"10.9.1.10", "10.9.1.20", "10.9.2.20"})
        QVERIFY2(netns::addLoopbackAddress(QString::fromLatin1(address), &error), qPrintable(error));
    QVERIFY2(netns::loadNftables(QString::fromLatin1(firewall), &error), qPrintable(error));
    for (const auto &[address, port] :
        {std::pair("10.9.2.20", 22), std::pair("10.9.2.20", 85), std::pair("10.9.1.20", 22)}) {
        auto *server = new QTcpServer(this);
        QVERIFY(server->listen(QHostAddress(QString::fromLatin1(address)), quint16(port)));
        m_servers << server;
    }
}

void tst_ProbeMode::init()
{
    m_window = new MainWindow;
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->files()->openFile(QFINDTESTDATA("../probe/data/plant.json")));
    m_window->document()->flushDerivation();
}

void tst_ProbeMode::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

ProbeMode *tst_ProbeMode::startProbe(int timeout)
{
    m_window->action(QStringLiteral("verify"))->trigger();
    auto *dialog = m_window->findChild<ProbeDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    // This machine has ws's address: ws is chosen, and the dialog says what it will try.
    if (dialog->hostBox()->currentData().toString() != QLatin1String("ws"))
        return nullptr;
    if (!dialog->planLabel()->text().startsWith(QLatin1String("12 connects to 2 addresses")))
        return nullptr;
    dialog->timeoutBox()->setValue(timeout);
    dialog->rateBox()->setValue(200);
    dialog->accept();
    return m_window->probe();
}

QString tst_ProbeMode::resultCell(const QString &flow) const
{
    const QAbstractItemModel *model = m_window->matrix()->view()->model();
    int resultColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == QLatin1String("Probe result"))
            resultColumn = column;
    }
    if (resultColumn < 0)
        return QStringLiteral("(no result column)");
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString source = index.data(FlowTableModel::SourceIdRole).toString();
        const QString text = (source.isEmpty() ? QStringLiteral("any") : source) + QLatin1Char('>')
            + index.data(FlowTableModel::DestinationIdRole).toString() + QLatin1Char(' ')
            + model->index(row, FlowTableModel::ProtocolColumn).data().toString() + QLatin1Char(' ')
            + model->index(row, FlowTableModel::PortsColumn).data().toString();
        if (text == flow)
            return model->index(row, resultColumn).data().toString();
    }
    return QStringLiteral("(no row %1)").arg(flow);
}

void tst_ProbeMode::resultsArriveWhileTheWindowWorks()
{
    const Design before = m_window->document()->design();
    const int columns = m_window->matrix()->view()->model()->columnCount();

    // A timer of the window's event loop: it must keep firing while the probe runs.
    int ticksWhileRunning = 0;
    ProbeMode *probe = nullptr;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (probe && probe->isRunning())
            ++ticksWhileRunning;
    });
    ticker.start();

    probe = startProbe(1500);
    QVERIFY(probe);
    QVERIFY(probe->isRunning());
    QVERIFY(m_window->scene()->isReadOnly());
    QVERIFY(!m_window->action(QStringLiteral("undo"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("delete"))->isEnabled());
    QCOMPARE(m_window->matrix()->view()->model()->columnCount(), columns + 1);
    // The result column shows first.
    QHeaderView *header = m_window->matrix()->view()->horizontalHeader();
    QCOMPARE(header->logicalIndex(0), columns);
    QCOMPARE(resultCell(QStringLiteral("ws>vos1 tcp 23")), QStringLiteral("waiting"));
    QVERIFY(probe->dock()->isVisible());
    QVERIFY(probe->panel()->cancelButton()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!probe->isRunning(), 20000);
    // The drops take the whole timeout: the window's timer fired all through it.
    QVERIFY2(ticksWhileRunning >= 20, qPrintable(QString::number(ticksWhileRunning)));

    // The matrix reads as the network answered.
    QCOMPARE(resultCell(QStringLiteral("ws>vos1 tcp 22")), QStringLiteral("open: as planned"));
    QCOMPARE(resultCell(QStringLiteral("ws>vos1 tcp 21")), QStringLiteral("closed: passes, nothing listens"));
    QCOMPARE(resultCell(QStringLiteral("ws>vos1 tcp 23")), QStringLiteral("filtered: difference"));
    QCOMPARE(resultCell(QStringLiteral("any>vos1 tcp 85")), QStringLiteral("open: difference"));
    QCOMPARE(
        resultCell(QStringLiteral("any>vos1 tcp 7,9,13,19,37")), QStringLiteral("filtered 5: as planned"));
    QCOMPARE(resultCell(QStringLiteral("any>vos1 udp 67")), QStringLiteral("not probed"));
    QCOMPARE(resultCell(QStringLiteral("ws>vosx tcp 22")), QStringLiteral("not probed"));
    // Rows the probe does not concern stay empty: vos0's own flows, and vos0's blocks (ws's zone).
    QCOMPARE(resultCell(QStringLiteral("vos0>vos1 tcp 3000-3032")), QString());
    QCOMPARE(resultCell(QStringLiteral("any>vos0 tcp 85")), QString());
    // The text filter finds the result words.
    m_window->matrix()->textFilter()->setText(QStringLiteral("difference"));
    QCOMPARE(m_window->matrix()->view()->model()->rowCount(), 2);
    m_window->matrix()->textFilter()->clear();

    // The canvas marks each flow in words and symbols.
    QCOMPARE(probe->marks().value(QStringLiteral("flow:vos1"))->text(),
        QStringLiteral("filtered 1, refused 1, passed 1"));
    QCOMPARE(
        probe->marks().value(QStringLiteral("flow:vos0"))->text(), QStringLiteral("refused 2, passed 1"));
    QCOMPARE(probe->marks().value(QStringLiteral("blocks:vos1"))->text(),
        QStringLiteral("blocks: unexpected 1, filtered 5, not probed 4"));
    QCOMPARE(probe->marks().value(QStringLiteral("flow:vos1"))->entries().front().verdict,
        ProbeVerdict::Difference);
    QVERIFY(probe->marks().value(QStringLiteral("flow:vos1"))->scene() == m_window->scene());
    QVERIFY2(probe->panel()->summaryLabel()->text().contains(QLatin1String("Differences: 2.")),
        qPrintable(probe->panel()->summaryLabel()->text()));
    QVERIFY(probe->panel()->saveButton()->isEnabled());

    // The commissioning report, as CSV and PDF.
    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(probe->saveReport(csv, &error), qPrintable(error));
    QVERIFY2(probe->saveReport(pdf, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines.size(), 27); // header, 25 rows, the empty piece after the last line end
    QVERIFY(lines.front().startsWith("destination,protocol,port,result,expected,ok,rule,"));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    // Close gives the design back as it was.
    probe->end();
    QVERIFY(!m_window->probe());
    QCOMPARE(m_window->matrix()->view()->model()->columnCount(), columns);
    QVERIFY(!m_window->scene()->isReadOnly());
    QVERIFY(m_window->action(QStringLiteral("delete"))->isEnabled());
    int marks = 0;
    for (QGraphicsItem *item : m_window->scene()->items())
        marks += item->type() == ProbeMarkItem::Type ? 1 : 0;
    QCOMPARE(marks, 0);
    QVERIFY(m_window->document()->design() == before);
    QVERIFY(!m_window->document()->isModified());
}

void tst_ProbeMode::cancelAndLeaveTheDesignAsItWas()
{
    const Design before = m_window->document()->design();
    ProbeMode *probe = startProbe(30000);
    QVERIFY(probe);
    // The answers come; the drops hang on their 30 s timeout.
    QTRY_VERIFY_WITH_TIMEOUT(probe->runner()->doneCount() >= 4, 10000);
    QVERIFY(probe->isRunning());
    QTest::mouseClick(probe->panel()->cancelButton(), Qt::LeftButton);
    QVERIFY(!probe->isRunning());
    QVERIFY(probe->runner()->wasCancelled());
    QVERIFY(!probe->panel()->cancelButton()->isEnabled());
    QVERIFY(probe->panel()->summaryLabel()->text().startsWith(QLatin1String("Cancelled.")));
    QCOMPARE(resultCell(QStringLiteral("ws>vos1 tcp 23")), QStringLiteral("not probed"));
    for (const ProbeOutcome &outcome : probe->runner()->outcomes())
        QVERIFY(outcome.result != ProbeResult::Pending);

    // Opening another design ends the mode.
    QVERIFY(m_window->files()->openSample());
    QTRY_VERIFY(!m_window->probe());
    QVERIFY(!m_window->scene()->isReadOnly());
    QVERIFY(!(m_window->document()->design() == before));
}

// Standing in for a host whose address this machine does not have, the dialog says so in a warning that
// wraps onto several lines, all of them inside the dialog.
void tst_ProbeMode::addressWarningIsShownWhole()
{
    m_window->action(QStringLiteral("verify"))->trigger();
    auto *dialog = m_window->findChild<ProbeDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    // The test's network holds every address of the design but VOS-X's, which has none.
    const int other = dialog->hostBox()->findData(QStringLiteral("vosx"));
    QVERIFY(other >= 0);
    dialog->hostBox()->setCurrentIndex(other);
    QCoreApplication::processEvents();
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("probeWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().size() > 80);
    QTRY_VERIFY(warning->height() >= warning->heightForWidth(warning->width()));
    const QRect shown(warning->mapTo(dialog, QPoint(0, 0)), warning->size());
    QVERIFY2(dialog->rect().contains(shown),
        qPrintable(QStringLiteral("warning at %1,%2 %3x%4 in a dialog of %5x%6")
                       .arg(shown.x())
                       .arg(shown.y())
                       .arg(shown.width())
                       .arg(shown.height())
                       .arg(dialog->width())
                       .arg(dialog->height())));
    dialog->reject();
}

int main(int argc, char *argv[])
{
    netns::enterPrivateNetwork(&g_isolationFailure);
    QApplication app(argc, argv);
    tst_ProbeMode test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_probemode.moc"
