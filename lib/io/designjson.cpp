#include "designjson.h"

#include "designreader.h"
#include "inputfile.h"
#include "model/designrules.h"
#include "savefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace portolan {

namespace {

/// The design the text holds, before the design rules check it.
bool readText(const QByteArray &json, Design *design, QString *error)
{
    return DesignReader::readOutlined(json, design) || DesignReader::readWholeDocument(json, design, error);
}

/// Takes the design read when it passes the design rules and the catalog.
bool check(const Catalog &catalog, Design *read, Design *design, QString *error)
{
    const QString problem = DesignRules::check(
        *read, [&catalog](const QString &type) { return catalog.type(type) != nullptr; });
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *design = std::move(*read);
    return true;
}

} // namespace

bool DesignJson::read(const QByteArray &json, const Catalog &catalog, Design *design, QString *error)
{
    Design read;
    return readText(json, &read, error) && check(catalog, &read, design, error);
}

QByteArray DesignJson::write(const Design &design)
{
    QJsonObject root = design.extra;
    root.insert(QStringLiteral("format"), QStringLiteral("portolan-design"));
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("name"), design.name);
    QJsonArray zones;
    for (const Zone &zone : design.zones()) {
        QJsonObject object = zone.extra;
        object.insert(QStringLiteral("id"), zone.id);
        if (!zone.name.isEmpty())
            object.insert(QStringLiteral("name"), zone.name);
        QJsonArray subnets;
        for (const Subnet &subnet : zone.subnets)
            subnets.append(Zone::subnetText(subnet));
        object.insert(QStringLiteral("subnets"), subnets);
        if (!zone.area.isNull()) {
            object.insert(QStringLiteral("x"), zone.area.x());
            object.insert(QStringLiteral("y"), zone.area.y());
            object.insert(QStringLiteral("width"), zone.area.width());
            object.insert(QStringLiteral("height"), zone.area.height());
        }
        zones.append(object);
    }
    QJsonArray hosts;
    for (const Host &host : design.hosts()) {
        QJsonObject object = host.extra;
        object.insert(QStringLiteral("id"), host.id);
        object.insert(QStringLiteral("type"), host.type);
        if (!host.name.isEmpty())
            object.insert(QStringLiteral("name"), host.name);
        if (!host.zone.isEmpty())
            object.insert(QStringLiteral("zone"), host.zone);
        if (!host.address.isNull())
            object.insert(QStringLiteral("address"), host.address.toString());
        if (!host.params.isEmpty())
            object.insert(QStringLiteral("params"), host.params);
        if (host.hasPosition) {
            object.insert(QStringLiteral("x"), host.position.x());
            object.insert(QStringLiteral("y"), host.position.y());
        }
        hosts.append(object);
    }
    QJsonArray links;
    for (const Link &link : design.links()) {
        QJsonObject object = link.extra;
        object.insert(QStringLiteral("a"), link.a);
        object.insert(QStringLiteral("b"), link.b);
        object.insert(QStringLiteral("params"), link.params);
        links.append(object);
    }
    root.insert(QStringLiteral("zones"), zones);
    root.insert(QStringLiteral("hosts"), hosts);
    root.insert(QStringLiteral("links"), links);
    // Written only when there are some: a design without custom flows keeps its bytes.
    if (!design.customFlows.isEmpty()) {
        QJsonArray customFlows;
        for (const CustomFlow &flow : design.customFlows) {
            QJsonObject object = flow.extra;
            object.insert(QStringLiteral("id"), flow.id);
            object.insert(QStringLiteral("source"), flow.source);
            object.insert(QStringLiteral("destination"), flow.destination);
            object.insert(QStringLiteral("protocol"), protocolName(flow.protocol));
            object.insert(QStringLiteral("ports"), flow.ports.toString());
            if (!flow.service.isEmpty())
                object.insert(QStringLiteral("service"), flow.service);
            object.insert(QStringLiteral("reason"), flow.reason);
            customFlows.append(object);
        }
        root.insert(QStringLiteral("custom_flows"), customFlows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool DesignJson::readFile(const QString &path, const Catalog &catalog, Design *design, QString *error)
{
    QByteArray data;
    if (!InputFile::read(path, &data, error))
        return false;
    Design read;
    QString problem;
    const bool readable = readText(data, &read, &problem);
    // The design holds all the text has to say: the bytes go before it is checked and derived,
    // which lowers the peak memory of reading a large design by the size of its file.
    data = QByteArray();
    if (!readable || !check(catalog, &read, design, &problem)) {
        *error = path + QStringLiteral(": ") + problem;
        return false;
    }
    return true;
}

bool DesignJson::writeFile(const QString &path, const Design &design, QString *error)
{
    return saveFile(path, write(design), error);
}

} // namespace portolan
