#include "designbuilder.h"

#include "io/designjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace portolan::test {

namespace {

// {protocol:'http',port:80} -> {"protocol":"http","port":80}
QJsonObject parseParams(QString text)
{
    static const QRegularExpression keys(QStringLiteral("([{,])\\s*([A-Za-z_]+)\\s*:"));
    text.replace(keys, QStringLiteral("\\1\"\\2\":"));
    text.replace(QLatin1Char('\''), QLatin1Char('"'));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject())
        qFatal("bad params in test: %s", qPrintable(text));
    return document.object();
}

} // namespace

Design buildDesign(const QString &hosts, const QString &links)
{
    Design design;
    static const QRegularExpression hostPattern(
        QStringLiteral("^([\\w.-]+):([\\w-]+)(\\{[^}]*\\})?(@([\\w-]+))?$"));
    for (const QString &word : hosts.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = hostPattern.match(word);
        if (!match.hasMatch())
            qFatal("bad host in test: %s", qPrintable(word));
        Host host;
        host.id = match.captured(1);
        host.type = match.captured(2);
        if (match.hasCaptured(3) && !match.captured(3).isEmpty())
            host.params = parseParams(match.captured(3));
        host.zone = match.captured(5);
        if (!host.zone.isEmpty() && design.zoneIndex(host.zone) < 0)
            design.addZone(Zone {host.zone, host.zone, {}, {}, {}});
        design.addHost(host);
    }
    for (const QString &word : links.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList ends = word.split(QLatin1Char('-'));
        if (ends.size() != 2)
            qFatal("bad link in test: %s", qPrintable(word));
        design.addLink(Link {ends.at(0), ends.at(1), {}, {}});
    }
    return design;
}

QStringList flowLines(const Design &design, const Derivation &derivation, Action action)
{
    QStringList lines;
    for (const Flow &flow : derivation.flows) {
        if (flow.action != action)
            continue;
        QString line
            = (flow.source == Flow::AnySource ? QStringLiteral("any") : design.hosts().at(flow.source).id)
            + QLatin1Char('>') + design.hosts().at(flow.destination).id + QLatin1Char(' ')
            + protocolName(flow.protocol);
        if (!flow.ports.isEmpty())
            line += QLatin1Char(' ') + flow.ports.toString();
        if (!flow.sourcePorts.isEmpty())
            line += QStringLiteral(" sp=") + flow.sourcePorts.toString();
        lines.append(line);
    }
    lines.sort();
    return lines;
}

QStringList findingRules(const Derivation &derivation)
{
    QStringList rules;
    for (const Finding &finding : derivation.findings)
        rules.append(finding.rule);
    rules.sort();
    return rules;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/") + relative;
}

bool loadSample(Design *design, QString *error)
{
    return DesignJson::readFile(sourcePath(QStringLiteral("resources/samples/riverside-plant.json")),
        *Catalog::builtIn(), design, error);
}

QList<QStringList> parseCsv(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QStringList sortedWords(const QString &text)
{
    // ", " separates items; a comma without a space belongs to a port list ("22,443").
    static const QRegularExpression separator(QStringLiteral(",\\s+"));
    QStringList words;
    for (const QString &word : text.split(separator, Qt::SkipEmptyParts))
        words.append(word.trimmed());
    words.sort();
    return words;
}

} // namespace portolan::test
