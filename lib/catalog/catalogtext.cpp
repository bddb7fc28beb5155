#include "catalogtext.h"

#include "catalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace portolan {

namespace {

QString translated(const QString &context, const QString &text)
{
    if (text.isEmpty())
        return text;
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate(context.toUtf8().constData(), source.constData());
}

/** The texts of the built-in catalog that the engine copies into what it derives, by rule id. */
struct RuleTexts
{
    QHash<QString, QStringList> notes;
    QHash<QString, QString> messages;

    RuleTexts()
    {
        const std::shared_ptr<const Catalog> catalog = Catalog::builtIn();
        if (!catalog)
            return;
        auto addFlows = [this](const QList<FlowTemplate> &flows) {
            for (const FlowTemplate &flow : flows) {
                for (const NoteTemplate &note : flow.notes)
                    notes[flow.rule].append(note.text.text());
            }
        };
        auto addFindings = [this](const QList<FindingTemplate> &findings) {
            for (const FindingTemplate &finding : findings)
                messages.insert(finding.id, finding.message.text());
        };
        for (const QString &typeA : typeIds(*catalog)) {
            for (const QString &typeB : typeIds(*catalog)) {
                bool swapped = false;
                const LinkKind *kind = catalog->linkKind(typeA, typeB, &swapped);
                if (kind && !swapped && !seenLinks.contains(kind)) {
                    seenLinks.insert(kind);
                    addFlows(kind->flows);
                    addFindings(kind->findings);
                }
            }
            if (const HostRule *rule = catalog->hostRule(typeA)) {
                addFlows(rule->blocks);
                addFindings(rule->findings);
            }
        }
        for (const SystemRule &system : catalog->systems()) {
            for (const SystemRule::Pair &pair : system.pairs)
                addFlows(pair.flows);
            for (const SystemRule::Requirement &requirement : system.exactlyOne)
                messages.insert(requirement.id, requirement.message);
            for (const SystemRule::Requirement &requirement : system.sameParam)
                messages.insert(requirement.id, requirement.message);
        }
        // Longest first, so a note that contains another is translated whole.
        for (QStringList &list : notes)
            std::stable_sort(list.begin(), list.end(),
                [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    static QStringList typeIds(const Catalog &catalog)
    {
        QStringList ids;
        for (const HostType &type : catalog.types())
            ids.append(type.id);
        return ids;
    }

    QSet<const LinkKind *> seenLinks;
};

const RuleTexts &ruleTexts()
{
    static const RuleTexts texts;
    return texts;
}

const QRegularExpression &holePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{[^{}]*\\}"));
    return pattern;
}

/// Fills the holes of a translated template with the values the English message holds.
QString fillHoles(const QString &sourceTemplate, const QString &translation, const QString &message)
{
    QString pattern = QStringLiteral("^");
    QStringList holes;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = holePattern().globalMatch(sourceTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        pattern += QRegularExpression::escape(sourceTemplate.mid(pos, match.capturedStart() - pos));
        pattern += QStringLiteral("(.*?)");
        holes.append(match.captured());
        pos = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(sourceTemplate.mid(pos)) + QStringLiteral("$");
    const QRegularExpression expression(pattern, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = expression.match(message);
    if (!match.hasMatch())
        return message;
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < holes.size(); ++i) {
        if (!values.contains(holes.at(i)))
            values.insert(holes.at(i), match.captured(int(i + 1)));
    }
    QString result;
    pos = 0;
    it = holePattern().globalMatch(translation);
    while (it.hasNext()) {
        const QRegularExpressionMatch hole = it.next();
        result += translation.mid(pos, hole.capturedStart() - pos);
        result += values.value(hole.captured(), hole.captured());
        pos = hole.capturedEnd();
    }
    return result + translation.mid(pos);
}

} // namespace

QString CatalogText::ruleContext(const QString &rule)
{
    return QStringLiteral("catalog:") + rule;
}

QString CatalogText::productTitle(const QString &product, const QString &title)
{
    return translated(QStringLiteral("catalog:product:") + product, title);
}

QString CatalogText::typeText(const QString &typeId, const QString &text)
{
    return translated(QStringLiteral("catalog:type:") + typeId, text);
}

QString CatalogText::linkMeaning(const LinkKind &kind)
{
    return translated(QStringLiteral("catalog:link:%1+%2").arg(kind.typeA, kind.typeB), kind.meaning);
}

QString CatalogText::systemName(const QString &systemId, const QString &name)
{
    return translated(QStringLiteral("catalog:system:") + systemId, name);
}

QString CatalogText::service(const QString &rule, const QString &service)
{
    return translated(ruleContext(rule), service);
}

QString CatalogText::notes(const QString &rule, const QString &notes)
{
    if (notes.isEmpty())
        return notes;
    const QStringList texts = ruleTexts().notes.value(rule);
    const QString context = ruleContext(rule);
    if (texts.contains(notes))
        return translated(context, notes);
    // The engine joins the notes whose condition holds with a space, in the rule's order.
    QString result = notes;
    for (const QString &text : texts) {
        const QString translation = translated(context, text);
        if (translation != text)
            result.replace(text, translation);
    }
    return result;
}

QString CatalogText::message(const QString &rule, const QString &message)
{
    const auto found = ruleTexts().messages.constFind(rule);
    if (found == ruleTexts().messages.constEnd())
        return message;
    const QString &sourceTemplate = found.value();
    const QString translation = translated(ruleContext(rule), sourceTemplate);
    if (translation == sourceTemplate)
        return message;
    if (!sourceTemplate.contains(QLatin1Char('{')))
        return message == sourceTemplate ? translation : message;
    return fillHoles(sourceTemplate, translation, message);
}

} // namespace portolan
