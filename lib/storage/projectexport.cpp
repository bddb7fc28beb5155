#include "projectexport.h"

#include "projectfile.h"

#include <QFileInfo>

namespace portolan {

bool ProjectExport::write(const ExportInput &input, const QString &path, QString *error) const
{
    // ProjectFile::save refuses an existing file that is not a project without writing to it.
    ProjectFile::SaveOptions options;
    options.comment
        = QFileInfo::exists(path) ? tr("Exported into the project") : tr("Exported as a new project");
    return ProjectFile::save(path, input.design, QJsonObject(), options, nullptr, error);
}

void registerProjectExport()
{
    static const ProjectExport portolan;
    ExportFormat::registerFormat(&portolan);
}

} // namespace portolan
