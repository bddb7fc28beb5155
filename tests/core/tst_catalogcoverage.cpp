// The seed coverage table (resources/catalog/coverage): every port row of every seed document is
// derived by catalog rules or left out with a reason, every catalog rule is traced to a seed row, and
// every reference of the catalog names a listed seed document and section. The catalog, the table and
// the seed list are read as plain JSON, independent of the catalog loader. Where the seed texts are
// present (PORTOLAN_SEEDS_DIR, else ../shared/seeds beside the sources), the rows and sections are
// also checked against them, line by line.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/") + relative;
}

QString seedsDirectory()
{
    const QString configured = qEnvironmentVariable("PORTOLAN_SEEDS_DIR");
    return configured.isEmpty() ? sourcePath(QStringLiteral("../shared/seeds")) : configured;
}

bool readJson(const QString &path, QJsonObject *object, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1: offset %2: %3")
                     .arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    *object = document.object();
    return true;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

/** A rule of the catalog: a flow, a block, a check (finding or system requirement) or an ephemeral range. */
struct CatalogRule
{
    QString id;
    QString kind;
    QString where; ///< file and JSON path of its first definition
    QSet<QString> seeds; ///< the seed files its definitions cite
};

/** A "file: section" reference found in a catalog file, or a file's "seed" (a file name alone). */
struct Reference
{
    QString text;
    QString where;
    bool fileOnly = false;
};

struct CatalogType
{
    QString id;
    QString icon;
    QString where;
};

struct Section
{
    QString title;
    QStringList occurs;
    QString from;
    QString to;
    QString rowPattern;
};

struct Seed
{
    QString file;
    QString product;
    QList<Section> sections;

    const Section *section(const QString &title) const
    {
        for (const Section &section : sections) {
            if (section.title == title)
                return &section;
        }
        return nullptr;
    }
};

struct Row
{
    QString seed;
    QString section;
    int line = 0;
    QString text;
    QString sourcePort;
    QString port;
    QString protocol;
    QString direction;
    QString purpose;
    QStringList rules;
    QString status;
    QString reason;

    QString tag() const
    {
        const QString ports = sourcePort.isEmpty() ? port : sourcePort + QStringLiteral(" → ") + port;
        return QStringLiteral("%1:%2 %3").arg(seed.left(3)).arg(line).arg(ports);
    }
    bool derived() const { return status == QLatin1String("derived"); }
};

/** Lines [first, last) of a seed text that hold one section's rows. */
struct Span
{
    int first = -1;
    int last = -1;
};

bool derives(const QString &kind)
{
    return kind == QLatin1String("flow") || kind == QLatin1String("block")
        || kind == QLatin1String("ephemeral");
}

QString escapeCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

} // namespace

class tst_CatalogCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCatalogRuleHasAnId();
    void everyCatalogRuleIsInTheTable_data();
    void everyCatalogRuleIsInTheTable();
    void everyRowIsAccountedFor_data();
    void everyRowIsAccountedFor();
    void noRowTwice();
    void catalogReferencesNameListedSections_data();
    void catalogReferencesNameListedSections();
    void everyTypeHasAnIcon_data();
    void everyTypeHasAnIcon();
    void markdownViewIsCurrent();
    void seedTextsHoldTheListedSections();
    void everySeedRowIsInTheTable();

private:
    void readCatalogFile(const QString &path);
    void collect(const QJsonValue &value, const QString &key, const QString &file, const QString &where);
    void addRule(const QString &id, const QString &kind, const QJsonObject &object, const QString &where);
    bool readSeedText(const Seed &seed, QStringList *lines, QString *content);
    bool spans(const Seed &seed, const QString &content, const QStringList &lines,
        QHash<QString, Span> *result, QString *error);
    QString markdown() const;
    const Seed *seed(const QString &file) const;

    QList<Seed> m_seeds;
    QList<Row> m_rows;
    QHash<QString, CatalogRule> m_rules;
    QStringList m_ruleOrder;
    QList<Reference> m_references;
    QList<CatalogType> m_types;
    QStringList m_anonymous; ///< rules without an id, by place
};

void tst_CatalogCoverage::initTestCase()
{
    QString error;
    QJsonObject seeds;
    QVERIFY2(readJson(sourcePath(QStringLiteral("resources/catalog/coverage/seeds.json")), &seeds, &error),
        qPrintable(error));
    const QJsonArray seedArray = seeds.value(QLatin1String("seeds")).toArray();
    for (const QJsonValue &value : seedArray) {
        const QJsonObject object = value.toObject();
        Seed seed;
        seed.file = object.value(QLatin1String("file")).toString();
        seed.product = object.value(QLatin1String("product")).toString();
        const QJsonArray sections = object.value(QLatin1String("sections")).toArray();
        for (const QJsonValue &sectionValue : sections) {
            const QJsonObject sectionObject = sectionValue.toObject();
            Section section;
            section.title = sectionObject.value(QLatin1String("title")).toString();
            section.occurs = strings(sectionObject.value(QLatin1String("occurs")));
            section.from = sectionObject.value(QLatin1String("from")).toString();
            section.to = sectionObject.value(QLatin1String("to")).toString();
            section.rowPattern = sectionObject.value(QLatin1String("rowPattern")).toString();
            QVERIFY2(!section.title.isEmpty() && !section.occurs.isEmpty(),
                qPrintable(
                    QStringLiteral("seeds.json: %1: a section needs a title and the texts that locate it")
                        .arg(seed.file)));
            QVERIFY2(!seed.section(section.title),
                qPrintable(QStringLiteral("seeds.json: %1: section \"%2\" is listed twice")
                               .arg(seed.file, section.title)));
            if (!section.rowPattern.isEmpty()) {
                const QRegularExpression pattern(section.rowPattern);
                QVERIFY2(pattern.isValid(),
                    qPrintable(QStringLiteral("seeds.json: %1: %2: rowPattern: %3")
                                   .arg(seed.file, section.title, pattern.errorString())));
            }
            seed.sections.append(section);
        }
        QVERIFY2(!seed.file.isEmpty() && !seed.product.isEmpty() && !seed.sections.isEmpty(),
            "seeds.json: a seed needs a file, a product and sections");
        m_seeds.append(seed);
    }
    QVERIFY(!m_seeds.isEmpty());

    QJsonObject coverage;
    QVERIFY2(
        readJson(sourcePath(QStringLiteral("resources/catalog/coverage/coverage.json")), &coverage, &error),
        qPrintable(error));
    const QJsonArray rows = coverage.value(QLatin1String("rows")).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject object = value.toObject();
        Row row;
        row.seed = object.value(QLatin1String("seed")).toString();
        row.section = object.value(QLatin1String("section")).toString();
        row.line = object.value(QLatin1String("line")).toInt();
        row.text = object.value(QLatin1String("text")).toString();
        row.sourcePort = object.value(QLatin1String("sourcePort")).toString();
        row.port = object.value(QLatin1String("port")).toString();
        row.protocol = object.value(QLatin1String("protocol")).toString();
        row.direction = object.value(QLatin1String("direction")).toString();
        row.purpose = object.value(QLatin1String("purpose")).toString();
        row.rules = strings(object.value(QLatin1String("rules")));
        row.status = object.value(QLatin1String("status")).toString();
        row.reason = object.value(QLatin1String("reason")).toString();
        m_rows.append(row);
    }
    QVERIFY(!m_rows.isEmpty());

    const QFileInfoList files = QDir(sourcePath(QStringLiteral("resources/catalog")))
                                    .entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QFileInfo &file : files) {
        readCatalogFile(file.filePath());
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_CatalogCoverage::readCatalogFile(const QString &path)
{
    QString error;
    QJsonObject root;
    QVERIFY2(readJson(path, &root, &error), qPrintable(error));
    const QString file = QFileInfo(path).fileName();
    if (root.contains(QLatin1String("seed")))
        m_references.append(
            {root.value(QLatin1String("seed")).toString(), file + QStringLiteral(": seed"), true});
    const QJsonArray types = root.value(QLatin1String("types")).toArray();
    for (int t = 0; t < types.size(); ++t) {
        const QJsonObject type = types.at(t).toObject();
        const QString id = type.value(QLatin1String("id")).toString();
        m_types.append({id, type.value(QLatin1String("icon")).toString(id),
            file + QStringLiteral(": types[%1]").arg(t)});
    }
    for (auto it = root.constBegin(); it != root.constEnd(); ++it)
        collect(it.value(), it.key(), file, file + QStringLiteral(": ") + it.key());
}

// Walks one catalog file: a "rule" names a flow (a block under "blocks"), an "id" under findings,
// exactlyOne or sameParam names a check, an "id" under ephemeral names a range; every "reference"
// is kept for the section check.
void tst_CatalogCoverage::collect(
    const QJsonValue &value, const QString &key, const QString &file, const QString &where)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            collect(array.at(i), key, file, where + QStringLiteral("[%1]").arg(i));
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("reference")))
        m_references.append({object.value(QLatin1String("reference")).toString(), where});
    static const QSet<QString> checks
        = {QStringLiteral("findings"), QStringLiteral("exactlyOne"), QStringLiteral("sameParam")};
    if (object.contains(QLatin1String("rule")))
        addRule(object.value(QLatin1String("rule")).toString(),
            key == QLatin1String("blocks") ? QStringLiteral("block") : QStringLiteral("flow"), object, where);
    else if (checks.contains(key))
        addRule(object.value(QLatin1String("id")).toString(), QStringLiteral("check"), object, where);
    else if (key == QLatin1String("ephemeral"))
        addRule(object.value(QLatin1String("id")).toString(), QStringLiteral("ephemeral"), object, where);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        collect(it.value(), it.key(), file, where + QLatin1Char('.') + it.key());
}

void tst_CatalogCoverage::addRule(
    const QString &id, const QString &kind, const QJsonObject &object, const QString &where)
{
    if (id.isEmpty()) {
        m_anonymous.append(where);
        return;
    }
    const QString seed
        = object.value(QLatin1String("reference")).toString().section(QStringLiteral(": "), 0, 0);
    auto it = m_rules.find(id);
    if (it == m_rules.end()) {
        it = m_rules.insert(id, {id, kind, where, {}});
        m_ruleOrder.append(id);
    }
    it->seeds.insert(seed);
}

const Seed *tst_CatalogCoverage::seed(const QString &file) const
{
    for (const Seed &seed : m_seeds) {
        if (seed.file == file)
            return &seed;
    }
    return nullptr;
}

void tst_CatalogCoverage::everyCatalogRuleHasAnId()
{
    QVERIFY2(m_anonymous.isEmpty(),
        qPrintable(QStringLiteral("rules without an id, which the coverage table cannot name: ")
            + m_anonymous.join(QStringLiteral(", "))));
}

void tst_CatalogCoverage::everyCatalogRuleIsInTheTable_data()
{
    QTest::addColumn<QString>("rule");
    for (const QString &id : std::as_const(m_ruleOrder))
        QTest::newRow(qPrintable(id)) << id;
}

void tst_CatalogCoverage::everyCatalogRuleIsInTheTable()
{
    QFETCH(QString, rule);
    const bool named = std::any_of(
        m_rows.cbegin(), m_rows.cend(), [&](const Row &row) { return row.rules.contains(rule); });
    QVERIFY2(named,
        qPrintable(QStringLiteral("%1 (%2) is in no row of the coverage table")
                       .arg(rule, m_rules.value(rule).where)));
}

void tst_CatalogCoverage::everyRowIsAccountedFor_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_rows.size(); ++i)
        QTest::newRow(qPrintable(m_rows.at(i).tag())) << i;
}

void tst_CatalogCoverage::everyRowIsAccountedFor()
{
    QFETCH(int, index);
    const Row &row = m_rows.at(index);
    const QString place
        = QStringLiteral("coverage.json: rows[%1] (%2 line %3)").arg(index).arg(row.seed).arg(row.line);
    const auto fail
        = [&](const QString &problem) { return qPrintable(place + QStringLiteral(": ") + problem); };

    // The row as the seed writes it.
    QVERIFY2(row.line > 0, fail(QStringLiteral("no line")));
    for (const QString *field : {&row.text, &row.port, &row.protocol, &row.direction, &row.purpose})
        QVERIFY2(!field->trimmed().isEmpty(),
            fail(QStringLiteral("text, port, protocol, direction and purpose are "
                                "required (write \"not given\" for a blank cell)")));
    const Seed *listed = seed(row.seed);
    QVERIFY2(listed, fail(QStringLiteral("seed %1 is not listed in seeds.json").arg(row.seed)));
    QVERIFY2(listed->section(row.section),
        fail(QStringLiteral("section \"%1\" is not listed for %2 in seeds.json").arg(row.section, row.seed)));

    // Derived by rules that exist and come from this seed, or left out with a reason.
    QSet<QString> seen;
    bool derivingRule = false;
    for (const QString &id : row.rules) {
        QVERIFY2(!seen.contains(id), fail(QStringLiteral("names %1 twice").arg(id)));
        seen.insert(id);
        QVERIFY2(
            m_rules.contains(id), fail(QStringLiteral("names %1, which the catalog does not have").arg(id)));
        const CatalogRule &rule = m_rules.value(id);
        QVERIFY2(rule.seeds.contains(row.seed),
            fail(QStringLiteral("names %1, which cites %2, not this seed")
                     .arg(id,
                         QStringList(rule.seeds.cbegin(), rule.seeds.cend()).join(QStringLiteral(", ")))));
        derivingRule = derivingRule || derives(rule.kind);
    }
    if (row.status == QLatin1String("derived")) {
        QVERIFY2(derivingRule, fail(QStringLiteral("derived, but names no flow, block or ephemeral range")));
    } else {
        QVERIFY2(row.status == QLatin1String("left out"),
            fail(QStringLiteral("status \"%1\" is neither \"derived\" nor \"left out\"").arg(row.status)));
        QVERIFY2(!row.reason.trimmed().isEmpty(), fail(QStringLiteral("left out without a reason")));
        QVERIFY2(!derivingRule, fail(QStringLiteral("left out, but names a rule that derives it")));
    }
}

void tst_CatalogCoverage::noRowTwice()
{
    QSet<QString> keys;
    for (const Row &row : std::as_const(m_rows)) {
        const QStringList parts
            = {row.seed, row.section, QString::number(row.line), row.sourcePort, row.port};
        const QString key = parts.join(QLatin1Char('\n'));
        QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("%1 is in the table twice").arg(row.tag())));
        keys.insert(key);
    }
}

void tst_CatalogCoverage::catalogReferencesNameListedSections_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("fileOnly");
    for (const Reference &reference : std::as_const(m_references))
        QTest::newRow(qPrintable(reference.where)) << reference.text << reference.where << reference.fileOnly;
}

void tst_CatalogCoverage::catalogReferencesNameListedSections()
{
    QFETCH(QString, reference);
    QFETCH(QString, where);
    QFETCH(bool, fileOnly);
    const QString file = fileOnly ? reference : reference.section(QStringLiteral(": "), 0, 0);
    const QString title = reference.section(QStringLiteral(": "), 1);
    const Seed *listed = seed(file);
    QVERIFY2(listed,
        qPrintable(QStringLiteral("%1: \"%2\" names no seed listed in seeds.json").arg(where, reference)));
    if (fileOnly)
        return;
    QVERIFY2(listed->section(title),
        qPrintable(QStringLiteral("%1: \"%2\" names a section that seeds.json does not list for %3")
                       .arg(where, title, file)));
}

void tst_CatalogCoverage::everyTypeHasAnIcon_data()
{
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QString>("where");
    for (const CatalogType &type : std::as_const(m_types))
        QTest::newRow(qPrintable(type.id)) << type.icon << type.where;
}

void tst_CatalogCoverage::everyTypeHasAnIcon()
{
    QFETCH(QString, icon);
    QFETCH(QString, where);
    QFile file(sourcePath(QStringLiteral("resources/icons/%1.svg").arg(icon)));
    QVERIFY2(file.open(QIODevice::ReadOnly),
        qPrintable(QStringLiteral("%1: no icon resources/icons/%2.svg").arg(where, icon)));
    QXmlStreamReader svg(&file);
    QVERIFY(svg.readNextStartElement());
    QCOMPARE(svg.name().toString(), QStringLiteral("svg"));
    // Every host icon is drawn on the same 48 x 48 grid, so the palette and the canvas show them alike.
    QCOMPARE(svg.attributes().value(QLatin1String("width")).toString(), QStringLiteral("48"));
    QCOMPARE(svg.attributes().value(QLatin1String("height")).toString(), QStringLiteral("48"));
    QCOMPARE(svg.attributes().value(QLatin1String("viewBox")).toString(), QStringLiteral("0 0 48 48"));
    while (!svg.atEnd())
        svg.readNext();
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
}

QString tst_CatalogCoverage::markdown() const
{
    QString out;
    out += QStringLiteral("# Seed coverage\n\n");
    out += QStringLiteral(
        "Every port row of the seed documents the catalog is built from, and what the catalog does with it: "
        "the\n"
        "rules that derive it, or the reason it is left out. This file is generated from "
        "`coverage/coverage.json`\n"
        "(the seed documents and their sections are listed in `coverage/seeds.json`); edit the JSON, then "
        "run\n"
        "`PORTOLAN_UPDATE_COVERAGE=1 build/tests/core/tst_catalogcoverage markdownViewIsCurrent`.\n"
        "`tst_catalogcoverage` checks that every rule named here exists, that every catalog rule is named "
        "here,\n"
        "and, where the seed texts are present, that every row is on the line given.\n\n");
    out += QStringLiteral("| seed | product | rows | derived | left out |\n|---|---|---|---|---|\n");
    int allRows = 0;
    int allDerived = 0;
    for (const Seed &seed : m_seeds) {
        int rows = 0;
        int derived = 0;
        for (const Row &row : m_rows) {
            if (row.seed == seed.file) {
                ++rows;
                derived += row.derived() ? 1 : 0;
            }
        }
        out += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                   .arg(seed.file, escapeCell(seed.product))
                   .arg(rows)
                   .arg(derived)
                   .arg(rows - derived);
        allRows += rows;
        allDerived += derived;
    }
    out += QStringLiteral("| all | | %1 | %2 | %3 |\n")
               .arg(allRows)
               .arg(allDerived)
               .arg(allRows - allDerived);
    for (const Seed &seed : m_seeds) {
        out += QStringLiteral("\n## `%1`: %2\n").arg(seed.file, seed.product);
        for (const Section &section : seed.sections) {
            QString table;
            for (const Row &row : m_rows) {
                if (row.seed != seed.file || row.section != section.title)
                    continue;
                QStringList rules;
                for (const QString &rule : row.rules)
                    rules.append(QLatin1Char('`') + rule + QLatin1Char('`'));
                QString catalog = rules.join(QStringLiteral(", "));
                if (!row.derived())
                    catalog = rules.isEmpty() ? QStringLiteral("**left out**")
                                              : QStringLiteral("**left out**; checked by %1").arg(catalog);
                const QString port = row.sourcePort.isEmpty()
                    ? row.port
                    : QStringLiteral("%1 → %2").arg(row.sourcePort, row.port);
                table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                             .arg(row.line)
                             .arg(escapeCell(port), escapeCell(row.protocol), escapeCell(row.direction),
                                 escapeCell(row.purpose), catalog, escapeCell(row.reason));
            }
            if (table.isEmpty())
                continue;
            out += QStringLiteral("\n### %1\n\n").arg(section.title);
            out += QStringLiteral("| line | port | protocol | direction | purpose | catalog | reason |\n"
                                  "|---|---|---|---|---|---|---|\n");
            out += table;
        }
    }
    return out;
}

void tst_CatalogCoverage::markdownViewIsCurrent()
{
    const QString path = sourcePath(QStringLiteral("resources/catalog/COVERAGE.md"));
    const QByteArray expected = markdown().toUtf8();
    if (qEnvironmentVariableIsSet("PORTOLAN_UPDATE_COVERAGE")) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(out.errorString()));
        QCOMPARE(out.write(expected), qint64(expected.size()));
    }
    QFile file(path);
    QVERIFY2(
        file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("%1: %2").arg(path, file.errorString())));
    const QList<QByteArray> actualLines = file.readAll().split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    for (int i = 0; i < std::min(actualLines.size(), expectedLines.size()); ++i) {
        if (actualLines.at(i) != expectedLines.at(i))
            QFAIL(qPrintable(
                QStringLiteral("COVERAGE.md line %1 is not generated from coverage.json; regenerate it "
                               "with PORTOLAN_UPDATE_COVERAGE=1.\n  file: %2\n  json: %3")
                    .arg(i + 1)
                    .arg(QString::fromUtf8(actualLines.at(i)), QString::fromUtf8(expectedLines.at(i)))));
    }
    QCOMPARE(actualLines.size(), expectedLines.size());
}

bool tst_CatalogCoverage::readSeedText(const Seed &seed, QStringList *lines, QString *content)
{
    QFile file(QDir(seedsDirectory()).filePath(seed.file));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *content = QString::fromUtf8(file.readAll());
    *lines = content->split(QLatin1Char('\n'));
    return true;
}

// Where each section's rows lie: from its "from" text (or its last "occurs" text) to its "to" text,
// or else to the start of the next section of the same document.
bool tst_CatalogCoverage::spans(const Seed &seed, const QString &content, const QStringList &lines,
    QHash<QString, Span> *result, QString *error)
{
    const auto lineOf = [&](qsizetype offset) { return int(content.left(offset).count(QLatin1Char('\n'))); };
    QHash<QString, qsizetype> starts;
    for (const Section &section : seed.sections) {
        qsizetype position = 0;
        qsizetype last = -1;
        for (const QString &text : section.occurs) {
            last = content.indexOf(text, position);
            if (last < 0) {
                *error
                    = QStringLiteral("%1: section \"%2\": \"%3\" does not occur (after the texts before it)")
                          .arg(seed.file, section.title, text);
                return false;
            }
            position = last + text.size();
        }
        const qsizetype start = section.from.isEmpty() ? last : content.indexOf(section.from);
        if (start < 0) {
            *error = QStringLiteral("%1: section \"%2\": \"%3\" does not occur")
                         .arg(seed.file, section.title, section.from);
            return false;
        }
        starts.insert(section.title, start);
    }
    for (const Section &section : seed.sections) {
        const qsizetype start = starts.value(section.title);
        qsizetype end = content.size();
        if (!section.to.isEmpty()) {
            end = content.indexOf(section.to, start + 1);
            if (end < 0) {
                *error = QStringLiteral("%1: section \"%2\": \"%3\" does not occur after its start")
                             .arg(seed.file, section.title, section.to);
                return false;
            }
        } else {
            for (const qsizetype other : std::as_const(starts)) {
                if (other > start)
                    end = std::min(end, other);
            }
        }
        result->insert(
            section.title, {lineOf(start), end == content.size() ? int(lines.size()) : lineOf(end)});
    }
    return true;
}

void tst_CatalogCoverage::seedTextsHoldTheListedSections()
{
    if (!QDir(seedsDirectory()).exists())
        QSKIP("skipped: seed texts not present (set PORTOLAN_SEEDS_DIR to check them)");
    for (const Seed &seed : std::as_const(m_seeds)) {
        QStringList lines;
        QString content;
        QVERIFY2(readSeedText(seed, &lines, &content),
            qPrintable(
                QStringLiteral("%1 is listed in seeds.json but not in %2").arg(seed.file, seedsDirectory())));
        QHash<QString, Span> sections;
        QString error;
        QVERIFY2(spans(seed, content, lines, &sections, &error), qPrintable(error));
        for (auto it = sections.cbegin(); it != sections.cend(); ++it)
            QVERIFY2(it->first < it->last,
                qPrintable(QStringLiteral("%1: section \"%2\" holds no line").arg(seed.file, it.key())));
    }
}

void tst_CatalogCoverage::everySeedRowIsInTheTable()
{
    if (!QDir(seedsDirectory()).exists())
        QSKIP("skipped: seed texts not present (set PORTOLAN_SEEDS_DIR to check them)");
    QStringList problems;
    for (const Seed &seed : std::as_const(m_seeds)) {
        QStringList lines;
        QString content;
        QHash<QString, Span> sections;
        QString error;
        QVERIFY2(readSeedText(seed, &lines, &content), qPrintable(seed.file));
        QVERIFY2(spans(seed, content, lines, &sections, &error), qPrintable(error));
        // Each row of the table is on its line, within its section.
        QHash<QString, QSet<int>> claimed;
        for (const Row &row : std::as_const(m_rows)) {
            if (row.seed != seed.file || !sections.contains(row.section))
                continue;
            const Span span = sections.value(row.section);
            if (row.line - 1 < span.first || row.line - 1 >= span.last)
                problems.append(QStringLiteral("%1: line %2 is outside section \"%3\" (lines %4 to %5)")
                                    .arg(seed.file)
                                    .arg(row.line)
                                    .arg(row.section)
                                    .arg(span.first + 1)
                                    .arg(span.last));
            else if (!lines.at(row.line - 1).contains(row.text))
                problems.append(QStringLiteral("%1: line %2 does not read \"%3\"")
                                    .arg(seed.file)
                                    .arg(row.line)
                                    .arg(row.text));
            claimed[row.section].insert(row.line);
        }
        // Each port row of the seed is in the table.
        for (const Section &section : seed.sections) {
            if (section.rowPattern.isEmpty())
                continue;
            const QRegularExpression pattern(section.rowPattern);
            const Span span = sections.value(section.title);
            for (int i = span.first; i < span.last; ++i) {
                if (pattern.match(lines.at(i)).hasMatch() && !claimed.value(section.title).contains(i + 1))
                    problems.append(
                        QStringLiteral("%1: line %2 (%3) is a row of \"%4\" that the coverage table "
                                       "does not account for")
                            .arg(seed.file)
                            .arg(i + 1)
                            .arg(lines.at(i).left(60), section.title));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_CatalogCoverage)
#include "tst_catalogcoverage.moc"
