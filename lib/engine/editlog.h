#pragma once

#include <QList>

namespace portolan {

/**
 * What edits did to a design, in the order they happened: hosts, links and zones inserted,
 * changed or removed at an index of the design's lists, as Design's own mutators name them.
 * An editor records it while it mutates the design, and IncrementalDerivation re-derives what
 * those steps can affect. A reset says the whole design may have changed.
 */
class EditLog
{
public:
    enum class Kind : quint8 {
        HostInserted,
        HostChanged,
        HostRemoved,
        LinkInserted,
        LinkChanged,
        LinkRemoved,
        ZoneInserted,
        ZoneChanged,
        ZoneRemoved,
    };
    struct Step
    {
        Kind kind;
        int index; ///< in the design as it was when the step happened
    };

    void hostInserted(int index) { add(Kind::HostInserted, index); }
    void hostChanged(int index) { add(Kind::HostChanged, index); }
    void hostRemoved(int index) { add(Kind::HostRemoved, index); }
    void linkInserted(int index) { add(Kind::LinkInserted, index); }
    void linkChanged(int index) { add(Kind::LinkChanged, index); }
    void linkRemoved(int index) { add(Kind::LinkRemoved, index); }
    void zoneInserted(int index) { add(Kind::ZoneInserted, index); }
    void zoneChanged(int index) { add(Kind::ZoneChanged, index); }
    void zoneRemoved(int index) { add(Kind::ZoneRemoved, index); }
    /// The whole design may have changed (a new design, an old revision): derive it all.
    void reset()
    {
        m_steps.clear();
        m_reset = true;
    }

    bool isEmpty() const { return !m_reset && m_steps.isEmpty(); }
    bool isReset() const { return m_reset; }
    const QList<Step> &steps() const { return m_steps; }
    void clear()
    {
        m_steps.clear();
        m_reset = false;
    }

private:
    void add(Kind kind, int index)
    {
        if (!m_reset)
            m_steps.append({kind, index});
    }

    QList<Step> m_steps;
    bool m_reset = false;
};

} // namespace portolan
