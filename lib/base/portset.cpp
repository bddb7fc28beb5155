#include "portset.h"

#include <QCoreApplication>

#include <algorithm>

namespace portolan {

PortSet::PortSet(std::initializer_list<PortRange> ranges)
{
    for (const PortRange &range : ranges)
        add(range);
}

bool PortSet::parse(QStringView text, PortSet *result, QString *error)
{
    PortSet set;
    const auto bad = [&](QStringView piece) {
        if (error) {
            *error = QCoreApplication::translate(
                "PortSet", "\"%1\" is not a port or a port range from 0 to 65535")
                         .arg(piece.toString());
        }
        return false;
    };
    for (QStringView piece : text.split(QLatin1Char(','))) {
        piece = piece.trimmed();
        if (piece.isEmpty())
            continue;
        const qsizetype dash = piece.indexOf(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const int first = (dash < 0 ? piece : piece.left(dash)).trimmed().toInt(&okFirst);
        const int last = dash < 0 ? first : piece.mid(dash + 1).trimmed().toInt(&okLast);
        if (!okFirst || (dash >= 0 && !okLast) || first < 0 || last > 65535 || first > last)
            return bad(piece);
        set.add({first, last});
    }
    *result = set;
    return true;
}

QString PortSet::toString() const
{
    QString text;
    for (const PortRange &range : m_ranges) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(range.first);
        if (range.last != range.first)
            text += QLatin1Char('-') + QString::number(range.last);
    }
    return text;
}

qsizetype PortSet::portCount() const
{
    qsizetype count = 0;
    for (const PortRange &range : m_ranges)
        count += range.last - range.first + 1;
    return count;
}

void PortSet::add(PortRange range)
{
    auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), range,
        [](const PortRange &a, const PortRange &b) { return a.first < b.first; });
    it = m_ranges.insert(it, range);
    // Merge overlaps with the neighbours on both sides.
    qsizetype i = it - m_ranges.begin();
    if (i > 0 && m_ranges.at(i - 1).last >= m_ranges.at(i).first) {
        m_ranges[i - 1].last = qMax(m_ranges.at(i - 1).last, m_ranges.at(i).last);
        m_ranges.removeAt(i);
        --i;
    }
    while (i + 1 < m_ranges.size() && m_ranges.at(i).last >= m_ranges.at(i + 1).first) {
        m_ranges[i].last = qMax(m_ranges.at(i).last, m_ranges.at(i + 1).last);
        m_ranges.removeAt(i + 1);
    }
}

bool PortSet::contains(int port) const
{
    for (const PortRange &range : m_ranges) {
        if (port >= range.first && port <= range.last)
            return true;
    }
    return false;
}

bool PortSet::intersects(const PortSet &other) const
{
    return !intersected(other).isEmpty();
}

PortSet PortSet::intersected(const PortSet &other) const
{
    PortSet result;
    for (const PortRange &a : m_ranges) {
        for (const PortRange &b : other.m_ranges) {
            const int first = qMax(a.first, b.first);
            const int last = qMin(a.last, b.last);
            if (first <= last)
                result.add({first, last});
        }
    }
    return result;
}

PortSet PortSet::subtracted(const PortSet &other) const
{
    PortSet result;
    for (PortRange range : m_ranges) {
        for (const PortRange &cut : other.m_ranges) {
            if (cut.last < range.first || cut.first > range.last)
                continue;
            if (cut.first > range.first)
                result.add({range.first, cut.first - 1});
            range.first = cut.last + 1;
            if (range.first > range.last)
                break;
        }
        if (range.first <= range.last)
            result.add(range);
    }
    return result;
}

} // namespace portolan
