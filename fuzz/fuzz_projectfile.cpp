// libFuzzer target: the project-file reader. The bytes are written to a temporary file and read
// as a project file would be (header, schema, integrity, every revision through the rule book);
// a refusal is fine, a crash, a hang past the time limit or a sanitizer finding is not.
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace portolan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_projectfile";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static const bool limited = (ProjectFile::setTimeLimitMs(2000), true);
    (void)limited;

    const QString path = dir.filePath(QStringLiteral("input.portolan"));
    QFile::remove(path + QStringLiteral("-journal"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(bytes), qint64(size));
    file.close();

    ProjectRevision latest;
    QString error;
    QList<RevisionInfo> revisions;
    if (ProjectFile::open(path, &latest, &error) && ProjectFile::revisions(path, &revisions, &error)) {
        for (const RevisionInfo &info : std::as_const(revisions)) {
            ProjectRevision revision;
            ProjectFile::openRevision(path, info.number, &revision, &error);
        }
    }
    return 0;
}
