#include "inputfile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace portolan {

namespace {

QString limitText(qint64 limit)
{
    return limit % (1 << 20) == 0 ? InputFile::tr("%1 MiB").arg(limit >> 20)
                                  : InputFile::tr("%1 bytes").arg(limit);
}

QString tooLarge(const QString &path, qint64 limit)
{
    return InputFile::tr("%1: cannot be read: it holds more than the limit of %2 for a design.")
        .arg(path, limitText(limit));
}

// A regular file is refused by its size before a byte is read, and the message says that size.
QString tooLargeFile(const QString &path, qint64 size, qint64 limit)
{
    return InputFile::tr("%1: cannot be read: it holds %2, more than the limit of %3 for a design.")
        .arg(path, InputFile::tr("%1 bytes").arg(size), limitText(limit));
}

} // namespace

bool InputFile::check(const QString &path, Kind *kind, QString *error)
{
    if (path.startsWith(QLatin1Char(':'))) { // a Qt resource, compiled into the program
        *kind = Regular;
        if (QFileInfo(path).isFile())
            return true;
        *error = tr("%1: cannot be opened: there is no such resource.").arg(path);
        return false;
    }
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        *error = tr("%1: cannot be opened: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (S_ISREG(info.st_mode)) {
        *kind = Regular;
        return true;
    }
    if (S_ISFIFO(info.st_mode)) {
        *kind = Pipe;
        return true;
    }
    *error = S_ISDIR(info.st_mode)
        ? tr("%1: cannot be read: it is a folder, not a design file.").arg(path)
        : tr("%1: cannot be read: it is not a regular file or a pipe (a device or socket cannot hold a "
             "design).")
              .arg(path);
    return false;
}

bool InputFile::read(const QString &path, QByteArray *data, QString *error, qint64 limit)
{
    Kind kind = Regular;
    if (!check(path, &kind, error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = tr("%1: cannot be opened: %2").arg(path, file.errorString());
        return false;
    }
    if (kind == Regular && file.size() > limit) {
        *error = tooLargeFile(path, file.size(), limit);
        return false;
    }
    // Read in pieces up to one byte past the limit: a pipe has no size, and a file under /proc
    // or one still growing may hold more than its size said.
    QByteArray result;
    if (kind == Regular)
        result.reserve(file.size());
    constexpr qint64 Piece = 1 << 20;
    while (result.size() <= limit) {
        const qint64 at = result.size();
        const qint64 want = std::min(Piece, limit + 1 - at);
        result.resize(at + want);
        const qint64 got = file.read(result.data() + at, want);
        if (got < 0) {
            *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
            return false;
        }
        result.resize(at + got);
        if (got == 0)
            break;
    }
    if (result.size() > limit) {
        *error = tooLarge(path, limit);
        return false;
    }
    *data = std::move(result);
    return true;
}

} // namespace portolan
