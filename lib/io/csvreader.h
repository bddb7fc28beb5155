#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portolan {

/**
 * The product's one CSV reader: RFC 4180 text split into records of cells, each cell with the
 * line and column it starts at, so a reader of a CSV format (change requests, host inventories)
 * can name the place of every problem. Quoted cells may hold the separator, line ends and doubled
 * quotes; a quote inside an unquoted cell is an error, as is a quoted cell followed by anything
 * but the separator or a line end.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Cell
    {
        QString text;
        int line = 0;
        int column = 0; ///< 1-based, in UTF-16 code units as QString counts them
    };
    using Record = QList<Cell>;

    /// Where the text stops being CSV; message is a whole sentence without the place.
    struct Problem
    {
        int line = 0;
        int column = 0;
        QString message;
    };

    /// Splits the text at the separator (a comma, a semicolon or a tab) into records.
    static bool parse(const QString &text, QChar separator, QList<Record> *records, Problem *problem);

    /**
     * The separator a header line uses: of comma, semicolon and tab, the one it holds most often
     * outside quotes (a comma when there is a tie or none), as spreadsheets in locales with a
     * decimal comma write a semicolon.
     */
    static QChar guessSeparator(const QString &headerLine);

    /// True for a record of one empty (or all-space) cell: a blank line.
    static bool isBlank(const Record &record);
};

} // namespace portolan
