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
        const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
            || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char('\''));
        if (quote) {
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            m_data.append('"').append(escaped.toUtf8()).append('"');
        } else {
            m_data.append(cell.toUtf8());
        }
    }
    m_data.append("\r\n");
}

} // namespace portolan
