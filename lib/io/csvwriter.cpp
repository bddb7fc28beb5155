#include "csvwriter.h"

#include <cstring>

namespace portolan {

namespace {

bool startsFormula(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_data.append("\xEF\xBB\xBF");
}

QString CsvWriter::safeCell(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    return startsFormula(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

char *CsvWriter::writeCell(char *out, QStringView cell)
{
    if (cell.isEmpty())
        return out;
    const bool formula = startsFormula(cell.front());
    bool quote = formula || cell.front() == QLatin1Char('\'');
    for (qsizetype c = 0; c < cell.size() && !quote; ++c) {
        const char16_t u = cell.at(c).unicode();
        quote = u == ',' || u == '"' || u == '\n' || u == '\r';
    }
    if (quote)
        *out++ = '"';
    if (formula)
        *out++ = '\'';
    // Most cells are ASCII: they are copied byte by byte, a quote doubled inside quotes. The first
    // non-ASCII character hands the rest to the UTF-8 encoder (at most three bytes a character).
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const char16_t u = cell.at(i).unicode();
        if (u >= 0x80) {
            QByteArray rest = cell.mid(i).toUtf8();
            if (quote)
                rest.replace('"', "\"\"");
            std::memcpy(out, rest.constData(), size_t(rest.size()));
            out += rest.size();
            break;
        }
        if (u == '"' && quote)
            *out++ = '"';
        *out++ = char(u);
    }
    if (quote)
        *out++ = '"';
    return out;
}

char *CsvWriter::grow(qsizetype bytes)
{
    const qsizetype size = m_data.size();
    if (m_data.capacity() - size < bytes)
        m_data.reserve(std::max(2 * m_data.capacity(), size + bytes));
    m_data.resize(size + bytes);
    return m_data.data() + size;
}

void CsvWriter::addCell(QStringView cell)
{
    const qsizetype start = m_data.size();
    char *const at = grow(encodedBound(cell) + 1);
    char *out = at;
    if (m_inRow)
        *out++ = ',';
    m_inRow = true;
    out = writeCell(out, cell);
    m_data.truncate(start + (out - at));
}

void CsvWriter::addEncodedCell(QByteArrayView cell)
{
    if (m_inRow)
        m_data.append(',');
    m_inRow = true;
    m_data.append(cell);
}

void CsvWriter::endRow()
{
    m_data.append("\r\n");
    m_inRow = false;
}

void CsvWriter::addRow(const QStringList &cells)
{
    for (const QString &cell : cells)
        addCell(cell);
    endRow();
}

QByteArray CsvWriter::encodedCell(QStringView cell)
{
    QByteArray bytes(encodedBound(cell), Qt::Uninitialized);
    bytes.truncate(writeCell(bytes.data(), cell) - bytes.constData());
    return bytes;
}

void CsvWriter::reserve(qsizetype bytes)
{
    m_data.reserve(bytes);
}

} // namespace portolan
