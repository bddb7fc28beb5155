#include "jsonoutline.h"

namespace portolan {

namespace {

/** One pass over the text; every step returns false at anything the outline does not take. */
class OutlineScanner
{
public:
    explicit OutlineScanner(QByteArrayView json)
        : m_pos(json.data())
        , m_end(json.data() + json.size())
    { }

    bool object(QList<JsonOutline::Member> *members)
    {
        if (!skipSpace() || *m_pos != '{')
            return false;
        ++m_pos;
        if (!skipSpace())
            return false;
        if (*m_pos == '}')
            return ++m_pos, atEnd();
        while (true) {
            JsonOutline::Member member;
            const char *start = m_pos;
            if (!name(&member.name) || !skipSpace() || *m_pos != ':')
                return false;
            ++m_pos;
            if (!skipSpace())
                return false;
            member.isList = *m_pos == '[';
            if (!(member.isList ? list(&member.elements) : value(1)))
                return false;
            member.text = QByteArrayView(start, m_pos);
            if (members->size() == JsonOutline::MaxMembers)
                return false;
            for (const JsonOutline::Member &earlier : std::as_const(*members)) {
                if (earlier.name == member.name)
                    return false;
            }
            members->append(member);
            if (!skipSpace())
                return false;
            const char separator = *m_pos++;
            if (separator == '}')
                return atEnd();
            if (separator != ',' || !skipSpace())
                return false;
        }
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    // False at the end of the text.
    bool skipSpace()
    {
        while (m_pos < m_end && isSpace(*m_pos))
            ++m_pos;
        return m_pos < m_end;
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos == m_end;
    }

    // A member name without escapes.
    bool name(QByteArrayView *text)
    {
        if (*m_pos != '"')
            return false;
        const char *start = ++m_pos;
        while (m_pos < m_end && *m_pos != '"') {
            if (*m_pos == '\\')
                return false;
            ++m_pos;
        }
        if (m_pos == m_end)
            return false;
        *text = QByteArrayView(start, m_pos);
        ++m_pos;
        return true;
    }

    // At an opening quote: moves past the closing one.
    bool string()
    {
        ++m_pos;
        while (m_pos < m_end) {
            const char c = *m_pos++;
            if (c == '"')
                return true;
            if (c == '\\' && m_pos++ == m_end)
                return false;
        }
        return false;
    }

    // A list of the top-level object: each element's text.
    bool list(QList<QByteArrayView> *elements)
    {
        ++m_pos;
        if (!skipSpace())
            return false;
        if (*m_pos == ']')
            return ++m_pos, true;
        while (true) {
            const char *start = m_pos;
            if (!value(2))
                return false;
            elements->append(QByteArrayView(start, m_pos));
            if (!skipSpace())
                return false;
            const char separator = *m_pos++;
            if (separator == ']')
                return true;
            if (separator != ',' || !skipSpace())
                return false;
        }
    }

    // Moves past one value at the given depth. Inside objects and lists only strings and
    // brackets are followed: the JSON reader checks the rest when it reads the value.
    bool value(int depth)
    {
        const char first = *m_pos;
        if (first == '"')
            return string();
        if (first != '{' && first != '[') {
            const char *start = m_pos;
            while (m_pos < m_end && !isSpace(*m_pos) && *m_pos != ',' && *m_pos != '}' && *m_pos != ']')
                ++m_pos;
            return m_pos > start;
        }
        int open = 0;
        while (m_pos < m_end) {
            const char c = *m_pos;
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[') {
                if (depth + ++open > JsonOutline::MaxDepth)
                    return false;
            } else if ((c == '}' || c == ']') && --open == 0) {
                return true;
            }
        }
        return false;
    }

    const char *m_pos;
    const char *m_end;
};

} // namespace

bool JsonOutline::read(QByteArrayView json, QList<Member> *members)
{
    members->clear();
    if (OutlineScanner(json).object(members))
        return true;
    members->clear();
    return false;
}

} // namespace portolan
