#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QPointF>
#include <QString>

namespace portolan {

/** A host of the design: one instance of a catalog host type. */
struct Host
{
    QString id;
    QString type;
    QString name;
    QString zone; ///< zone id, empty when the host sits in no zone
    QHostAddress address; ///< null when the design gives none
    /// Parameters as written in the design; the catalog supplies defaults and checks them.
    QJsonObject params;
    QPointF position;
    bool hasPosition = false;
    QJsonObject extra;

    QString displayName() const { return name.isEmpty() ? id : name; }
};

} // namespace portolan
