#pragma once

#include "model/design.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

namespace portolan {

/// A JSON object as a project file's column holds it: compact JSON, "{}" when empty.
QString jsonColumnText(const QJsonObject &object);

/** Reads the columns of one row, checking each holds what the format says; a hand edit fails here. */
class RowReader
{
public:
    /// Columns are counted from `firstColumn` of the query; column 0 of the query is the row id.
    RowReader(const QSqlQuery &query, const QString &table, int firstColumn);

    bool text(int column, const char *name, QString *out);
    bool optionalText(int column, const char *name, QString *out);
    bool real(int column, const char *name, double *out);
    bool flag(int column, const char *name, bool *out);
    bool object(int column, const char *name, QJsonObject *out);
    /// Records that the column holds an invalid value; returns false.
    bool fail(const char *name);
    QString problem() const { return m_problem; }

private:
    const QSqlQuery &m_query;
    QString m_table;
    int m_first;
    QString m_problem;
};

// How each entity of a design maps to a row of its table: the columns after (row_id, ord), how a
// value is bound and read, and the key that recognises the same entity in the next revision.

struct ZoneRows
{
    using Value = Zone;
    static QString table() { return QStringLiteral("zone"); }
    static QString columns() { return QStringLiteral("id, name, subnets, x, y, width, height, extra"); }
    static constexpr int columnCount = 8;
    static QString key(const Zone &zone) { return zone.id; }
    static void bind(QSqlQuery &query, const Zone &zone);
    static bool read(RowReader &row, Zone *zone);
};

struct HostRows
{
    using Value = Host;
    static QString table() { return QStringLiteral("host"); }
    static QString columns()
    {
        return QStringLiteral("id, type, name, zone, address, params, has_position, x, y, extra");
    }
    static constexpr int columnCount = 10;
    static QString key(const Host &host) { return host.id; }
    static void bind(QSqlQuery &query, const Host &host);
    static bool read(RowReader &row, Host *host);
};

struct LinkRows
{
    using Value = Link;
    static QString table() { return QStringLiteral("link"); }
    static QString columns() { return QStringLiteral("a, b, params, extra"); }
    static constexpr int columnCount = 4;
    // Links have no id; the same pair of hosts is the same link.
    static QString key(const Link &link) { return link.a + QChar(0x1f) + link.b; }
    static void bind(QSqlQuery &query, const Link &link);
    static bool read(RowReader &row, Link *link);
};

struct CustomFlowRows
{
    using Value = CustomFlow;
    static QString table() { return QStringLiteral("custom_flow"); }
    static QString columns()
    {
        return QStringLiteral("id, source, destination, protocol, ports, service, reason, extra");
    }
    static constexpr int columnCount = 8;
    static QString key(const CustomFlow &flow) { return flow.id; }
    static void bind(QSqlQuery &query, const CustomFlow &flow);
    static bool read(RowReader &row, CustomFlow *flow);
};

} // namespace portolan
