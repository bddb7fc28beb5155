#include "clipboard.h"

#include "designscene.h"
#include "document.h"
#include "zoneitem.h"

#include "io/designjson.h"
#include "layout/placement.h"
#include "model/designfragment.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace portolan {

const QString Clipboard::MimeType = QStringLiteral("application/x-portolan-design");

Clipboard::Clipboard(Document *document, DesignScene *scene, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
{ }

bool Clipboard::canPaste() const
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data && data->hasFormat(MimeType);
}

bool Clipboard::copy()
{
    const Design &design = m_document->design();
    const QStringList hostIds = m_scene->selectedHostIds();
    const QStringList zoneIds = m_scene->selectedZoneIds();
    if (hostIds.isEmpty() && zoneIds.isEmpty())
        return false;
    Design fragment = extractFragment(design, hostIds, zoneIds);
    // Hosts placed without coordinates are copied where they are drawn.
    const QList<QPointF> centres = Placement::hostCentres(design);
    for (int i = 0; i < fragment.hosts().size(); ++i) {
        Host host = fragment.hosts().at(i);
        if (host.hasPosition)
            continue;
        host.position = centres.at(design.hostIndex(host.id));
        host.hasPosition = true;
        fragment.setHost(i, host);
    }
    auto *data = new QMimeData;
    const QByteArray json = DesignJson::write(fragment);
    data->setData(MimeType, json);
    data->setText(QString::fromUtf8(json));
    QGuiApplication::clipboard()->setMimeData(data);
    emit statusMessage(tr("Copied %n items.", nullptr, int(hostIds.size() + zoneIds.size())), 4000);
    return true;
}

bool Clipboard::cut()
{
    if (m_scene->isReadOnly() || !copy())
        return false;
    m_document->removeItems(m_scene->selectedHostIds(), m_scene->selectedLinks(), m_scene->selectedZoneIds());
    return true;
}

bool Clipboard::paste()
{
    return pasteFragment(nullptr);
}

bool Clipboard::pasteAt(const QPointF &scenePos)
{
    return pasteFragment(&scenePos);
}

bool Clipboard::pasteFragment(const QPointF *at)
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(MimeType) || m_scene->isReadOnly())
        return false;
    Design copied;
    QString error;
    if (!DesignJson::read(data->data(MimeType), m_document->catalog(), &copied, &error)) {
        emit statusMessage(tr("Cannot paste: %1").arg(error), 6000);
        return false;
    }
    // Fresh ids, shifted positions; the fragment's links follow the new ids.
    QPointF offset(PasteOffset, PasteOffset);
    if (at) {
        // The top left corner of the copied hosts' cards and zones' areas goes to the point.
        QRectF bounds;
        for (const Zone &zone : copied.zones())
            bounds |= zone.area;
        for (const Host &host : copied.hosts()) {
            if (host.hasPosition)
                bounds |= QRectF(host.position - QPointF(Placement::HostWidth / 2, Placement::HostHeight / 2),
                    QSizeF(Placement::HostWidth, Placement::HostHeight));
        }
        if (!bounds.isNull())
            offset = QPointF(qRound(at->x() - bounds.left()), qRound(at->y() - bounds.top()));
    }
    Design fragment = remapFragment(copied, m_document->design(), offset);
    if (at) {
        // A host whose zone stayed behind joins the zone it lands in, or none.
        for (int i = 0; i < fragment.hosts().size(); ++i) {
            Host host = fragment.hosts().at(i);
            if (fragment.zoneIndex(host.zone) >= 0 || !host.hasPosition)
                continue;
            QString zone = m_document->zoneAt(host.position);
            const Zone *own = m_document->design().zone(host.zone);
            if (zone.isEmpty() && own && own->area.isEmpty())
                zone = host.zone; // a zone without a canvas area keeps its hosts wherever they are
            host.zone = zone;
            fragment.setHost(i, host);
        }
    }
    if (!m_document->addFragment(fragment))
        return false;
    QStringList pasted;
    for (const Host &host : fragment.hosts())
        pasted.append(host.id);
    m_scene->selectHosts(pasted);
    for (const Zone &zone : fragment.zones()) {
        if (ZoneItem *item = m_scene->zoneItem(zone.id))
            item->setSelected(true);
    }
    emit statusMessage(
        tr("Pasted %n items.", nullptr, int(fragment.hosts().size() + fragment.zones().size())), 4000);
    return true;
}

} // namespace portolan
