#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plans the firewall flows of industrial networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The design to open."));
    parser.process(app);

    portolan::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    QSettings settings;
    if (!files.isEmpty()) {
        window.openFile(files.first());
    } else if (!settings.value(QStringLiteral("sampleShown")).toBool()) {
        // A new user starts with a design to look at.
        window.openSample();
        settings.setValue(QStringLiteral("sampleShown"), true);
    }
    return app.exec();
}
