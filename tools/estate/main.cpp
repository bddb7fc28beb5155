#include "base/allocator.h"
#include "estategenerator.h"

#include "io/designjson.h"

#include <QCoreApplication>
#include <QTextStream>

// portolan-estate HOSTS FILE: writes a synthetic estate as design JSON, for benchmarks and trials.
int main(int argc, char *argv[])
{
    portolan::tuneAllocator();
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const int hosts = arguments.value(1).toInt(&ok);
    if (arguments.size() != 3 || !ok || hosts < 1) {
        QTextStream(stderr) << "Usage: portolan-estate HOSTS FILE\n";
        return 2;
    }
    QString error;
    if (!portolan::DesignJson::writeFile(arguments.at(2), portolan::generateEstate(hosts), &error)) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    return 0;
}
