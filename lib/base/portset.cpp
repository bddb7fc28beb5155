#include "portset.h"

#include <QCoreApplication>

#include <algorithm>

namespace portolan {

PortSet::PortSet(std::initializer_list<PortRange> ranges)
{
    for (const PortRange &range : ranges)
        add(range);
}

const QList<PortRange> &PortSet::ranges() const
{
    static const QList<PortRange> none;
    return d ? d->ranges : none;
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
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char(','), start);
        if (end < 0)
            end = text.size();
        const QStringView piece = text.mid(start, end - start).trimmed();
        start = end + 1;
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
    if (!d)
        return QString();
    QString text;
    text.reserve(d->ranges.size() * 12);
    for (const PortRange &range : d->ranges) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(range.first);
        if (range.last != range.first) {
            text += QLatin1Char('-');
            text += QString::number(range.last);
        }
    }
    return text;
}

qsizetype PortSet::portCount() const
{
    qsizetype count = 0;
    for (const PortRange &range : ranges())
        count += range.last - range.first + 1;
    return count;
}

void PortSet::add(PortRange range)
{
    if (!d) {
        d = new Data;
        d->ranges.append(range);
        return;
    }
    d.detach();
    QList<PortRange> &ranges = d->ranges;
    if (range.first > ranges.back().last) { // the common case: ranges given in order
        ranges.append(range);
        return;
    }
    auto it = std::lower_bound(ranges.begin(), ranges.end(), range,
        [](const PortRange &a, const PortRange &b) { return a.first < b.first; });
    it = ranges.insert(it, range);
    // Merge overlaps with the neighbours on both sides.
    qsizetype i = it - ranges.begin();
    if (i > 0 && ranges.at(i - 1).last >= ranges.at(i).first) {
        ranges[i - 1].last = qMax(ranges.at(i - 1).last, ranges.at(i).last);
        ranges.removeAt(i);
        --i;
    }
    while (i + 1 < ranges.size() && ranges.at(i).last >= ranges.at(i + 1).first) {
        ranges[i].last = qMax(ranges.at(i).last, ranges.at(i + 1).last);
        ranges.removeAt(i + 1);
    }
}

bool PortSet::contains(int port) const
{
    for (const PortRange &range : ranges()) {
        if (port >= range.first && port <= range.last)
            return true;
    }
    return false;
}

bool PortSet::intersects(const PortSet &other) const
{
    for (const PortRange &a : ranges()) {
        for (const PortRange &b : other.ranges()) {
            if (qMax(a.first, b.first) <= qMin(a.last, b.last))
                return true;
        }
    }
    return false;
}

PortSet PortSet::intersected(const PortSet &other) const
{
    PortSet result;
    for (const PortRange &a : ranges()) {
        for (const PortRange &b : other.ranges()) {
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
    for (PortRange range : ranges()) {
        for (const PortRange &cut : other.ranges()) {
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
