#pragma once

namespace portolan {

/// Adds the painting exports (PDF report, SVG and PNG diagram) to ExportFormat::all(). The CLI
/// and the GUI call it once at start; painting needs a QGuiApplication.
void registerRenderFormats();

} // namespace portolan
