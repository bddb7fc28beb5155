// portolan-save-child FILE COUNT: saves COUNT revisions into FILE, each the design
// crashtest::design(k) for the next k, with k as the revision comment. The crash test kills it.
// As each step of a save begins it prints one line on standard output, "checking K",
// "writing K" or "done K", so the test can choose its kill moments from the child's progress.
#include "crashdesign.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace portolan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
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
        options.onStep = [next](ProjectFile::SaveStep step) {
            const char *name = step == ProjectFile::SaveStep::Checking ? "checking"
                : step == ProjectFile::SaveStep::Writing               ? "writing"
                                                                       : "done";
            std::printf("%s %d\n", name, next);
            std::fflush(stdout); // the test reads it at once
        };
        if (!ProjectFile::save(path, crashtest::design(next), QJsonObject {{QStringLiteral("zoom"), next}},
                options, nullptr, &error)) {
            err << error << '\n';
            return 2;
        }
    }
    return 0;
}
