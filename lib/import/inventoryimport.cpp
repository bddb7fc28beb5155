#include "inventoryimport.h"

#include "base/strictaddress.h"
#include "model/designrules.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace portolan {

namespace {

/// Edits (insert, delete, substitute) from a to b, with `row` as room for one row of the table.
int editDistance(const QString &a, const QString &b, std::vector<int> &row)
{
    row.resize(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0]; // the previous row's value at j - 1
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int substitution = diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            row[size_t(j)] = std::min({above + 1, row[size_t(j) - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

/// The catalog type a cell names: by id, then by id or name in any case; null when none.
const HostType *findType(const Catalog &catalog, const QString &text)
{
    if (const HostType *type = catalog.type(text))
        return type;
    for (const HostType &type : catalog.types()) {
        if (type.id.compare(text, Qt::CaseInsensitive) == 0
            || type.name.compare(text, Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

/**
 * Suggests the catalog type a misspelt cell meant: the one whose id or name is nearest (fewest
 * edits, in any case). The catalog's names are lowered once, and each distinct cell is compared
 * once however many rows repeat it, so an inventory of thousands of rows with the same mistake
 * costs one comparison with the catalog.
 */
class TypeSuggester
{
public:
    explicit TypeSuggester(const Catalog &catalog)
    {
        for (const HostType &type : catalog.types()) {
            m_candidates.push_back({type.id.toLower(), &type});
            m_candidates.push_back({type.name.toLower(), &type});
        }
    }

    /// Null when no id or name is within a few letters.
    const HostType *nearest(const QString &text)
    {
        const QString wanted = text.toLower();
        const auto known = m_suggestions.constFind(wanted);
        if (known != m_suggestions.cend())
            return known.value();
        const HostType *best = nullptr;
        int bestDistance = 0;
        for (const Candidate &candidate : m_candidates) {
            // A misspelling is a few letters off: at most a third of the name, and one more. The
            // distance is at least the difference in length, so a cell much longer or shorter
            // than the name is not compared letter by letter (a hostile file may hold long cells).
            const int within = 1 + int(candidate.text.size()) / 3;
            if (std::abs(wanted.size() - candidate.text.size()) > within)
                continue;
            const int distance = editDistance(wanted, candidate.text, m_row);
            if (distance <= within && (!best || distance < bestDistance)) {
                best = candidate.type;
                bestDistance = distance;
            }
        }
        m_suggestions.insert(wanted, best);
        return best;
    }

private:
    struct Candidate
    {
        QString text; ///< an id or a name, in lower case
        const HostType *type;
    };
    std::vector<Candidate> m_candidates;
    QHash<QString, const HostType *> m_suggestions; ///< by the lower-case cell
    std::vector<int> m_row;
};

/// A free id made from the base: the base itself, else base-2, base-3, ...
QString freeId(const QString &base, const QSet<QString> &used)
{
    if (!used.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        const QString id = base.left(DesignRules::MaxIdLength - suffix.size()) + suffix;
        if (!used.contains(id))
            return id;
    }
}

} // namespace

QString InventoryImport::idFromName(const QString &name)
{
    // Accents go ("Café" -> "cafe"); anything else outside the alphabet becomes a hyphen.
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : plain) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.';
        if (keep)
            id += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (!id.isEmpty() && (id.front() == QLatin1Char('.') || id.front() == QLatin1Char('-')))
        id.remove(0, 1);
    id.truncate(DesignRules::MaxIdLength - 8); // room for a "-N" that makes it unique
    while (!id.isEmpty() && (id.back() == QLatin1Char('-') || id.back() == QLatin1Char('.')))
        id.chop(1);
    const bool hasAlnum = std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    return hasAlnum ? id : QString();
}

InventoryImport::Result InventoryImport::run(
    const Inventory &inventory, const Design &into, const Catalog &catalog)
{
    Result result;
    result.design = into;

    QSet<QString> usedIds; // hosts and zones, so a new id never reads as both
    QHash<QString, QString> designNames; // lower-case name -> host id
    QHash<QString, QString> designAddresses; // address -> host id
    for (const Host &host : into.hosts()) {
        usedIds.insert(host.id);
        if (!host.name.isEmpty())
            designNames.insert(host.name.toLower(), host.id);
        if (!host.address.isNull())
            designAddresses.insert(host.address.toString(), host.id);
    }
    for (const Zone &zone : into.zones())
        usedIds.insert(zone.id);
    // Ids the file writes are taken before any is made from a name.
    for (const InventoryRow &row : inventory.rows) {
        if (DesignRules::isValidId(row.id.text))
            usedIds.insert(row.id.text);
    }

    QHash<QString, int> idLines, nameLines, addressLines;
    QHash<QString, int> newZoneByName; // lower-case name -> index in newZones
    TypeSuggester suggester(catalog);
    for (const InventoryRow &row : inventory.rows) {
        Row out;
        out.line = row.line;
        out.name = row.name.text;
        const auto problem = [&out](const InventoryCell &cell, const QString &message) {
            out.problems.append({cell.line, cell.column, message});
        };

        // The name.
        if (row.name.text.isEmpty()) {
            problem(row.name, tr("the row has no name; every host needs one."));
        } else if (const QString key = row.name.text.toLower(); nameLines.contains(key)) {
            problem(row.name,
                tr("the name \"%1\" is already used on line %2; names must be unique.")
                    .arg(DesignRules::shown(row.name.text))
                    .arg(nameLines.value(key)));
        } else if (designNames.contains(key)) {
            problem(row.name,
                tr("the name \"%1\" is already used by host \"%2\" of the design; names must be unique.")
                    .arg(DesignRules::shown(row.name.text), designNames.value(key)));
        } else {
            nameLines.insert(key, row.line);
        }

        // The type.
        const HostType *type = nullptr;
        if (row.type.text.isEmpty()) {
            problem(row.type, tr("the row has no type; write a catalog host type such as \"workstation\"."));
        } else if ((type = findType(catalog, row.type.text))) {
            out.type = type->id;
        } else if (const HostType *nearest = suggester.nearest(row.type.text)) {
            problem(row.type,
                tr("\"%1\" is not a host type of the catalog; did you mean \"%2\" (%3)?")
                    .arg(DesignRules::shown(row.type.text), nearest->id, nearest->name));
        } else {
            problem(row.type,
                tr("\"%1\" is not a host type of the catalog.").arg(DesignRules::shown(row.type.text)));
        }

        // The address.
        QHostAddress address;
        if (!row.address.text.isEmpty()) {
            address = strictAddress(row.address.text);
            if (address.isNull()) {
                problem(row.address,
                    tr("\"%1\" is not an IPv4 address (four numbers from 0 to 255: 192.168.10.11) or an IPv6 "
                       "address.")
                        .arg(DesignRules::shown(row.address.text)));
            } else {
                const QString text = address.toString();
                out.address = text;
                if (addressLines.contains(text))
                    problem(row.address,
                        tr("the address %1 is already used on line %2; addresses must be unique.")
                            .arg(text)
                            .arg(addressLines.value(text)));
                else if (designAddresses.contains(text))
                    problem(row.address,
                        tr("the address %1 is already used by host \"%2\" of the design; addresses must be "
                           "unique.")
                            .arg(text, designAddresses.value(text)));
                else
                    addressLines.insert(text, row.line);
            }
        }

        // The zone: the one the row names, else the one whose subnet holds the address.
        const Zone *zone = nullptr;
        int newZone = -1;
        if (!row.zone.text.isEmpty()) {
            zone = into.zone(row.zone.text);
            for (qsizetype z = 0; !zone && z < into.zones().size(); ++z) {
                const Zone &candidate = into.zones().at(z);
                if (candidate.id.compare(row.zone.text, Qt::CaseInsensitive) == 0
                    || candidate.name.compare(row.zone.text, Qt::CaseInsensitive) == 0)
                    zone = &candidate;
            }
            if (!zone) {
                const QString key = row.zone.text.toLower();
                if (newZoneByName.contains(key)) {
                    newZone = newZoneByName.value(key);
                } else {
                    QString base = idFromName(row.zone.text);
                    if (base.isEmpty())
                        base = QStringLiteral("zone");
                    Zone created;
                    created.id = freeId(base, usedIds);
                    created.name = row.zone.text;
                    usedIds.insert(created.id);
                    newZone = int(result.newZones.size());
                    newZoneByName.insert(key, newZone);
                    result.newZones.append(created);
                }
                out.zone = result.newZones.at(newZone).id;
                out.zoneName = result.newZones.at(newZone).name;
                out.newZone = true;
            }
        } else if (!address.isNull()) {
            int bestPrefix = -1;
            for (const Zone &candidate : into.zones()) {
                for (const Subnet &subnet : candidate.subnets) {
                    if (subnet.second > bestPrefix && address.isInSubnet(subnet)) {
                        zone = &candidate;
                        bestPrefix = subnet.second;
                    }
                }
            }
        }
        if (zone) {
            out.zone = zone->id;
            out.zoneName = zone->name;
            if (!address.isNull() && !zone->subnets.isEmpty() && !zone->contains(address)) {
                QStringList subnets;
                for (const Subnet &subnet : zone->subnets)
                    subnets.append(Zone::subnetText(subnet));
                out.warning = tr("The address %1 lies outside every subnet of zone \"%2\" (%3); the design's "
                                 "findings will report it.")
                                  .arg(address.toString(), zone->id, subnets.join(QStringLiteral(", ")));
            }
        }

        // The id.
        if (!row.id.text.isEmpty()) {
            if (!DesignRules::isValidId(row.id.text)) {
                problem(row.id,
                    tr("\"%1\" is not an id: write 1 to %2 letters, digits, \"_\", \"-\" or \".\", starting "
                       "with "
                       "a letter, digit or \"_\".")
                        .arg(DesignRules::shown(row.id.text))
                        .arg(DesignRules::MaxIdLength));
            } else if (idLines.contains(row.id.text)) {
                problem(row.id,
                    tr("the id \"%1\" is already used on line %2; ids must be unique.")
                        .arg(row.id.text)
                        .arg(idLines.value(row.id.text)));
            } else if (into.host(row.id.text)) {
                problem(row.id,
                    tr("the id \"%1\" is already used by a host of the design; ids must be unique.")
                        .arg(row.id.text));
            } else if (into.zone(row.id.text)) {
                problem(row.id,
                    tr("the id \"%1\" is already used by a zone of the design; ids must be unique.")
                        .arg(row.id.text));
            } else {
                out.hostId = row.id.text;
                idLines.insert(row.id.text, row.line);
            }
        } else if (!row.name.text.isEmpty()) {
            QString base = idFromName(row.name.text);
            if (base.isEmpty())
                base = type ? type->id : QStringLiteral("host");
            out.hostId = freeId(base, usedIds);
            usedIds.insert(out.hostId);
            idLines.insert(out.hostId, row.line);
        }

        if (out.problems.isEmpty()) {
            Host host;
            host.id = out.hostId;
            host.type = out.type;
            host.name = row.name.text;
            host.zone = out.zone;
            host.address = address;
            if (!row.notes.isEmpty()) {
                QJsonObject notes;
                for (const auto &[column, text] : row.notes)
                    notes.insert(column, text);
                host.extra.insert(QStringLiteral("notes"), notes);
            }
            result.newHosts.append(host);
        }
        result.problems.append(out.problems);
        result.rows.append(out);
    }

    // Rows the reader already refused appear in the preview with their reason.
    for (const InventoryProblem &problem : inventory.problems) {
        result.problems.append(problem);
        const auto at = std::find_if(result.rows.begin(), result.rows.end(),
            [&problem](const Row &row) { return row.line == problem.line; });
        if (at != result.rows.end()) {
            at->problems.append(problem);
        } else if (problem.line > 0) {
            Row row;
            row.line = problem.line;
            row.problems.append(problem);
            result.rows.append(row);
        }
    }
    std::stable_sort(
        result.rows.begin(), result.rows.end(), [](const Row &a, const Row &b) { return a.line < b.line; });
    std::stable_sort(result.problems.begin(), result.problems.end(),
        [](const InventoryProblem &a, const InventoryProblem &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
    if (!result.problems.isEmpty())
        return result;

    // Only the zones some imported host is in are created.
    QList<QPair<int, Zone>> zones;
    for (const Zone &zone : result.newZones)
        zones.append({int(into.zones().size() + zones.size()), zone});
    QList<QPair<int, Host>> hosts;
    for (const Host &host : result.newHosts)
        hosts.append({int(into.hosts().size() + hosts.size()), host});
    result.design.insertZones(zones);
    result.design.insertHosts(hosts);
    const QString check = DesignRules::check(
        result.design, [&catalog](const QString &type) { return catalog.type(type) != nullptr; });
    if (!check.isEmpty())
        result.problems.append({0, 0, check});
    return result;
}

} // namespace portolan
