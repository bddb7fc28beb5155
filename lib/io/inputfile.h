#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace portolan {

/**
 * Reading a file Portolan did not write: only a regular file or a pipe (a FIFO, standard input as
 * /dev/stdin, a shell's process substitution), never a device, a folder or a socket, and never
 * more than a limit, so `/dev/zero` or an endless pipe ends with a message instead of exhausting
 * memory. Errors start with the path and say what to do.
 */
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    /// The most a design file (JSON or a project file through a pipe) may hold: 256 MiB.
    static constexpr qint64 MaxBytes = qint64(256) << 20;

    enum Kind { Regular, Pipe };

    /// What the path is, following links; false with an error for anything but a regular file or a pipe.
    static bool check(const QString &path, Kind *kind, QString *error);
    /// Reads the whole file, at most `limit` bytes; a regular file above it is refused by its size,
    /// before it is read, with a message that gives the size.
    static bool read(const QString &path, QByteArray *data, QString *error, qint64 limit = MaxBytes);
};

} // namespace portolan
