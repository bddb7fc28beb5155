#include "crashdesign.h"
#include "storage/projectfile.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace portolan;

/** Kills a process in the middle of saving, many times over; the file must always open whole. */
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
        QThread::msleep(20 + random.bounded(180));
        QCOMPARE(child.state(), QProcess::Running); // it must still be saving when killed
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        if (QFile(path + QStringLiteral("-journal")).size() > 0)
            ++interrupted;

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
    qInfo("%d of %d kills interrupted a save with its journal written", interrupted, Kills);
    QVERIFY(interrupted > 0);
}

QTEST_GUILESS_MAIN(tst_ProjectCrash)
#include "tst_projectcrash.moc"
