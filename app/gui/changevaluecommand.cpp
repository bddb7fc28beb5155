#include "changevaluecommand.h"

#include "document.h"

namespace portolan {

// Distinct ids keep host and zone edits from merging with each other.
template <> int ChangeValueCommand<Host>::id() const
{
    return 0x484f5354; // "HOST"
}

template <> int ChangeValueCommand<Zone>::id() const
{
    return 0x5a4f4e45; // "ZONE"
}

template <> void ChangeValueCommand<Host>::apply(const Host &value)
{
    m_document->setHost(value);
}

template <> void ChangeValueCommand<Zone>::apply(const Zone &value)
{
    m_document->setZone(value);
}

} // namespace portolan
