#pragma once

#include <QByteArray>
#include <QString>

namespace portolan {

/**
 * Writes the whole file or nothing: the data goes to a temporary file that replaces `path` only
 * once every byte is written, so a failure or a crash leaves the old file as it was. On failure
 * *error reads "<path>: cannot be written: <reason>".
 */
bool saveFile(const QString &path, const QByteArray &data, QString *error);

} // namespace portolan
