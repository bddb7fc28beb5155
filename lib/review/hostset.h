#pragma once

#include <QHashFunctions>
#include <QList>

#include <algorithm>

namespace portolan {

/**
 * A set of host indexes of one design (its universe: the design's host count), kept as a sorted
 * list of members or, when the set holds more than half the hosts, as the sorted list of the hosts
 * it leaves out. "Every host but these" (any, a zone's outside, a /8 without a few) so stays small,
 * and every operation is linear in the lists, never in the tuples a request covers. Implicitly
 * shared: copies are cheap.
 */
class HostSet
{
public:
    HostSet() = default;
    static HostSet none(int universe);
    static HostSet all(int universe);
    static HostSet single(int universe, int host);
    /// The hosts of the list (any order, repeats allowed), each within [0, universe).
    static HostSet of(int universe, QList<int> hosts);

    int universe() const { return m_universe; }
    qsizetype count() const;
    bool isEmpty() const { return count() == 0; }
    bool isAll() const { return count() == m_universe; }
    bool contains(int host) const;
    /// The only member of a set of one, else -1.
    int onlyMember() const;

    HostSet intersected(const HostSet &other) const;
    HostSet subtracted(const HostSet &other) const;
    HostSet united(const HostSet &other) const;
    HostSet complemented() const;
    bool intersects(const HostSet &other) const { return !intersected(other).isEmpty(); }
    bool isSubsetOf(const HostSet &other) const { return subtracted(other).isEmpty(); }

    /// The members in ascending order.
    QList<int> members() const;
    /// Calls f(host) for each member in ascending order; stops early when f returns false.
    template <typename F> void forEach(F f) const
    {
        if (!m_complement) {
            for (const int host : m_list) {
                if (!f(host))
                    return;
            }
            return;
        }
        qsizetype next = 0;
        for (int host = 0; host < m_universe; ++host) {
            if (next < m_list.size() && m_list.at(next) == host) {
                ++next;
                continue;
            }
            if (!f(host))
                return;
        }
    }

    friend bool operator==(const HostSet &a, const HostSet &b)
    {
        // Qt 6.4's QList<int>::operator== hands memcmp a null pointer when one of two empty lists
        // has no buffer (undefined behaviour, which UBSan stops at): empty lists are equal here.
        return a.m_universe == b.m_universe && a.m_complement == b.m_complement
            && a.m_list.size() == b.m_list.size() && (a.m_list.isEmpty() || a.m_list == b.m_list);
    }
    friend size_t qHash(const HostSet &set, size_t seed = 0)
    {
        return qHashMulti(seed, set.m_universe, set.m_complement, set.m_list);
    }

private:
    /// Puts the set in its one canonical form: members listed when they are at most half.
    static HostSet make(int universe, bool complement, QList<int> list);

    int m_universe = 0;
    bool m_complement = false; ///< m_list holds the hosts left out
    QList<int> m_list; ///< sorted, unique
};

} // namespace portolan
