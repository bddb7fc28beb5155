#include "commands.h"

#include "base/allocator.h"
#include "export/renderformats.h"
#include "storage/projectexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <clocale>
#include <memory>

using namespace portolan;

int main(int argc, char *argv[])
{
    tuneAllocator();
    // The commands, in the order --help lists them.
    const QList<cli::Command> commands
        = {cli::flowsCommand(), cli::validateCommand(), cli::exportCommand(), cli::diffCommand(),
            cli::reviewCommand(), cli::probeCommand(), cli::importCommand(), cli::layoutCommand()};

    const auto find = [&commands](const QString &name) {
        return std::find_if(commands.cbegin(), commands.cend(),
            [&name](const cli::Command &command) { return command.name == name; });
    };

    QStringList given;
    for (int i = 2; i < argc; ++i)
        given.append(QString::fromLocal8Bit(argv[i]));
    const auto painter = find(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    // The PDF, SVG and PNG exports paint, which needs a QGuiApplication; on a server without a
    // display it runs on the offscreen platform. The other commands stay GUI-free.
    const bool painting = painter != commands.cend() && painter->paints && painter->paints(given);
    if (painting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without XDG_RUNTIME_DIR (a service account, a container, cron) Qt warns on standard error,
    // which must carry only the command's own errors: give it a private folder (mode 0700) for
    // the run. Declared before the application, so it is removed after it.
    std::unique_ptr<QTemporaryDir> runtimeDir;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (painting && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/portolan-cli-runtime-XXXXXX"));
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }
#endif
    const std::unique_ptr<QCoreApplication> app = painting ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    // The application takes the user's locale; the system's own messages ("No such file or
    // directory") must stay English like the rest of the output, whatever the locale.
    std::setlocale(LC_MESSAGES, "C");
    registerRenderFormats();
    registerProjectExport();
    QCoreApplication::setApplicationName(QStringLiteral("portolan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    const auto command = find(name);
    if (command != commands.cend())
        return cli::finish(command->name, command->run(arguments.mid(2)));
    QTextStream err(stderr);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        cli::print(cli::usage(commands).toUtf8());
        return cli::finish(QString(), cli::Success);
    }
    if (name == QLatin1String("--version")) {
        cli::print("portolan-cli " + QCoreApplication::applicationVersion().toUtf8() + '\n');
        return cli::finish(QString(), cli::Success);
    }
    // One line, as every error of the command line: the commands are in --help.
    err << (name.isEmpty()
            ? QCoreApplication::translate("cli", "portolan-cli: no command given; see portolan-cli --help")
            : QCoreApplication::translate(
                "cli", "portolan-cli: unknown command \"%1\"; see portolan-cli --help")
                  .arg(name))
        << '\n';
    return cli::Failure;
}
