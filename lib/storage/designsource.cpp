#include "designsource.h"

#include "designfile.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace portolan {

DesignSource DesignSource::parse(const QString &argument)
{
    DesignSource source;
    source.path = argument;
    if (QFileInfo::exists(argument))
        return source;
    static const QRegularExpression selector(QStringLiteral("^(.+)@([0-9]+)$"));
    const QRegularExpressionMatch match = selector.match(argument);
    if (match.hasMatch()) {
        bool ok = false;
        const int number = match.captured(2).toInt(&ok);
        source.path = match.captured(1);
        source.revision = ok && number > 0 ? number : -1;
    }
    return source;
}

bool DesignSource::load(const Catalog &catalog, Design *design, QString *error)
{
    const QString selector = path + QLatin1Char('@') + QString::number(std::max(revision, 0));
    if (revision < 0) {
        *error = tr("%1: revisions are numbered from 1").arg(selector);
        return false;
    }
    if (revision > 0 && !QFileInfo::exists(path)) {
        *error = tr("%1: there is no file %2").arg(selector, path);
        return false;
    }
    isProject = DesignFile::isSqlite(path);
    if (!isProject) {
        if (revision > 0) {
            *error
                = tr("%1: %2 is not a project file; only project files keep revisions").arg(selector, path);
            return false;
        }
        return DesignFile::load(path, catalog, design, error);
    }
    return DesignFile::loadRevision(path, revision, catalog, design, &info, error);
}

QString DesignSource::label() const
{
    const QString name = QFileInfo(path).fileName();
    if (!isProject)
        return name;
    return tr("%1, revision %2").arg(name).arg(info.number);
}

} // namespace portolan
