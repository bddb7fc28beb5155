// The flows CSV as the command line writes it: cells quoted and defused as RFC 4180 and a
// spreadsheet need them, and a large matrix (formatted in parts on every core) equal to its rows
// written one by one, in derivation order.

#include "estategenerator.h"

#include "engine/ruleengine.h"
#include "io/csvwriter.h"
#include "io/flowsreport.h"

#include <QThread>
#include <QtTest>

using namespace portolan;

class tst_FlowsReport : public QObject
{
    Q_OBJECT

private slots:
    void cellsAreQuotedAndDefused();
    void cellByCellIsTheSameAsWholeRows();
    void largeMatrixIsEveryRowInOrder();
};

void tst_FlowsReport::cellsAreQuotedAndDefused()
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
        QStringLiteral("=1+2"), QStringLiteral("'x"), QStringLiteral("Z\u00fcrich \"S\u00fcd\""), QString(),
        QStringLiteral("-"), QStringLiteral("\tTab"), QStringLiteral("two\nlines")});
    csv.addRow({});
    const QByteArray expected = "plain,\"a,b\",\"say \"\"hi\"\"\",\"'=1+2\",\"'x\","
                                "\"Z\xc3\xbcrich \"\"S\xc3\xbc"
                                "d\"\"\",,\"'-\",\"'\tTab\",\"two\nlines\"\r\n"
                                "\r\n";
    QCOMPARE(csv.data(), expected);
}

void tst_FlowsReport::cellByCellIsTheSameAsWholeRows()
{
    const QStringList cells = {QStringLiteral("@SUM(A1)"), QStringLiteral("\u00e9t\u00e9, \"chaud\""),
        QStringLiteral("+49"), QStringLiteral("22,443"), QString(), QStringLiteral("\r")};
    CsvWriter whole;
    whole.addRow(cells);
    whole.addRow(cells);
    CsvWriter byCell;
    for (int row = 0; row < 2; ++row) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i % 2 == 0)
                byCell.addCell(cells.at(i));
            else
                byCell.addEncodedCell(CsvWriter::encodedCell(cells.at(i)));
        }
        byCell.endRow();
    }
    QCOMPARE(byCell.data(), whole.data());
}

void tst_FlowsReport::largeMatrixIsEveryRowInOrder()
{
    // Enough flows for more than one part: 50,000 rows or more are split among the cores.
    const Design design = generateEstate(35000);
    const RuleEngine engine;
    const Derivation derivation = engine.derive(design);
    QVERIFY(derivation.flows.size() >= 100000);

    CsvWriter expected(true);
    expected.addRow(FlowsReport::csvHeader());
    for (const Flow &flow : derivation.flows)
        expected.addRow(FlowsReport::csvRow(design, flow));

    // Written part by part, in order, each part no larger than FlowsReport::RowsPerPart rows.
    QList<QByteArray> parts;
    QVERIFY(FlowsReport::writeCsv(design, derivation, true, [&parts](const QByteArray &part) {
        parts.append(part);
        return true;
    }));
    QCOMPARE(
        parts.size(), (derivation.flows.size() + FlowsReport::RowsPerPart - 1) / FlowsReport::RowsPerPart);
    for (const QByteArray &part : parts)
        QVERIFY(part.count("\r\n") <= FlowsReport::RowsPerPart + 1);
    QCOMPARE(parts.join(), expected.data());
    // A write that fails stops the rest.
    int writes = 0;
    QVERIFY(!FlowsReport::writeCsv(design, derivation, true, [&writes](const QByteArray &) {
        ++writes;
        return writes < 2;
    }));
    QCOMPARE(writes, 2);
    QCOMPARE(FlowsReport::toCsv(design, derivation, true), expected.data());
    QCOMPARE(FlowsReport::toCsv(design, derivation).size(), expected.data().size() - 3);
    QCOMPARE(expected.data().count("\r\n"), derivation.flows.size() + 1);
}

QTEST_GUILESS_MAIN(tst_FlowsReport)
#include "tst_flowsreport.moc"
