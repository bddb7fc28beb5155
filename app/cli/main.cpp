#include "clicommands.h"

#include "export/renderformats.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace portolan;

int main(int argc, char *argv[])
{
    // The PDF, SVG and PNG exports paint, which needs a QGuiApplication; on a server without a
    // display it runs on the offscreen platform. The other commands stay GUI-free.
    const bool painting = argc > 1 && std::strcmp(argv[1], "export") == 0;
    if (painting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        painting ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    registerRenderFormats();
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
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << cli::usage();
        return cli::Success;
    }
    if (command == QLatin1String("--version")) {
        out << "portolan-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::Success;
    }
    err << (command.isEmpty() ? QCoreApplication::translate("cli", "portolan-cli: no command given")
                              : QCoreApplication::translate("cli", "portolan-cli: unknown command \"%1\"").arg(command))
        << '\n'
        << cli::usage();
    return cli::Failure;
}
