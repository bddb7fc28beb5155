// The one reading of an address that the inventory import and the rule-set readers share: what a
// person writes as an address is read, what only looks like one to a socket library is refused.
#include "base/strictaddress.h"

#include <QTest>

using namespace portolan;

class tst_StrictAddress : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
};

void tst_StrictAddress::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::newRow("dotted quad") << "192.168.10.11"
                                 << "192.168.10.11";
    QTest::newRow("zeros and the top") << "0.0.0.0"
                                       << "0.0.0.0";
    QTest::newRow("broadcast") << "255.255.255.255"
                               << "255.255.255.255";
    QTest::newRow("leading zero is decimal") << "010.001.002.009"
                                             << "10.1.2.9";
    QTest::newRow("IPv6") << "2001:db8::10"
                          << "2001:db8::10";
    QTest::newRow("IPv6 loopback") << "::1"
                                   << "::1";
}

void tst_StrictAddress::reads()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    const QHostAddress read = strictAddress(text);
    QVERIFY2(!read.isNull(), qPrintable(text));
    QCOMPARE(read.toString(), address);
}

void tst_StrictAddress::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("three numbers") << "10.1.2";
    QTest::newRow("two numbers") << "10.1";
    QTest::newRow("one number") << "167772161";
    QTest::newRow("five numbers") << "10.1.2.3.4";
    QTest::newRow("hexadecimal") << "0x0a.0.0.1";
    QTest::newRow("above 255") << "10.1.2.256";
    QTest::newRow("four digits") << "10.1.2.0255";
    QTest::newRow("empty part") << "10..2.3";
    QTest::newRow("sign") << "10.1.2.+3";
    QTest::newRow("space") << "10.1.2.3 ";
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("10.1.2.\u0663");
    QTest::newRow("prefix") << "10.1.2.0/24";
    QTest::newRow("IPv6 scope") << "fe80::1%eth0";
    QTest::newRow("IPv6 prefix") << "2001:db8::/32";
    QTest::newRow("IPv6 garbage") << "2001:db8:::1:::";
    QTest::newRow("name") << "scada-main";
}

void tst_StrictAddress::refuses()
{
    QFETCH(QString, text);
    QVERIFY2(strictAddress(text).isNull(),
        qPrintable(text + QStringLiteral(" was read as ") + strictAddress(text).toString()));
}

QTEST_GUILESS_MAIN(tst_StrictAddress)
#include "tst_strictaddress.moc"
