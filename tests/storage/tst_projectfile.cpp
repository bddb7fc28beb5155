#include "catalog/catalog.h"
#include "estategenerator.h"
#include "io/designjson.h"
#include "storage/designfile.h"
#include "storage/projectautosave.h"
#include "storage/projectfile.h"
#include "storage/projectschema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

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

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool saveAs(const QString &path, const Design &design, const QString &comment = QString(),
    const QJsonObject &view = QJsonObject(), RevisionInfo *saved = nullptr)
{
    ProjectFile::SaveOptions options;
    options.author = QStringLiteral("tester");
    options.comment = comment;
    QString error;
    if (!ProjectFile::save(path, design, view, options, saved, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

/// Removes a host as the editor does, with its links: a link to a missing host breaks the rules.
void removeHostAndLinks(Design *design, int index)
{
    const QString id = design->hosts().at(index).id;
    for (int i = int(design->links().size()) - 1; i >= 0; --i) {
        if (design->links().at(i).a == id || design->links().at(i).b == id)
            design->removeLink(i);
    }
    design->removeHost(index);
}

/** A direct SQLite connection for the test to look into or hand-edit a file. */
class Sql
{
public:
    explicit Sql(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test"));
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Sql()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test"));
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
};

int rowCount(const QString &path, const QString &table)
{
    Sql sql(path);
    return sql.value(QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt();
}

int runCli(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class tst_ProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripSample();
    void roundTripEveryField();
    void roundTripEstate();
    void revisions();
    void unchangedRowsAreShared();
    void subnetsReadAsDesignJsonReadsThem();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesToOverwriteOtherFiles();
    void migrations();
    void version1FileOpensAndMigrates();
    void signOffsSurviveSaveAndRestore();
    void opensAFormatOneFile();
    void autosave();
    void designFileByContent();
    void cliReadsProjects();
    void cliExportsProjects();
    void authorWithoutUserVariable();

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }
};

void tst_ProjectFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProjectFile::roundTripSample()
{
    const Design sample = sampleDesign();
    QVERIFY(sample.hosts().size() > 10);
    const QString path = file(QStringLiteral("sample.portolan"));
    const QJsonObject view {
        {QStringLiteral("zoom"), 1.25}, {QStringLiteral("centre"), QJsonArray {640.5, 410}}};
    QVERIFY(saveAs(path, sample, QStringLiteral("first"), view));
    ProjectRevision opened;
    QString error;
    QVERIFY2(ProjectFile::open(path, &opened, &error), qPrintable(error));
    QVERIFY(opened.design == sample);
    QCOMPARE(DesignJson::write(opened.design), DesignJson::write(sample));
    QCOMPARE(opened.viewState, view);
    QCOMPARE(opened.info.number, 1);
    QCOMPARE(opened.info.comment, QStringLiteral("first"));
    // Nothing of the sample file is lost either: the JSON written back holds the same document.
    QCOMPARE(QJsonDocument::fromJson(DesignJson::write(opened.design)),
        QJsonDocument::fromJson(contents(SamplePath)));
}

void tst_ProjectFile::roundTripEveryField()
{
    Design design;
    design.name = QStringLiteral("Ünïcode plant ☃");
    design.extra = QJsonObject {{QStringLiteral("reviewer"), QStringLiteral("qa")},
        {QStringLiteral("tags"), QJsonArray {1, 2.5, true, QJsonValue::Null}}};
    Zone zone;
    zone.id = QStringLiteral("ot");
    // Subnets as every reader and the editor give them: the network address, host bits clear
    // (subnetsReadAsDesignJsonReadsThem reads a row written with host bits).
    zone.subnets
        = {{QHostAddress(QStringLiteral("192.168.10.0")), 24}, {QHostAddress(QStringLiteral("fd00::")), 64}};
    zone.area = QRectF(0.1, -3.3, 1e-300, 1234567.890123);
    zone.extra = QJsonObject {{QStringLiteral("colour"), QStringLiteral("#ff0000")}};
    design.addZone(zone);
    Zone bare;
    bare.id = QStringLiteral("bare");
    design.addZone(bare);

    Host full;
    full.id = QStringLiteral("h1");
    full.type = QStringLiteral("workstation");
    full.name = QStringLiteral("Host \"one\"; DROP TABLE host; --");
    full.zone = QStringLiteral("ot");
    full.address = QHostAddress(QStringLiteral("fe80::1%lo"));
    full.params = QJsonObject {{QStringLiteral("port"), 5481},
        {QStringLiteral("nested"), QJsonObject {{QStringLiteral("a"), QJsonArray {1, 2}}}},
        {QStringLiteral("big"), 9007199254740993.0}};
    full.position = QPointF(-0.1, 1e7); // the edge of the canvas DesignRules allows
    full.hasPosition = true;
    full.extra = QJsonObject {{QStringLiteral("locked"), true}};
    design.addHost(full);
    Host hidden;
    hidden.id = QStringLiteral("h2");
    hidden.type = QStringLiteral("workstation");
    hidden.position = QPointF(3, 4); // kept even without hasPosition
    design.addHost(hidden);
    Link link;
    link.a = QStringLiteral("h1");
    link.b = QStringLiteral("h2");
    link.params = QJsonObject {{QStringLiteral("port"), 22}};
    link.extra = QJsonObject {{QStringLiteral("label"), QStringLiteral("ssh")}};
    design.addLink(link);
    design.addLink(link); // the same pair twice is kept twice

    const QString path = file(QStringLiteral("fields.portolan"));
    QVERIFY(saveAs(path, design));
    ProjectRevision opened;
    QString error;
    QVERIFY2(ProjectFile::open(path, &opened, &error), qPrintable(error));
    QCOMPARE(opened.design.zones().at(0).subnets, zone.subnets);
    QCOMPARE(opened.design.hosts().at(0).address, full.address);
    QCOMPARE(opened.design.hosts().at(0).params, full.params);
    QVERIFY(opened.design == design);
    QCOMPARE(DesignJson::write(opened.design), DesignJson::write(design));
}

void tst_ProjectFile::roundTripEstate()
{
    const Design estate = generateEstate(2000);
    const QString path = file(QStringLiteral("estate.portolan"));
    QVERIFY(saveAs(path, estate));
    ProjectRevision opened;
    QString error;
    QVERIFY2(ProjectFile::open(path, &opened, &error), qPrintable(error));
    QCOMPARE(opened.design.hosts().size(), estate.hosts().size());
    QVERIFY(opened.design == estate);
    QCOMPARE(DesignJson::write(opened.design), DesignJson::write(estate));
}

void tst_ProjectFile::revisions()
{
    const QString path = file(QStringLiteral("revisions.portolan"));
    const Design first = sampleDesign();
    Design second = first;
    removeHostAndLinks(&second, 0);
    second.name = QStringLiteral("Second");
    Design third = second;
    Host moved = third.hosts().at(1);
    moved.position += QPointF(10, 20);
    third.setHost(1, moved);

    ProjectFile::SaveOptions options;
    options.author = QStringLiteral("alice");
    options.comment = QStringLiteral("initial layout");
    QString error;
    RevisionInfo saved;
    QVERIFY2(ProjectFile::save(path, first, {}, options, &saved, &error), qPrintable(error));
    QCOMPARE(saved.number, 1);
    options.author.clear(); // the default author
    options.comment.clear();
    QVERIFY2(ProjectFile::save(path, second, {}, options, &saved, &error), qPrintable(error));
    QCOMPARE(saved.author, ProjectFile::defaultAuthor());
    QVERIFY(!saved.author.isEmpty());
    QVERIFY(saveAs(path, third, QStringLiteral("moved one")));

    QList<RevisionInfo> list;
    QVERIFY2(ProjectFile::revisions(path, &list, &error), qPrintable(error));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).number, 1);
    QCOMPARE(list.at(0).author, QStringLiteral("alice"));
    QCOMPARE(list.at(0).comment, QStringLiteral("initial layout"));
    QCOMPARE(list.at(0).hostCount, int(first.hosts().size()));
    QCOMPARE(list.at(0).zoneCount, int(first.zones().size()));
    QCOMPARE(list.at(0).linkCount, int(first.links().size()));
    QCOMPARE(list.at(1).hostCount, int(first.hosts().size()) - 1);
    QCOMPARE(list.at(2).comment, QStringLiteral("moved one"));
    QVERIFY(list.at(0).time.isValid());
    QCOMPARE(list.at(0).time.timeSpec(), Qt::UTC);
    QVERIFY(list.at(0).time <= list.at(2).time);
    QVERIFY(list.at(0).timeText().endsWith(QLatin1Char('Z')));
    QVERIFY(qAbs(list.at(2).time.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const QList<const Design *> expected {&first, &second, &third};
    for (int number = 1; number <= 3; ++number) {
        ProjectRevision old;
        QVERIFY2(ProjectFile::openRevision(path, number, &old, &error), qPrintable(error));
        QVERIFY(old.design == *expected.at(number - 1));
        QCOMPARE(old.info.number, number);
    }
    ProjectRevision none;
    QVERIFY(!ProjectFile::openRevision(path, 9, &none, &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("no revision 9")), qPrintable(error));

    // Restoring adds a revision equal to the old one; the history stays.
    const QByteArray before = contents(path);
    options.author = QStringLiteral("bob");
    QVERIFY2(ProjectFile::restoreRevision(path, 1, options, &saved, &error), qPrintable(error));
    QVERIFY(contents(path) != before);
    QCOMPARE(saved.number, 4);
    QCOMPARE(saved.restoredFrom, 1);
    ProjectRevision latest;
    QVERIFY2(ProjectFile::open(path, &latest, &error), qPrintable(error));
    QVERIFY(latest.design == first);
    QCOMPARE(latest.info.author, QStringLiteral("bob"));
    QCOMPARE(latest.info.restoredFrom, 1);
    QVERIFY(latest.info.comment.contains(QLatin1String("1")));
    ProjectRevision third2;
    QVERIFY2(ProjectFile::openRevision(path, 3, &third2, &error), qPrintable(error));
    QVERIFY(third2.design == third);
}

void tst_ProjectFile::unchangedRowsAreShared()
{
    const QString path = file(QStringLiteral("rows.portolan"));
    const Design base = generateEstate(400);
    const int hosts = int(base.hosts().size());
    const int zones = int(base.zones().size());
    const int links = int(base.links().size());
    QVERIFY(saveAs(path, base));
    QCOMPARE(rowCount(path, QStringLiteral("host")), hosts);

    // Saving the same design again writes no entity row.
    QVERIFY(saveAs(path, base));
    QCOMPARE(rowCount(path, QStringLiteral("host")), hosts);
    QCOMPARE(rowCount(path, QStringLiteral("zone")), zones);
    QCOMPARE(rowCount(path, QStringLiteral("link")), links);

    // Moving one host writes one host row.
    Design moved = base;
    Host host = moved.hosts().at(150);
    host.position += QPointF(55, 0);
    moved.setHost(150, host);
    QVERIFY(saveAs(path, moved));
    QCOMPARE(rowCount(path, QStringLiteral("host")), hosts + 1);
    QCOMPARE(rowCount(path, QStringLiteral("zone")), zones);
    QCOMPARE(rowCount(path, QStringLiteral("link")), links);

    // Removing a host in the middle writes nothing new; inserting one at the front writes one.
    Design removed = moved;
    removeHostAndLinks(&removed, 200);
    QVERIFY(saveAs(path, removed));
    QCOMPARE(rowCount(path, QStringLiteral("host")), hosts + 1);
    Design inserted = removed;
    Host front = inserted.hosts().at(0);
    front.id = QStringLiteral("new-front");
    inserted.insertHost(0, front);
    Host middle = inserted.hosts().at(0);
    middle.id = QStringLiteral("new-middle");
    inserted.insertHost(100, middle);
    QVERIFY(saveAs(path, inserted));
    QCOMPARE(rowCount(path, QStringLiteral("host")), hosts + 3);

    // Every revision still reads back whole and in order.
    const QList<const Design *> expected {&base, &base, &moved, &removed, &inserted};
    for (int number = 1; number <= expected.size(); ++number) {
        ProjectRevision revision;
        QString error;
        QVERIFY2(ProjectFile::openRevision(path, number, &revision, &error), qPrintable(error));
        QVERIFY2(revision.design == *expected.at(number - 1), qPrintable(QString::number(number)));
    }
}

void tst_ProjectFile::subnetsReadAsDesignJsonReadsThem()
{
    // A subnet row edited by hand reads as the same text reads from design JSON: host bits
    // cleared, a netmask taken for its prefix.
    const QString path = file(QStringLiteral("subnets.portolan"));
    QFile::remove(path);
    QVERIFY(saveAs(path, sampleDesign()));
    {
        Sql sql(path);
        QVERIFY(sql.exec(QStringLiteral("UPDATE zone SET subnets = '[\"10.1.2.3/16\", "
                                        "\"192.168.7.0/255.255.255.0\"]' WHERE row_id = 1")));
    }
    ProjectRevision revision;
    QString error;
    QVERIFY2(ProjectFile::open(path, &revision, &error), qPrintable(error));

    QJsonObject json = QJsonDocument::fromJson(contents(SamplePath)).object();
    QJsonArray zones = json.value(QStringLiteral("zones")).toArray();
    QJsonObject first = zones.at(0).toObject();
    first.insert(QStringLiteral("subnets"),
        QJsonArray {QStringLiteral("10.1.2.3/16"), QStringLiteral("192.168.7.0/255.255.255.0")});
    zones.replace(0, first);
    json.insert(QStringLiteral("zones"), zones);
    Design fromJson;
    QVERIFY2(DesignJson::read(QJsonDocument(json).toJson(), *Catalog::builtIn(), &fromJson, &error),
        qPrintable(error));

    const QList<Subnet> expected
        = {{QHostAddress(QStringLiteral("10.1.0.0")), 16}, {QHostAddress(QStringLiteral("192.168.7.0")), 24}};
    QCOMPARE(fromJson.zones().at(0).subnets, expected);
    QCOMPARE(revision.design.zones().at(0).subnets, expected);
}

void tst_ProjectFile::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "empty"
                           << "is not a Portolan project file: it is empty";
    QTest::newRow("random bytes") << "random"
                                  << "is not a Portolan project file: it is not an SQLite database";
    QTest::newRow("encrypted") << "encrypted"
                               << "is not a Portolan project file: it is not an SQLite database";
    QTest::newRow("json") << "json"
                          << "is not a Portolan project file";
    QTest::newRow("foreign sqlite") << "foreign"
                                    << "SQLite database of another application";
    QTest::newRow("truncated") << "truncated"
                               << "is damaged: the file is shorter than its header says";
    QTest::newRow("truncated header") << "header"
                                      << "is damaged";
    QTest::newRow("newer version") << "newer"
                                   << "was saved by a newer version of Portolan (project format 7";
    QTest::newRow("bad address") << "address"
                                 << "is damaged: column \"address\" of row 3 in table \"host\"";
    QTest::newRow("bad params") << "params"
                                << "is damaged: column \"params\" of row 2 in table \"host\"";
    QTest::newRow("bad subnet") << "subnet"
                                << "is damaged: column \"subnets\" of row 1 in table \"zone\"";
    QTest::newRow("bad position") << "position"
                                  << "is damaged: column \"x\" of row 1 in table \"host\"";
    QTest::newRow("deleted row") << "deleted"
                                 << "is damaged: revision 1 should hold";
    QTest::newRow("version mismatch") << "mismatch"
                                      << "is damaged: the project format version 9 does not match";
    QTest::newRow("overwritten page") << "page"
                                      << "is damaged";
}

void tst_ProjectFile::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = file(QStringLiteral("bad-%1.portolan").arg(kind));
    QFile::remove(path);
    const auto makeProject = [&path] { return saveAs(path, generateEstate(300)); };
    if (kind == QLatin1String("empty")) {
        QVERIFY(writeBytes(path, QByteArray()));
    } else if (kind == QLatin1String("random") || kind == QLatin1String("encrypted")) {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator random(42);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        if (kind == QLatin1String("encrypted")) {
            // An SQLCipher file: a salt where the header was, then encrypted pages.
            QVERIFY(makeProject());
            bytes = contents(path);
            for (char &byte : bytes)
                byte = char(byte ^ char(random.bounded(1, 256)));
        }
        QVERIFY(writeBytes(path, bytes));
    } else if (kind == QLatin1String("json")) {
        QVERIFY(writeBytes(path, contents(SamplePath)));
    } else if (kind == QLatin1String("foreign")) {
        Sql sql(path);
        QVERIFY(sql.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
    } else if (kind == QLatin1String("truncated") || kind == QLatin1String("header")) {
        QVERIFY(makeProject());
        const QByteArray bytes = contents(path);
        QVERIFY(writeBytes(path, bytes.left(kind == QLatin1String("header") ? 60 : bytes.size() / 2)));
    } else if (kind == QLatin1String("page")) {
        QVERIFY(makeProject());
        QByteArray bytes = contents(path);
        // Zeroes over a page in the middle, keeping the size: only the integrity check can tell.
        bytes.replace(4096 * 3, 4096, QByteArray(4096, '\xAB'));
        QVERIFY(writeBytes(path, bytes));
    } else {
        QVERIFY(makeProject());
        Sql sql(path);
        if (kind == QLatin1String("newer")) {
            QVERIFY(sql.exec(QStringLiteral("PRAGMA user_version = 7")));
            QVERIFY(sql.exec(QStringLiteral("UPDATE meta SET value = '7' WHERE key = 'schema_version'")));
        } else if (kind == QLatin1String("address")) {
            QVERIFY(sql.exec(QStringLiteral("UPDATE host SET address = 'not-an-address' WHERE row_id = 3")));
        } else if (kind == QLatin1String("params")) {
            QVERIFY(sql.exec(QStringLiteral("UPDATE host SET params = '{\"port\": ' WHERE row_id = 2")));
        } else if (kind == QLatin1String("subnet")) {
            QVERIFY(
                sql.exec(QStringLiteral("UPDATE zone SET subnets = '[\"10.0.0.0/33\"]' WHERE row_id = 1")));
        } else if (kind == QLatin1String("position")) {
            QVERIFY(sql.exec(QStringLiteral("UPDATE host SET x = 'left' WHERE row_id = 1")));
        } else if (kind == QLatin1String("deleted")) {
            QVERIFY(sql.exec(QStringLiteral("DELETE FROM host WHERE row_id = 5")));
        } else if (kind == QLatin1String("mismatch")) {
            QVERIFY(sql.exec(QStringLiteral("UPDATE meta SET value = '9' WHERE key = 'schema_version'")));
        }
    }
    const QByteArray before = contents(path);
    const QByteArray hash = QCryptographicHash::hash(before, QCryptographicHash::Sha256);

    ProjectRevision revision;
    QString error;
    QVERIFY(!ProjectFile::open(path, &revision, &error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QList<RevisionInfo> list;
    QString listError;
    const bool listed = ProjectFile::revisions(path, &list, &listError);
    // The revision list reads no entity rows, so a broken row shows only when a revision is opened.
    QVERIFY(!listed || kind == QLatin1String("address") || kind == QLatin1String("params")
        || kind == QLatin1String("subnet") || kind == QLatin1String("position")
        || kind == QLatin1String("deleted"));
    QVERIFY(!saveAs(path, sampleDesign()));
    Design design;
    if (kind != QLatin1String("json")) { // design JSON under a project's name is read as JSON
        QVERIFY(!DesignFile::load(path, *Catalog::builtIn(), &design, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
    }

    QCOMPARE(QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256), hash);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void tst_ProjectFile::refusesToOverwriteOtherFiles()
{
    const QString path = file(QStringLiteral("notes.portolan"));
    QVERIFY(writeBytes(path, "my notes\n"));
    ProjectFile::SaveOptions options;
    QString error;
    QVERIFY(!ProjectFile::save(path, sampleDesign(), {}, options, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("is not a Portolan project file")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Nothing was written")), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("my notes\n"));

    // A broken row is found before anything is written, too.
    const QString damaged = file(QStringLiteral("damaged-row.portolan"));
    QVERIFY(saveAs(damaged, sampleDesign()));
    {
        Sql sql(damaged);
        QVERIFY(sql.exec(QStringLiteral("UPDATE host SET extra = 'oops' WHERE row_id = 1")));
    }
    const QByteArray before = contents(damaged);
    QVERIFY(!saveAs(damaged, sampleDesign()));
    QCOMPARE(contents(damaged), before);
}

void tst_ProjectFile::migrations()
{
    // A file of format 1 (written by the build that wrote format 1) is migrated by the ordered steps.
    const QString version1 = QFINDTESTDATA("data/version1.portolan");
    QVERIFY(!version1.isEmpty());
    const QString path = file(QStringLiteral("old.portolan"));
    QVERIFY(QFile::copy(version1, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QList<SchemaMigration> steps {
        {3,
            [](QSqlDatabase &db, QString *problem) {
                return ProjectSchema::exec(db, QStringLiteral("CREATE TABLE step4 (y INTEGER)"), problem);
            }},
        {2,
            [](QSqlDatabase &db, QString *problem) {
                return ProjectSchema::exec(db, QStringLiteral("CREATE TABLE step3 (x INTEGER)"), problem);
            }},
        {1,
            [](QSqlDatabase &db, QString *problem) {
                return ProjectSchema::exec(
                    db, QStringLiteral("ALTER TABLE revision ADD COLUMN review TEXT"), problem);
            }},
    };
    {
        Sql sql(path);
        QString problem;
        QCOMPARE(ProjectSchema::storedVersion(sql.db(), &problem), 1);
        QVERIFY(sql.exec(QStringLiteral("BEGIN")));
        QVERIFY2(ProjectSchema::upgrade(sql.db(), steps, 4, &problem), qPrintable(problem));
        QVERIFY(sql.exec(QStringLiteral("COMMIT")));
        QCOMPARE(ProjectSchema::storedVersion(sql.db(), &problem), 4);
        QCOMPARE(sql.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
        QVERIFY(sql.exec(QStringLiteral("SELECT review FROM revision")));
        QVERIFY(sql.exec(QStringLiteral("SELECT x FROM step3")));
        QVERIFY(sql.exec(QStringLiteral("SELECT y FROM step4")));
    }
    // This build reads up to format 3, so the migrated file is now "newer" and refused unchanged.
    QCOMPARE(ProjectSchema::Version, 3);
    ProjectRevision revision;
    QString error;
    QVERIFY(!ProjectFile::open(path, &revision, &error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));

    // A failing step leaves the file at its version, whole.
    const QString failing = file(QStringLiteral("failing.portolan"));
    QVERIFY(QFile::copy(version1, failing));
    QFile::setPermissions(failing, QFile::ReadOwner | QFile::WriteOwner);
    ProjectRevision original;
    QString openError;
    QVERIFY2(ProjectFile::open(version1, &original, &openError), qPrintable(openError));
    {
        Sql sql(failing);
        const QList<SchemaMigration> broken {
            {1,
                [](QSqlDatabase &db, QString *problem) {
                    return ProjectSchema::exec(
                               db, QStringLiteral("ALTER TABLE revision ADD COLUMN review TEXT"), problem)
                        && ProjectSchema::exec(
                            db, QStringLiteral("ALTER TABLE nowhere ADD COLUMN x"), problem);
                }},
        };
        QString problem;
        QVERIFY(sql.exec(QStringLiteral("BEGIN")));
        QVERIFY(!ProjectSchema::upgrade(sql.db(), broken, 2, &problem));
        QVERIFY2(problem.contains(QLatin1String("from project format 1")), qPrintable(problem));
        QVERIFY(sql.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(!ProjectSchema::upgrade(sql.db(), {}, 2, &problem));
        QVERIFY2(problem.contains(QLatin1String("no migration from project format 1")), qPrintable(problem));
    }
    QVERIFY2(ProjectFile::open(failing, &revision, &error), qPrintable(error));
    QVERIFY(revision.design == original.design);

    // The shipped chain: one step from every older format up to this build's, in order.
    const QList<SchemaMigration> &shipped = ProjectSchema::migrations();
    QCOMPARE(shipped.size(), ProjectSchema::Version - 1);
    for (int i = 0; i < shipped.size(); ++i)
        QCOMPARE(shipped.at(i).from, i + 1);
}

void tst_ProjectFile::opensAFormatOneFile()
{
    // data/format1.portolan was written by a build of project format 1 (portolan-cli export
    // data/format1.json --format portolan); it is kept as it was made, so every later format must
    // still open it, through its real migrations, to the same design.
    const QString fixture = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/storage/data/format1.portolan");
    const QString path = file(QStringLiteral("format1.portolan"));
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    {
        Sql sql(path);
        QString problem;
        QCOMPARE(ProjectSchema::storedVersion(sql.db(), &problem), 1);
    }
    Design expected;
    QString error;
    QVERIFY2(DesignJson::readFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/storage/data/format1.json"),
                 *Catalog::builtIn(), &expected, &error),
        qPrintable(error));
    QVERIFY(expected.hosts().size() > 10);
    ProjectRevision revision;
    QVERIFY2(ProjectFile::open(path, &revision, &error), qPrintable(error));
    QVERIFY(revision.design == expected);
    QCOMPARE(revision.info.number, 1);
    QList<RevisionInfo> revisions;
    QVERIFY2(ProjectFile::revisions(path, &revisions, &error), qPrintable(error));
    QCOMPARE(revisions.size(), 1);
    // A new revision saved into it is read back as saved, and the first one is kept.
    expected.name = QStringLiteral("After the migration");
    QVERIFY2(ProjectFile::save(path, expected, QJsonObject(), ProjectFile::SaveOptions(), nullptr, &error),
        qPrintable(error));
    QVERIFY2(ProjectFile::open(path, &revision, &error), qPrintable(error));
    QVERIFY(revision.design == expected);
    QCOMPARE(revision.info.number, 2);
    ProjectRevision first;
    QVERIFY2(ProjectFile::openRevision(path, 1, &first, &error), qPrintable(error));
    QCOMPARE(first.design.name, QStringLiteral("Riverside water treatment plant"));
}

void tst_ProjectFile::autosave()
{
    const QString document = file(QStringLiteral("plant.portolan"));
    const QString autosavePath = ProjectAutosave::pathFor(document);
    QCOMPARE(autosavePath, document + QStringLiteral(".autosave"));
    Design design = sampleDesign();
    QString error;
    QVERIFY2(ProjectAutosave::write(autosavePath, document, design, {{QStringLiteral("zoom"), 2}}, &error),
        qPrintable(error));
    design.name = QStringLiteral("Edited");
    QVERIFY2(ProjectAutosave::write(autosavePath, document, design, {{QStringLiteral("zoom"), 3}}, &error),
        qPrintable(error));
    QVERIFY(!QFile::exists(autosavePath + QStringLiteral(".new")));

    const QString untitled = ProjectAutosave::pathFor(QString(), QStringLiteral("w1"));
    QVERIFY(untitled.startsWith(ProjectAutosave::untitledDirectory()));
    QVERIFY2(ProjectAutosave::write(untitled, QString(), sampleDesign(), {}, &error), qPrintable(error));

    const QList<AutosaveInfo> found
        = ProjectAutosave::find({document, file(QStringLiteral("other.portolan"))});
    QCOMPARE(found.size(), 2);
    const AutosaveInfo &untitledInfo = found.at(0).documentPath.isEmpty() ? found.at(0) : found.at(1);
    const AutosaveInfo &documentInfo = found.at(0).documentPath.isEmpty() ? found.at(1) : found.at(0);
    QCOMPARE(untitledInfo.autosavePath, untitled);
    QCOMPARE(documentInfo.documentPath, document);
    QCOMPARE(documentInfo.autosavePath, autosavePath);
    QVERIFY(documentInfo.time.isValid());

    // Recovery reads the last autosave, one revision.
    ProjectRevision recovered;
    QVERIFY2(ProjectFile::open(autosavePath, &recovered, &error), qPrintable(error));
    QVERIFY(recovered.design == design);
    QCOMPARE(recovered.viewState.value(QLatin1String("zoom")).toInt(), 3);
    QCOMPARE(recovered.info.number, 1);

    QVERIFY(ProjectAutosave::remove(autosavePath));
    QVERIFY(ProjectAutosave::remove(untitled));
    QVERIFY(ProjectAutosave::find({document}).isEmpty());
}

void tst_ProjectFile::designFileByContent()
{
    // A project file is recognised by its content, whatever its name.
    const QString path = file(QStringLiteral("project-named.json"));
    const Design sample = sampleDesign();
    QVERIFY(saveAs(path, sample, QString(), {{QStringLiteral("zoom"), 0.5}}));
    QVERIFY(DesignFile::isSqlite(path));
    QVERIFY(ProjectFile::isProjectFile(path));
    QVERIFY(!ProjectFile::isProjectFile(SamplePath));
    Design design;
    QJsonObject view;
    QString error;
    QVERIFY2(DesignFile::load(path, *Catalog::builtIn(), &design, &view, &error), qPrintable(error));
    QVERIFY(design == sample);
    QCOMPARE(view.value(QLatin1String("zoom")).toDouble(), 0.5);

    // A host type the catalog does not know is refused as it is in JSON, already by the save.
    Design unknown = sample;
    Host host = unknown.hosts().at(0);
    host.type = QStringLiteral("no-such-type");
    unknown.setHost(0, host);
    const QString other = file(QStringLiteral("unknown-type.portolan"));
    QVERIFY(!DesignFile::save(other, unknown, {}, QStringLiteral("t"), QString(), &error));
    QVERIFY2(error.startsWith(other) && error.contains(QLatin1String("unknown host type \"no-such-type\"")),
        qPrintable(error));
    QVERIFY(!QFile::exists(other));

    // DesignFile::save writes JSON by suffix.
    const QString json = file(QStringLiteral("saved.json"));
    QVERIFY(DesignFile::save(json, sample, {}, QString(), QString(), &error));
    QCOMPARE(contents(json), DesignJson::write(sample));
}

void tst_ProjectFile::cliReadsProjects()
{
    const QString project = file(QStringLiteral("cli-sample.portolan"));
    QVERIFY(saveAs(project, sampleDesign()));
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        QByteArray fromJson, fromProject;
        const int jsonStatus
            = runCli({QStringLiteral("flows"), SamplePath, QStringLiteral("--format"), format}, &fromJson);
        const int projectStatus
            = runCli({QStringLiteral("flows"), project, QStringLiteral("--format"), format}, &fromProject);
        QVERIFY(jsonStatus == 0 || jsonStatus == 1);
        QCOMPARE(projectStatus, jsonStatus);
        QVERIFY(!fromJson.isEmpty());
        QCOMPARE(fromProject, fromJson);
    }
    QByteArray fromJson, fromProject;
    QCOMPARE(runCli({QStringLiteral("validate"), project}, &fromProject),
        runCli({QStringLiteral("validate"), SamplePath}, &fromJson));
    QCOMPARE(fromProject, fromJson);
    QByteArray diff;
    QCOMPARE(runCli({QStringLiteral("diff"), SamplePath, project}, &diff), 0);

    // A bad project file: exit 2, one line naming the file.
    const QString bad = file(QStringLiteral("cli-bad.portolan"));
    QVERIFY(writeBytes(bad, QByteArray("SQLite format 3\0garbage", 23)));
    QByteArray err;
    QCOMPARE(runCli({QStringLiteral("flows"), bad}, nullptr, &err), 2);
    QVERIFY2(err.contains(bad.toUtf8()) && err.contains("damaged"), err.constData());
}

void tst_ProjectFile::cliExportsProjects()
{
    const QString project = file(QStringLiteral("cli-export.portolan"));
    QByteArray err;
    QCOMPARE(runCli({QStringLiteral("export"), SamplePath, QStringLiteral("--format"),
                        QStringLiteral("portolan"), QStringLiteral("--output"), project},
                 nullptr, &err),
        0);
    ProjectRevision revision;
    QString error;
    QVERIFY2(ProjectFile::open(project, &revision, &error), qPrintable(error));
    QVERIFY(revision.design == sampleDesign());

    // Exporting into an existing project adds a revision.
    QCOMPARE(runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                 QStringLiteral("portolan"), QStringLiteral("--output"), project}),
        0);
    QList<RevisionInfo> list;
    QVERIFY2(ProjectFile::revisions(project, &list, &error), qPrintable(error));
    QCOMPARE(list.size(), 2);

    // JSON -> .portolan -> JSON through the command line gives the same bytes as JSON -> JSON.
    const QString json = file(QStringLiteral("cli-back.json"));
    const QString direct = file(QStringLiteral("cli-direct.json"));
    QCOMPARE(runCli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--output"), json}),
        0);
    QCOMPARE(runCli({QStringLiteral("export"), SamplePath, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--output"), direct}),
        0);
    QVERIFY(!contents(json).isEmpty());
    QCOMPARE(contents(json), contents(direct));

    // Any other existing file is refused and left as it is.
    const QString other = file(QStringLiteral("cli-other.txt"));
    QVERIFY(writeBytes(other, "keep me\n"));
    QCOMPARE(runCli({QStringLiteral("export"), SamplePath, QStringLiteral("--format"),
                        QStringLiteral("portolan"), QStringLiteral("--output"), other},
                 nullptr, &err),
        2);
    QVERIFY2(err.contains(other.toUtf8()) && err.contains("is not a Portolan project file"), err.constData());
    QCOMPARE(contents(other), QByteArray("keep me\n"));

    QByteArray help;
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--help")}, &help), 0);
    // "portolan" in the list of formats, not merely in the program's name.
    const QString text = QString::fromUtf8(help).simplified();
    const QRegularExpression formats(QStringLiteral("--format <FORMAT> Export format: ([a-z|]+)\\."));
    const QRegularExpressionMatch match = formats.match(text);
    QVERIFY2(match.hasMatch(), help.constData());
    QVERIFY2(match.captured(1).split(QLatin1Char('|')).contains(QStringLiteral("portolan")),
        qPrintable(match.captured(1)));
}

void tst_ProjectFile::version1FileOpensAndMigrates()
{
    // data/version1.portolan was written by the build that wrote format 1 (three revisions by two
    // authors, no sign-off table). It opens as it is, and the first sign-off brings it to format 2.
    const QString version1 = QFINDTESTDATA("data/version1.portolan");
    QVERIFY(!version1.isEmpty());
    QCOMPARE(ProjectSchema::readHeader(version1).userVersion, 1);
    const QString path = file(QStringLiteral("migrated.portolan"));
    QVERIFY(QFile::copy(version1, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    QList<RevisionInfo> revisions;
    QString error;
    QVERIFY2(ProjectFile::revisions(path, &revisions, &error), qPrintable(error));
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(0).author, QStringLiteral("alice"));
    QCOMPARE(revisions.at(1).author, QStringLiteral("bruno"));
    ProjectRevision latest;
    QVERIFY2(ProjectFile::open(path, &latest, &error), qPrintable(error));
    QVERIFY(!latest.design.hosts().isEmpty());
    QList<SignOff> signOffs;
    QVERIFY2(ProjectFile::signOffs(path, &signOffs, &error), qPrintable(error));
    QVERIFY(signOffs.isEmpty());
    // Reading wrote nothing.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    SignOff signOff;
    signOff.revision = 3;
    signOff.base = 2;
    signOff.reviewer = QStringLiteral("Carla Reyes");
    signOff.verdict = SignOff::Verdict::Rejected;
    signOff.comment = QStringLiteral("The DMZ standby must not poll back.");
    QVERIFY2(ProjectFile::addSignOff(path, signOff, &error), qPrintable(error));
    QCOMPARE(ProjectSchema::readHeader(path).userVersion, ProjectSchema::Version);
    QVERIFY2(ProjectFile::signOffs(path, &signOffs, &error), qPrintable(error));
    QCOMPARE(signOffs.size(), 1);
    QCOMPARE(signOffs.front().reviewer, signOff.reviewer);
    QCOMPARE(signOffs.front().verdict, SignOff::Verdict::Rejected);
    QCOMPARE(signOffs.front().base, 2);
    QCOMPARE(signOffs.front().revision, 3);
    QCOMPARE(signOffs.front().comment, signOff.comment);
    QVERIFY(signOffs.front().time.isValid());
    // The revisions are as they were.
    QList<RevisionInfo> after;
    QVERIFY2(ProjectFile::revisions(path, &after, &error), qPrintable(error));
    QCOMPARE(after.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(after.at(i).author, revisions.at(i).author);
        QCOMPARE(after.at(i).time, revisions.at(i).time);
        ProjectRevision a;
        ProjectRevision b;
        QVERIFY(ProjectFile::openRevision(version1, i + 1, &a, &error));
        QVERIFY(ProjectFile::openRevision(path, i + 1, &b, &error));
        QVERIFY(a.design == b.design);
    }
}

void tst_ProjectFile::signOffsSurviveSaveAndRestore()
{
    const QString path = file(QStringLiteral("signed.portolan"));
    Design design = sampleDesign();
    QVERIFY(saveAs(path, design, QStringLiteral("first")));
    Host host = design.hosts().at(0);
    host.name += QStringLiteral(" (renamed)");
    design.setHost(0, host);
    QVERIFY(saveAs(path, design, QStringLiteral("second")));
    QString error;
    SignOff approval;
    approval.revision = 2;
    approval.base = 1;
    approval.reviewer = QStringLiteral("Ana Silva");
    approval.verdict = SignOff::Verdict::Approved;
    approval.comment = QStringLiteral("Rename only.");
    QVERIFY2(ProjectFile::addSignOff(path, approval, &error), qPrintable(error));
    // A revision that does not exist is refused, naming it; nothing is recorded.
    SignOff wrong = approval;
    wrong.revision = 7;
    QVERIFY(!ProjectFile::addSignOff(path, wrong, &error));
    QVERIFY2(error.contains(QLatin1String("7")) && error.contains(path), qPrintable(error));

    QVERIFY(saveAs(path, sampleDesign(), QStringLiteral("third")));
    RevisionInfo restored;
    QVERIFY2(ProjectFile::restoreRevision(path, 2, {}, &restored, &error), qPrintable(error));
    QCOMPARE(restored.number, 4);
    QList<SignOff> signOffs;
    QVERIFY2(ProjectFile::signOffs(path, &signOffs, &error), qPrintable(error));
    QCOMPARE(signOffs.size(), 1);
    QCOMPARE(signOffs.front().reviewer, QStringLiteral("Ana Silva"));
    QCOMPARE(signOffs.front().revision, 2);
    QCOMPARE(signOffs.front().base, 1);
    QCOMPARE(signOffs.front().verdict, SignOff::Verdict::Approved);
    QCOMPARE(signOffs.front().comment, QStringLiteral("Rename only."));
}

void tst_ProjectFile::authorWithoutUserVariable()
{
    // A service or a container sets no USER: the revision's author is the account as the system
    // records it, not "unknown".
    const passwd *entry = getpwuid(getuid());
    if (!entry)
        QSKIP("this account has no entry in the user database");
    QString expected = QString::fromLocal8Bit(entry->pw_gecos ? entry->pw_gecos : "")
                           .section(QLatin1Char(','), 0, 0)
                           .trimmed();
    if (expected.isEmpty())
        expected = QString::fromLocal8Bit(entry->pw_name);
    const QString project = file(QStringLiteral("no-user.portolan"));
    QTemporaryDir config;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path()); // no author setting
    environment.insert(QStringLiteral("HOME"), config.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTOLAN_CLI),
        {QStringLiteral("export"), SamplePath, QStringLiteral("--format"), QStringLiteral("portolan"),
            QStringLiteral("--output"), project});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QList<RevisionInfo> list;
    QString error;
    QVERIFY2(ProjectFile::revisions(project, &list, &error), qPrintable(error));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.front().author, expected);
    QVERIFY(list.front().author != QLatin1String("unknown"));
}

QTEST_GUILESS_MAIN(tst_ProjectFile)
#include "tst_projectfile.moc"
