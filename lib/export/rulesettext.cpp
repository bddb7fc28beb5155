#include "rulesettext.h"

namespace portolan {

bool RuleSetText::isUnsafe(char32_t character)
{
    if (character < 0x20 || (character >= 0x7f && character <= 0x9f)) // C0, DEL, C1 (NEL among them)
        return character != U'\t';
    switch (character) {
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0x061c: // Arabic letter mark
        return true;
    default:
        break;
    }
    // Bidirectional embeddings, overrides and isolates: they make a line read differently from
    // what a parser sees.
    return (character >= 0x202a && character <= 0x202e) || (character >= 0x2066 && character <= 0x2069);
}

QString RuleSetText::oneLine(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool space = true; // drops leading white space
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t character = text.at(i).unicode();
        if (QChar::isHighSurrogate(character) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            character = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        } else if (QChar::isSurrogate(character)) {
            character = QChar::ReplacementCharacter;
        }
        if (isUnsafe(character) || character == U'\t' || QChar::isSpace(character)) {
            if (!space)
                result += QLatin1Char(' ');
            space = true;
            continue;
        }
        space = false;
        if (QChar::requiresSurrogates(character)) {
            result += QChar(QChar::highSurrogate(character));
            result += QChar(QChar::lowSurrogate(character));
        } else {
            result += QChar(character);
        }
    }
    if (result.endsWith(QLatin1Char(' ')))
        result.chop(1);
    return result;
}

QString RuleSetText::oneLine(QStringView text, int maxBytes)
{
    QString result = oneLine(text);
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const bool pair = result.at(i).isHighSurrogate(); // oneLine() leaves only whole pairs
        const char32_t character = pair ? QChar::surrogateToUcs4(result.at(i), result.at(i + 1))
                                        : char32_t(result.at(i).unicode());
        const int size = character < 0x80 ? 1 : character < 0x800 ? 2 : character < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes) {
            result.truncate(i);
            break;
        }
        bytes += size;
        if (pair)
            ++i;
    }
    return result;
}

bool RuleSetText::join(const QStringList &lines, QByteArray *data, QString *error)
{
    // One pass: check each line and write it as UTF-8. Printable ASCII, nearly every character of
    // a rule set, is copied as it is; a line with anything else is checked and converted whole.
    qsizetype total = lines.size();
    for (const QString &line : lines)
        total += line.size();
    QByteArray result;
    result.reserve(total);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (n > 0)
            result.append('\n');
        const char16_t *text = reinterpret_cast<const char16_t *>(line.constData());
        const qsizetype size = line.size();
        const qsizetype at = result.size();
        result.resize(at + size);
        char *out = result.data() + at;
        qsizetype i = 0;
        for (; i < size && text[i] >= 0x20 && text[i] < 0x7f; ++i)
            out[i] = char(text[i]);
        if (i == size)
            continue;
        result.truncate(at);
        for (i = 0; i < size; ++i) {
            const char32_t character = line.at(i).unicode();
            if (isUnsafe(character) || QChar::isSurrogate(character)) {
                const bool pair
                    = line.at(i).isHighSurrogate() && i + 1 < size && line.at(i + 1).isLowSurrogate();
                if (pair) {
                    ++i;
                    continue;
                }
                *error = tr("line %1 of the rule set would hold the control character U+%2; nothing was "
                            "written")
                             .arg(n + 1)
                             .arg(QString::number(uint(character), 16).toUpper().rightJustified(4, u'0'));
                return false;
            }
        }
        result.append(line.toUtf8());
    }
    *data = std::move(result);
    return true;
}

} // namespace portolan
