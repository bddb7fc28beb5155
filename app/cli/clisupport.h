#pragma once

#include "engine/derivation.h"
#include "io/savefile.h"
#include "model/design.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <utility>

class QCommandLineParser;

namespace portolan {

class Catalog;

namespace cli {

/** Exit statuses of the command-line contract. */
enum ExitStatus { Success = 0, Findings = 1, Failure = 2 };

/**
 * One command of portolan-cli, in its own file: a name, its lines of the program's --help, what
 * it runs, and whether it paints (PDF, SVG, PNG need a QGuiApplication, started offscreen).
 */
struct Command
{
    QString name;
    /// The command's lines of `portolan-cli --help`: its synopsis, then what it does, indented.
    QString (*usage)() = nullptr;
    int (*run)(const QStringList &arguments) = nullptr;
    /// True when these arguments make the command paint; null for a command that never does.
    bool (*paints)(const QStringList &arguments) = nullptr;
};

/// The program's --help: what it is, each command's lines, the exit statuses.
QString usage(const QList<Command> &commands);

/// A user-visible text of the command line, for translation.
QString tr(const char *text);
/// Writes "portolan-cli COMMAND: MESSAGE" (without a command: "portolan-cli: MESSAGE") on standard
/// error; returns Failure.
int failure(const QString &command, const QString &message);
/// Writes to standard output and flushes it; false when that fails (the reason is kept).
bool print(const QByteArray &data);
/// "cannot write to standard output: REASON", the reason of the first write that failed.
QString standardOutputProblem();
/**
 * Flushes standard output at the end of a run: the status when everything reached it, else
 * Failure after a message (a full disk, a closed pipe), so lost output never exits 0.
 */
int finish(const QString &command, int status);
/**
 * Parses one command's arguments with --help added; false with a message on standard error (or
 * after printing the help) when the command should stop, with the exit status in *status.
 */
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int positionals,
    int *status);
/// Reads a design (JSON or project file); false after a message naming the file and place.
bool loadDesign(const QString &command, const QString &path, const Catalog &catalog, Design *design);
/// One line on standard error for each error finding, naming the design file.
void reportErrorFindings(const QString &path, const Derivation &derivation);
/// Writes to the file (whole or not at all), or to standard output for an empty path or "-".
bool writeOutput(const QString &command, const QString &outputPath, const QByteArray &data);
/// The same, for output made as it is written (see saveFile()): never whole in memory.
bool writeOutput(const QString &command, const QString &outputPath,
    const std::function<bool(const PartWriter &)> &produce);
/**
 * Moves a large value (a design, its derivation) where it stays until the process exits, never
 * freed: the system takes the memory back at once, while freeing a 100k-host design and its
 * derivation object by object takes about a tenth of a second. The values stay reachable from a
 * static list, so leak checkers see kept memory, not lost memory.
 */
template <typename T> const T &keepUntilExit(T value)
{
    static QList<const void *> *const kept = new QList<const void *>;
    const T *const moved = new T(std::move(value));
    kept->append(moved);
    return *moved;
}
/// Whether the arguments ask for --format pdf: such a run paints, so it needs a QGuiApplication.
bool asksForPdf(const QStringList &arguments);

} // namespace cli

} // namespace portolan
