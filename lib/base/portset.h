#pragma once

#include <QList>
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
    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<PortRange> &ranges() const { return m_ranges; }
    int firstPort() const { return m_ranges.isEmpty() ? 0 : m_ranges.front().first; }
    qsizetype portCount() const;

    void add(PortRange range);
    bool contains(int port) const;
    bool intersects(const PortSet &other) const;
    PortSet intersected(const PortSet &other) const;
    PortSet subtracted(const PortSet &other) const;

    friend bool operator==(const PortSet &, const PortSet &) = default;

private:
    QList<PortRange> m_ranges;
};

} // namespace portolan
