#pragma once

#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QSharedData>
#include <QString>

namespace portolan {

struct PortRange
{
    int first = 0;
    int last = 0;
    friend bool operator==(const PortRange &, const PortRange &) = default;
};

/**
 * A sorted set of ports written as "22,443,943" and "3000-3032". Overlapping ranges merge;
 * adjacent single ports stay apart, as a firewall matrix lists them.
 *
 * A set is one pointer to ranges shared by its copies (copy on write): the catalog's port lists
 * are parsed once and every flow derived from them shares them, and the empty set allocates
 * nothing.
 */
class PortSet
{
public:
    PortSet() = default;
    PortSet(std::initializer_list<PortRange> ranges);

    /// Parses "22, 443,3000-3032"; returns false and leaves the set empty on any bad piece.
    static bool parse(QStringView text, PortSet *result, QString *error = nullptr);
    static PortSet single(int port) { return PortSet {{port, port}}; }

    QString toString() const;
    bool isEmpty() const { return !d; }
    const QList<PortRange> &ranges() const;
    int firstPort() const { return d ? d->ranges.front().first : 0; }
    qsizetype portCount() const;

    void add(PortRange range);
    bool contains(int port) const;
    bool intersects(const PortSet &other) const;
    PortSet intersected(const PortSet &other) const;
    PortSet subtracted(const PortSet &other) const;
    /// True when both sets share the same ranges (a copy of one another): equal without comparing.
    bool isSharedWith(const PortSet &other) const { return d == other.d; }

    friend bool operator==(const PortSet &a, const PortSet &b)
    {
        return a.d == b.d || (a.d && b.d && a.d->ranges == b.d->ranges);
    }

private:
    struct Data : QSharedData
    {
        QList<PortRange> ranges; ///< never empty
    };
    QExplicitlySharedDataPointer<Data> d; ///< null for the empty set
};

} // namespace portolan

Q_DECLARE_TYPEINFO(portolan::PortRange, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(portolan::PortSet, Q_RELOCATABLE_TYPE);
