#include "projectrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectFile", text);
}

bool parseSubnets(const QString &text, QList<Subnet> *out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    for (const QJsonValue &item : document.array()) {
        Subnet subnet;
        if (!item.isString() || !Zone::parseSubnet(item.toString(), &subnet))
            return false;
        out->append(subnet);
    }
    return true;
}

} // namespace

QString jsonColumnText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

RowReader::RowReader(const QSqlQuery &query, const QString &table, int firstColumn)
    : m_query(query)
    , m_table(table)
    , m_first(firstColumn)
{ }

bool RowReader::text(int column, const char *name, QString *out)
{
    const QVariant value = m_query.value(m_first + column);
    if (value.isNull() || value.typeId() != QMetaType::QString)
        return fail(name);
    *out = value.toString();
    return true;
}

bool RowReader::optionalText(int column, const char *name, QString *out)
{
    if (m_query.value(m_first + column).isNull()) {
        out->clear();
        return true;
    }
    return text(column, name, out);
}

bool RowReader::real(int column, const char *name, double *out)
{
    const QVariant value = m_query.value(m_first + column);
    if (value.isNull() || (value.typeId() != QMetaType::Double && value.typeId() != QMetaType::LongLong))
        return fail(name);
    *out = value.toDouble();
    return true;
}

bool RowReader::flag(int column, const char *name, bool *out)
{
    const QVariant value = m_query.value(m_first + column);
    if (value.typeId() != QMetaType::LongLong || (value.toLongLong() != 0 && value.toLongLong() != 1))
        return fail(name);
    *out = value.toLongLong() == 1;
    return true;
}

bool RowReader::object(int column, const char *name, QJsonObject *out)
{
    QString raw;
    if (!text(column, name, &raw))
        return false;
    if (raw == QLatin1String("{}")) { // most extras and many params: skip the parser
        *out = QJsonObject();
        return true;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(name);
    *out = document.object();
    return true;
}

bool RowReader::fail(const char *name)
{
    m_problem = tr("column \"%1\" of row %2 in table \"%3\" holds an invalid value")
                    .arg(QLatin1String(name), m_query.value(0).toString(), m_table);
    return false;
}

void ZoneRows::bind(QSqlQuery &query, const Zone &zone)
{
    QJsonArray subnets;
    for (const Subnet &subnet : zone.subnets)
        subnets.append(Zone::subnetText(subnet));
    query.addBindValue(zone.id);
    query.addBindValue(zone.name.isNull() ? QString(QLatin1String("")) : zone.name);
    query.addBindValue(QString::fromUtf8(QJsonDocument(subnets).toJson(QJsonDocument::Compact)));
    query.addBindValue(zone.area.x());
    query.addBindValue(zone.area.y());
    query.addBindValue(zone.area.width());
    query.addBindValue(zone.area.height());
    query.addBindValue(jsonColumnText(zone.extra));
}

bool ZoneRows::read(RowReader &row, Zone *zone)
{
    QString subnets;
    double x = 0, y = 0, width = 0, height = 0;
    if (!row.text(0, "id", &zone->id) || !row.text(1, "name", &zone->name)
        || !row.text(2, "subnets", &subnets) || !row.real(3, "x", &x) || !row.real(4, "y", &y)
        || !row.real(5, "width", &width) || !row.real(6, "height", &height)
        || !row.object(7, "extra", &zone->extra))
        return false;
    if (!parseSubnets(subnets, &zone->subnets))
        return row.fail("subnets");
    zone->area = QRectF(x, y, width, height);
    return true;
}

void HostRows::bind(QSqlQuery &query, const Host &host)
{
    const QString empty = QLatin1String("");
    query.addBindValue(host.id);
    query.addBindValue(host.type.isNull() ? empty : host.type);
    query.addBindValue(host.name.isNull() ? empty : host.name);
    query.addBindValue(host.zone.isNull() ? empty : host.zone);
    query.addBindValue(
        host.address.isNull() ? QVariant(QMetaType::fromType<QString>()) : host.address.toString());
    query.addBindValue(jsonColumnText(host.params));
    query.addBindValue(host.hasPosition ? 1 : 0);
    query.addBindValue(host.position.x());
    query.addBindValue(host.position.y());
    query.addBindValue(jsonColumnText(host.extra));
}

bool HostRows::read(RowReader &row, Host *host)
{
    QString address;
    double x = 0, y = 0;
    if (!row.text(0, "id", &host->id) || !row.text(1, "type", &host->type)
        || !row.text(2, "name", &host->name) || !row.text(3, "zone", &host->zone)
        || !row.optionalText(4, "address", &address) || !row.object(5, "params", &host->params)
        || !row.flag(6, "has_position", &host->hasPosition) || !row.real(7, "x", &x) || !row.real(8, "y", &y)
        || !row.object(9, "extra", &host->extra))
        return false;
    if (!address.isEmpty()) {
        host->address = QHostAddress(address);
        if (host->address.isNull())
            return row.fail("address");
    }
    host->position = QPointF(x, y);
    return true;
}

void LinkRows::bind(QSqlQuery &query, const Link &link)
{
    query.addBindValue(link.a);
    query.addBindValue(link.b);
    query.addBindValue(jsonColumnText(link.params));
    query.addBindValue(jsonColumnText(link.extra));
}

bool LinkRows::read(RowReader &row, Link *link)
{
    return row.text(0, "a", &link->a) && row.text(1, "b", &link->b) && row.object(2, "params", &link->params)
        && row.object(3, "extra", &link->extra);
}

void CustomFlowRows::bind(QSqlQuery &query, const CustomFlow &flow)
{
    query.addBindValue(flow.id);
    query.addBindValue(flow.source);
    query.addBindValue(flow.destination);
    query.addBindValue(protocolName(flow.protocol));
    query.addBindValue(flow.ports.toString());
    const QString empty = QLatin1String(""); // a null text would be SQL NULL
    query.addBindValue(flow.service.isNull() ? empty : flow.service);
    query.addBindValue(flow.reason.isNull() ? empty : flow.reason);
    query.addBindValue(jsonColumnText(flow.extra));
}

bool CustomFlowRows::read(RowReader &row, CustomFlow *flow)
{
    QString protocol;
    QString ports;
    if (!row.text(0, "id", &flow->id) || !row.text(1, "source", &flow->source)
        || !row.text(2, "destination", &flow->destination) || !row.text(3, "protocol", &protocol)
        || !row.text(4, "ports", &ports) || !row.text(5, "service", &flow->service)
        || !row.text(6, "reason", &flow->reason) || !row.object(7, "extra", &flow->extra))
        return false;
    if (!protocolFromName(protocol, &flow->protocol))
        return row.fail("protocol");
    if (!PortSet::parse(ports, &flow->ports))
        return row.fail("ports");
    return true;
}

} // namespace portolan
