#include "csvwriter.h"

namespace portolan {

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_data.append("\xEF\xBB\xBF");
}

QString CsvWriter::safeCell(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return formula ? QLatin1Char('\'') + cell : cell;
}

void CsvWriter::addRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_data.append(',');
        const QString cell = safeCell(cells.at(i));
        bool quote = cell.startsWith(QLatin1Char('\''));
        for (qsizetype c = 0; c < cell.size() && !quote; ++c) {
            const char16_t u = cell.at(c).unicode();
            quote = u == ',' || u == '"' || u == '\n' || u == '\r';
        }
        if (quote)
            m_data.append('"');
        appendUtf8(cell, quote);
        if (quote)
            m_data.append('"');
    }
    m_data.append("\r\n");
}

void CsvWriter::appendUtf8(QStringView text, bool doubleQuotes)
{
    // Most cells are ASCII: write them straight into the buffer, at most two bytes a character
    // (a doubled quote). The first non-ASCII character hands the rest to the UTF-8 encoder.
    const qsizetype start = m_data.size();
    m_data.resize(start + 2 * text.size());
    char *const begin = m_data.data();
    char *out = begin + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80) {
            m_data.truncate(out - begin);
            QByteArray rest = text.mid(i).toUtf8();
            if (doubleQuotes)
                rest.replace('"', "\"\"");
            m_data.append(rest);
            return;
        }
        if (u == '"' && doubleQuotes)
            *out++ = '"';
        *out++ = char(u);
    }
    m_data.truncate(out - begin);
}

void CsvWriter::reserve(qsizetype bytes)
{
    m_data.reserve(bytes);
}

} // namespace portolan
