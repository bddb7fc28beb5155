#include "inventoryreader.h"

#include "csvreader.h"
#include "model/designrules.h"

#include <QHash>
#include <QRegularExpression>

namespace portolan {

namespace {

/// The place of the character at `index` of the text.
InventoryProblem placeOf(const QString &text, qsizetype index, const QString &message)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else if (text.at(i) != QLatin1Char('\r')) {
            ++column;
        }
    }
    return {line, column, message};
}

bool decode(const QByteArray &data, QString *text, InventoryProblem *problem)
{
    const QByteArray body = data.startsWith("\xef\xbb\xbf") ? data.mid(3) : data;
    *text = QString::fromUtf8(body);
    const qsizetype nul = text->indexOf(QChar(0));
    if (nul >= 0) {
        *problem = placeOf(*text, nul,
            InventoryReader::tr("the file holds binary data (a NUL byte); a host inventory is CSV text."));
        return false;
    }
    // Bytes that are not UTF-8 decode to U+FFFD; a file may also hold that character itself.
    if (!body.contains("\xef\xbf\xbd")) {
        const qsizetype bad = text->indexOf(QChar(QChar::ReplacementCharacter));
        if (bad >= 0) {
            *problem = placeOf(*text, bad,
                InventoryReader::tr("the file is not UTF-8 text; save the inventory as CSV UTF-8."));
            return false;
        }
    }
    return true;
}

} // namespace

Inventory InventoryReader::read(const QByteArray &data)
{
    Inventory inventory;
    InventoryProblem problem;
    QString text;
    if (!decode(data, &text, &problem)) {
        inventory.problems.append(problem);
        return inventory;
    }
    // Excel's "sep=;" first line names the separator; it is blanked so lines keep their numbers.
    static const QRegularExpression sepLine(QStringLiteral("^sep=([,;\\t])\\r?(\\n|$)"));
    const QRegularExpressionMatch sep = sepLine.match(text);
    QString firstLine;
    if (sep.hasMatch()) {
        inventory.separator = sep.captured(1).front();
        text.replace(0, sep.capturedLength(0) - sep.capturedLength(2), QString());
    } else {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                firstLine = line;
                break;
            }
        }
        inventory.separator = CsvReader::guessSeparator(firstLine);
    }

    QList<CsvReader::Record> records;
    CsvReader::Problem csvProblem;
    if (!CsvReader::parse(text, inventory.separator, &records, &csvProblem)) {
        inventory.problems.append({csvProblem.line, csvProblem.column, csvProblem.message});
        return inventory;
    }
    // A byte order mark at the start of a cell, left where files were joined, is invisible and never
    // part of a name: it is dropped. A text the design's rule book refuses is its cell's problem.
    for (CsvReader::Record &record : records) {
        for (CsvReader::Cell &cell : record) {
            for (qsizetype i = 0;
                 i < cell.text.size() && (cell.text.at(i).isSpace() || cell.text.at(i) == QChar(0xfeff));) {
                if (cell.text.at(i) == QChar(0xfeff))
                    cell.text.remove(i, 1);
                else
                    ++i;
            }
            const QString problem = DesignRules::textProblem(cell.text.trimmed());
            if (!problem.isEmpty())
                inventory.problems.append({cell.line, cell.column, tr("the cell %1.").arg(problem)});
        }
    }
    qsizetype first = 0;
    while (first < records.size() && CsvReader::isBlank(records.at(first)))
        ++first;
    if (first == records.size()) {
        inventory.problems.append({1, 1,
            tr("the file is empty; a host inventory starts with a header line naming its columns name, type "
               "and address (zone and id are optional).")});
        return inventory;
    }

    enum Known { Name, Type, Address, ZoneColumn, Id, KnownCount };
    static const QStringList knownNames = {QStringLiteral("name"), QStringLiteral("type"),
        QStringLiteral("address"), QStringLiteral("zone"), QStringLiteral("id")};
    const CsvReader::Record &header = records.at(first);
    int columnOf[KnownCount] = {-1, -1, -1, -1, -1};
    QHash<int, QString> noteOf; // column -> its name
    QHash<QString, int> seen;
    for (int c = 0; c < header.size(); ++c) {
        const CsvReader::Cell &cell = header.at(c);
        const QString name = cell.text.trimmed();
        if (name.isEmpty())
            continue; // a column without a name: its cells must be empty (checked per row)
        const QString key = name.toLower();
        if (seen.contains(key)) {
            inventory.problems.append({cell.line, cell.column,
                tr("the header names the column \"%1\" twice (also column %2).")
                    .arg(name)
                    .arg(seen.value(key) + 1)});
            return inventory;
        }
        seen.insert(key, c);
        const qsizetype known = knownNames.indexOf(key);
        if (known >= 0) {
            columnOf[known] = c;
        } else {
            noteOf.insert(c, name);
            inventory.noteColumns.append(name);
        }
    }
    for (int k = Name; k <= Address; ++k) {
        if (columnOf[k] < 0) {
            inventory.problems.append({header.front().line, 1,
                tr("the header has no \"%1\" column; a host inventory names the columns name, type and "
                   "address "
                   "(zone and id are optional), in any order.")
                    .arg(knownNames.at(k))});
            return inventory;
        }
    }
    inventory.hasZoneColumn = columnOf[ZoneColumn] >= 0;
    inventory.hasIdColumn = columnOf[Id] >= 0;

    for (qsizetype r = first + 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        if (CsvReader::isBlank(record))
            continue;
        // Spreadsheets write empty cells past the last column; only text there is a problem.
        qsizetype cells = record.size();
        while (cells > header.size() && record.at(cells - 1).text.trimmed().isEmpty())
            --cells;
        if (cells != header.size()) {
            const CsvReader::Cell &at = cells > header.size() ? record.at(header.size()) : record.back();
            inventory.problems.append({at.line, at.column,
                tr("this row has %1 cells, but the header names %2 columns.").arg(cells).arg(header.size())});
            continue;
        }
        InventoryRow row;
        row.line = record.front().line;
        const auto cellAt = [&record](int column) {
            if (column < 0)
                return InventoryCell();
            const CsvReader::Cell &cell = record.at(column);
            return InventoryCell {cell.text.trimmed(), cell.line, cell.column};
        };
        row.name = cellAt(columnOf[Name]);
        row.type = cellAt(columnOf[Type]);
        row.address = cellAt(columnOf[Address]);
        row.zone = cellAt(columnOf[ZoneColumn]);
        row.id = cellAt(columnOf[Id]);
        bool bad = false;
        for (int c = 0; c < header.size(); ++c) {
            const CsvReader::Cell &cell = record.at(c);
            if (noteOf.contains(c)) {
                if (!cell.text.trimmed().isEmpty())
                    row.notes.append({noteOf.value(c), cell.text.trimmed()});
            } else if (header.at(c).text.trimmed().isEmpty() && !cell.text.trimmed().isEmpty()) {
                inventory.problems.append({cell.line, cell.column,
                    tr("this cell is under column %1, which has no name in the header; name the column or "
                       "empty the cell.")
                        .arg(c + 1)});
                bad = true;
            }
        }
        if (!bad)
            inventory.rows.append(row);
    }
    return inventory;
}

QString InventoryReader::place(const QString &fileName, const InventoryProblem &problem)
{
    if (problem.line <= 0)
        return QStringLiteral("%1: %2").arg(fileName, problem.message);
    return QStringLiteral("%1:%2:%3: %4")
        .arg(fileName)
        .arg(problem.line)
        .arg(problem.column)
        .arg(problem.message);
}

} // namespace portolan
