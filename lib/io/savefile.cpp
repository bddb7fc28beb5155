#include "savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>

namespace portolan {

namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("SaveFile", "%1: cannot be written: %2").arg(path, reason);
}

bool writeDirectly(
    const QString &path, const std::function<bool(const PartWriter &)> &produce, QString *error)
{
    // Unbuffered: every write reaches the device at once, so its error is the write's error.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    const PartWriter write
        = [&file](const QByteArray &data) { return file.write(data) == data.size() && file.flush(); };
    if (!produce(write)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool isSpecialFile(const QString &path)
{
    // Links to an open file of the process: replacing what they point to would not write to it.
    if (path == QLatin1String("/dev/stdout") || path == QLatin1String("/dev/stderr")
        || path.startsWith(QLatin1String("/dev/fd/")) || path.startsWith(QLatin1String("/proc/")))
        return true;
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode)
        && !S_ISDIR(info.st_mode);
}

bool saveFile(const QString &path, const QByteArray &data, QString *error)
{
    return saveFile(
        path, [&data](const PartWriter &write) { return write(data); }, error);
}

bool saveFile(const QString &path, const std::function<bool(const PartWriter &)> &produce, QString *error)
{
    if (isSpecialFile(path))
        return writeDirectly(path, produce, error);
    QSaveFile file(path);
    const PartWriter write = [&file](const QByteArray &data) { return file.write(data) == data.size(); };
    if (!file.open(QIODevice::WriteOnly) || !produce(write) || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace portolan
