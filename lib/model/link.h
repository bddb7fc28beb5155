#pragma once

#include <QJsonObject>
#include <QString>

namespace portolan {

/** An undirected link between two hosts that talk; what it means comes from the two host types. */
struct Link
{
    QString a; ///< host id
    QString b; ///< host id
    QJsonObject params;
    QJsonObject extra;
};

} // namespace portolan
