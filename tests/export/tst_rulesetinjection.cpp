// A design is untrusted input and a rule set is applied to a real firewall: no text of the design may
// write a rule. Names are free text and are made safe on output; ids are refused by the readers when
// they leave the safe alphabet, and the rule set writers must be safe even for a design built without a
// reader. Each hostile design is compared with the same design under plain texts: the rules must be
// the same, and the files must load in a private network namespace with nothing more in them.
#include "engine/ruleengine.h"
#include "export/exportformat.h"
#include "export/rulesettext.h"
#include "storage/designfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace portolan;

namespace {

/// Texts that would end a comment line or a quoted string and start a rule of their own.
QStringList hostileTexts()
{
    return {
        QStringLiteral("x\n-A INPUT -j ACCEPT\n"),
        QStringLiteral("x\r\n-A INPUT -j ACCEPT"),
        QStringLiteral("x\r-A INPUT -j ACCEPT"),
        QStringLiteral("x") + QChar(0x2028) + QStringLiteral("-A INPUT -j ACCEPT"),
        QStringLiteral("x") + QChar(0x85) + QStringLiteral("-A INPUT -j ACCEPT"),
        QStringLiteral("x\" -j ACCEPT -m comment --comment \""),
        QStringLiteral("x\\\" -j ACCEPT #"),
        QStringLiteral("x\naccess-list cell_in extended permit ip any any\n"),
        QStringLiteral(
            "x\n}\n}\ntable ip evil { chain input { type filter hook input priority 0; policy accept; } }\n"),
        QStringLiteral("x") + QChar(0x202e) + QStringLiteral("tpecca") + QChar(0) + QStringLiteral("nul"),
        QStringLiteral("x") + QChar(0xd800) + QStringLiteral("lone surrogate"),
    };
}

struct Loaded
{
    Design design;
    Derivation derivation;
};

Design readSmall()
{
    Design design;
    QString error;
    if (!DesignFile::load(QFINDTESTDATA("data/small.json"), *Catalog::builtIn(), &design, &error))
        qFatal("cannot load the test design: %s", qPrintable(error));
    return design;
}

/// The small design with its texts replaced: the design name, the zone names, the host names, and
/// (when ids is true) the host ids, which only a design built without a reader can carry.
Loaded withTexts(const QString &text, bool ids)
{
    const Design source = readSmall();
    Design design;
    design.name = text;
    for (Zone zone : source.zones()) {
        zone.name = text;
        design.addZone(zone);
    }
    const auto idOf = [&](const QString &id) { return ids ? id + text : id; };
    for (Host host : source.hosts()) {
        host.name = text;
        host.id = idOf(host.id);
        design.addHost(host);
    }
    for (Link link : source.links()) {
        link.a = idOf(link.a);
        link.b = idOf(link.b);
        design.addLink(link);
    }
    static const RuleEngine engine;
    return {design, engine.derive(design)};
}

QByteArray render(const QString &format, const Loaded &loaded, QString *error = nullptr)
{
    QByteArray data;
    QString message;
    ExportOptions options;
    options.date = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    if (!ExportFormat::find(format)->render({loaded.design, loaded.derivation, options}, &data, &message)) {
        if (error)
            *error = message;
        return QByteArray();
    }
    return data;
}

QString commentMarker(const QString &format)
{
    return format == QLatin1String("asa") ? QStringLiteral("!") : QStringLiteral("#");
}

/// The rule lines: no comments, no blank lines, no ASA remarks; iptables comments and nft comment
/// strings cut off, since they carry ids.
QStringList ruleLines(const QString &format, const QByteArray &text)
{
    static const QRegularExpression iptablesComment(QStringLiteral(" -m comment --comment \"[^\"]*\""));
    static const QRegularExpression nftComment(QStringLiteral(" comment \"[^\"]*\"$"));
    QStringList result;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(commentMarker(format))
            || trimmed.contains(QLatin1String(" remark "))
            || trimmed.startsWith(QLatin1String("description ")))
            continue;
        trimmed.remove(iptablesComment).remove(nftComment);
        result << trimmed;
    }
    return result;
}

int run(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

/// Runs a shell script in a private network namespace; false when namespaces are not allowed here.
bool inNamespace(const QString &script, QByteArray *output, int *status)
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty() || geteuid() != 0)
        return false;
    QByteArray probe;
    if (run(unshare, {QStringLiteral("-n"), QStringLiteral("true")}, &probe) != 0)
        return false;
    *status
        = run(unshare, {QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"), script}, output);
    return true;
}

} // namespace

class tst_RuleSetInjection : public QObject
{
    Q_OBJECT

private slots:
    void oneLineRemovesEveryLineBreak_data();
    void oneLineRemovesEveryLineBreak();
    void oneLineCutsAtCharacters();
    void joinRefusesAControlCharacter();
    void joinWritesUtf8();
    void textsChangeNoRule_data();
    void textsChangeNoRule();
    void iptablesLoadsNothingMore_data();
    void iptablesLoadsNothingMore();
    void nftLoadsNothingMore_data();
    void nftLoadsNothingMore();
    void readersRefuseUnsafeIds_data();
    void readersRefuseUnsafeIds();
    void placeholderNamesAreUnique();
};

void tst_RuleSetInjection::oneLineRemovesEveryLineBreak_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a b");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a b");
    QTest::newRow("vertical tab, form feed") << QStringLiteral("a\vb\fc") << QStringLiteral("a b c");
    QTest::newRow("next line") << QStringLiteral("a") + QChar(0x85) + QStringLiteral("b")
                               << QStringLiteral("a b");
    QTest::newRow("line separator") << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")
                                    << QStringLiteral("a b");
    QTest::newRow("paragraph separator")
        << QStringLiteral("a") + QChar(0x2029) + QStringLiteral("b") << QStringLiteral("a b");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("a b");
    QTest::newRow("bidi override") << QStringLiteral("a") + QChar(0x202e) + QStringLiteral("b")
                                   << QStringLiteral("a b");
    QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xdc00)
                                    << QStringLiteral("a") + QChar(0xfffd);
    QTest::newRow("pair kept") << QString::fromUtf8("a\xf0\x9f\x94\xa5")
                               << QString::fromUtf8("a\xf0\x9f\x94\xa5");
    QTest::newRow("spaces folded") << QStringLiteral("  a \t\n b  ") << QStringLiteral("a b");
    QTest::newRow("cjk kept") << QString::fromUtf8("\xe6\xb0\xb4\xe5\xbb\xa0")
                              << QString::fromUtf8("\xe6\xb0\xb4\xe5\xbb\xa0");
}

void tst_RuleSetInjection::oneLineRemovesEveryLineBreak()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(RuleSetText::oneLine(text), expected);
}

void tst_RuleSetInjection::oneLineCutsAtCharacters()
{
    // Three bytes each in UTF-8: 10 bytes hold three of them, never half of one.
    const QString cjk = QString::fromUtf8("\xe6\xb0\xb4\xe5\xbb\xa0\xe6\xb0\xb4\xe5\xbb\xa0");
    QCOMPARE(RuleSetText::oneLine(cjk, 10), cjk.left(3));
    // Four bytes, two UTF-16 units: a cut inside the pair drops it whole.
    const QString emoji = QString::fromUtf8("ab\xf0\x9f\x94\xa5");
    QCOMPARE(RuleSetText::oneLine(emoji, 5), QStringLiteral("ab"));
    QCOMPARE(RuleSetText::oneLine(emoji, 6), emoji);
}

void tst_RuleSetInjection::joinRefusesAControlCharacter()
{
    QByteArray data("untouched");
    QString error;
    QVERIFY(!RuleSetText::join({QStringLiteral("# fine"), QStringLiteral("# a\nb")}, &data, &error));
    QCOMPARE(data, QByteArray("untouched"));
    QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("U+000A")),
        qPrintable(error));
    QVERIFY(RuleSetText::join({QStringLiteral("# fine\tthere")}, &data, &error));
    QCOMPARE(data, QByteArray("# fine\tthere"));
    // A DEL after plain text, and a lone surrogate, are refused as well.
    QVERIFY(!RuleSetText::join({QStringLiteral("-A x"), QStringLiteral("-A y \x7f")}, &data, &error));
    QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("U+007F")),
        qPrintable(error));
    QVERIFY(!RuleSetText::join({QString(QChar(0xd800))}, &data, &error));
    QCOMPARE(data, QByteArray("# fine\tthere"));
}

void tst_RuleSetInjection::joinWritesUtf8()
{
    // Lines joined by "\n" as UTF-8, bytes written by hand: plain ASCII, accented letters, a
    // character outside the BMP (a surrogate pair), empty lines first and last.
    const QStringList lines = {QString(), QStringLiteral("# plain"),
        QStringLiteral("# Stra\u00dfe caf\u00e9"), QStringLiteral("# ") + QString::fromUcs4(U"\U0001F525", 1),
        QStringLiteral("-A x -j ACCEPT"), QString()};
    QByteArray data;
    QString error;
    QVERIFY2(RuleSetText::join(lines, &data, &error), qPrintable(error));
    QCOMPARE(data,
        QByteArray("\n# plain\n# Stra\xc3\x9f"
                   "e caf\xc3\xa9\n# \xf0\x9f\x94\xa5\n-A x -j ACCEPT\n"));
    QVERIFY(RuleSetText::join({}, &data, &error));
    QCOMPARE(data, QByteArray());
}

void tst_RuleSetInjection::textsChangeNoRule_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ids");
    for (const char *format : {"nft", "iptables", "asa"}) {
        const QStringList texts = hostileTexts();
        for (int i = 0; i < texts.size(); ++i) {
            QTest::addRow("%s names %d", format, i) << QString::fromLatin1(format) << texts.at(i) << false;
            QTest::addRow("%s ids %d", format, i) << QString::fromLatin1(format) << texts.at(i) << true;
        }
    }
}

void tst_RuleSetInjection::textsChangeNoRule()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(bool, ids);
    QString error;
    const QByteArray plain = render(format, withTexts(QStringLiteral("plain"), ids), &error);
    QVERIFY2(!plain.isEmpty(), qPrintable(error));
    const QByteArray hostile = render(format, withTexts(text, ids), &error);
    QVERIFY2(!hostile.isEmpty(), qPrintable(error));
    QCOMPARE(hostile.count('\n'), plain.count('\n'));
    QCOMPARE(ruleLines(format, hostile), ruleLines(format, plain));
    QVERIFY(!hostile.contains('\r') && !hostile.contains('\0'));
    QVERIFY(!QString::fromUtf8(hostile).contains(QChar(0x2028)));
}

void tst_RuleSetInjection::iptablesLoadsNothingMore_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = hostileTexts();
    for (int i = 0; i < texts.size(); ++i)
        QTest::addRow("%d", i) << texts.at(i);
}

void tst_RuleSetInjection::iptablesLoadsNothingMore()
{
    QFETCH(QString, text);
    if (QStandardPaths::findExecutable(QStringLiteral("iptables-restore"), {QStringLiteral("/usr/sbin")})
            .isEmpty())
        QSKIP("iptables-restore is not installed");
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("rules.v4"));
    QVERIFY(ExportFormat::find(QStringLiteral("iptables"))
                ->write({withTexts(text, true).design, withTexts(text, true).derivation, {}}, path, &error));
    QByteArray saved;
    int status = 0;
    if (!inNamespace(
            QStringLiteral("iptables-restore < '%1' && iptables-save -t filter").arg(path), &saved, &status))
        QSKIP("not root, or private network namespaces (unshare -n) are not allowed here");
    QVERIFY2(status == 0, saved.constData());
    QStringList rules;
    for (const QByteArray &line : saved.split('\n')) {
        if (line.startsWith("-A "))
            rules << QString::fromUtf8(line);
    }
    for (const QString &rule : std::as_const(rules))
        QVERIFY2(!rule.startsWith(QLatin1String("-A INPUT")) && !rule.startsWith(QLatin1String("-A OUTPUT")),
            qPrintable(rule));
    QCOMPARE(rules.size(),
        ruleLines(QStringLiteral("iptables"),
            render(QStringLiteral("iptables"), withTexts(QStringLiteral("plain"), true)))
            .filter(QRegularExpression(QStringLiteral("^-A ")))
            .size());
}

void tst_RuleSetInjection::nftLoadsNothingMore_data()
{
    iptablesLoadsNothingMore_data();
}

void tst_RuleSetInjection::nftLoadsNothingMore()
{
    QFETCH(QString, text);
    if (QStandardPaths::findExecutable(QStringLiteral("nft"), {QStringLiteral("/usr/sbin")}).isEmpty())
        QSKIP("nft is not installed");
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("rules.nft"));
    QVERIFY(ExportFormat::find(QStringLiteral("nft"))
                ->write({withTexts(text, true).design, withTexts(text, true).derivation, {}}, path, &error));
    QByteArray listed;
    int status = 0;
    if (!inNamespace(QStringLiteral("nft -f '%1' && nft -j list ruleset").arg(path), &listed, &status))
        QSKIP("not root, or private network namespaces (unshare -n) are not allowed here");
    QVERIFY2(status == 0, listed.constData());
    const QJsonArray items
        = QJsonDocument::fromJson(listed).object().value(QLatin1String("nftables")).toArray();
    int rules = 0;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        if (object.contains(QLatin1String("table")))
            QCOMPARE(object.value(QLatin1String("table")).toObject().value(QLatin1String("name")).toString(),
                QStringLiteral("portolan"));
        if (object.contains(QLatin1String("chain")))
            QCOMPARE(object.value(QLatin1String("chain")).toObject().value(QLatin1String("name")).toString(),
                QStringLiteral("forward"));
        rules += object.contains(QLatin1String("rule"));
    }
    QByteArray plainListed;
    const QString plainPath = dir.filePath(QStringLiteral("plain.nft"));
    const Loaded plain = withTexts(QStringLiteral("plain"), true);
    QVERIFY(ExportFormat::find(QStringLiteral("nft"))
                ->write({plain.design, plain.derivation, {}}, plainPath, &error));
    QVERIFY(inNamespace(
        QStringLiteral("nft -f '%1' && nft -j list ruleset").arg(plainPath), &plainListed, &status));
    int plainRules = 0;
    for (const QJsonValue &item :
        QJsonDocument::fromJson(plainListed).object().value(QLatin1String("nftables")).toArray())
        plainRules += item.toObject().contains(QLatin1String("rule"));
    QVERIFY(plainRules > 0);
    QCOMPARE(rules, plainRules);
}

void tst_RuleSetInjection::readersRefuseUnsafeIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("shown");
    QTest::newRow("newline") << QStringLiteral("p\n-A INPUT -j ACCEPT")
                             << QStringLiteral("p\\n-A INPUT -j ACCEPT");
    QTest::newRow("space") << QStringLiteral("p q") << QStringLiteral("p q");
    QTest::newRow("quote") << QStringLiteral("p\"q") << QStringLiteral("p\"q");
    QTest::newRow("starts with a hyphen") << QStringLiteral("-p") << QStringLiteral("-p");
    QTest::newRow("non-ascii") << QString::fromUtf8("p\xc3\xa9") << QString::fromUtf8("p\xc3\xa9");
    QTest::newRow("too long") << QString(129, QLatin1Char('p')) << QString(129, QLatin1Char('p'));
}

void tst_RuleSetInjection::readersRefuseUnsafeIds()
{
    QFETCH(QString, id);
    QFETCH(QString, shown);
    QJsonObject host {{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("pcns")}};
    QJsonObject root {{QStringLiteral("format"), QStringLiteral("portolan-design")},
        {QStringLiteral("hosts"), QJsonArray {host}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();
    Design design;
    QString error;
    QVERIFY(!DesignFile::load(path, *Catalog::builtIn(), &design, &error));
    QVERIFY2(error.contains(QStringLiteral("host \"%1\": the id must be").arg(shown)), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
}

void tst_RuleSetInjection::placeholderNamesAreUnique()
{
    // "tmc-1" and "tmc.1" make the same identifier: each host still gets a placeholder of its own,
    // else both would be one object and one address on the firewall.
    Design design;
    design.addZone(
        {QStringLiteral("a"), QString(), {QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/24"))}, {}, {}});
    design.addZone({QStringLiteral("b"), QString(), {}, {}, {}});
    Host sms;
    sms.id = QStringLiteral("sms");
    sms.type = QStringLiteral("sms-server");
    sms.zone = QStringLiteral("a");
    sms.address = QHostAddress(QStringLiteral("10.0.0.5"));
    design.addHost(sms);
    for (const QString &id : {QStringLiteral("tmc-1"), QStringLiteral("tmc.1")}) {
        Host tmc;
        tmc.id = id;
        tmc.type = QStringLiteral("tmc");
        tmc.zone = QStringLiteral("b");
        design.addHost(tmc);
        design.addLink({QStringLiteral("sms"), id, {}, {}});
    }
    const Derivation derivation = RuleEngine().derive(design);
    ExportOptions options;
    options.placeholders = true;
    for (const char *format : {"nft", "asa"}) {
        QByteArray data;
        QString error;
        QVERIFY2(
            ExportFormat::find(QLatin1String(format))->render({design, derivation, options}, &data, &error),
            qPrintable(error));
        const QString text = QString::fromUtf8(data);
        const QString define = QLatin1String(format) == QLatin1String("nft")
            ? QStringLiteral("define ")
            : QStringLiteral("object network ");
        QVERIFY2(text.contains(define + QLatin1String("HOST_tmc_1 "))
                || text.contains(define + QLatin1String("HOST_tmc_1\n")),
            format);
        QVERIFY2(text.contains(define + QLatin1String("HOST_tmc_1_2")), format);
    }
}

QTEST_GUILESS_MAIN(tst_RuleSetInjection)
#include "tst_rulesetinjection.moc"
