#include "changevaluecommand.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "filecontroller.h"
#include "findingsmodel.h"
#include "flowarrowitem.h"
#include "flowfiltermodel.h"
#include "flowmatrixdelegate.h"
#include "flowmatrixwidget.h"
#include "flowtablemodel.h"
#include "hostitem.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace portolan;

/** The flow matrix and findings docks over the sample design, and their ties to the canvas. */
class tst_FlowMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryDerivedFlow();
    void selectingRowSelectsHosts();
    void selectingHostFiltersTable();
    void textFilter();
    void protocolFilter();
    void zonePairFilter();
    void blocksStandOut();
    void portsSortAsNumbers();
    void clickingFindingSelectsHosts();
    void updatesLiveAfterEdit();
    void followsEditsRowByRow();
    void paintsAsTheStandardDelegate();
    void cellsPaintAsTheStandardDelegate();

private:
    QAbstractItemModel *shown() const { return m_window->matrix()->view()->model(); }
    MainWindow *m_window = nullptr;
};

void tst_FlowMatrix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FlowMatrix::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->files()->openSample());
    m_window->scene()->clearSelection();
}

void tst_FlowMatrix::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void tst_FlowMatrix::showsEveryDerivedFlow()
{
    const int flows = int(m_window->document()->derivation().flows.size());
    QVERIFY(flows > 20);
    QCOMPARE(shown()->rowCount(), flows);
    QCOMPARE(shown()->columnCount(), int(FlowTableModel::ColumnCount));
    QCOMPARE(shown()->headerData(FlowTableModel::ServiceColumn, Qt::Horizontal).toString(),
        QStringLiteral("Service"));
}

void tst_FlowMatrix::selectingRowSelectsHosts()
{
    QTableView *view = m_window->matrix()->view();
    int row = -1;
    for (int r = 0; r < shown()->rowCount(); ++r) {
        if (shown()->index(r, 0).data(FlowTableModel::SourceIdRole).toString()
            == QLatin1String("pcns-scada-a")) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    const QString destination = shown()->index(row, 0).data(FlowTableModel::DestinationIdRole).toString();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
        view->visualRect(shown()->index(row, FlowTableModel::ServiceColumn)).center());
    QCOMPARE(view->currentIndex().row(), row);
    QStringList expected {QStringLiteral("pcns-scada-a"), destination};
    QStringList selected = m_window->scene()->selectedHostIds();
    expected.sort();
    selected.sort();
    QCOMPARE(selected, expected);
    // Selecting from the matrix does not narrow the matrix.
    QCOMPARE(shown()->rowCount(), int(m_window->document()->derivation().flows.size()));
}

void tst_FlowMatrix::selectingHostFiltersTable()
{
    const int total = shown()->rowCount();
    m_window->scene()->selectHosts({QStringLiteral("ntp1")});
    QVERIFY(shown()->rowCount() > 0);
    QVERIFY(shown()->rowCount() < total);
    for (int r = 0; r < shown()->rowCount(); ++r) {
        const QModelIndex index = shown()->index(r, 0);
        QVERIFY(index.data(FlowTableModel::SourceIdRole).toString() == QLatin1String("ntp1")
            || index.data(FlowTableModel::DestinationIdRole).toString() == QLatin1String("ntp1"));
    }
    m_window->scene()->clearSelection();
    QCOMPARE(shown()->rowCount(), total);
}

void tst_FlowMatrix::textFilter()
{
    m_window->matrix()->textFilter()->setText(QStringLiteral("3052"));
    QVERIFY(shown()->rowCount() > 0);
    for (int r = 0; r < shown()->rowCount(); ++r)
        QVERIFY(shown()
                    ->index(r, FlowTableModel::PortsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("3052")));
    m_window->matrix()->textFilter()->setText(QStringLiteral("no such thing anywhere"));
    QCOMPARE(shown()->rowCount(), 0);
}

void tst_FlowMatrix::protocolFilter()
{
    QComboBox *protocol = m_window->matrix()->protocolFilter();
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("UDP")));
    QVERIFY(shown()->rowCount() > 0);
    QVERIFY(shown()->rowCount() < int(m_window->document()->derivation().flows.size()));
    for (int r = 0; r < shown()->rowCount(); ++r)
        QCOMPARE(shown()->index(r, FlowTableModel::ProtocolColumn).data().toString(), QStringLiteral("udp"));
}

void tst_FlowMatrix::zonePairFilter()
{
    QComboBox *pairs = m_window->matrix()->zonePairFilter();
    const int index = pairs->findText(QStringLiteral("UPS management → Control network"));
    QVERIFY2(index > 0, qPrintable(QStringLiteral("zone pairs: %1").arg(pairs->count())));
    pairs->setCurrentIndex(index);
    QVERIFY(shown()->rowCount() > 0);
    for (int r = 0; r < shown()->rowCount(); ++r) {
        QCOMPARE(
            shown()->index(r, 0).data(FlowTableModel::SourceZoneRole).toString(), QStringLiteral("power"));
        QCOMPARE(shown()->index(r, 0).data(FlowTableModel::DestinationZoneRole).toString(),
            QStringLiteral("control"));
    }
}

void tst_FlowMatrix::blocksStandOut()
{
    int blocks = 0;
    for (int r = 0; r < shown()->rowCount(); ++r) {
        const QModelIndex index = shown()->index(r, FlowTableModel::ActionColumn);
        if (index.data().toString() != QLatin1String("Block"))
            continue;
        ++blocks;
        QCOMPARE(shown()->index(r, FlowTableModel::SourceColumn).data().toString(), QStringLiteral("Any"));
        QCOMPARE(index.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x1c, 0x1c));
        QVERIFY(index.data(Qt::BackgroundRole).isValid());
    }
    QVERIFY(blocks > 0);
}

void tst_FlowMatrix::portsSortAsNumbers()
{
    m_window->matrix()->view()->sortByColumn(FlowTableModel::PortsColumn, Qt::AscendingOrder);
    int previous = -1;
    for (int r = 0; r < shown()->rowCount(); ++r) {
        const int port
            = shown()->index(r, FlowTableModel::PortsColumn).data(FlowTableModel::SortRole).toInt();
        QVERIFY(port >= previous);
        previous = port;
    }
    QVERIFY(previous > 1000);
}

void tst_FlowMatrix::clickingFindingSelectsHosts()
{
    // An address outside its zone's subnets is a finding about that host.
    Document *document = m_window->document();
    const Host before = *document->design().host(QStringLiteral("ups2-nmc"));
    Host after = before;
    after.address = QHostAddress(QStringLiteral("10.99.0.1"));
    document->undoStack()->push(
        new ChangeHostCommand(document, before, after, QStringLiteral("address"), QString()));
    document->flushDerivation();

    QTreeView *view = m_window->findingsView();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QStringList ids = view->model()->index(r, 0).data(FindingsModel::HostIdsRole).toStringList();
        if (ids == QStringList {QStringLiteral("ups2-nmc")}) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    view->scrollTo(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
        view->visualRect(view->model()->index(row, FindingsModel::MessageColumn)).center());
    QCOMPARE(m_window->scene()->selectedHostIds(), QStringList {QStringLiteral("ups2-nmc")});
}

void tst_FlowMatrix::updatesLiveAfterEdit()
{
    const int before = shown()->rowCount();
    const auto hasRow = [this] {
        for (int r = 0; r < shown()->rowCount(); ++r) {
            const QModelIndex index = shown()->index(r, 0);
            if (index.data(FlowTableModel::SourceIdRole).toString() == QLatin1String("pcns-dmz")
                && index.data(FlowTableModel::DestinationIdRole).toString() == QLatin1String("ups1-nmc"))
                return true;
        }
        return false;
    };
    QVERIFY(!hasRow());
    QVERIFY(m_window->scene()->requestLink(QStringLiteral("pcns-dmz"), QStringLiteral("ups1-nmc")));
    QTRY_VERIFY(hasRow());
    QVERIFY(shown()->rowCount() > before);
    m_window->document()->undoStack()->undo();
    QTRY_COMPARE(shown()->rowCount(), before);
    QVERIFY(!hasRow());
}

void tst_FlowMatrix::followsEditsRowByRow()
{
    // The matrix follows each edit by rows, and then shows exactly what a matrix built afresh
    // from the same derivation shows, cell by cell.
    Document *document = m_window->document();
    FlowTableModel follower(document);
    QSignalSpy resets(&follower, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&follower, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&follower, &QAbstractItemModel::rowsRemoved);
    const QList<int> roles
        = {Qt::DisplayRole, FlowTableModel::SourceIdRole, FlowTableModel::DestinationIdRole,
            FlowTableModel::SourceZoneRole, FlowTableModel::DestinationZoneRole, FlowTableModel::BlockRole};
    const auto sameAsFresh = [&](const char *step) {
        document->flushDerivation();
        const FlowTableModel fresh(document);
        if (follower.rowCount() != fresh.rowCount()) {
            qWarning("%s: %d rows, a fresh matrix has %d", step, follower.rowCount(), fresh.rowCount());
            return false;
        }
        for (int r = 0; r < fresh.rowCount(); ++r) {
            for (int c = 0; c < FlowTableModel::ColumnCount; ++c) {
                for (int role : roles) {
                    const QVariant shown = follower.index(r, c).data(role);
                    const QVariant expected = fresh.index(r, c).data(role);
                    if (shown != expected) {
                        qWarning("%s: row %d column %d role %d shows %s, a fresh matrix %s", step, r, c, role,
                            qPrintable(shown.toString()), qPrintable(expected.toString()));
                        return false;
                    }
                }
            }
        }
        return follower.zonePairs() == fresh.zonePairs();
    };

    QVERIFY(document->addLink(QStringLiteral("pcns-dmz"), QStringLiteral("ups1-nmc")));
    QVERIFY(sameAsFresh("link added"));
    QVERIFY(!inserted.isEmpty());

    Host renamed = *document->design().host(QStringLiteral("ups1-nmc"));
    renamed.name = QStringLiteral("UPS one");
    document->setHost(renamed);
    QVERIFY(sameAsFresh("host renamed"));

    Host moved = *document->design().host(QStringLiteral("scada-dmz"));
    moved.zone = QStringLiteral("control");
    document->setHost(moved);
    QVERIFY(sameAsFresh("host moved to another zone"));

    Zone zone = *document->design().zone(QStringLiteral("power"));
    zone.name = QStringLiteral("Power supplies");
    document->setZone(zone);
    QVERIFY(sameAsFresh("zone renamed"));

    document->removeHost(QStringLiteral("vos-m2"));
    QVERIFY(sameAsFresh("host removed"));
    QVERIFY(!removed.isEmpty());

    document->removeLink(0);
    QVERIFY(sameAsFresh("link removed"));

    // None of these edits reset the matrix: rows came and went, the rest stayed.
    QCOMPARE(resets.size(), 0);

    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QVERIFY(sameAsFresh("every edit undone"));
}

/// The matrix as it shows the sample design, a row selected: the same pixels as Qt's own delegate.
void tst_FlowMatrix::paintsAsTheStandardDelegate()
{
    QTableView *view = m_window->matrix()->view();
    QVERIFY(qobject_cast<FlowMatrixDelegate *>(view->itemDelegate()));
    QVERIFY(view->model()->rowCount() > 10);
    view->selectRow(3);
    view->setColumnWidth(FlowTableModel::ServiceColumn, 60); // elided texts too
    const QImage ours = view->grab().toImage();
    auto *standard = new QStyledItemDelegate(view);
    view->setItemDelegate(standard);
    const QImage qts = view->grab().toImage();
    QCOMPARE(ours.size(), qts.size());
    QVERIFY(ours == qts);
}

/// Cells of every kind the matrix may show: plain, elided, bold, coloured, aligned right, other
/// scripts, empty, selected; a cell that is current (with a focus frame) goes to Qt's delegate.
void tst_FlowMatrix::cellsPaintAsTheStandardDelegate()
{
    QStandardItemModel model(6, 3);
    const QStringList texts = {QStringLiteral("Allow"), QStringLiteral("zone-1 → zone-2"),
        QStringLiteral("A long service name that cannot fit in the column and is elided"),
        QStringLiteral("Straße café ポート 端口"), QString(),
        QStringLiteral("tcp 502, 20000-20005 (from 123)")};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setData(model.index(row, column), texts.at((row + column) % texts.size()));
    }
    QFont bold;
    bold.setBold(true);
    model.setData(model.index(1, 0), bold, Qt::FontRole);
    model.setData(model.index(2, 1), QBrush(Qt::darkRed), Qt::ForegroundRole);
    model.setData(model.index(2, 2), QBrush(QColor(0xff, 0xf4, 0xd6)), Qt::BackgroundRole);
    model.setData(model.index(3, 1), int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    model.setData(model.index(4, 2), int(Qt::AlignHCenter | Qt::AlignTop), Qt::TextAlignmentRole);
    const auto render = [&model](QAbstractItemDelegate *delegate) {
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(delegate);
        view.setAlternatingRowColors(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setColumnWidth(0, 70);
        view.setColumnWidth(1, 150);
        view.setColumnWidth(2, 120);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
        view.resize(420, 220);
        view.selectRow(5);
        view.setCurrentIndex(model.index(5, 1));
        return view.grab().toImage();
    };
    FlowMatrixDelegate ours;
    QStyledItemDelegate qts;
    const QImage a = render(&ours);
    const QImage b = render(&qts);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a == b);
}

QTEST_MAIN(tst_FlowMatrix)
#include "tst_flowmatrix.moc"
