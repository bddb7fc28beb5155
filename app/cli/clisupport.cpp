#include "clisupport.h"

#include "io/flowsreport.h"
#include "io/savefile.h"
#include "storage/designfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace portolan::cli {

namespace {

QTextStream &errors()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::cli", text);
}

QString usage(const QList<Command> &commands)
{
    QString text = tr("Usage: portolan-cli COMMAND [options]\n"
                      "Derives the firewall flows of a Portolan design from the product catalog.\n"
                      "\n"
                      "Commands:\n");
    for (const Command &command : commands)
        text += command.usage();
    return text
        + tr("\n"
             "DESIGN is a design JSON file or a Portolan project file.\n"
             "Exit status: 0 success; 1 an error finding exists (flows, validate), flows changed (diff)\n"
             "or a difference from the design (probe); 2 unreadable input or bad usage. Run 'portolan-cli "
             "COMMAND --help' for a command's options.\n");
}

int failure(const QString &command, const QString &message)
{
    errors() << "portolan-cli " << command << ": " << message << Qt::endl;
    return Failure;
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int positionals,
    int *status)
{
    const QCommandLineOption help(
        QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList {QStringLiteral("portolan-cli ") + command} + arguments)) {
        *status = failure(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // The parser's usage line names the program as it was started (a path); it must read
        // "portolan-cli COMMAND [options] ..." whatever the path.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String("[options]"));
        if (text.startsWith(QLatin1String("Usage: ")) && options > 0)
            text.replace(7, options - 7, QStringLiteral("portolan-cli ") + command + QLatin1Char(' '));
        QTextStream(stdout) << text;
        *status = Success;
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        *status = failure(command, tr("expects %1 file argument(s); see --help").arg(positionals));
        return false;
    }
    return true;
}

bool loadDesign(const QString &command, const QString &path, const Catalog &catalog, Design *design)
{
    QString error;
    if (!DesignFile::load(path, catalog, design, &error)) {
        failure(command, error);
        return false;
    }
    return true;
}

void reportErrorFindings(const QString &path, const Derivation &derivation)
{
    for (const Finding &finding : derivation.findings) {
        if (finding.severity == Severity::Error)
            errors() << FlowsReport::findingLine(path, finding) << Qt::endl;
    }
}

bool writeOutput(const QString &command, const QString &outputPath, const QByteArray &data)
{
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size()) {
            failure(command, tr("cannot write to standard output"));
            return false;
        }
        return true;
    }
    QString error;
    if (!saveFile(outputPath, data, &error)) {
        failure(command, error);
        return false;
    }
    return true;
}

} // namespace portolan::cli
