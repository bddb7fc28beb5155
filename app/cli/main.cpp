#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace portolan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
