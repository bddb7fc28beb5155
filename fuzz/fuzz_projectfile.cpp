// libFuzzer target: the project-file reader. The bytes are written to a file and read as a
// project file is (header, schema, integrity, every revision through the rule book, sign-offs);
// a refusal is fine, a crash, a hang past the time limit or a sanitizer finding is not.
// The file lives in memory (/dev/shm where there is one) and is rewritten in place for each input,
// and so does the temporary copy the reader migrates a file of an older format in (TMPDIR), so a
// run costs what the reader costs, not what the disk does.
#include "fuzzsupport.h"

#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <fcntl.h>
#include <unistd.h>

using namespace portolan;

namespace {

// Larger inputs only repeat pages: a project file of the seed's kind is a few dozen kilobytes.
constexpr size_t MaxInput = 256 * 1024;
// Each revision is a whole session (open, schema, quick_check, read, rule book): a few are enough.
constexpr int MaxRevisions = 8;

QString memoryFolder()
{
    const QString shm = QStringLiteral("/dev/shm");
    return QDir(shm).exists() ? shm : QDir::tempPath();
}

bool writeInput(const QString &path, const uint8_t *bytes, size_t size)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    size_t done = 0;
    while (done < size) {
        const ssize_t written = ::write(fd, bytes + done, size - done);
        if (written <= 0)
            break;
        done += size_t(written);
    }
    ::close(fd);
    return done == size;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    fuzz::startApplication("fuzz_projectfile");
    static const QString memory = memoryFolder();
    static const bool inMemory = qputenv("TMPDIR", QFile::encodeName(memory));
    (void)inMemory;
    static QTemporaryDir dir(memory + QStringLiteral("/fuzz_projectfile-XXXXXX"));
    static const QString path = dir.filePath(QStringLiteral("input.portolan"));
    // Every session within half a second: at most ten sessions stay well inside libFuzzer's -timeout.
    static const bool limited = (ProjectFile::setTimeLimitMs(500), true);
    (void)limited;
    if (size > MaxInput)
        return 0;

    // A hot journal left by an input is rolled back into the next one: start clean.
    QFile::remove(path + QStringLiteral("-journal"));
    if (!writeInput(path, bytes, size)) {
        fuzz::finding("fuzz_projectfile", "cannot write the input file", path);
    }

    QString error;
    QList<RevisionInfo> revisions;
    if (!ProjectFile::revisions(path, &revisions, &error))
        return 0;
    if (revisions.isEmpty()) {
        ProjectRevision latest;
        ProjectFile::open(path, &latest, &error);
    }
    for (qsizetype i = 0; i < revisions.size() && i < MaxRevisions; ++i) {
        ProjectRevision revision;
        ProjectFile::openRevision(path, revisions.at(i).number, &revision, &error);
    }
    QList<SignOff> signOffs;
    ProjectFile::signOffs(path, &signOffs, &error);
    return 0;
}
