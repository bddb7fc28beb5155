// The change request CSV: RFC 4180, UTF-8 with an optional byte order mark, a header naming the
// columns in any order; extra columns are kept.
#include "readersupport.h"
#include "requestfile.h"

#include "io/csvreader.h"

#include <QHash>
#include <QSet>

namespace portolan {

using review::ReaderSupport;
using Problem = ReaderSupport::Problem;

namespace {

using Cell = CsvReader::Cell;
using Record = CsvReader::Record;

bool parseSide(const Cell &cell, const QString &what, SideSpec *side, Problem *problem)
{
    const QString text = cell.text.trimmed();
    side->text = text;
    side->line = cell.line;
    side->column = cell.column;
    if (text.isEmpty()) {
        *problem = {cell.line, cell.column,
            RequestReader::tr("the %1 is empty; write a host id or name, an address, a subnet, zone:<id> or "
                              "any.")
                .arg(what)};
        return false;
    }
    if (text.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        return true;
    side->any = false;
    if (text.startsWith(QLatin1String("zone:"), Qt::CaseInsensitive)) {
        const QString zone = text.mid(5).trimmed();
        if (zone.isEmpty()) {
            *problem = {cell.line, cell.column, RequestReader::tr("\"zone:\" names no zone.")};
            return false;
        }
        side->zones.append(zone);
        return true;
    }
    AddressRange range;
    if (ReaderSupport::parseAddresses(text, &range)) {
        side->ranges.append(range);
        return true;
    }
    if (ReaderSupport::looksLikeAddress(text)) {
        *problem = {cell.line, cell.column,
            RequestReader::tr("\"%1\" is not an IPv4 or IPv6 address or subnet.").arg(text)};
        return false;
    }
    side->names.append(text);
    return true;
}

bool parsePorts(const Cell &cell, PortSet *ports, Problem *problem)
{
    PortSet result;
    for (const QString &piece : cell.text.split(QLatin1Char(','))) {
        const QString part = piece.trimmed();
        const qsizetype dash = part.indexOf(QLatin1Char('-'));
        const std::optional<int> first = ReaderSupport::port(dash < 0 ? part : part.left(dash).trimmed());
        const std::optional<int> last = dash < 0 ? first : ReaderSupport::port(part.mid(dash + 1).trimmed());
        if (!first || !last || *first > *last) {
            *problem = {cell.line, cell.column,
                RequestReader::tr("\"%1\" is not a port from 1 to 65535 or a range of them (\"3000-3032\"); "
                                  "write ports as \"443\", \"22,443\", \"3000-3032\" or any.")
                    .arg(part)};
            return false;
        }
        result.add({*first, *last});
    }
    *ports = result;
    return true;
}

} // namespace

bool RequestReader::readChangeRequest(
    const QByteArray &data, const QString &fileName, RequestFile *file, QString *error)
{
    Problem problem;
    const auto fail = [&] {
        *error = ReaderSupport::place(fileName, problem);
        return false;
    };
    QString text;
    if (!ReaderSupport::decode(data, &text, &problem))
        return fail();
    QList<Record> records;
    CsvReader::Problem csvProblem;
    if (!CsvReader::parse(text, QLatin1Char(','), &records, &csvProblem)) {
        problem = {csvProblem.line, csvProblem.column, csvProblem.message};
        return fail();
    }
    qsizetype first = 0;
    while (first < records.size() && CsvReader::isBlank(records.at(first)))
        ++first;
    if (first == records.size()) {
        problem
            = {1, 1, tr("the file is empty; a change request starts with a header line naming its columns.")};
        return fail();
    }

    // The header: known columns by name, in any order; the others are kept.
    static const QStringList known = {QStringLiteral("id"), QStringLiteral("source"),
        QStringLiteral("destination"), QStringLiteral("protocol"), QStringLiteral("ports"),
        QStringLiteral("action"), QStringLiteral("comment")};
    const Record &header = records.at(first);
    QHash<QString, int> columnOf;
    QStringList names;
    for (int c = 0; c < header.size(); ++c) {
        const Cell &cell = header.at(c);
        const QString name = cell.text.trimmed();
        const QString key = known.contains(name.toLower()) ? name.toLower() : name;
        if (name.isEmpty()) {
            problem = {cell.line, cell.column,
                tr("column %1 of the header has no name; every column needs one.").arg(c + 1)};
            return fail();
        }
        if (columnOf.contains(key)) {
            problem = {cell.line, cell.column, tr("the header names the column \"%1\" twice.").arg(name)};
            return fail();
        }
        columnOf.insert(key, c);
        names.append(name);
    }
    for (const QString &required : {QStringLiteral("id"), QStringLiteral("source"),
             QStringLiteral("destination"), QStringLiteral("protocol"), QStringLiteral("ports")}) {
        if (!columnOf.contains(required)) {
            problem = {header.front().line, 1,
                tr("the header has no \"%1\" column; a change request names the columns id, source, "
                   "destination, protocol and ports (action and comment are optional), in any order. Is this "
                   "a change request?")
                    .arg(required)};
            return fail();
        }
    }

    RequestFile result;
    result.format = RequestFile::Format::ChangeRequest;
    result.fileName = fileName;
    QHash<QString, int> idLines;
    for (qsizetype r = first + 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (CsvReader::isBlank(record))
            continue;
        if (record.size() != header.size()) {
            problem = {record.front().line, record.front().column,
                tr("this row has %1 cells, but the header names %2 columns.")
                    .arg(record.size())
                    .arg(header.size())};
            return fail();
        }
        const auto cell = [&](const QString &column) { return record.at(columnOf.value(column)); };
        RequestSpec request;
        request.line = record.front().line;
        const Cell idCell = cell(QStringLiteral("id"));
        request.id = idCell.text.trimmed();
        if (request.id.isEmpty()) {
            problem = {idCell.line, idCell.column, tr("the row has no id; every request line needs one.")};
            return fail();
        }
        if (idLines.contains(request.id)) {
            problem = {idCell.line, idCell.column,
                tr("the id \"%1\" is already used on line %2; ids must be unique.")
                    .arg(request.id)
                    .arg(idLines.value(request.id))};
            return fail();
        }
        idLines.insert(request.id, idCell.line);

        MatchSpec match;
        if (!parseSide(cell(QStringLiteral("source")), tr("source"), &match.source, &problem)
            || !parseSide(
                cell(QStringLiteral("destination")), tr("destination"), &match.destination, &problem))
            return fail();

        const Cell protocolCell = cell(QStringLiteral("protocol"));
        const QString protocol = protocolCell.text.trimmed().toLower();
        if (protocol == QLatin1String("tcp"))
            match.protocols = TcpBit;
        else if (protocol == QLatin1String("udp"))
            match.protocols = UdpBit;
        else if (protocol == QLatin1String("icmp"))
            match.protocols = IcmpBit;
        else if (protocol == QLatin1String("any"))
            match.protocols = AllProtocolBits;
        else {
            problem = {protocolCell.line, protocolCell.column,
                tr("\"%1\" is not a protocol; write tcp, udp, icmp or any.")
                    .arg(protocolCell.text.trimmed())};
            return fail();
        }

        const Cell portsCell = cell(QStringLiteral("ports"));
        const QString ports = portsCell.text.trimmed();
        if (ports.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
            match.ports = MatchSpec::allPorts();
        } else if (ports.isEmpty()) {
            if (match.protocols != IcmpBit) {
                problem = {portsCell.line, portsCell.column,
                    tr("the ports are empty; a %1 request names its destination ports (\"443\", \"22,443\", "
                       "\"3000-3032\") or any.")
                        .arg(protocol)};
                return fail();
            }
            match.ports = MatchSpec::allPorts();
        } else if (match.protocols == IcmpBit) {
            problem = {
                portsCell.line, portsCell.column, tr("an icmp request has no ports; leave the cell empty.")};
            return fail();
        } else if (!parsePorts(portsCell, &match.ports, &problem)) {
            return fail();
        }

        if (columnOf.contains(QStringLiteral("action"))) {
            const Cell actionCell = cell(QStringLiteral("action"));
            const QString action = actionCell.text.trimmed().toLower();
            if (action == QLatin1String("block")) {
                request.action = Action::Block;
            } else if (!action.isEmpty() && action != QLatin1String("allow")) {
                problem = {actionCell.line, actionCell.column,
                    tr("\"%1\" is not an action; write allow, block, or leave the cell empty for allow.")
                        .arg(actionCell.text.trimmed())};
                return fail();
            }
        }
        if (columnOf.contains(QStringLiteral("comment")))
            request.comment = cell(QStringLiteral("comment")).text;
        for (int c = 0; c < header.size(); ++c) {
            if (!known.contains(names.at(c).toLower()))
                request.columns.append({names.at(c), record.at(c).text});
        }
        request.source = match.source.text;
        request.destination = match.destination.text;
        request.protocol = protocol;
        request.ports = ports;
        request.own.append(match);
        result.requests.append(request);
    }
    *file = result;
    return true;
}

} // namespace portolan
