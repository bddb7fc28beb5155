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

bool writeDirectly(const QString &path, const QList<QByteArray> &parts, QString *error)
{
    // Unbuffered: every write reaches the device at once, so its error is the write's error.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    for (const QByteArray &data : parts) {
        if (file.write(data) != data.size() || !file.flush()) {
            *error = cannotWrite(path, file.errorString());
            return false;
        }
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
    return saveFile(path, QList<QByteArray> {data}, error);
}

bool saveFile(const QString &path, const QList<QByteArray> &parts, QString *error)
{
    if (isSpecialFile(path))
        return writeDirectly(path, parts, error);
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    for (qsizetype i = 0; written && i < parts.size(); ++i)
        written = file.write(parts.at(i)) == parts.at(i).size();
    if (!written || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace portolan
