#include "base/allocator.h"
#include "filecontroller.h"
#include "language.h"
#include "mainwindow.h"
#include "theme.h"

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

    // The interface language: --language, else the one chosen in Preferences, else the system's.
    // It is installed before the options are described so that --help speaks it too.
    QString language = portolan::Language::storedChoice();
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (argument.startsWith(QLatin1String("--language=")))
            language = argument.mid(11);
    }
    portolan::Language::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plans the firewall flows of industrial networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("language"),
        QApplication::translate("main",
            "The interface language for this run, such as de, fr, ja, ko or zh_TW (en for English); "
            "by default the one chosen in Preferences, else the system's."),
        QApplication::translate("main", "code")));
    parser.addPositionalArgument(
        QStringLiteral("file"), QApplication::translate("main", "The design to open."));
    parser.process(app);

    portolan::Theme::applySaved();
    portolan::MainWindow window;
    window.show();
    // Offers to recover a crashed session's changes, then opens the file, or the sample on first start.
    window.files()->start(parser.positionalArguments());
    return app.exec();
}
