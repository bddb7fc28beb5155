#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace portolan {

bool saveFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("SaveFile", "%1: cannot be written: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace portolan
