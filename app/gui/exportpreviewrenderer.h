#pragma once

#include "engine/derivation.h"
#include "export/exportformat.h"
#include "model/design.h"

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace portolan {

/** What the Export dialog's preview shows once rendered. */
struct RenderedPreview
{
    enum class Kind { Image, Text, Binary, Failed };
    Kind kind = Kind::Failed;
    QImage image; ///< Image
    QByteArray data; ///< Text and Binary: the bytes the file will hold
    QString error; ///< Failed: why the export cannot be made
};

/**
 * Renders the Export dialog's preview on a thread of its own, from copies of the design and what
 * was derived from it, so that a large design's picture, matrix or rule set does not stop the
 * window. A new render supersedes the one running: that one is told to stop (the formats that
 * report progress check at their steps) and its outcome is dropped. Only the latest render's
 * outcome is reported, as rendered(), on the GUI thread. The PDF report is not rendered here: it
 * keeps the glyphs it lays out, and Qt's fonts belong to the thread that made them.
 */
class ExportPreviewRenderer : public QObject
{
    Q_OBJECT

public:
    explicit ExportPreviewRenderer(QObject *parent = nullptr);
    /// Stops what is running and waits for it.
    ~ExportPreviewRenderer() override;

    void render(const ExportFormat *format, const Design &design, const Derivation &derivation,
        const ExportOptions &options);
    /// Drops the latest render's outcome (the format or options changed to ones with no render).
    void cancel();
    /// True from render() until its outcome is reported or dropped.
    bool isRendering() const { return m_latest != nullptr; }

signals:
    void rendered(const std::shared_ptr<RenderedPreview> &preview);

private:
    struct Render
    {
        QThread *thread = nullptr;
        /// Read by the progress function the render's options carry.
        std::shared_ptr<std::atomic_bool> stop = std::make_shared<std::atomic_bool>(false);
        RenderedPreview outcome;
    };
    void finished(Render *render);

    std::vector<std::unique_ptr<Render>> m_running;
    Render *m_latest = nullptr;
};

} // namespace portolan
