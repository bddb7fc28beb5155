#include "base/allocator.h"
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
    window.start(parser.positionalArguments());
    return app.exec();
}
