#include "crashdesign.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace portolan;

namespace {

/**
 * Reads the save child's acknowledgements ("k" once save k is done) until it has reported
 * `count` more saves; the last k reported, or -1 when the child stopped first.
 */
int waitForSaves(QProcess &child, int count, int last)
{
    while (count > 0) {
        if (!child.canReadLine() && !child.waitForReadyRead(30000))
            return -1;
        while (count > 0 && child.canReadLine()) {
            last = QString::fromLatin1(child.readLine()).trimmed().toInt();
            --count;
        }
    }
    return last;
}

/// Waits, without sleeping, until `there` is true; false after ten seconds.
template <typename Predicate> bool waitFor(Predicate there)
{
    QElapsedTimer timer;
    timer.start();
    while (!there()) {
        if (timer.hasExpired(10000))
            return false;
        QThread::yieldCurrentThread();
    }
    return true;
}

} // namespace

/**
 * Kills a process while it saves, many times over, at moments chosen from what it does (never
 * from a clock): while a save's rollback journal is on disk, right after a save was acknowledged,
 * and during the very first save of a new file. The file must always open whole, with every
 * acknowledged save in it.
 */
class tst_ProjectCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringSave();
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
    int interrupted = 0; // kills that left a rollback journal: the save was under way
    int checked = 0; // kills after which a file was there to check
    int lastComment = -1;
    int lastRevision = 0;
    for (int round = 0; round < Kills; ++round) {
        const bool fresh = round % 15 == 0;
        if (fresh) {
            // A fresh file now and then: a kill may also hit the very first save.
            path = dir.filePath(QStringLiteral("crash-%1.portolan").arg(round));
            lastComment = -1;
            lastRevision = 0;
        }
        const QString journal = path + QStringLiteral("-journal");
        QProcess child;
        child.start(QStringLiteral(PORTOLAN_SAVE_CHILD), {path, QStringLiteral("100000")});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        int acknowledged = lastComment; // the last save the child said was done
        if (fresh) {
            // Killed within the first save: it writes a temporary copy first, then moves it in place.
            const QString pattern = QStringLiteral(".%1.*.saving").arg(QFileInfo(path).fileName());
            QVERIFY2(waitFor([&] {
                return !QDir(dir.path()).entryList({pattern}, QDir::Hidden | QDir::Files).isEmpty();
            }),
                "the first save wrote no temporary copy");
        } else {
            acknowledged = waitForSaves(child, 1 + int(random.bounded(3)), acknowledged);
            QVERIFY2(acknowledged >= 0, "the save child stopped before it was killed");
            if (round % 2 == 0) {
                // In the middle of the next save: its journal is on disk.
                QVERIFY2(waitFor([&] { return QFileInfo::exists(journal); }),
                    "no save started after an acknowledged one");
            }
        }
        QCOMPARE(child.state(), QProcess::Running); // it must still be saving when killed
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        // Lines written before the kill still count as acknowledged.
        while (child.canReadLine())
            acknowledged = QString::fromLatin1(child.readLine()).trimmed().toInt();
        if (QFile(journal).size() > 0)
            ++interrupted;

        if (!QFile::exists(path)) {
            // Killed before the first save finished: no file, never a half-made one.
            QCOMPARE(lastRevision, 0);
            QCOMPARE(acknowledged, -1);
            continue;
        }
        ++checked;
        ProjectRevision latest;
        QString error;
        QVERIFY2(ProjectFile::open(path, &latest, &error), qPrintable(error));
        bool ok = false;
        const int k = latest.info.comment.toInt(&ok);
        QVERIFY(ok);
        QVERIFY(latest.design == crashtest::design(k));
        QCOMPARE(latest.viewState.value(QLatin1String("zoom")).toInt(), k);
        // Every acknowledged save is there; at most the one under way at the kill is beyond it.
        QVERIFY2(k == acknowledged || k == acknowledged + 1,
            qPrintable(QStringLiteral("latest save %1, acknowledged %2").arg(k).arg(acknowledged)));
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
    qInfo("%d of %d kills interrupted a save with its journal written; %d left a file to check", interrupted,
        Kills, checked);
    // Half the rounds kill while a journal is on disk; every round but the fresh ones has a file.
    QVERIFY(interrupted > 0);
    QVERIFY(checked >= Kills - Kills / 15);
}

QTEST_GUILESS_MAIN(tst_ProjectCrash)
#include "tst_projectcrash.moc"
