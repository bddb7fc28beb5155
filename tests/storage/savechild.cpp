// portolan-save-child FILE COUNT: saves COUNT revisions into FILE, each the design
// crashtest::design(k) for the next k, with k as the revision comment, and prints k on a line of
// its own once that save is done. The crash test kills it.
#include "crashdesign.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace portolan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (arguments.size() != 3) {
        err << "usage: portolan-save-child FILE COUNT\n";
        return 2;
    }
    const QString path = arguments.at(1);
    const int count = arguments.at(2).toInt();
    int next = 0;
    QString error;
    if (QFileInfo::exists(path)) {
        ProjectRevision latest;
        if (!ProjectFile::open(path, &latest, &error)) {
            err << error << '\n';
            return 2;
        }
        next = latest.info.comment.toInt() + 1;
    }
    for (int i = 0; i < count; ++i, ++next) {
        ProjectFile::SaveOptions options;
        options.author = QStringLiteral("save-child");
        options.comment = QString::number(next);
        if (!ProjectFile::save(path, crashtest::design(next), QJsonObject {{QStringLiteral("zoom"), next}},
                options, nullptr, &error)) {
            err << error << '\n';
            return 2;
        }
        // Acknowledged: the crash test kills at moments it picks from these lines.
        out << next << Qt::endl;
    }
    return 0;
}
