#include "revisionstore.h"

#include "projectrows.h"
#include "projectschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectFile", text);
}

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
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    if (number > 0) {
        query.addBindValue(number);
        query.addBindValue(number);
    }
    if (!query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
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
        *problem = ProjectSchema::problem(query.lastError());
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
        *problem = ProjectSchema::problem(close.lastError());
        return false;
    }
    for (qint64 rowId : plan.close) {
        close.addBindValue(number);
        close.addBindValue(rowId);
        if (!close.exec()) {
            *problem = ProjectSchema::problem(close.lastError());
            return false;
        }
    }
    QString placeholders;
    for (int i = 0; i < Rows::columnCount; ++i)
        placeholders += QStringLiteral(", ?");
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (valid_from, ord, %2) VALUES (?, ?%3)")
                            .arg(Rows::table(), Rows::columns(), placeholders))) {
        *problem = ProjectSchema::problem(insert.lastError());
        return false;
    }
    for (const auto &[ord, value] : plan.add) {
        insert.addBindValue(number);
        insert.addBindValue(ord);
        Rows::bind(insert, *value);
        if (!insert.exec()) {
            *problem = ProjectSchema::problem(insert.lastError());
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

} // namespace

bool RevisionStore::read(int number, ProjectRevision *out, bool *missing, QString *problem)
{
    QSqlQuery query(m_db);
    const QString sql = number > 0
        ? QStringLiteral("SELECT %1 FROM revision WHERE number = ?").arg(RevisionColumns)
        : QStringLiteral("SELECT %1 FROM revision ORDER BY number DESC LIMIT 1").arg(RevisionColumns);
    if (!query.prepare(sql)) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    if (number > 0)
        query.addBindValue(number);
    if (!query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    if (!query.next()) {
        if (query.lastError().isValid()) {
            *problem = ProjectSchema::problem(query.lastError());
            return false;
        }
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
    if (!readRows<ZoneRows>(m_db, at, &zones, problem) || !readRows<HostRows>(m_db, at, &hosts, problem)
        || !readRows<LinkRows>(m_db, at, &links, problem))
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
    QList<StoredRow<CustomFlow>> customFlows;
    if (!readRows<CustomFlowRows>(m_db, at, &customFlows, problem))
        return false;
    for (const auto &row : std::as_const(customFlows))
        revision.design.customFlows.append(row.value);
    *out = std::move(revision);
    return true;
}

bool RevisionStore::list(QList<RevisionInfo> *revisions, QString *problem)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM revision ORDER BY number").arg(RevisionColumns))
        || !query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    QList<RevisionInfo> result;
    while (query.next()) {
        ProjectRevision revision;
        if (!readRevisionRow(query, &revision, problem))
            return false;
        result.append(revision.info);
    }
    *revisions = result;
    return true;
}

bool RevisionStore::readCurrent(bool *damaged, QString *problem)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT number, zone_count, host_count, link_count, design_name, "
                                      "design_extra FROM revision ORDER BY number DESC LIMIT 1"))
        || !query.exec()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    *damaged = true;
    if (query.next()) {
        m_latest = query.value(0).toInt();
        RowReader row(query, QStringLiteral("revision"), 0);
        if (!row.text(4, "design_name", &m_current.name)
            || !row.object(5, "design_extra", &m_current.extra)) {
            *problem = row.problem();
            return false;
        }
        if (!readRows<ZoneRows>(m_db, 0, &m_zones, problem) || !readRows<HostRows>(m_db, 0, &m_hosts, problem)
            || !readRows<LinkRows>(m_db, 0, &m_links, problem))
            return false;
        if (m_zones.size() != query.value(1).toInt() || m_hosts.size() != query.value(2).toInt()
            || m_links.size() != query.value(3).toInt()) {
            *problem = tr("revision %1 should hold %2 zones, %3 hosts and %4 links but holds %5, %6 and %7")
                           .arg(m_latest)
                           .arg(query.value(1).toInt())
                           .arg(query.value(2).toInt())
                           .arg(query.value(3).toInt())
                           .arg(m_zones.size())
                           .arg(m_hosts.size())
                           .arg(m_links.size());
            return false;
        }
        for (const auto &row : std::as_const(m_zones))
            m_current.addZone(row.value);
        for (const auto &row : std::as_const(m_hosts))
            m_current.addHost(row.value);
        for (const auto &row : std::as_const(m_links))
            m_current.addLink(row.value);
        if (!readRows<CustomFlowRows>(m_db, 0, &m_customFlows, problem))
            return false;
        for (const auto &row : std::as_const(m_customFlows))
            m_current.customFlows.append(row.value);
    } else if (query.lastError().isValid()) {
        *problem = ProjectSchema::problem(query.lastError());
        return false;
    }
    *damaged = false;
    return true;
}

bool RevisionStore::write(const Design &design, const QJsonObject &viewState,
    const ProjectFile::SaveOptions &options, int restoredFrom, RevisionInfo *saved, QString *problem)
{
    RevisionInfo info;
    info.number = m_latest + 1;
    info.time = QDateTime::currentDateTimeUtc();
    info.author
        = options.author.trimmed().isEmpty() ? ProjectFile::defaultAuthor() : options.author.trimmed();
    info.comment = options.comment;
    info.restoredFrom = restoredFrom;
    info.zoneCount = int(design.zones().size());
    info.hostCount = int(design.hosts().size());
    info.linkCount = int(design.links().size());

    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO revision (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(RevisionColumns))) {
        *problem = ProjectSchema::problem(insert.lastError());
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
    insert.addBindValue(jsonColumnText(design.extra));
    insert.addBindValue(jsonColumnText(viewState));
    if (!insert.exec()) {
        *problem = ProjectSchema::problem(insert.lastError());
        return false;
    }
    if (!writeRows<ZoneRows>(m_db, info.number, m_zones, design.zones(), problem)
        || !writeRows<HostRows>(m_db, info.number, m_hosts, design.hosts(), problem)
        || !writeRows<LinkRows>(m_db, info.number, m_links, design.links(), problem)
        || !writeRows<CustomFlowRows>(m_db, info.number, m_customFlows, design.customFlows, problem))
        return false;
    if (saved)
        *saved = info;
    return true;
}

} // namespace portolan
