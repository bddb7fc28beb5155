#include "csvreader.h"

namespace portolan {

namespace {

QString quoteNotClosedMessage(QChar separator)
{
    if (separator == QLatin1Char(';'))
        return CsvReader::tr("a quoted cell must be followed by a semicolon or the end of the line.");
    if (separator == QLatin1Char('\t'))
        return CsvReader::tr("a quoted cell must be followed by a tab or the end of the line.");
    return CsvReader::tr("a quoted cell must be followed by a comma or the end of the line.");
}

} // namespace

bool CsvReader::parse(const QString &text, QChar separator, QList<Record> *records, Problem *problem)
{
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    Record record;
    const auto advance = [&](QChar c) {
        if (c == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else if (c != QLatin1Char('\r')) {
            ++column;
        }
    };
    const auto endsCell
        = [&](QChar c) { return c == separator || c == QLatin1Char('\n') || c == QLatin1Char('\r'); };
    while (i <= n) {
        Cell cell;
        cell.line = line;
        cell.column = column;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            advance(text.at(i));
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i);
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        cell.text += c;
                        advance(c);
                        advance(c);
                        i += 2;
                        continue;
                    }
                    advance(c);
                    ++i;
                    closed = true;
                    break;
                }
                cell.text += c;
                advance(c);
                ++i;
            }
            if (!closed) {
                *problem = {cell.line, cell.column, tr("the quoted cell that starts here is never closed.")};
                return false;
            }
            if (i < n && !endsCell(text.at(i))) {
                *problem = {line, column, quoteNotClosedMessage(separator)};
                return false;
            }
        } else {
            while (i < n && !endsCell(text.at(i))) {
                if (text.at(i) == QLatin1Char('"')) {
                    *problem = {line, column,
                        tr("a double quote inside a cell that does not start with one; quote the whole cell "
                           "and double the quote.")};
                    return false;
                }
                cell.text += text.at(i);
                advance(text.at(i));
                ++i;
            }
        }
        record.append(cell);
        if (i >= n) {
            records->append(record);
            break;
        }
        const QChar ending = text.at(i);
        advance(ending);
        ++i;
        if (ending == separator)
            continue;
        if (ending == QLatin1Char('\r') && i < n && text.at(i) == QLatin1Char('\n')) {
            advance(text.at(i));
            ++i;
        }
        records->append(record);
        record.clear();
        if (i == n)
            break;
    }
    return true;
}

QChar CsvReader::guessSeparator(const QString &headerLine)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool CsvReader::isBlank(const Record &record)
{
    return record.size() == 1 && record.front().text.trimmed().isEmpty();
}

} // namespace portolan
