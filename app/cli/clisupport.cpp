#include "clisupport.h"

#include "io/flowsreport.h"
#include "io/savefile.h"
#include "storage/designfile.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace portolan::cli {

namespace {

QTextStream &errors()
{
    static QTextStream stream(stderr);
    return stream;
}

int outputError = 0; // errno of the first write to standard output that failed

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
    if (command.isEmpty())
        errors() << "portolan-cli: " << message << Qt::endl;
    else
        errors() << "portolan-cli " << command << ": " << message << Qt::endl;
    return Failure;
}

bool print(const QByteArray &data)
{
    errno = 0;
    if (std::fwrite(data.constData(), 1, size_t(data.size()), stdout) != size_t(data.size())
        || std::fflush(stdout) != 0) {
        if (outputError == 0)
            outputError = errno != 0 ? errno : EIO;
        return false;
    }
    return true;
}

QString standardOutputProblem()
{
    return outputError == 0
        ? tr("cannot write to standard output")
        : tr("cannot write to standard output: %1").arg(QString::fromLocal8Bit(std::strerror(outputError)));
}

int finish(const QString &command, int status)
{
    // Whatever a command printed is only out once the flush succeeds.
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        if (outputError == 0)
            outputError = errno != 0 ? errno : EIO;
        if (status != Failure) // a failed command has said why already
            failure(command, standardOutputProblem());
        return Failure;
    }
    return status;
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
        *status = print(text.toUtf8()) ? Success : failure(command, standardOutputProblem());
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
    return writeOutput(command, outputPath, [&data](const PartWriter &write) { return write(data); });
}

bool writeOutput(
    const QString &command, const QString &outputPath, const std::function<bool(const PartWriter &)> &produce)
{
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        // Flushed here, so a full disk or a closed pipe is reported by the command that wrote.
        if (!produce([](const QByteArray &data) { return print(data); })) {
            failure(command, standardOutputProblem());
            return false;
        }
        return true;
    }
    QString error;
    if (!saveFile(outputPath, produce, &error)) {
        failure(command, error);
        return false;
    }
    return true;
}

bool asksForPdf(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=pdf")
            || (arguments.at(i) == QLatin1String("--format")
                && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

} // namespace portolan::cli
