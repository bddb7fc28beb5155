#pragma once

#include "model/design.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

/** An autosave found on start: what it holds can be offered for recovery. */
struct AutosaveInfo
{
    QString autosavePath; ///< open it with ProjectFile::open()
    QString documentPath; ///< the project it belongs to; empty for an untitled design
    QDateTime time; ///< when it was written
};

/**
 * Autosave files: a one-revision project file written every few minutes while a design has unsaved
 * changes, and removed when the design is saved or closed. A saved document's autosave sits beside
 * it (`plant.portolan.autosave`); an untitled design's sits in the application's local data folder.
 * An autosave that is still there on start means Portolan did not close normally.
 */
class ProjectAutosave
{
    Q_DECLARE_TR_FUNCTIONS(ProjectAutosave)

public:
    /// How often the GUI should autosave a design with unsaved changes.
    static constexpr int IntervalMs = 3 * 60 * 1000;

    /**
     * Where the autosave of a document goes. For an untitled design (empty path) `untitledKey`
     * tells several untitled windows apart.
     */
    static QString pathFor(const QString &documentPath, const QString &untitledKey = QString());
    /// The folder of untitled autosaves: AppLocalDataLocation/autosave.
    static QString untitledDirectory();

    /// Replaces the autosave at `autosavePath` whole (written aside, then renamed over it).
    static bool write(const QString &autosavePath, const QString &documentPath, const Design &design,
        const QJsonObject &viewState, QString *error);
    /// The autosaves left over: all untitled ones, and those beside the given documents (e.g. recent files).
    static QList<AutosaveInfo> find(const QStringList &documentPaths);
    /// Removes an autosave after a save, a close, a recovery or the user declining it.
    static bool remove(const QString &autosavePath);
};

} // namespace portolan
