#include "clicommands.h"

#include "export/renderformats.h"
#include "storage/projectexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace portolan;

namespace {

/// True for the commands that paint: export, and diff with --format pdf.
bool paints(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    if (std::strcmp(argv[1], "export") == 0)
        return true;
    if (std::strcmp(argv[1], "diff") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--format=pdf") == 0
            || (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc
                && std::strcmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF, SVG and PNG exports paint, which needs a QGuiApplication; on a server without a
    // display it runs on the offscreen platform. The other commands stay GUI-free.
    const bool painting = paints(argc, argv);
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
    registerRenderFormats();
    registerProjectExport();
    QCoreApplication::setApplicationName(QStringLiteral("portolan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (command == QLatin1String("flows"))
        return cli::runFlows(rest);
    if (command == QLatin1String("validate"))
        return cli::runValidate(rest);
    if (command == QLatin1String("export"))
        return cli::runExport(rest);
    if (command == QLatin1String("diff"))
        return cli::runDiff(rest);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out << cli::usage();
        return cli::Success;
    }
    if (command == QLatin1String("--version")) {
        out << "portolan-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::Success;
    }
    err << (command.isEmpty()
            ? QCoreApplication::translate("cli", "portolan-cli: no command given")
            : QCoreApplication::translate("cli", "portolan-cli: unknown command \"%1\"").arg(command))
        << '\n'
        << cli::usage();
    return cli::Failure;
}
