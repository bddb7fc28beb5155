#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

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
/// Takes one part of a file being written, in order; false when it could not be written.
using PartWriter = std::function<bool(const QByteArray &part)>;
/**
 * The same, for data made as it is written: produce() hands each part to the writer it is given,
 * in order, and may drop it at once, so the whole file is never in memory. produce() stops and
 * returns false when a write fails.
 */
bool saveFile(const QString &path, const std::function<bool(const PartWriter &)> &produce, QString *error);

/// True when saveFile() writes the path directly: it exists and is neither a regular file nor a
/// folder, or it is one of the process's own open files (/dev/stdout, /dev/fd/N, /proc/...).
bool isSpecialFile(const QString &path);

} // namespace portolan
