#pragma once

#include <QSqlDatabase>
#include <QString>

namespace portolan {

/**
 * One named QSQLITE connection to one project file, removed again when this goes out of scope.
 * Queries made on db() must be destroyed before it.
 */
class ProjectConnection
{
public:
    enum Mode { ReadOnly, ReadWrite };

    ProjectConnection(const QString &path, Mode mode);
    ~ProjectConnection();
    ProjectConnection(const ProjectConnection &) = delete;
    ProjectConnection &operator=(const ProjectConnection &) = delete;

    /// Opens the file; read-write connections also get the settings that make commits atomic.
    bool open(QString *problem);
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    Mode m_mode;
    QSqlDatabase m_db;
};

} // namespace portolan
