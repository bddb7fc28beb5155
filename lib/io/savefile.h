#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace portolan {

/**
 * Writes the whole file or nothing: the data goes to a temporary file that replaces `path` only
 * once every byte is written, so a failure or a crash leaves the old file as it was. On failure
 * *error reads "<path>: cannot be written: <reason>".
 *
 * A path that is not a regular file and must not be replaced by one (a device such as /dev/null, a
 * FIFO, /dev/stdout, /dev/fd/N, anything under /proc) is written directly instead, and a failed
 * write or flush (a full disk, /dev/full) is reported the same way.
 */
bool saveFile(const QString &path, const QByteArray &data, QString *error);
/// The same, for data given in consecutive parts (written in order, never joined in memory).
bool saveFile(const QString &path, const QList<QByteArray> &parts, QString *error);

/// True when saveFile() writes the path directly: it exists and is neither a regular file nor a
/// folder, or it is one of the process's own open files (/dev/stdout, /dev/fd/N, /proc/...).
bool isSpecialFile(const QString &path);

} // namespace portolan
