#include "pastecommand.h"

#include "document.h"

namespace portolan {

PasteCommand::PasteCommand(Document *document, const Design &fragment, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_fragment(fragment)
{
    setText(QCoreApplication::translate("portolan::PasteCommand", "Paste %n items", nullptr,
        int(fragment.hosts().size() + fragment.zones().size())));
}

void PasteCommand::redo()
{
    // Appended after what the design holds, in one change however large the fragment.
    const Design &design = m_document->design();
    QList<QPair<int, Zone>> zones;
    QList<QPair<int, Host>> hosts;
    QList<QPair<int, Link>> links;
    for (const Zone &zone : m_fragment.zones())
        zones.append({int(design.zones().size() + zones.size()), zone});
    for (const Host &host : m_fragment.hosts())
        hosts.append({int(design.hosts().size() + hosts.size()), host});
    for (const Link &link : m_fragment.links())
        links.append({int(design.links().size() + links.size()), link});
    m_document->insertMany(zones, hosts, links);
}

void PasteCommand::undo()
{
    QList<QPair<QString, QString>> pairs;
    for (const Link &link : m_fragment.links())
        pairs.append({link.a, link.b});
    QStringList hosts, zones;
    for (const Host &host : m_fragment.hosts())
        hosts.append(host.id);
    for (const Zone &zone : m_fragment.zones())
        zones.append(zone.id);
    m_document->removeMany(m_document->linkIndexes(pairs), hosts, zones);
}

} // namespace portolan
