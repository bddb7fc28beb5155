#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace portolan {

/**
 * Builds RFC 4180 CSV in UTF-8 with CRLF line ends. Every cell is safe to open in a spreadsheet:
 * one that starts with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe,
 * so it shows as text and is never evaluated as a formula.
 */
class CsvWriter
{
public:
    explicit CsvWriter(bool byteOrderMark = false);

    void addRow(const QStringList &cells);
    void reserve(qsizetype bytes);
    const QByteArray &data() const { return m_data; }

    static QString safeCell(const QString &cell);

private:
    void appendUtf8(QStringView text, bool doubleQuotes);

    QByteArray m_data;
};

} // namespace portolan
