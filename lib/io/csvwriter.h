#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace portolan {

/**
 * Builds RFC 4180 CSV in UTF-8 with CRLF line ends. Every cell is safe to open in a spreadsheet:
 * one that starts with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe,
 * so it shows as text and is never evaluated as a formula.
 *
 * A row is either given whole (addRow) or cell by cell (addCell, addEncodedCell, then endRow);
 * both write the same bytes. Cells are written straight into the buffer, without a copy per cell.
 */
class CsvWriter
{
public:
    explicit CsvWriter(bool byteOrderMark = false);

    void addRow(const QStringList &cells);
    /// Appends the next cell of the current row.
    void addCell(QStringView cell);
    /// Appends the next cell of the current row, given as encodedCell() wrote it.
    void addEncodedCell(QByteArrayView cell);
    /// Ends the current row.
    void endRow();
    void reserve(qsizetype bytes);
    const QByteArray &data() const { return m_data; }
    /// Hands the bytes over, leaving the writer empty.
    QByteArray takeData() { return std::move(m_data); }

    static QString safeCell(const QString &cell);
    /// The bytes of one cell as addCell writes it: made safe, quoted where needed, UTF-8.
    static QByteArray encodedCell(QStringView cell);

private:
    /// Room for `bytes` more bytes after the end of the data; returns where they start.
    char *grow(qsizetype bytes);
    /// Writes the cell at `out`, which has room for encodedBound(cell); returns the end.
    static char *writeCell(char *out, QStringView cell);
    static qsizetype encodedBound(QStringView cell) { return 3 * cell.size() + 3; }

    QByteArray m_data;
    bool m_inRow = false;
};

} // namespace portolan
