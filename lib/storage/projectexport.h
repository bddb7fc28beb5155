#pragma once

#include "export/exportformat.h"

namespace portolan {

/**
 * The "portolan" export: writes the design as a project file. A new file becomes a project with
 * one revision; an existing project gets the design as a new revision (its history stays); any
 * other existing file is refused and left as it is.
 */
class ProjectExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ProjectExport)

public:
    QString id() const override { return QStringLiteral("portolan"); }
    QString title() const override { return tr("Portolan project"); }
    QString fileSuffix() const override { return QStringLiteral("portolan"); }
    bool write(const ExportInput &input, const QString &path, QString *error) const override;
};

/// Adds the project-file export to ExportFormat::all(), as registerRenderFormats() adds the painting
/// ones: the export registry sits below storage and does not know it. The CLI calls it at start.
void registerProjectExport();

} // namespace portolan
