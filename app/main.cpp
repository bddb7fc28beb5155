#include "base/allocator.h"
#include "filecontroller.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    portolan::tuneAllocator();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    // Ties the windows to the installed desktop entry (its name and icon in docks and task bars).
    QApplication::setDesktopFileName(QStringLiteral(PORTOLAN_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plans the firewall flows of industrial networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"), QApplication::translate("main", "The design to open."));
    parser.process(app);

    portolan::MainWindow window;
    window.show();
    // Offers to recover a crashed session's changes, then opens the file, or the sample on first start.
    window.files()->start(parser.positionalArguments());
    return app.exec();
}
