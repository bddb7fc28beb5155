#include "projectfile.h"

#include "projectconnection.h"
#include "projectschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <limits>
#include <memory>

namespace portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectFile", text);
}

QString jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString damaged(const QString &path, const QString &problem)
{
    QString message = tr("%1 is damaged: %2").arg(path, problem);
    if (!message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return message;
}

/** Reads the columns of one row, checking each holds what the format says; a hand edit fails here. */
class RowReader
{
public:
    RowReader(const QSqlQuery &query, const QString &table, int firstColumn)
        : m_query(query)
        , m_table(table)
        , m_first(firstColumn)
    { }

    bool text(int column, const char *name, QString *out)
    {
        const QVariant value = m_query.value(m_first + column);
        if (value.isNull() || value.typeId() != QMetaType::QString)
            return fail(name);
        *out = value.toString();
        return true;
    }
    bool optionalText(int column, const char *name, QString *out)
    {
        if (m_query.value(m_first + column).isNull()) {
            out->clear();
            return true;
        }
        return text(column, name, out);
    }
    bool real(int column, const char *name, double *out)
    {
        const QVariant value = m_query.value(m_first + column);
        if (value.isNull() || (value.typeId() != QMetaType::Double && value.typeId() != QMetaType::LongLong))
            return fail(name);
        *out = value.toDouble();
        return true;
    }
    bool flag(int column, const char *name, bool *out)
    {
        const QVariant value = m_query.value(m_first + column);
        if (value.typeId() != QMetaType::LongLong || (value.toLongLong() != 0 && value.toLongLong() != 1))
            return fail(name);
        *out = value.toLongLong() == 1;
        return true;
    }
    bool object(int column, const char *name, QJsonObject *out)
    {
        QString raw;
        if (!text(column, name, &raw))
            return false;
        if (raw == QLatin1String("{}")) { // most extras and many params: skip the parser
            *out = QJsonObject();
            return true;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return fail(name);
        *out = document.object();
        return true;
    }
    bool fail(const char *name)
    {
        m_problem = tr("column \"%1\" of row %2 in table \"%3\" holds an invalid value")
                        .arg(QLatin1String(name), m_query.value(0).toString(), m_table);
        return false;
    }
    QString problem() const { return m_problem; }

private:
    const QSqlQuery &m_query;
    QString m_table;
    int m_first;
    QString m_problem;
};

bool parseSubnets(const QString &text, QList<Subnet> *out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    for (const QJsonValue &item : document.array()) {
        Subnet subnet;
        if (!item.isString() || !Zone::parseSubnet(item.toString(), &subnet))
            return false;
        out->append(subnet);
    }
    return true;
}

// Each table's columns after (row_id, ord), how a value is bound and read, and the key that
// recognises the same entity in the next revision.
struct ZoneRows
{
    using Value = Zone;
    static QString table() { return QStringLiteral("zone"); }
    static QString columns() { return QStringLiteral("id, name, subnets, x, y, width, height, extra"); }
    static constexpr int columnCount = 8;
    static QString key(const Zone &zone) { return zone.id; }
    static void bind(QSqlQuery &query, const Zone &zone)
    {
        QJsonArray subnets;
        for (const Subnet &subnet : zone.subnets)
            subnets.append(Zone::subnetText(subnet));
        query.addBindValue(zone.id);
        query.addBindValue(zone.name.isNull() ? QString(QLatin1String("")) : zone.name);
        query.addBindValue(QString::fromUtf8(QJsonDocument(subnets).toJson(QJsonDocument::Compact)));
        query.addBindValue(zone.area.x());
        query.addBindValue(zone.area.y());
        query.addBindValue(zone.area.width());
        query.addBindValue(zone.area.height());
        query.addBindValue(jsonText(zone.extra));
    }
    static bool read(RowReader &row, Zone *zone)
    {
        QString subnets;
        double x = 0, y = 0, width = 0, height = 0;
        if (!row.text(0, "id", &zone->id) || !row.text(1, "name", &zone->name)
            || !row.text(2, "subnets", &subnets) || !row.real(3, "x", &x) || !row.real(4, "y", &y)
            || !row.real(5, "width", &width) || !row.real(6, "height", &height)
            || !row.object(7, "extra", &zone->extra))
            return false;
        if (!parseSubnets(subnets, &zone->subnets))
            return row.fail("subnets");
        zone->area = QRectF(x, y, width, height);
        return true;
    }
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
    static void bind(QSqlQuery &query, const Host &host)
    {
        const QString empty = QLatin1String("");
        query.addBindValue(host.id);
        query.addBindValue(host.type.isNull() ? empty : host.type);
        query.addBindValue(host.name.isNull() ? empty : host.name);
        query.addBindValue(host.zone.isNull() ? empty : host.zone);
        query.addBindValue(
            host.address.isNull() ? QVariant(QMetaType::fromType<QString>()) : host.address.toString());
        query.addBindValue(jsonText(host.params));
        query.addBindValue(host.hasPosition ? 1 : 0);
        query.addBindValue(host.position.x());
        query.addBindValue(host.position.y());
        query.addBindValue(jsonText(host.extra));
    }
    static bool read(RowReader &row, Host *host)
    {
        QString address;
        double x = 0, y = 0;
        if (!row.text(0, "id", &host->id) || !row.text(1, "type", &host->type)
            || !row.text(2, "name", &host->name) || !row.text(3, "zone", &host->zone)
            || !row.optionalText(4, "address", &address) || !row.object(5, "params", &host->params)
            || !row.flag(6, "has_position", &host->hasPosition) || !row.real(7, "x", &x)
            || !row.real(8, "y", &y) || !row.object(9, "extra", &host->extra))
            return false;
        if (!address.isEmpty()) {
            host->address = QHostAddress(address);
            if (host->address.isNull())
                return row.fail("address");
        }
        host->position = QPointF(x, y);
        return true;
    }
};

struct LinkRows
{
    using Value = Link;
    static QString table() { return QStringLiteral("link"); }
    static QString columns() { return QStringLiteral("a, b, params, extra"); }
    static constexpr int columnCount = 4;
    // Links have no id; the same pair of hosts is the same link.
    static QString key(const Link &link) { return link.a + QChar(0x1f) + link.b; }
    static void bind(QSqlQuery &query, const Link &link)
    {
        query.addBindValue(link.a);
        query.addBindValue(link.b);
        query.addBindValue(jsonText(link.params));
        query.addBindValue(jsonText(link.extra));
    }
    static bool read(RowReader &row, Link *link)
    {
        return row.text(0, "a", &link->a) && row.text(1, "b", &link->b)
            && row.object(2, "params", &link->params) && row.object(3, "extra", &link->extra);
    }
};

template <typename Value> struct StoredRow
{
    qint64 rowId = 0;
    double ord = 0;
    Value value;
};

/**
 * Reads the rows of one table valid in a revision (number > 0) or the current rows (number 0),
 * in design order.
 */
template <typename Rows>
bool readRows(QSqlDatabase &db, int number, QList<StoredRow<typename Rows::Value>> *out, QString *problem)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT row_id, ord, %1 FROM %2 ").arg(Rows::columns(), Rows::table());
    sql += number > 0
        ? QStringLiteral("WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY ord")
        : QStringLiteral("WHERE valid_to IS NULL ORDER BY ord");
    if (!query.prepare(sql)) {
        *problem = query.lastError().text();
        return false;
    }
    if (number > 0) {
        query.addBindValue(number);
        query.addBindValue(number);
    }
    if (!query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    while (query.next()) {
        StoredRow<typename Rows::Value> row;
        RowReader reader(query, Rows::table(), 2);
        row.rowId = query.value(0).toLongLong();
        if (!reader.real(-1, "ord", &row.ord) || !Rows::read(reader, &row.value)) {
            *problem = reader.problem();
            return false;
        }
        out->append(row);
    }
    if (query.lastError().isValid()) {
        *problem = query.lastError().text();
        return false;
    }
    return true;
}

/** Which current rows a save keeps, closes and adds, keeping the design's order. */
template <typename Value> struct SavePlan
{
    QList<qint64> close; ///< row ids whose range ends at the new revision
    QList<QPair<double, const Value *>> add; ///< new rows with their order key
};

template <typename Rows>
SavePlan<typename Rows::Value> planRows(
    const QList<StoredRow<typename Rows::Value>> &current, const QList<typename Rows::Value> &items)
{
    using Value = typename Rows::Value;
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < current.size(); ++i)
        byKey[Rows::key(current.at(i).value)].append(i);

    // A current row is kept when the item is unchanged and still comes after the previous kept
    // row, so that the kept order keys stay increasing in design order.
    QList<int> keptRow(items.size(), -1);
    QList<bool> rowKept(current.size(), false);
    double last = -std::numeric_limits<double>::infinity();
    for (int j = 0; j < items.size(); ++j) {
        const auto candidates = byKey.constFind(Rows::key(items.at(j)));
        if (candidates == byKey.constEnd())
            continue;
        for (int i : *candidates) {
            if (!rowKept.at(i) && current.at(i).ord > last && current.at(i).value == items.at(j)) {
                keptRow[j] = i;
                rowKept[i] = true;
                last = current.at(i).ord;
                break;
            }
        }
    }

    // New rows take order keys between their kept neighbours; deletions leave gaps, appends count on.
    QList<double> ords(items.size());
    bool ordered = true;
    for (int j = 0; j < items.size();) {
        if (keptRow.at(j) >= 0) {
            ords[j] = current.at(keptRow.at(j)).ord;
            ++j;
            continue;
        }
        int end = j;
        while (end < items.size() && keptRow.at(end) < 0)
            ++end;
        const int run = end - j;
        const bool hasLow = j > 0;
        const bool hasHigh = end < items.size();
        const double low = hasLow ? ords.at(j - 1) : 0;
        const double high = hasHigh ? current.at(keptRow.at(end)).ord : 0;
        for (int k = 0; k < run; ++k) {
            double ord = 0;
            if (hasLow && hasHigh)
                ord = low + (high - low) * (k + 1) / (run + 1);
            else if (hasLow)
                ord = low + k + 1;
            else if (hasHigh)
                ord = high - run + k;
            else
                ord = k;
            ords[j + k] = ord;
        }
        j = end;
    }
    for (int j = 1; j < items.size(); ++j)
        ordered = ordered && ords.at(j - 1) < ords.at(j);

    SavePlan<Value> plan;
    if (!ordered) {
        // The gaps ran out of precision: write the whole table afresh, numbered from 0.
        for (const auto &row : current)
            plan.close.append(row.rowId);
        for (int j = 0; j < items.size(); ++j)
            plan.add.append({double(j), &items.at(j)});
        return plan;
    }
    for (int i = 0; i < current.size(); ++i) {
        if (!rowKept.at(i))
            plan.close.append(current.at(i).rowId);
    }
    for (int j = 0; j < items.size(); ++j) {
        if (keptRow.at(j) < 0)
            plan.add.append({ords.at(j), &items.at(j)});
    }
    return plan;
}

template <typename Rows>
bool writeRows(QSqlDatabase &db, int number, const QList<StoredRow<typename Rows::Value>> &current,
    const QList<typename Rows::Value> &items, QString *problem)
{
    const auto plan = planRows<Rows>(current, items);

    QSqlQuery close(db);
    if (!close.prepare(QStringLiteral("UPDATE %1 SET valid_to = ? WHERE row_id = ?").arg(Rows::table()))) {
        *problem = close.lastError().text();
        return false;
    }
    for (qint64 rowId : plan.close) {
        close.addBindValue(number);
        close.addBindValue(rowId);
        if (!close.exec()) {
            *problem = close.lastError().text();
            return false;
        }
    }
    QString placeholders;
    for (int i = 0; i < Rows::columnCount; ++i)
        placeholders += QStringLiteral(", ?");
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (valid_from, ord, %2) VALUES (?, ?%3)")
                            .arg(Rows::table(), Rows::columns(), placeholders))) {
        *problem = insert.lastError().text();
        return false;
    }
    for (const auto &[ord, value] : plan.add) {
        insert.addBindValue(number);
        insert.addBindValue(ord);
        Rows::bind(insert, *value);
        if (!insert.exec()) {
            *problem = insert.lastError().text();
            return false;
        }
    }
    return true;
}

const QString RevisionColumns = QStringLiteral(
    "number, saved_at, author, comment, restored_from, zone_count, host_count, link_count, design_name, "
    "design_extra, view_state");

bool readRevisionRow(const QSqlQuery &query, ProjectRevision *revision, QString *problem)
{
    RowReader row(query, QStringLiteral("revision"), 0);
    RevisionInfo &info = revision->info;
    QString time;
    double restoredFrom = 0, zones = 0, hosts = 0, links = 0;
    info.number = query.value(0).toInt();
    if (!row.text(1, "saved_at", &time) || !row.text(2, "author", &info.author)
        || !row.text(3, "comment", &info.comment) || !row.real(5, "zone_count", &zones)
        || !row.real(6, "host_count", &hosts) || !row.real(7, "link_count", &links)) {
        *problem = row.problem();
        return false;
    }
    if (!query.value(4).isNull() && !row.real(4, "restored_from", &restoredFrom)) {
        *problem = row.problem();
        return false;
    }
    info.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!info.time.isValid()) {
        row.fail("saved_at");
        *problem = row.problem();
        return false;
    }
    info.time = info.time.toUTC();
    info.restoredFrom = int(restoredFrom);
    info.zoneCount = int(zones);
    info.hostCount = int(hosts);
    info.linkCount = int(links);
    if (!row.text(8, "design_name", &revision->design.name)
        || !row.object(9, "design_extra", &revision->design.extra)
        || !row.object(10, "view_state", &revision->viewState)) {
        *problem = row.problem();
        return false;
    }
    return true;
}

/** Reads revision `number`, or the latest when it is 0. Problems are messages without the file name. */
bool readRevision(QSqlDatabase &db, int number, ProjectRevision *out, bool *missing, QString *problem)
{
    QSqlQuery query(db);
    const QString sql = number > 0
        ? QStringLiteral("SELECT %1 FROM revision WHERE number = ?").arg(RevisionColumns)
        : QStringLiteral("SELECT %1 FROM revision ORDER BY number DESC LIMIT 1").arg(RevisionColumns);
    if (!query.prepare(sql)) {
        *problem = query.lastError().text();
        return false;
    }
    if (number > 0)
        query.addBindValue(number);
    if (!query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *missing = true;
        *problem = number > 0 ? tr("it has no revision %1").arg(number) : tr("it holds no revision");
        return false;
    }
    ProjectRevision revision;
    if (!readRevisionRow(query, &revision, problem))
        return false;
    const int at = revision.info.number;
    QList<StoredRow<Zone>> zones;
    QList<StoredRow<Host>> hosts;
    QList<StoredRow<Link>> links;
    if (!readRows<ZoneRows>(db, at, &zones, problem) || !readRows<HostRows>(db, at, &hosts, problem)
        || !readRows<LinkRows>(db, at, &links, problem))
        return false;
    if (zones.size() != revision.info.zoneCount || hosts.size() != revision.info.hostCount
        || links.size() != revision.info.linkCount) {
        *problem = tr("revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7")
                       .arg(at)
                       .arg(revision.info.zoneCount)
                       .arg(revision.info.hostCount)
                       .arg(revision.info.linkCount)
                       .arg(zones.size())
                       .arg(hosts.size())
                       .arg(links.size());
        return false;
    }
    for (const auto &row : zones) {
        if (revision.design.zoneIndex(row.value.id) >= 0) {
            *problem = tr("revision %1 holds zone \"%2\" twice").arg(at).arg(row.value.id);
            return false;
        }
        revision.design.addZone(row.value);
    }
    for (const auto &row : hosts) {
        if (revision.design.hostIndex(row.value.id) >= 0) {
            *problem = tr("revision %1 holds host \"%2\" twice").arg(at).arg(row.value.id);
            return false;
        }
        revision.design.addHost(row.value);
    }
    for (const auto &row : links)
        revision.design.addLink(row.value);
    *out = std::move(revision);
    return true;
}

/**
 * The current rows a save builds on, read and checked whole before anything is written: they are
 * shared with the new revision, so a broken or missing row refuses the save (`damaged` set).
 */
struct CurrentRows
{
    int latest = 0;
    QList<StoredRow<Zone>> zones;
    QList<StoredRow<Host>> hosts;
    QList<StoredRow<Link>> links;

    bool read(QSqlDatabase &db, bool *damaged, QString *problem)
    {
        QSqlQuery query(db);
        if (!query.prepare(QStringLiteral("SELECT number, zone_count, host_count, link_count FROM revision "
                                          "ORDER BY number DESC LIMIT 1"))
            || !query.exec()) {
            *problem = query.lastError().text();
            return false;
        }
        *damaged = true;
        if (query.next()) {
            latest = query.value(0).toInt();
            if (!readRows<ZoneRows>(db, 0, &zones, problem) || !readRows<HostRows>(db, 0, &hosts, problem)
                || !readRows<LinkRows>(db, 0, &links, problem))
                return false;
            if (zones.size() != query.value(1).toInt() || hosts.size() != query.value(2).toInt()
                || links.size() != query.value(3).toInt()) {
                *problem
                    = tr("revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7")
                          .arg(latest)
                          .arg(query.value(1).toInt())
                          .arg(query.value(2).toInt())
                          .arg(query.value(3).toInt())
                          .arg(zones.size())
                          .arg(hosts.size())
                          .arg(links.size());
                return false;
            }
        }
        *damaged = false;
        return true;
    }
};

bool writeRevision(QSqlDatabase &db, const CurrentRows &current, const Design &design,
    const QJsonObject &viewState, const ProjectFile::SaveOptions &options, int restoredFrom,
    RevisionInfo *saved, QString *problem)
{
    RevisionInfo info;
    info.number = current.latest + 1;
    info.time = QDateTime::currentDateTimeUtc();
    info.author
        = options.author.trimmed().isEmpty() ? ProjectFile::defaultAuthor() : options.author.trimmed();
    info.comment = options.comment;
    info.restoredFrom = restoredFrom;
    info.zoneCount = int(design.zones().size());
    info.hostCount = int(design.hosts().size());
    info.linkCount = int(design.links().size());

    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO revision (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(RevisionColumns))) {
        *problem = insert.lastError().text();
        return false;
    }
    const QString empty = QLatin1String("");
    insert.addBindValue(info.number);
    insert.addBindValue(info.timeText());
    insert.addBindValue(info.author);
    insert.addBindValue(info.comment.isNull() ? empty : info.comment);
    insert.addBindValue(restoredFrom > 0 ? QVariant(restoredFrom) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(info.zoneCount);
    insert.addBindValue(info.hostCount);
    insert.addBindValue(info.linkCount);
    insert.addBindValue(design.name.isNull() ? empty : design.name);
    insert.addBindValue(jsonText(design.extra));
    insert.addBindValue(jsonText(viewState));
    if (!insert.exec()) {
        *problem = insert.lastError().text();
        return false;
    }
    if (!writeRows<ZoneRows>(db, info.number, current.zones, design.zones(), problem)
        || !writeRows<HostRows>(db, info.number, current.hosts, design.hosts(), problem)
        || !writeRows<LinkRows>(db, info.number, current.links, design.links(), problem))
        return false;
    if (saved)
        *saved = info;
    return true;
}

/** The message for a file whose header is not that of a readable project, or empty when it is. */
QString headerProblem(const QString &path, const SqliteHeader &header)
{
    switch (header.kind) {
    case SqliteHeader::Unreadable:
        return tr("%1 cannot be opened: %2").arg(path, header.problem);
    case SqliteHeader::NotSqlite:
        return header.size == 0
            ? tr("%1 is not a Portolan project file: it is empty.").arg(path)
            : tr("%1 is not a Portolan project file: it is not an SQLite database (it may be encrypted or "
                 "of another format).")
                  .arg(path);
    case SqliteHeader::ForeignSqlite:
        return tr("%1 is not a Portolan project file: it is an SQLite database of another application.")
            .arg(path);
    case SqliteHeader::Truncated:
        return damaged(path, tr("the file is shorter than its header says; it was probably truncated."));
    case SqliteHeader::Portolan:
        break;
    }
    if (header.userVersion > ProjectSchema::Version)
        return tr(
            "%1 was saved by a newer version of Portolan (project format %2; this version reads formats up "
            "to %3). It is left unchanged; please open it with a newer Portolan.")
            .arg(path)
            .arg(header.userVersion)
            .arg(ProjectSchema::Version);
    if (header.userVersion < 1)
        return damaged(path, tr("it records no project format version."));
    return QString();
}

bool quickCheck(QSqlDatabase &db, QString *problem)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("PRAGMA quick_check")) || !query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    QStringList reports;
    while (query.next() && reports.size() < 3)
        reports.append(query.value(0).toString().simplified()); // messages are one line
    if (reports != QStringList {QStringLiteral("ok")}) {
        *problem = reports.isEmpty()
            ? query.lastError().text()
            : tr("the integrity check reports: %1").arg(reports.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

/**
 * An open, verified project for reading: read-only unless an interrupted save must be rolled back;
 * a file of an older format is read from a migrated copy, so reading never changes it.
 */
class ReadSession
{
public:
    bool open(const QString &path, QString *error)
    {
        const SqliteHeader header = ProjectSchema::readHeader(path);
        *error = headerProblem(path, header);
        if (!error->isEmpty())
            return false;
        m_connection = std::make_unique<ProjectConnection>(
            path, header.hotJournal ? ProjectConnection::ReadWrite : ProjectConnection::ReadOnly);
        QString problem;
        if (!m_connection->open(&problem)) {
            *error = tr("%1 cannot be opened: %2").arg(path, problem);
            return false;
        }
        if (!quickCheck(db(), &problem)) {
            *error = damaged(path, problem);
            return false;
        }
        const int version = ProjectSchema::storedVersion(db(), &problem);
        if (version < 0) {
            *error = damaged(path, problem);
            return false;
        }
        if (version < ProjectSchema::Version)
            return openMigratedCopy(path, error);
        return true;
    }

    QSqlDatabase &db() { return m_connection->db(); }

private:
    bool openMigratedCopy(const QString &path, QString *error)
    {
        m_connection.reset();
        m_copyDir = std::make_unique<QTemporaryDir>();
        const QString copy = m_copyDir->filePath(QStringLiteral("migrated.portolan"));
        QString problem;
        if (!m_copyDir->isValid() || !QFile::copy(path, copy)) {
            *error = tr("%1 cannot be opened: no room for a temporary copy to update its format.").arg(path);
            return false;
        }
        m_connection = std::make_unique<ProjectConnection>(copy, ProjectConnection::ReadWrite);
        if (!m_connection->open(&problem) || !ProjectSchema::exec(db(), QStringLiteral("BEGIN"), &problem)
            || !ProjectSchema::upgrade(db(), ProjectSchema::migrations(), ProjectSchema::Version, &problem)
            || !ProjectSchema::exec(db(), QStringLiteral("COMMIT"), &problem)) {
            *error = damaged(path, problem);
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_copyDir; // outlives the connection to the copy inside it
    std::unique_ptr<ProjectConnection> m_connection;
};

bool saveIntoProject(const QString &path, const Design &design, const QJsonObject &viewState,
    const ProjectFile::SaveOptions &options, int restoredFrom, RevisionInfo *saved, QString *error)
{
    {
        // Verify without write access first: a file that is refused is never opened for writing.
        ReadSession check;
        if (!check.open(path, error)) {
            *error = tr("%1 Nothing was written to it.").arg(*error);
            return false;
        }
    }
    ProjectConnection connection(path, ProjectConnection::ReadWrite);
    QString problem;
    if (!connection.open(&problem)) {
        *error = tr("%1 cannot be written: %2").arg(path, problem);
        return false;
    }
    QSqlDatabase &db = connection.db();
    if (!ProjectSchema::exec(db, QStringLiteral("BEGIN IMMEDIATE"), &problem)) {
        *error = tr("%1 cannot be written: %2").arg(path, problem);
        return false;
    }
    CurrentRows current;
    bool isDamaged = false;
    const bool written = current.read(db, &isDamaged, &problem)
        && ProjectSchema::upgrade(db, ProjectSchema::migrations(), ProjectSchema::Version, &problem)
        && writeRevision(db, current, design, viewState, options, restoredFrom, saved, &problem)
        && ProjectSchema::exec(db, QStringLiteral("COMMIT"), &problem);
    if (!written) {
        QString ignored;
        ProjectSchema::exec(db, QStringLiteral("ROLLBACK"), &ignored);
        *error = isDamaged ? tr("%1 Nothing was written to it.").arg(damaged(path, problem))
                           : tr("%1 cannot be written: %2").arg(path, problem);
        return false;
    }
    return true;
}

bool createProject(const QString &path, const Design &design, const QJsonObject &viewState,
    const ProjectFile::SaveOptions &options, RevisionInfo *saved, QString *error)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.saving").arg(target.fileName())));
    if (!temporary.open()) {
        *error = tr("%1 cannot be written: %2").arg(path, temporary.errorString());
        return false;
    }
    temporary.close();
    QString problem;
    {
        ProjectConnection connection(temporary.fileName(), ProjectConnection::ReadWrite);
        QSqlDatabase &db = connection.db();
        const bool written = connection.open(&problem)
            && ProjectSchema::exec(db, QStringLiteral("BEGIN"), &problem)
            && ProjectSchema::create(db, &problem)
            && writeRevision(db, CurrentRows(), design, viewState, options, 0, saved, &problem)
            && ProjectSchema::exec(db, QStringLiteral("COMMIT"), &problem);
        if (!written) {
            *error = tr("%1 cannot be written: %2").arg(path, problem);
            return false;
        }
    }
    // The project appears under its name only once it is complete.
    if (!QFile::rename(temporary.fileName(), path)) {
        *error = tr("%1 cannot be written: the finished file could not be moved into place.").arg(path);
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

} // namespace

bool ProjectFile::isProjectFile(const QString &path)
{
    const SqliteHeader header = ProjectSchema::readHeader(path);
    return header.kind == SqliteHeader::Portolan || header.kind == SqliteHeader::Truncated;
}

bool ProjectFile::open(const QString &path, ProjectRevision *revision, QString *error)
{
    return openRevision(path, 0, revision, error);
}

bool ProjectFile::openRevision(const QString &path, int number, ProjectRevision *revision, QString *error)
{
    ReadSession session;
    if (!session.open(path, error))
        return false;
    QString problem;
    bool missing = false;
    if (!readRevision(session.db(), number, revision, &missing, &problem)) {
        *error = missing && number > 0 ? tr("%1: %2").arg(path, problem) : damaged(path, problem);
        return false;
    }
    return true;
}

bool ProjectFile::revisions(const QString &path, QList<RevisionInfo> *revisions, QString *error)
{
    ReadSession session;
    if (!session.open(path, error))
        return false;
    QSqlQuery query(session.db());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM revision ORDER BY number").arg(RevisionColumns))
        || !query.exec()) {
        *error = damaged(path, query.lastError().text());
        return false;
    }
    QList<RevisionInfo> result;
    while (query.next()) {
        ProjectRevision revision;
        QString problem;
        if (!readRevisionRow(query, &revision, &problem)) {
            *error = damaged(path, problem);
            return false;
        }
        result.append(revision.info);
    }
    *revisions = result;
    return true;
}

bool ProjectFile::save(const QString &path, const Design &design, const QJsonObject &viewState,
    const SaveOptions &options, RevisionInfo *saved, QString *error)
{
    if (QFileInfo::exists(path))
        return saveIntoProject(path, design, viewState, options, 0, saved, error);
    return createProject(path, design, viewState, options, saved, error);
}

bool ProjectFile::restoreRevision(
    const QString &path, int number, const SaveOptions &options, RevisionInfo *saved, QString *error)
{
    ProjectRevision old;
    if (!openRevision(path, number, &old, error))
        return false;
    SaveOptions restore = options;
    if (restore.comment.isEmpty())
        restore.comment = tr("Restored revision %1").arg(number);
    return saveIntoProject(path, old.design, old.viewState, restore, number, saved, error);
}

QString ProjectFile::defaultAuthor()
{
    const QString setting = QSettings().value(authorSettingKey()).toString().trimmed();
    if (!setting.isEmpty())
        return setting;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return tr("unknown");
}

} // namespace portolan
