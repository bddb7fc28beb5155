#include "filecontroller.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    // Ties the windows to the installed desktop entry (its name and icon in docks and task bars).
    QApplication::setDesktopFileName(QStringLiteral(PORTOLAN_APP_ID));

    // The language chosen in Preferences (or the system's), when the build has its translation.
    portolan::PreferencesDialog::installTranslation(&app);

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
