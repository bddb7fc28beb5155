#pragma once

#include <QString>

namespace portolan {

/** A parameter or expression value: nothing, a boolean, a whole number or a text. */
class Value
{
public:
    enum class Type { Null, Bool, Int, String };

    Value() = default;
    Value(bool b)
        : m_type(Type::Bool)
        , m_int(b)
    { }
    Value(int i)
        : m_type(Type::Int)
        , m_int(i)
    { }
    Value(qint64 i)
        : m_type(Type::Int)
        , m_int(i)
    { }
    Value(const QString &s)
        : m_type(Type::String)
        , m_string(s)
    { }

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool toBool() const;
    qint64 toInt() const { return m_type == Type::String ? m_string.toLongLong() : m_int; }
    QString toString() const;

    /// -1, 0 or 1. Texts that start with a digit compare as release numbers ("15.1.0ar" > "15.1").
    static int compare(const Value &a, const Value &b);
    friend bool operator==(const Value &a, const Value &b)
    {
        return compare(a, b) == 0 && a.m_type == b.m_type;
    }

private:
    Type m_type = Type::Null;
    qint64 m_int = 0;
    QString m_string;
};

/// Compares release numbers such as "14.5.0at", "15.1" and "16.1": numeric parts first, then letters.
int compareReleases(QStringView a, QStringView b);

} // namespace portolan
