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

struct ReleasePart
{
    qint64 number = 0;
    QStringView letters;
};

// Splits "14.5.0at" into (14, ""), (5, ""), (0, "at").
QList<ReleasePart> releaseParts(QStringView text)
{
    QList<ReleasePart> parts;
    for (QStringView piece : text.split(QLatin1Char('.'))) {
        qsizetype digits = 0;
        while (digits < piece.size() && piece.at(digits).isDigit())
            ++digits;
        parts.append({piece.left(digits).toLongLong(), piece.mid(digits)});
    }
    return parts;
}

template <typename T> int sign(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

int compareReleases(QStringView a, QStringView b)
{
    const QList<ReleasePart> left = releaseParts(a);
    const QList<ReleasePart> right = releaseParts(b);
    const qsizetype count = qMax(left.size(), right.size());
    for (qsizetype i = 0; i < count; ++i) {
        const ReleasePart l = i < left.size() ? left.at(i) : ReleasePart {};
        const ReleasePart r = i < right.size() ? right.at(i) : ReleasePart {};
        if (const int c = sign(l.number, r.number))
            return c;
        if (const int c = l.letters.compare(r.letters))
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
