#include "hostset.h"

#include <iterator>

namespace portolan {

namespace {

QList<int> intersection(const QList<int> &a, const QList<int> &b)
{
    QList<int> out;
    // A small list against a large one: look each member up instead of walking both.
    if (a.size() * 16 < b.size() || b.size() * 16 < a.size()) {
        const QList<int> &small = a.size() < b.size() ? a : b;
        const QList<int> &large = a.size() < b.size() ? b : a;
        for (const int host : small) {
            if (std::binary_search(large.cbegin(), large.cend(), host))
                out.append(host);
        }
        return out;
    }
    out.reserve(std::min(a.size(), b.size()));
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

QList<int> difference(const QList<int> &a, const QList<int> &b)
{
    QList<int> out;
    if (b.isEmpty())
        return a;
    if (a.size() * 16 < b.size()) {
        for (const int host : a) {
            if (!std::binary_search(b.cbegin(), b.cend(), host))
                out.append(host);
        }
        return out;
    }
    out.reserve(a.size());
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

QList<int> unionOf(const QList<int> &a, const QList<int> &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    QList<int> out;
    out.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

/// The hosts of [0, universe) that the sorted list leaves out.
QList<int> invert(int universe, const QList<int> &list)
{
    QList<int> out;
    out.reserve(universe - list.size());
    qsizetype next = 0;
    for (int host = 0; host < universe; ++host) {
        if (next < list.size() && list.at(next) == host)
            ++next;
        else
            out.append(host);
    }
    return out;
}

} // namespace

HostSet HostSet::make(int universe, bool complement, QList<int> list)
{
    const qsizetype count = complement ? universe - list.size() : list.size();
    const bool listMembers = count * 2 <= universe;
    HostSet set;
    set.m_universe = universe;
    if (listMembers == !complement) {
        set.m_complement = complement;
        set.m_list = std::move(list);
    } else {
        set.m_complement = !complement;
        set.m_list = invert(universe, list);
    }
    return set;
}

HostSet HostSet::none(int universe)
{
    return make(universe, false, {});
}

HostSet HostSet::all(int universe)
{
    return make(universe, true, {});
}

HostSet HostSet::single(int universe, int host)
{
    return make(universe, false, {host});
}

HostSet HostSet::of(int universe, QList<int> hosts)
{
    std::sort(hosts.begin(), hosts.end());
    hosts.erase(std::unique(hosts.begin(), hosts.end()), hosts.end());
    return make(universe, false, std::move(hosts));
}

qsizetype HostSet::count() const
{
    return m_complement ? m_universe - m_list.size() : m_list.size();
}

bool HostSet::contains(int host) const
{
    if (host < 0 || host >= m_universe)
        return false;
    return std::binary_search(m_list.cbegin(), m_list.cend(), host) != m_complement;
}

int HostSet::onlyMember() const
{
    if (count() != 1)
        return -1;
    if (!m_complement)
        return m_list.front();
    int found = -1;
    forEach([&found](int host) {
        found = host;
        return false;
    });
    return found;
}

HostSet HostSet::intersected(const HostSet &other) const
{
    if (!m_complement && !other.m_complement)
        return make(m_universe, false, intersection(m_list, other.m_list));
    if (!m_complement)
        return make(m_universe, false, difference(m_list, other.m_list));
    if (!other.m_complement)
        return make(m_universe, false, difference(other.m_list, m_list));
    return make(m_universe, true, unionOf(m_list, other.m_list));
}

HostSet HostSet::subtracted(const HostSet &other) const
{
    return intersected(other.complemented());
}

HostSet HostSet::united(const HostSet &other) const
{
    return complemented().intersected(other.complemented()).complemented();
}

HostSet HostSet::complemented() const
{
    HostSet set = *this;
    set.m_complement = !m_complement;
    // Flipping the flag keeps the form canonical unless the count is exactly half.
    return make(m_universe, set.m_complement, set.m_list);
}

QList<int> HostSet::members() const
{
    return m_complement ? invert(m_universe, m_list) : m_list;
}

} // namespace portolan
