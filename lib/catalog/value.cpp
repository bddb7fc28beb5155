#include "value.h"

#include <QList>

namespace portolan {

bool Value::toBool() const
{
    switch (m_type) {
    case Type::Null:
        return false;
    case Type::Bool:
    case Type::Int:
        return m_int != 0;
    case Type::String:
        return !m_string.isEmpty();
    }
    return false;
}

QString Value::toString() const
{
    switch (m_type) {
    case Type::Null:
        return QString();
    case Type::Bool:
        return m_int ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return QString::number(m_int);
    case Type::String:
        return m_string;
    }
    return QString();
}

namespace {

template <typename T> int sign(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

/** Reads "14.5.0at" part by part: (14, ""), (5, ""), (0, "at"); then (0, "") for ever. */
class ReleaseParts
{
public:
    explicit ReleaseParts(QStringView text)
        : m_text(text)
    { }
    bool atEnd() const { return m_pos > m_text.size(); }
    void next(qint64 *number, QStringView *letters)
    {
        *number = 0;
        *letters = QStringView();
        if (atEnd())
            return;
        qsizetype end = m_text.indexOf(QLatin1Char('.'), m_pos);
        if (end < 0)
            end = m_text.size();
        const QStringView piece = m_text.mid(m_pos, end - m_pos);
        m_pos = end + 1;
        qsizetype digits = 0;
        while (digits < piece.size() && piece.at(digits).isDigit())
            ++digits;
        *number = piece.left(digits).toLongLong();
        *letters = piece.mid(digits);
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

int compareReleases(QStringView a, QStringView b)
{
    ReleaseParts left(a);
    ReleaseParts right(b);
    while (!left.atEnd() || !right.atEnd()) {
        qint64 l = 0, r = 0;
        QStringView lLetters, rLetters;
        left.next(&l, &lLetters);
        right.next(&r, &rLetters);
        if (const int c = sign(l, r))
            return c;
        if (const int c = lLetters.compare(rLetters))
            return c < 0 ? -1 : 1;
    }
    return 0;
}

int Value::compare(const Value &a, const Value &b)
{
    if (a.m_type == Type::String && b.m_type == Type::String) {
        const bool releases = !a.m_string.isEmpty() && !b.m_string.isEmpty() && a.m_string.at(0).isDigit()
            && b.m_string.at(0).isDigit();
        if (releases)
            return compareReleases(a.m_string, b.m_string);
        const int c = a.m_string.compare(b.m_string);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (a.m_type == Type::String || b.m_type == Type::String)
        return compare(Value(a.toString()), Value(b.toString()));
    return sign(a.m_int, b.m_int);
}

} // namespace portolan
