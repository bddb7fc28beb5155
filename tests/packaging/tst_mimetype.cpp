// The installed shared-mime-info type: a Portolan project file is application/x-portolan by its
// name and by its content (the SQLite header and the application id "PRTL"), so a project renamed
// or sent without its extension still opens in Portolan; a JSON design or another SQLite database
// is not one, whatever its name. Reads the MIME package that `cmake --install` put in the
// packaging_install test's prefix, with the system's, as a desktop does after update-mime-database.
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString ProjectType = QStringLiteral("application/x-portolan");

} // namespace

class tst_MimeType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theTypeIsInstalled();
    void recognised_data();
    void recognised();

private:
    QString path(const QString &name) const { return m_files.filePath(name); }
    QTemporaryDir m_data;
    QTemporaryDir m_files;
};

void tst_MimeType::initTestCase()
{
    const QString package
        = QStringLiteral(PORTOLAN_INSTALL_PREFIX "/share/mime/packages/" PORTOLAN_APP_ID ".xml");
    if (!QFile::exists(package))
        QSKIP(qPrintable(package + QLatin1String(" is not there: the packaging_install test installs it")));

    // One data folder with the system's MIME packages and the installed one, compiled into one
    // database as a desktop's is after the package is installed. (Qt 6.4 lets the last of several
    // mime.cache folders that matches by content win, whatever the priorities: one folder, as
    // under /usr/share, is what users have.)
    const QString packages = m_data.filePath(QStringLiteral("share/mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QDir().mkpath(m_data.filePath(QStringLiteral("home"))));
    const QStringList systemFolders = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
        QStringLiteral("mime/packages"), QStandardPaths::LocateDirectory);
    for (const QString &folder : systemFolders) {
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.xml")}, QDir::Files);
        for (const QString &file : files) {
            if (file != QLatin1String(PORTOLAN_APP_ID ".xml"))
                QFile::copy(QDir(folder).filePath(file), QDir(packages).filePath(file));
        }
    }
    QVERIFY(QFile::copy(package, QDir(packages).filePath(QStringLiteral(PORTOLAN_APP_ID ".xml"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_data.filePath(QStringLiteral("share"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.filePath(QStringLiteral("home"))));
    const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (updater.isEmpty()) {
        qInfo("update-mime-database is not installed (shared-mime-info): Qt reads the XML packages itself");
    } else {
        QProcess process;
        process.start(updater, {m_data.filePath(QStringLiteral("share/mime"))});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0 && errors.isEmpty(), errors.constData());
        QVERIFY(QFile::exists(m_data.filePath(QStringLiteral("share/mime/mime.cache"))));
    }

    // A real project file, written by portolan-cli from the sample design.
    const QString sample = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/riverside-plant.json");
    QProcess cli;
    cli.start(QStringLiteral(PORTOLAN_CLI),
        {QStringLiteral("export"), sample, QStringLiteral("--format"), QStringLiteral("portolan"),
            QStringLiteral("--output"), path(QStringLiteral("plant.portolan"))});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(QFile::copy(path(QStringLiteral("plant.portolan")), path(QStringLiteral("plant.dat"))));
    QVERIFY(QFile::copy(path(QStringLiteral("plant.portolan")), path(QStringLiteral("plant"))));
    // The design JSON under a project file's name.
    QVERIFY(QFile::copy(sample, path(QStringLiteral("design.portolan"))));
    // An SQLite database of another program: the same header, another application id.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path(QStringLiteral("other.dat")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 1")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    // A file that has only the name.
    QFile empty(path(QStringLiteral("empty.portolan")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
}

void tst_MimeType::theTypeIsInstalled()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(ProjectType);
    QVERIFY2(type.isValid(), "application/x-portolan is not known");
    QCOMPARE(type.comment(), QStringLiteral("Portolan project"));
    QCOMPARE(type.suffixes(), QStringList {QStringLiteral("portolan")});
    QCOMPARE(type.iconName(), QStringLiteral(PORTOLAN_APP_ID));
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
}

void tst_MimeType::recognised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QMimeDatabase::MatchMode>("mode");
    QTest::addColumn<QString>("expected"); // the type, or a type it inherits for text

    // What a file manager asks (name, then content), and each of the two on its own.
    QTest::newRow("project file") << "plant.portolan" << QMimeDatabase::MatchDefault << ProjectType;
    QTest::newRow("project file, by content")
        << "plant.portolan" << QMimeDatabase::MatchContent << ProjectType;
    QTest::newRow("project file renamed .dat") << "plant.dat" << QMimeDatabase::MatchDefault << ProjectType;
    QTest::newRow("project file without extension") << "plant" << QMimeDatabase::MatchDefault << ProjectType;
    QTest::newRow("empty file named .portolan, by name")
        << "empty.portolan" << QMimeDatabase::MatchExtension << ProjectType;
    QTest::newRow("JSON design named .portolan, by content")
        << "design.portolan" << QMimeDatabase::MatchContent << QStringLiteral("text/plain");
    QTest::newRow("another SQLite database")
        << "other.dat" << QMimeDatabase::MatchDefault << QStringLiteral("application/vnd.sqlite3");
}

void tst_MimeType::recognised()
{
    QFETCH(QString, file);
    QFETCH(QMimeDatabase::MatchMode, mode);
    QFETCH(QString, expected);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path(file), mode);
    if (expected == ProjectType) {
        QCOMPARE(type.name(), ProjectType);
    } else {
        QVERIFY2(type.name() != ProjectType, qPrintable(type.name()));
        QVERIFY2(type.name() == expected || type.inherits(expected),
            qPrintable(QStringLiteral("%1 is %2, expected %3").arg(file, type.name(), expected)));
    }
}

QTEST_GUILESS_MAIN(tst_MimeType)
#include "tst_mimetype.moc"
