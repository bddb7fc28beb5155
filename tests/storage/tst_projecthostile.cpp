// Project files as someone else may have written them: edited by hand or made to harm. Each is
// refused by every way in (open, save, DesignFile::load, portolan-cli), quickly, with a message
// naming the file and the place, and is left byte for byte as it was.
#include "catalog/catalog.h"
#include "estategenerator.h"
#include "io/designjson.h"
#include "storage/designfile.h"
#include "storage/projectfile.h"
#include "storage/projectschema.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace portolan;

namespace {

const QString SamplePath = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/riverside-plant.json");

Design sampleDesign()
{
    Design design;
    QString error;
    if (!DesignJson::readFile(SamplePath, *Catalog::builtIn(), &design, &error))
        qFatal("%s", qPrintable(error));
    return design;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray hash(const QString &path)
{
    return QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256);
}

bool saveAs(const QString &path, const Design &design, QString *error = nullptr)
{
    ProjectFile::SaveOptions options;
    options.author = QStringLiteral("tester");
    QString problem;
    const bool saved = ProjectFile::save(path, design, {}, options, nullptr, &problem);
    if (error)
        *error = problem;
    return saved;
}

/** A plain SQLite connection, without Portolan's defences, for editing a file as a stranger would. */
class Sql
{
public:
    explicit Sql(const QString &path, const QString &name = QStringLiteral("hostile"))
        : m_name(name)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Sql()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    QStringList column(const QString &sql)
    {
        QStringList values;
        QSqlQuery query(m_db);
        query.exec(sql);
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

struct Run
{
    int status = -1;
    QString err;
    qint64 ms = 0;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    // A hostile file once made every command hang: give up after a while instead of waiting.
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("(portolan-cli did not finish within 30 s)"), timer.elapsed()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

/**
 * Rewrites a project file as a UTF-16 database with the same schema and rows: SQLite keeps its
 * texts as UTF-16 then, so a text column can hold what UTF-8 cannot, such as an unpaired surrogate.
 */
bool makeUtf16(const QString &from, const QString &to)
{
    QFile::remove(to);
    Sql source(from, QStringLiteral("utf8-source"));
    Sql target(to, QStringLiteral("utf16-target"));
    if (!target.exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'")))
        return false;
    const QStringList statements = source.column(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type = 'index', rowid"));
    for (const QString &statement : statements) {
        if (!target.exec(statement))
            return false;
    }
    const QStringList tables
        = source.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    target.exec(QStringLiteral("BEGIN"));
    for (const QString &table : tables) {
        QSqlQuery rows(source.db());
        if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return false;
        while (rows.next()) {
            const int columns = rows.record().count();
            QSqlQuery insert(target.db());
            insert.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)")
                               .arg(table, QStringList(columns, QStringLiteral("?")).join(QLatin1Char(','))));
            for (int c = 0; c < columns; ++c)
                insert.addBindValue(rows.value(c));
            if (!insert.exec())
                return false;
        }
    }
    return target.exec(QStringLiteral("COMMIT"))
        && target.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x5052544C))
        && target.exec(QStringLiteral("PRAGMA user_version = %1").arg(ProjectSchema::Version))
        && target.value(QStringLiteral("PRAGMA encoding")).toString() == QLatin1String("UTF-16le");
}

/// The current data row's tag as part of a file name.
QString fileTag()
{
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (QChar &c : tag) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return tag;
}

} // namespace

class tst_ProjectHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesWhatJsonRefuses_data();
    void refusesWhatJsonRefuses();
    void refusesHostileSchemas_data();
    void refusesHostileSchemas();
    void refusesSavingIntoDamagedIndex();
    void refusesHugeCells();
    void givesUpAfterTheTimeLimit();
    void roundTripsDifficultTexts();
    void refusesByteOrderMarksAndNonCharacters();
    void refusesToWriteWhatItCannotKeep();
    void refusesFilesThatAreNotRegular();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    /// Checks that every way in refuses the file with the message, and leaves it as it was.
    void expectRefused(const QString &path, const QString &message);
    QTemporaryDir m_dir;
};

void tst_ProjectHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProjectHostile::expectRefused(const QString &path, const QString &message)
{
    const QByteArray before = hash(path);
    QElapsedTimer timer;
    timer.start();

    const Run run = cli({QStringLiteral("validate"), path});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(path) && run.err.contains(message), qPrintable(run.err));

    ProjectRevision revision;
    QString error;
    QVERIFY(!ProjectFile::open(path, &revision, &error));
    QVERIFY2(error.startsWith(path) && error.contains(message), qPrintable(error));

    Design design;
    QVERIFY(!DesignFile::load(path, *Catalog::builtIn(), &design, &error));
    QVERIFY2(error.startsWith(path) && error.contains(message), qPrintable(error));

    QVERIFY(!saveAs(path, sampleDesign(), &error));
    QVERIFY2(error.startsWith(path) && error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Nothing was written to it.")), qPrintable(error));

    QCOMPARE(hash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    // Refusing takes moments, whatever the file makes SQLite do (30 s allows for slow builds).
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

void tst_ProjectHostile::refusesWhatJsonRefuses_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("message");
    const QString zone = sampleDesign().zones().at(0).id;
    const QString host = sampleDesign().hosts().at(0).id;
    QTest::newRow("subnet /99") << "UPDATE zone SET subnets = '[\"10.0.0.0/99\"]' WHERE row_id = 1"
                                << "column \"subnets\" of row 1 in table \"zone\"";
    QTest::newRow("subnet /-1") << "UPDATE zone SET subnets = '[\"10.0.0.0/-1\"]' WHERE row_id = 1"
                                << "column \"subnets\" of row 1 in table \"zone\"";
    QTest::newRow("negative zone size")
        << "UPDATE zone SET width = -40 WHERE row_id = 1"
        << QStringLiteral("revision 1: zone \"%1\": \"width\" and \"height\" must be from 0 to 20000000")
               .arg(zone);
    QTest::newRow("zone width 3e9")
        << "UPDATE zone SET width = 3e9 WHERE row_id = 1"
        << QStringLiteral("revision 1: zone \"%1\": \"width\" and \"height\" must be from 0 to 20000000")
               .arg(zone);
    QTest::newRow("coordinates 1e300")
        << "UPDATE host SET x = 1e300 WHERE row_id = 1"
        << QStringLiteral("revision 1: host \"%1\": \"x\" and \"y\" must lie within plus or minus 10000000")
               .arg(host);
    QTest::newRow("id with a space") << "UPDATE host SET id = 'a b' WHERE row_id = 1"
                                     << "revision 1: host \"a b\": the id must be 1 to 128 letters";
    QTest::newRow("id with a rule")
        << "UPDATE host SET id = 'x' || char(10) || '-A INPUT -j ACCEPT' WHERE row_id = 1"
        << "revision 1: host \"x\\n-A INPUT -j ACCEPT\": the id must be";
    QTest::newRow("link to a missing host") << "UPDATE link SET b = 'nowhere' WHERE row_id = 1"
                                            << "revision 1: link 0 (";
    QTest::newRow("unknown host type") << "UPDATE host SET type = 'no-such-type' WHERE row_id = 1"
                                       << "unknown host type \"no-such-type\"";
    QTest::newRow("unpaired surrogate")
        << "UPDATE host SET name = CAST(X'41003DD8' AS TEXT) || 'B' WHERE row_id = 1"
        << QStringLiteral("revision 1: host \"%1\": the name holds an unpaired UTF-16 surrogate (U+D83D at "
                          "character 2)")
               .arg(host);
}

void tst_ProjectHostile::refusesWhatJsonRefuses()
{
    QFETCH(QString, edit);
    QFETCH(QString, message);
    const QString tag = fileTag();
    QString path = file(tag + QStringLiteral(".portolan"));
    QVERIFY(saveAs(path, sampleDesign()));
    if (edit.contains(QLatin1String("X'41003DD8"))) {
        // In a UTF-16 database the bytes 3D D8 are the lone high surrogate U+D83D.
        const QString utf16 = file(tag + QStringLiteral("-utf16.portolan"));
        QVERIFY(makeUtf16(path, utf16));
        path = utf16;
    }
    {
        Sql sql(path);
        QVERIFY(sql.exec(edit));
    }
    expectRefused(path, message);
}

void tst_ProjectHostile::refusesHostileSchemas_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("message");
    QTest::newRow("link is a recursive view")
        << QStringList {QStringLiteral("DROP TABLE link"),
               QStringLiteral(
                   "CREATE VIEW link AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                   "SELECT n AS row_id, 1 AS valid_from, NULL AS valid_to, n AS ord, 'a' AS a, 'b' AS b, "
                   "'{}' AS params, '{}' AS extra FROM r")}
        << QStringLiteral(
               "is not a valid project file: its database holds a view \"link\" where project format %1 "
               "has a table \"link\"")
               .arg(ProjectSchema::Version);
    QTest::newRow("trigger")
        << QStringList {QStringLiteral(
               "CREATE TRIGGER wipe AFTER INSERT ON revision BEGIN DELETE FROM host; END")}
        << "is not a valid project file: its database holds a trigger \"wipe\", which Portolan does not make";
    QTest::newRow("extra table") << QStringList {QStringLiteral("CREATE TABLE notes (text TEXT)")}
                                 << "its database holds a table \"notes\", which Portolan does not make";
    QTest::newRow("extra view") << QStringList {QStringLiteral(
        "CREATE VIEW everything AS SELECT * FROM host")}
                                << "its database holds a view \"everything\", which Portolan does not make";
    QTest::newRow("virtual table") << QStringList {QStringLiteral(
        "CREATE VIRTUAL TABLE search USING fts5(text)")}
                                   << "is not a valid project file: its database holds a";
    QTest::newRow("extra index") << QStringList {QStringLiteral("CREATE INDEX slow ON host(length(name))")}
                                 << "its database holds an index \"slow\", which Portolan does not make";
    QTest::newRow("extra column") << QStringList {QStringLiteral("ALTER TABLE host ADD COLUMN secret TEXT")}
                                  << QStringLiteral(
                                         "a table \"host\" is not defined as project format %1 defines it")
                                         .arg(ProjectSchema::Version);
    QTest::newRow("generated column")
        << QStringList {QStringLiteral("ALTER TABLE host ADD COLUMN g AS (length(hex(zeroblob(100000000))))")}
        << QStringLiteral("a table \"host\" is not defined as project format %1 defines it")
               .arg(ProjectSchema::Version);
    // Format 3's table of custom flows is checked like the others.
    QTest::newRow("custom_flow is a view")
        << QStringList {QStringLiteral("DROP TABLE custom_flow"),
               QStringLiteral("CREATE VIEW custom_flow AS SELECT row_id, valid_from, valid_to, ord, id, "
                              "id AS source, id AS destination, 'tcp' AS protocol, '443' AS ports, "
                              "name AS service, name AS reason, extra FROM host")}
        << QStringLiteral("its database holds a view \"custom_flow\" where project format %1 has a table "
                          "\"custom_flow\"")
               .arg(ProjectSchema::Version);
    QTest::newRow("custom_flow extra column")
        << QStringList {QStringLiteral("ALTER TABLE custom_flow ADD COLUMN secret TEXT")}
        << QStringLiteral("a table \"custom_flow\" is not defined as project format %1 defines it")
               .arg(ProjectSchema::Version);
    QTest::newRow("custom_flow missing")
        << QStringList {QStringLiteral("DROP TABLE custom_flow")}
        << QStringLiteral("a table \"custom_flow\" of project format %1 is missing")
               .arg(ProjectSchema::Version);
    QTest::newRow("missing index") << QStringList {QStringLiteral("DROP INDEX host_history")}
                                   << QStringLiteral(
                                          "an index \"host_history\" of project format %1 is missing")
                                          .arg(ProjectSchema::Version);
}

void tst_ProjectHostile::refusesHostileSchemas()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, message);
    const QString tag = fileTag();
    const QString path = file(QStringLiteral("schema-") + tag + QStringLiteral(".portolan"));
    QVERIFY(saveAs(path, generateEstate(200)));
    {
        Sql sql(path);
        for (const QString &edit : std::as_const(edits))
            QVERIFY(sql.exec(edit));
    }
    expectRefused(path, message);
}

void tst_ProjectHostile::refusesSavingIntoDamagedIndex()
{
    // An index whose entries no longer match its table: the b-trees are sound, so PRAGMA
    // quick_check passes, but PRAGMA integrity_check finds it. A save into it is refused.
    const QString path = file(QStringLiteral("damaged-index.portolan"));
    QVERIFY(saveAs(path, generateEstate(200)));
    QString indexSql;
    {
        Sql sql(path);
        indexSql = sql.value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'zone_history'"))
                       .toString();
        QVERIFY(!indexSql.isEmpty());
        // Hide the index from SQLite (an index of no row), change a row it covers, show it again.
        QVERIFY(sql.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY(
            sql.exec(QStringLiteral("UPDATE sqlite_master SET sql = '%1 WHERE 0' WHERE name = 'zone_history'")
                         .arg(indexSql)));
    }
    {
        Sql sql(path);
        QVERIFY(sql.exec(QStringLiteral("UPDATE zone SET valid_from = 0 WHERE row_id = 1")));
        QVERIFY(sql.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY(sql.exec(
            QStringLiteral("UPDATE sqlite_master SET sql = '%1' WHERE name = 'zone_history'").arg(indexSql)));
    }
    {
        Sql sql(path);
        QCOMPARE(sql.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        QVERIFY(sql.value(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"));
    }
    const QByteArray before = hash(path);
    QString error;
    QVERIFY(!saveAs(path, sampleDesign(), &error));
    QVERIFY2(error.startsWith(path)
            && error.contains(QLatin1String("is damaged: the integrity check reports"))
            && error.contains(QLatin1String("zone_history"))
            && error.contains(QLatin1String("Nothing was written")),
        qPrintable(error));
    const Run run = cli({QStringLiteral("export"), SamplePath, QStringLiteral("--format"),
        QStringLiteral("portolan"), QStringLiteral("--output"), path});
    QCOMPARE(run.status, 2);
    QVERIFY2(
        run.err.contains(path) && run.err.contains(QLatin1String("integrity check")), qPrintable(run.err));
    QCOMPARE(hash(path), before);
}

void tst_ProjectHostile::refusesHugeCells()
{
    const QString path = file(QStringLiteral("huge-cell.portolan"));
    QVERIFY(saveAs(path, sampleDesign()));
    {
        Sql sql(path);
        // A 64 MiB name: a text Portolan could read, but no design needs; cells stop at 16 MiB.
        QVERIFY(sql.exec(
            QStringLiteral("UPDATE host SET name = printf('%.*c', 67108864, 'x') WHERE row_id = 1")));
    }
    expectRefused(path, QStringLiteral("a value is larger than the limit of 16 MiB for one cell"));

    // A design with such a text is not written either.
    Design design = sampleDesign();
    Host host = design.hosts().at(0);
    host.name = QString(17 << 20, QLatin1Char('x'));
    design.setHost(0, host);
    const QString target = file(QStringLiteral("huge-name.portolan"));
    QString error;
    QVERIFY(!saveAs(target, design, &error));
    QVERIFY2(error.startsWith(target) && error.contains(QLatin1String("larger than the limit of 16 MiB")),
        qPrintable(error));
    QVERIFY(!QFile::exists(target));
}

void tst_ProjectHostile::givesUpAfterTheTimeLimit()
{
    const QString path = file(QStringLiteral("slow.portolan"));
    QVERIFY(saveAs(path, generateEstate(2000)));
    const QByteArray before = hash(path);
    const int limit = ProjectFile::timeLimitMs();
    QCOMPARE(limit, 60000);
    ProjectFile::setTimeLimitMs(1);
    ProjectRevision revision;
    QString openError, saveError;
    const bool opened = ProjectFile::open(path, &revision, &openError);
    const bool saved = saveAs(path, sampleDesign(), &saveError);
    ProjectFile::setTimeLimitMs(limit);
    QVERIFY(!opened);
    QVERIFY2(
        openError.startsWith(path) && openError.contains(QLatin1String("was given up after 0.001 seconds")),
        qPrintable(openError));
    QVERIFY(!saved);
    QVERIFY2(saveError.contains(QLatin1String("was given up"))
            && saveError.contains(QLatin1String("Nothing was written")),
        qPrintable(saveError));
    QCOMPARE(hash(path), before);
    QVERIFY2(ProjectFile::open(path, &revision, &openError), qPrintable(openError));
}

void tst_ProjectHostile::roundTripsDifficultTexts()
{
    QString longName;
    const QString pieces[] = {QStringLiteral("Pump "), QStringLiteral("東京"), QStringLiteral("🏭"),
        QStringLiteral("محطة"), QStringLiteral("e\u0301\u0308")};
    for (int i = 0; longName.size() < 10000; ++i)
        longName += pieces[i % 5];
    longName.truncate(10000);
    if (longName.back().isHighSurrogate())
        longName.back() = QLatin1Char('x');
    const QStringList texts
        = {QStringView(u"NUL\0inside", 10).toString(), QStringLiteral("🏭 plant 👷‍♀️ 🇩🇪"),
            QStringLiteral("東京変電所 第二制御室"), QStringLiteral("محطة ضخ المياه ‏(RTL)"),
            QStringLiteral("Zürich e\u0301\u0308 A\u030A \u0915\u094D\u0937"),
            QStringLiteral("tab\there\r\nnew line"), longName};

    Design design = sampleDesign();
    design.name = texts.at(1);
    design.extra.insert(QStringLiteral("notes"), QJsonArray {texts.at(0), texts.at(3), texts.at(6)});
    Zone zone = design.zones().at(0);
    zone.name = texts.at(2);
    design.setZone(0, zone);
    for (int i = 0; i < texts.size(); ++i) {
        Host host = design.hosts().at(i);
        host.name = texts.at(i);
        host.extra.insert(texts.at(i), texts.at(i));
        design.setHost(i, host);
    }
    const QString path = file(QStringLiteral("texts.portolan"));
    QString error;
    QVERIFY2(saveAs(path, design, &error), qPrintable(error));
    QVERIFY2(saveAs(path, design, &error), qPrintable(error)); // the second revision shares the rows
    for (int number : {1, 2}) {
        ProjectRevision revision;
        QVERIFY2(ProjectFile::openRevision(path, number, &revision, &error), qPrintable(error));
        for (int i = 0; i < texts.size(); ++i) {
            QCOMPARE(revision.design.hosts().at(i).name, texts.at(i));
            QCOMPARE(revision.design.hosts().at(i).extra.value(texts.at(i)).toString(), texts.at(i));
        }
        QCOMPARE(revision.design.name, design.name);
        QCOMPARE(revision.design.zones().at(0).name, texts.at(2));
        QCOMPARE(revision.design.extra, design.extra);
        QVERIFY(revision.design == design);
        QCOMPARE(DesignJson::write(revision.design), DesignJson::write(design));
    }
}

void tst_ProjectHostile::refusesToWriteWhatItCannotKeep()
{
    // SQLite would turn a lone surrogate into another character: the writer refuses it instead.
    const QString path = file(QStringLiteral("surrogate.portolan"));
    QVERIFY(saveAs(path, sampleDesign()));
    const QByteArray before = hash(path);
    const QString host = sampleDesign().hosts().at(2).id;
    const auto withText = [](int which) {
        Design design = sampleDesign();
        Host host = design.hosts().at(2);
        const QString lone = QStringLiteral("A") + QChar(0xD800) + QStringLiteral("B");
        if (which == 0)
            host.name = lone;
        else if (which == 1)
            host.params.insert(QStringLiteral("note"), lone);
        else
            host.extra.insert(lone, true);
        design.setHost(2, host);
        return design;
    };
    for (int which = 0; which < 3; ++which) {
        QString error;
        QVERIFY(!saveAs(path, withText(which), &error));
        QVERIFY2(error.startsWith(path) && error.contains(QStringLiteral("host \"%1\"").arg(host))
                && error.contains(QLatin1String("unpaired UTF-16 surrogate (U+D800 at character 2)"))
                && error.contains(QLatin1String("Nothing was written")),
            qPrintable(error));
        QCOMPARE(hash(path), before);
        const QString fresh = file(QStringLiteral("surrogate-new-%1.portolan").arg(which));
        QVERIFY(!saveAs(fresh, withText(which), &error));
        QVERIFY(!QFile::exists(fresh));
    }
}

void tst_ProjectHostile::refusesByteOrderMarksAndNonCharacters()
{
    // SQLite takes a UTF-16 text that starts with U+FEFF for a byte order mark and drops it; it
    // turns U+FFFE and U+FFFF, which are not characters, into U+FFFD (and reads a text that starts
    // with U+FFFE in the other byte order). The writer refuses them and leaves the file as it was.
    const QString path = file(QStringLiteral("mark.portolan"));
    QVERIFY(saveAs(path, sampleDesign()));
    const QByteArray before = hash(path);
    const QString id = sampleDesign().hosts().at(1).id;
    const QList<QPair<QString, QString>> refused
        = {{QChar(0xfeff) + QStringLiteral("Pump"), QStringLiteral("starts with U+FEFF, a byte order mark")},
            {QChar(0xfffe) + QStringLiteral("Pump"),
                QStringLiteral("holds U+FFFE at character 1, which is not a character")},
            {QStringLiteral("Pu") + QChar(0xffff) + QStringLiteral("mp"),
                QStringLiteral("holds U+FFFF at character 3, which is not a character")}};
    for (const auto &[name, problem] : refused) {
        Design design = sampleDesign();
        Host host = design.hosts().at(1);
        host.name = name;
        design.setHost(1, host);
        QString error;
        QVERIFY(!saveAs(path, design, &error));
        QVERIFY2(error.startsWith(path)
                && error.contains(QStringLiteral("host \"%1\": the name %2").arg(id, problem))
                && error.contains(QLatin1String("Nothing was written")),
            qPrintable(error));
        QCOMPARE(hash(path), before);
    }
    // A U+FEFF further in is kept as it is.
    Design design = sampleDesign();
    Host host = design.hosts().at(1);
    host.name = QStringLiteral("Pump") + QChar(0xfeff) + QStringLiteral("A");
    design.setHost(1, host);
    QString error;
    QVERIFY2(saveAs(path, design, &error), qPrintable(error));
    ProjectRevision revision;
    QVERIFY2(ProjectFile::open(path, &revision, &error), qPrintable(error));
    QCOMPARE(revision.design.hosts().at(1).name, host.name);
}

void tst_ProjectHostile::refusesFilesThatAreNotRegular()
{
    // A FIFO would make a reader wait for a writer, and SQLite cannot keep a database in it.
    const QString fifo = file(QStringLiteral("named.portolan"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    ProjectRevision revision;
    QString error;
    QVERIFY(!ProjectFile::open(fifo, &revision, &error));
    QVERIFY2(error.startsWith(fifo) && error.contains(QLatin1String("it is not a regular file")),
        qPrintable(error));
    QVERIFY(!saveAs(fifo, sampleDesign(), &error));
    QVERIFY2(error.contains(QLatin1String("it is not a regular file"))
            && error.contains(QLatin1String("Nothing was written")),
        qPrintable(error));
    QVERIFY(!ProjectFile::isProjectFile(fifo));
    struct stat info;
    QVERIFY(::stat(QFile::encodeName(fifo).constData(), &info) == 0 && S_ISFIFO(info.st_mode));
}

QTEST_GUILESS_MAIN(tst_ProjectHostile)
#include "tst_projecthostile.moc"
