// portolan-save-child FILE COUNT: saves COUNT revisions into FILE, each the design
// crashtest::design(k) for the next k, with k as the revision comment. The crash test kills it.
// As each step of a save begins it prints one line on standard output, "checking K",
// "writing K" or "done K", so the test can choose its kill moments from the child's progress.
//
// With PORTOLAN_SAVE_CHILD_KILL_AT=N in its environment, the child counts the writes its saves make
// to FILE itself (not to its journal) through a SQLite VFS of its own, made the default one before
// Qt's driver opens a connection: with N > 0 it kills itself (SIGKILL) right after the N-th of
// them, with N = 0 it only counts; as it ends it prints "writes W", the number of writes it made.
#include "crashdesign.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <sqlite3.h>

#include <csignal>
#include <cstdio>
#include <cstring>

using namespace portolan;

namespace {

/** A VFS over the default one that counts the writes to one database file. */
namespace counting {

sqlite3_vfs *real = nullptr; // the default VFS this one wraps
sqlite3_vfs vfs;
QByteArray fileName; // the file name (without folder) of the database whose writes count
bool armed = false; // writes count only while the child saves
int killAt = 0; // 0: never
int writes = 0;

/** A database file: the VFS's own sqlite3_file, followed in memory by the real one. */
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *inner(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

int write(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    sqlite3_file *r = inner(file);
    const int rc = r->pMethods->xWrite(r, data, amount, offset);
    if (armed && ++writes == killAt)
        std::raise(SIGKILL); // at once: no destructor, no flush, no rollback
    return rc;
}

int close(sqlite3_file *file)
{
    sqlite3_file *r = inner(file);
    return r->pMethods->xClose(r);
}

// The other methods pass the call on to the real file.
int read(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return inner(f)->pMethods->xRead(inner(f), data, amount, offset);
}
int truncate(sqlite3_file *f, sqlite3_int64 size)
{
    return inner(f)->pMethods->xTruncate(inner(f), size);
}
int sync(sqlite3_file *f, int flags)
{
    return inner(f)->pMethods->xSync(inner(f), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return inner(f)->pMethods->xFileSize(inner(f), size);
}
int lock(sqlite3_file *f, int level)
{
    return inner(f)->pMethods->xLock(inner(f), level);
}
int unlock(sqlite3_file *f, int level)
{
    return inner(f)->pMethods->xUnlock(inner(f), level);
}
int checkReservedLock(sqlite3_file *f, int *result)
{
    return inner(f)->pMethods->xCheckReservedLock(inner(f), result);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return inner(f)->pMethods->xFileControl(inner(f), op, arg);
}
int sectorSize(sqlite3_file *f)
{
    return inner(f)->pMethods->xSectorSize(inner(f));
}
int deviceCharacteristics(sqlite3_file *f)
{
    return inner(f)->pMethods->xDeviceCharacteristics(inner(f));
}
int shmMap(sqlite3_file *f, int region, int size, int extend, void volatile **memory)
{
    return inner(f)->pMethods->xShmMap(inner(f), region, size, extend, memory);
}
int shmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return inner(f)->pMethods->xShmLock(inner(f), offset, n, flags);
}
void shmBarrier(sqlite3_file *f)
{
    inner(f)->pMethods->xShmBarrier(inner(f));
}
int shmUnmap(sqlite3_file *f, int deleteFlag)
{
    return inner(f)->pMethods->xShmUnmap(inner(f), deleteFlag);
}
int fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **page)
{
    return inner(f)->pMethods->xFetch(inner(f), offset, amount, page);
}
int unfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return inner(f)->pMethods->xUnfetch(inner(f), offset, page);
}

const sqlite3_io_methods methods
    = {3, close, read, write, truncate, sync, fileSize, lock, unlock, checkReservedLock, fileControl,
        sectorSize, deviceCharacteristics, shmMap, shmLock, shmBarrier, shmUnmap, fetch, unfetch};

int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    const bool counted = (flags & SQLITE_OPEN_MAIN_DB) && name != nullptr
        && QFileInfo(QString::fromUtf8(name)).fileName().toUtf8() == fileName;
    if (!counted)
        return real->xOpen(real, name, file, flags, outFlags); // the room is the real file's and more
    auto *own = reinterpret_cast<File *>(file);
    own->real = reinterpret_cast<sqlite3_file *>(own + 1);
    own->base.pMethods = nullptr;
    const int rc = real->xOpen(real, name, own->real, flags, outFlags);
    // A file the real VFS could not open has no methods, and SQLite calls none on it.
    if (own->real->pMethods != nullptr)
        own->base.pMethods = &methods;
    return rc;
}

/** Makes the counting VFS the default one, for the database file named like path. */
bool install(const QString &path)
{
    real = sqlite3_vfs_find(nullptr);
    if (real == nullptr || real->iVersion < 1)
        return false;
    std::memcpy(&vfs, real, sizeof vfs);
    vfs.pNext = nullptr;
    vfs.zName = "portolan-save-child-counting";
    vfs.szOsFile = int(sizeof(File)) + real->szOsFile;
    vfs.xOpen = open;
    fileName = QFileInfo(path).fileName().toUtf8();
    return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
}

} // namespace counting

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 3) {
        err << "usage: portolan-save-child FILE COUNT\n";
        return 2;
    }
    const QString path = arguments.at(1);
    const int count = arguments.at(2).toInt();
    const bool countWrites = qEnvironmentVariableIsSet("PORTOLAN_SAVE_CHILD_KILL_AT");
    if (countWrites) {
        counting::killAt = qEnvironmentVariableIntValue("PORTOLAN_SAVE_CHILD_KILL_AT");
        if (!counting::install(path)) {
            err << "cannot install the counting SQLite VFS\n";
            return 2;
        }
    }
    int next = 0;
    QString error;
    if (QFileInfo::exists(path)) {
        ProjectRevision latest;
        if (!ProjectFile::open(path, &latest, &error)) {
            err << error << '\n';
            return 2;
        }
        next = latest.info.comment.toInt() + 1;
    }
    counting::armed = true;
    for (int i = 0; i < count; ++i, ++next) {
        ProjectFile::SaveOptions options;
        options.author = QStringLiteral("save-child");
        options.comment = QString::number(next);
        options.onStep = [next](ProjectFile::SaveStep step) {
            const char *name = step == ProjectFile::SaveStep::Checking ? "checking"
                : step == ProjectFile::SaveStep::Writing               ? "writing"
                                                                       : "done";
            std::printf("%s %d\n", name, next);
            std::fflush(stdout); // the test reads it at once
        };
        if (!ProjectFile::save(path, crashtest::design(next), QJsonObject {{QStringLiteral("zoom"), next}},
                options, nullptr, &error)) {
            err << error << '\n';
            return 2;
        }
    }
    counting::armed = false;
    if (countWrites) {
        std::printf("writes %d\n", counting::writes);
        std::fflush(stdout);
    }
    return 0;
}
