#include "crashdesign.h"
#include "storage/projectfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace portolan;

/**
 * Kills a process in the middle of saving, many times over; the file must always open whole.
 *
 * The child reports each step of each save on a pipe ("checking K", "writing K", "done K"). The
 * test waits for the start of the writing step of one of the child's first saves and kills it
 * after a random part of the time that step took before, so the kills land inside saves whatever
 * the speed of the build (a sanitizer build is many times slower). A kill lands inside a save when
 * the child said "writing K" and never "done K"; the test fails when too few do.
 */
class tst_ProjectCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringSave();
    void killAfterEachWrite();
};

void tst_ProjectCrash::killDuringSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);

    constexpr int Kills = 60;
    QString path;
    int inside = 0; // kills between "writing K" and "done K": inside a save's transaction
    int journals = 0; // kills that left a rollback journal: the save had begun to change the file
    qint64 writingNs = -1; // how long the writing step took last time it was seen whole
    int lastComment = -1;
    int lastRevision = 0;
    for (int round = 0; round < Kills; ++round) {
        if (round % 15 == 0) {
            // A fresh file now and then: a kill may also hit the very first save.
            path = dir.filePath(QStringLiteral("crash-%1.portolan").arg(round));
            lastComment = -1;
            lastRevision = 0;
        }
        QProcess child;
        child.start(QStringLiteral(PORTOLAN_SAVE_CHILD), {path, QStringLiteral("100000")});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Kill in the writing step of the child's first, second or third save (the first needs a
        // measured step to aim at, so it is chosen only once one has been measured).
        const int target = writingNs < 0 ? 2 : 1 + int(random.bounded(3));
        int writingSeen = 0;
        QElapsedTimer writing;
        QByteArray last;
        while (writingSeen < target) {
            while (!child.canReadLine())
                QVERIFY2(child.waitForReadyRead(60000), "the child stopped reporting its progress");
            last = child.readLine().trimmed();
            if (last.startsWith("writing ")) {
                ++writingSeen;
                writing.start();
            } else if (last.startsWith("done ") && writing.isValid()) {
                writingNs = writing.nsecsElapsed();
            }
        }
        // A random moment within the time the writing step took before.
        const qint64 delayUs = random.bounded(qMax<qint64>(writingNs / 1000, 1));
        while (writing.nsecsElapsed() / 1000 < delayUs) { }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                last = line.trimmed();
        }
        if (last.startsWith("writing "))
            ++inside;
        if (QFile(path + QStringLiteral("-journal")).size() > 0)
            ++journals;

        if (!QFile::exists(path)) {
            // Killed before the first save finished: no file, never a half-made one.
            QCOMPARE(lastRevision, 0);
            continue;
        }
        ProjectRevision latest;
        QString error;
        QVERIFY2(ProjectFile::open(path, &latest, &error), qPrintable(error));
        bool ok = false;
        const int k = latest.info.comment.toInt(&ok);
        QVERIFY(ok);
        QVERIFY(latest.design == crashtest::design(k));
        QCOMPARE(latest.viewState.value(QLatin1String("zoom")).toInt(), k);
        QVERIFY(k >= lastComment);
        QVERIFY(latest.info.number >= lastRevision);

        QList<RevisionInfo> revisions;
        QVERIFY2(ProjectFile::revisions(path, &revisions, &error), qPrintable(error));
        QCOMPARE(revisions.size(), latest.info.number);
        QCOMPARE(revisions.last().number, latest.info.number);
        // An older revision, picked at random, is still the design that was saved as it.
        const RevisionInfo &older = revisions.at(random.bounded(int(revisions.size())));
        ProjectRevision old;
        QVERIFY2(ProjectFile::openRevision(path, older.number, &old, &error), qPrintable(error));
        QVERIFY(old.design == crashtest::design(older.comment.toInt()));
        lastComment = k;
        lastRevision = latest.info.number;
    }
    qInfo(
        "%d of %d kills landed inside a save, %d of them with its journal written", inside, Kills, journals);
    // Each kill is aimed inside a save; a few may land just after it ends, not most of them.
    QVERIFY2(inside >= Kills / 2, "too few kills landed inside a save");
}

/**
 * A save's pages reach the file in one burst as it commits, too quick for a kill timed from
 * outside to land inside it. Here the child kills itself right after its N-th write to the project
 * file (it counts them under SQLite, journal writes aside), for every N a save makes: the file must
 * open, pass SQLite's integrity check, and hold exactly the old or the new design as its latest
 * revision.
 */
void tst_ProjectCrash::killAfterEachWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto runChild = [](QProcess &child, const QString &path, const QString &killAt) {
        if (!killAt.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PORTOLAN_SAVE_CHILD_KILL_AT"), killAt);
            child.setProcessEnvironment(environment);
        }
        child.start(QStringLiteral(PORTOLAN_SAVE_CHILD), {path, QStringLiteral("1")});
        return child.waitForStarted() && child.waitForFinished(120000);
    };
    // The old revision: the child's first save, crashtest::design(0), in a new file.
    const QString base = dir.filePath(QStringLiteral("base.portolan"));
    {
        QProcess child;
        QVERIFY2(runChild(child, base, QString()), qPrintable(child.errorString()));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
    }
    // How many writes to the file a save of the next revision makes, uncut.
    int writes = 0;
    {
        const QString path = dir.filePath(QStringLiteral("uncut.portolan"));
        QVERIFY(QFile::copy(base, path));
        QProcess child;
        QVERIFY2(runChild(child, path, QStringLiteral("0")), qPrintable(child.errorString()));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("writes "), lines.last().constData());
        writes = lines.last().mid(7).toInt();
        ProjectRevision latest;
        QString error;
        QVERIFY2(ProjectFile::open(path, &latest, &error), qPrintable(error));
        QCOMPARE(latest.info.comment, QStringLiteral("1"));
        QVERIFY(latest.design == crashtest::design(1));
    }
    qInfo("a save of the second revision makes %d writes to the project file", writes);
    QVERIFY2(writes >= 2, "the child counted too few writes to the project file");

    // Every write, or an even spread of 30 of them when a save makes more.
    QList<int> moments;
    constexpr int Spread = 30;
    for (int i = 0; i < qMin(writes, Spread); ++i)
        moments.append(writes <= Spread ? i + 1 : 1 + int(qint64(i) * (writes - 1) / (Spread - 1)));
    int olds = 0;
    for (const int n : std::as_const(moments)) {
        const QString path = dir.filePath(QStringLiteral("cut-%1.portolan").arg(n));
        QVERIFY(QFile::copy(base, path));
        QProcess child;
        QVERIFY2(runChild(child, path, QString::number(n)), qPrintable(child.errorString()));
        const QByteArray output = child.readAllStandardOutput();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit && !output.contains("done 1"),
            qPrintable(QStringLiteral("the child was to die after write %1 of %2: %3")
                           .arg(n)
                           .arg(writes)
                           .arg(QString::fromLocal8Bit(output + child.readAllStandardError()))));

        const QString at = QStringLiteral("killed after write %1 of %2: ").arg(n).arg(writes);
        ProjectRevision latest;
        QString error;
        QVERIFY2(ProjectFile::open(path, &latest, &error), qPrintable(at + error));
        bool ok = false;
        const int k = latest.info.comment.toInt(&ok);
        QVERIFY2(ok && (k == 0 || k == 1),
            qPrintable(at + QStringLiteral("latest revision ") + latest.info.comment));
        QVERIFY2(latest.design == crashtest::design(k), qPrintable(at + QStringLiteral("a torn design")));
        QCOMPARE(latest.viewState.value(QLatin1String("zoom")).toInt(), k);
        QCOMPARE(latest.info.number, k + 1);
        QList<RevisionInfo> revisions;
        QVERIFY2(ProjectFile::revisions(path, &revisions, &error), qPrintable(at + error));
        QCOMPARE(revisions.size(), k + 1);
        if (k == 0)
            ++olds;

        QString integrity;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(path);
            QVERIFY2(db.open(), qPrintable(at + db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("PRAGMA integrity_check")),
                qPrintable(at + query.lastError().text()));
            while (query.next())
                integrity += query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        QVERIFY2(integrity == QLatin1String("ok"), qPrintable(at + integrity));
    }
    qInfo("of %d saves cut after a write, %d left the old revision, %d the new one", int(moments.size()),
        olds, int(moments.size()) - olds);
}

QTEST_GUILESS_MAIN(tst_ProjectCrash)
#include "tst_projectcrash.moc"
