#pragma once

#include "revisioninfo.h"
#include "signoff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace portolan {

/**
 * The native .portolan project file: an SQLite database holding every saved revision of a design.
 *
 * Each call opens the file, does its work and closes it again, so nothing holds the file between
 * saves. Reading never writes to a file: it is checked read-only first (a regular file, header,
 * application id, format version, the schema itself, PRAGMA quick_check) and refused with a
 * message naming the file when it is not a project, damaged, hostile or from a newer Portolan.
 * (The one exception is SQLite rolling back a save that was interrupted by a crash, which restores
 * the previous revision.) Every design read is checked by DesignRules, as design JSON is.
 *
 * A save checks the design by DesignRules and the file as a read does, but with PRAGMA
 * integrity_check, and checks the latest revision it builds on by DesignRules too; a file that
 * fails is left byte for byte as it was. It then adds one revision in one transaction; a crash
 * during it leaves the previous revision. All SQL of one call is bounded by timeLimitMs().
 */
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    /// The steps of a save, reported to SaveOptions::onStep as each begins.
    enum class SaveStep {
        Checking, ///< reading and checking the file and the design; nothing is written yet
        Writing, ///< inside the save's transaction, or writing a new file beside the target
        Done, ///< the revision is complete on disk
    };

    /// What a new revision records besides the design.
    struct SaveOptions
    {
        QString author; ///< empty: defaultAuthor()
        QString comment;
        /// Called as each step of the save begins, for progress (and for the crash test's timing).
        std::function<void(SaveStep)> onStep;
        /// Asked once the revision is written but before it is committed: true abandons the save,
        /// which then fails and leaves the file as it was (or creates none).
        std::function<bool()> isCancelled;
    };

    static QString fileSuffix() { return QStringLiteral("portolan"); }

    /// True when the file starts with the SQLite header and carries Portolan's application id.
    static bool isProjectFile(const QString &path);

    /// Reads the latest revision.
    static bool open(const QString &path, ProjectRevision *revision, QString *error);
    /// Reads one revision (for viewing it read-only or comparing it); numbers come from revisions().
    static bool openRevision(const QString &path, int number, ProjectRevision *revision, QString *error);
    /// Every revision, oldest first.
    static bool revisions(const QString &path, QList<RevisionInfo> *revisions, QString *error);

    /**
     * Saves the design as a new revision: creates the project when the file does not exist (written
     * beside it and renamed into place, so no half-made file ever appears), adds a revision when it
     * is a project, and refuses any other file without touching it. Rows the design shares with the
     * latest revision are not written again.
     */
    static bool save(const QString &path, const Design &design, const QJsonObject &viewState,
        const SaveOptions &options, RevisionInfo *saved, QString *error);
    /// Adds a revision that copies revision `number` (design and view state); nothing is overwritten.
    static bool restoreRevision(
        const QString &path, int number, const SaveOptions &options, RevisionInfo *saved, QString *error);

    /// The reviewers' decisions recorded in the project, oldest first (none in a file of format 1).
    static bool signOffs(const QString &path, QList<SignOff> *signOffs, QString *error);
    /**
     * Records a reviewer's decision on a revision against a base revision, in one transaction; the
     * revisions stay as they are. A file of format 1 is brought to the current format first.
     */
    static bool addSignOff(const QString &path, const SignOff &signOff, QString *error);

    /// How long the SQL of one open, listing or save may run before it is given up: 60 s unless set.
    static int timeLimitMs();
    static void setTimeLimitMs(int milliseconds);

    /// The author a save and a sign-off record when none is given: the setting "project/author" (the
    /// editor's preferences), else the OS user (USER), else the account's full name or name as the
    /// system records it.
    static QString defaultAuthor();
    /// The name the operating system gives the user: USER, else the account's full name or name.
    static QString systemAuthor();
    static QString authorSettingKey() { return QStringLiteral("project/author"); }
};

} // namespace portolan
