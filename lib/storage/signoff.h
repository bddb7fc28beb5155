#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

/**
 * A reviewer's decision on a revision of a project, taken against a base revision (the design the
 * change was compared with): approved or rejected, with a comment. Kept in the project file
 * (project format 2, table "signoff"); saving, reopening and restoring revisions keep every one.
 */
struct SignOff
{
    Q_DECLARE_TR_FUNCTIONS(SignOff)

public:
    enum class Verdict { Approved, Rejected };

    int revision = 0; ///< the revision decided on
    int base = 0; ///< the revision it was compared with
    QString reviewer;
    QDateTime time; ///< when it was recorded, in UTC
    Verdict verdict = Verdict::Approved;
    QString comment;

    /// "approved" or "rejected", as the file stores it.
    static QString verdictName(Verdict verdict);
    static bool verdictFromName(QStringView name, Verdict *verdict);
    /// "Approved" or "Rejected", for people.
    static QString verdictTitle(Verdict verdict);
    /// "Approved by Ana Silva on 2026-11-22 10:04 against revision 2: comment".
    QString summary() const;

    friend bool operator==(const SignOff &, const SignOff &) = default;
};

/** The sign-offs inside an open project database (project format 2 and later). */
class SignOffStore
{
public:
    explicit SignOffStore(QSqlDatabase &db)
        : m_db(db)
    { }

    /// Every sign-off, in the order they were recorded.
    bool list(QList<SignOff> *signOffs, QString *problem);
    /// Adds one, in the caller's transaction; both revisions must exist.
    bool add(const SignOff &signOff, QString *problem);

private:
    QSqlDatabase &m_db;
};

} // namespace portolan
