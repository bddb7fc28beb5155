#include "exportpreviewrenderer.h"

#include "export/diagrampngexport.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace portolan {

namespace {

/// The preview of one format; runs on the render's own thread.
RenderedPreview renderPreview(const ExportFormat *format, const ExportInput &input)
{
    RenderedPreview preview;
    const QString id = format->id();
    if (id == QLatin1String("png")) {
        preview.image = DiagramPngExport::image(input.design, input.options.imageScale);
        if (preview.image.isNull())
            preview.error = QCoreApplication::translate(
                "portolan::ExportDialog", "The diagram picture could not be drawn.");
        else
            preview.kind = RenderedPreview::Kind::Image;
    } else if (format->render(input, &preview.data, &preview.error)) {
        preview.kind = format->isText() ? RenderedPreview::Kind::Text : RenderedPreview::Kind::Binary;
    } else if (preview.error.isEmpty()) {
        preview.error
            = QCoreApplication::translate("portolan::ExportDialog", "The export could not be built.");
    }
    return preview;
}

} // namespace

ExportPreviewRenderer::ExportPreviewRenderer(QObject *parent)
    : QObject(parent)
{ }

ExportPreviewRenderer::~ExportPreviewRenderer()
{
    for (const std::unique_ptr<Render> &render : m_running)
        *render->stop = true;
    for (const std::unique_ptr<Render> &render : m_running) {
        render->thread->wait();
        delete render->thread;
    }
}

void ExportPreviewRenderer::render(const ExportFormat *format, const Design &design,
    const Derivation &derivation, const ExportOptions &options)
{
    cancel();
    auto render = std::make_unique<Render>();
    Render *raw = render.get();
    render->thread = QThread::create([raw, stop = render->stop, format, design, derivation, options] {
        ExportOptions stoppable = options;
        stoppable.progress = [stop](qint64, qint64) { return !stop->load(); };
        raw->outcome = renderPreview(format, ExportInput {design, derivation, stoppable});
    });
    connect(render->thread, &QThread::finished, this, [this, raw] { finished(raw); });
    m_latest = raw;
    m_running.push_back(std::move(render));
    raw->thread->start();
}

void ExportPreviewRenderer::cancel()
{
    if (m_latest)
        *m_latest->stop = true;
    m_latest = nullptr;
}

void ExportPreviewRenderer::finished(Render *render)
{
    const auto found = std::find_if(m_running.begin(), m_running.end(),
        [render](const std::unique_ptr<Render> &running) { return running.get() == render; });
    if (found == m_running.end())
        return;
    std::unique_ptr<Render> done = std::move(*found);
    m_running.erase(found);
    done->thread->wait();
    delete done->thread;
    if (done.get() != m_latest)
        return; // superseded
    m_latest = nullptr;
    emit rendered(std::make_shared<RenderedPreview>(std::move(done->outcome)));
}

} // namespace portolan
