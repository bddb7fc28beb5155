#include "designrules.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace portolan {

namespace {

bool isIdCharacter(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return alnum || u == u'_' || (!first && (u == u'-' || u == u'.'));
}

QString jsonTextProblem(const QJsonValue &value);

QString jsonObjectProblem(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString problem = DesignRules::textProblem(it.key());
        if (problem.isEmpty())
            problem = jsonTextProblem(it.value());
        if (!problem.isEmpty())
            return DesignRules::tr("\"%1\": %2").arg(it.key(), problem);
    }
    return QString();
}

QString jsonTextProblem(const QJsonValue &value)
{
    if (value.isString())
        return DesignRules::textProblem(value.toString());
    if (value.isObject())
        return jsonObjectProblem(value.toObject());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString problem = jsonTextProblem(item);
            if (!problem.isEmpty())
                return problem;
        }
    }
    return QString();
}

bool isCoordinate(double value)
{
    return std::isfinite(value) && std::abs(value) <= DesignRules::MaxCoordinate;
}

/**
 * Reports the first problem and keeps it. Places are callables that word the place only when
 * there is a problem: wording one for each of 100k hosts would cost more than checking them.
 */
class Checker
{
public:
    bool fail(const QString &message)
    {
        m_problem = message;
        return false;
    }
    template <typename Place> bool id(const QString &id, const Place &place)
    {
        if (DesignRules::isValidId(id))
            return true;
        return fail(DesignRules::tr("%1: the id must be 1 to %2 letters, digits, \"_\", \"-\" or \".\", "
                                    "starting with a letter, digit or \"_\"")
                        .arg(place())
                        .arg(DesignRules::MaxIdLength));
    }
    template <typename Place> bool text(const QString &text, const Place &place, const QString &what)
    {
        const QString problem = DesignRules::textProblem(text);
        return problem.isEmpty() || fail(DesignRules::tr("%1: %2 %3").arg(place(), what, problem));
    }
    template <typename Place> bool json(const QJsonObject &object, const Place &place, const QString &what)
    {
        if (object.isEmpty())
            return true;
        const QString problem = jsonObjectProblem(object);
        return problem.isEmpty() || fail(DesignRules::tr("%1: %2 %3").arg(place(), what, problem));
    }
    QString problem() const { return m_problem; }

private:
    QString m_problem;
};

} // namespace

bool DesignRules::isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxIdLength || !isIdCharacter(id.front(), true))
        return false;
    return std::all_of(id.begin() + 1, id.end(), [](QChar c) { return isIdCharacter(c, false); });
}

QString DesignRules::textProblem(QStringView text)
{
    // Qt's JSON reader and SQLite both drop a U+FEFF that starts a text, taking it for a byte order
    // mark; SQLite turns U+FFFE and U+FFFF, which are not characters, into U+FFFD (and reads a text
    // that starts with U+FFFE in the other byte order).
    if (!text.isEmpty() && text.front() == QChar(0xfeff))
        return tr("starts with U+FEFF, a byte order mark, which design and project files do not keep");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c == QChar(0xfffe) || c == QChar(0xffff)) {
            return tr("holds U+%1 at character %2, which is not a character")
                .arg(QString::number(c.unicode(), 16).toUpper())
                .arg(i + 1);
        }
        if (c.isSurrogate()) {
            return tr("holds an unpaired UTF-16 surrogate (U+%1 at character %2), which is not a character")
                .arg(QString::number(c.unicode(), 16).toUpper())
                .arg(i + 1);
        }
    }
    return QString();
}

QString DesignRules::shown(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair) {
            result += c;
            result += text.at(++i);
        } else if (c == u'\n') {
            result += QStringLiteral("\\n");
        } else if (c == u'\r') {
            result += QStringLiteral("\\r");
        } else if (c == u'\t') {
            result += QStringLiteral("\\t");
        } else if (c.isSurrogate() || c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator) {
            result
                += QStringLiteral("\\u") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
        } else {
            result += c;
        }
    }
    return result;
}

QString DesignRules::customPortsProblem(Protocol protocol, const PortSet &ports)
{
    if (protocol == Protocol::Icmp)
        return ports.isEmpty() ? QString() : tr("an icmp flow has no ports");
    if (ports.isEmpty())
        return tr("a %1 flow needs its destination ports, such as 443 or 3000-3032")
            .arg(protocolName(protocol));
    for (const PortRange &range : ports.ranges()) {
        if (range.first < 1 || range.last > 65535 || range.first > range.last)
            return tr("ports must lie from 1 to 65535");
    }
    return QString();
}

QString DesignRules::check(const Design &design, const TypeCheck &knownType)
{
    Checker checker;
    // What is checked, worded once.
    const QString theName = tr("the name");
    const QString theKey = tr("the key");
    const QString theParameter = tr("the parameter");
    const auto run = [&]() -> bool {
        const auto theDesign = [] { return tr("the design"); };
        if (!checker.text(design.name, theDesign, theName) || !checker.json(design.extra, theDesign, theKey))
            return false;
        QSet<QString> zoneIds;
        zoneIds.reserve(design.zones().size());
        for (int i = 0; i < design.zones().size(); ++i) {
            const Zone &zone = design.zones().at(i);
            const auto place = [&zone] { return tr("zone \"%1\"").arg(shown(zone.id)); };
            if (!checker.id(zone.id, place))
                return false;
            if (zoneIds.contains(zone.id))
                return checker.fail(tr("%1: the id is used by another zone").arg(place()));
            zoneIds.insert(zone.id);
            if (!checker.text(zone.name, place, theName) || !checker.json(zone.extra, place, theKey))
                return false;
            for (const Subnet &subnet : zone.subnets) {
                const int bits = subnet.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
                const bool family = subnet.first.protocol() == QAbstractSocket::IPv4Protocol
                    || subnet.first.protocol() == QAbstractSocket::IPv6Protocol;
                if (!family || subnet.second < 0 || subnet.second > bits)
                    return checker.fail(
                        tr("%1: subnet %2/%3 is not an address/prefix such as 192.168.10.0/24")
                            .arg(place(), subnet.first.toString())
                            .arg(subnet.second));
            }
            const QRectF &area = zone.area;
            if (!isCoordinate(area.x()) || !isCoordinate(area.y()))
                return checker.fail(tr("%1: \"x\" and \"y\" must lie within plus or minus %2")
                                        .arg(place())
                                        .arg(MaxCoordinate, 0, 'f', 0));
            if (!std::isfinite(area.width()) || !std::isfinite(area.height()) || area.width() < 0
                || area.height() < 0 || area.width() > 2 * MaxCoordinate || area.height() > 2 * MaxCoordinate)
                return checker.fail(tr("%1: \"width\" and \"height\" must be from 0 to %2")
                                        .arg(place())
                                        .arg(2 * MaxCoordinate, 0, 'f', 0));
        }
        QSet<QString> hostIds;
        hostIds.reserve(design.hosts().size());
        for (int i = 0; i < design.hosts().size(); ++i) {
            const Host &host = design.hosts().at(i);
            const auto place = [&host] { return tr("host \"%1\"").arg(shown(host.id)); };
            if (!checker.id(host.id, place))
                return false;
            if (hostIds.contains(host.id))
                return checker.fail(tr("%1: the id is used by another host").arg(place()));
            hostIds.insert(host.id);
            if (!knownType(host.type))
                return checker.fail(tr("%1: unknown host type \"%2\"").arg(place(), shown(host.type)));
            if (!host.zone.isEmpty() && !zoneIds.contains(host.zone))
                return checker.fail(tr("%1: zone \"%2\" does not exist").arg(place(), shown(host.zone)));
            if (host.hasPosition && (!isCoordinate(host.position.x()) || !isCoordinate(host.position.y())))
                return checker.fail(tr("%1: \"x\" and \"y\" must lie within plus or minus %2")
                                        .arg(place())
                                        .arg(MaxCoordinate, 0, 'f', 0));
            if (!checker.text(host.name, place, theName) || !checker.json(host.params, place, theParameter)
                || !checker.json(host.extra, place, theKey))
                return false;
        }
        for (int i = 0; i < design.links().size(); ++i) {
            const Link &link = design.links().at(i);
            const auto place
                = [&link, i] { return tr("link %1 (%2 - %3)").arg(i).arg(shown(link.a), shown(link.b)); };
            for (const QString &end : {link.a, link.b}) {
                if (!hostIds.contains(end))
                    return checker.fail(tr("%1: host \"%2\" does not exist").arg(place(), shown(end)));
            }
            if (link.a == link.b)
                return checker.fail(tr("%1: a host cannot be linked to itself").arg(place()));
            if (!checker.json(link.params, place, theParameter) || !checker.json(link.extra, place, theKey))
                return false;
        }
        QSet<QString> flowIds;
        for (int i = 0; i < design.customFlows.size(); ++i) {
            const CustomFlow &flow = design.customFlows.at(i);
            const auto place = [&flow] { return tr("custom flow \"%1\"").arg(shown(flow.id)); };
            if (!checker.id(flow.id, place))
                return false;
            if (flowIds.contains(flow.id))
                return checker.fail(tr("%1: the id is used by another custom flow").arg(place()));
            flowIds.insert(flow.id);
            for (const QString &end : {flow.source, flow.destination}) {
                if (!hostIds.contains(end))
                    return checker.fail(tr("%1: host \"%2\" does not exist").arg(place(), shown(end)));
            }
            if (flow.source == flow.destination)
                return checker.fail(
                    tr("%1: a flow from a host to itself never crosses a firewall").arg(place()));
            const QString portProblem = customPortsProblem(flow.protocol, flow.ports);
            if (!portProblem.isEmpty())
                return checker.fail(tr("%1: %2").arg(place(), portProblem));
            if (flow.reason.trimmed().isEmpty())
                return checker.fail(
                    tr("%1: needs a reason (why the catalog's flows are not enough)").arg(place()));
            if (!checker.text(flow.service, place, tr("the service"))
                || !checker.text(flow.reason, place, tr("the reason"))
                || !checker.json(flow.extra, place, theKey))
                return false;
        }
        return true;
    };
    run();
    return checker.problem();
}

} // namespace portolan
