#include "signoff.h"

#include <QSqlError>
#include <QSqlQuery>

namespace portolan {

QString SignOff::verdictName(Verdict verdict)
{
    return verdict == Verdict::Approved ? QStringLiteral("approved") : QStringLiteral("rejected");
}

bool SignOff::verdictFromName(QStringView name, Verdict *verdict)
{
    if (name == QLatin1String("approved"))
        *verdict = Verdict::Approved;
    else if (name == QLatin1String("rejected"))
        *verdict = Verdict::Rejected;
    else
        return false;
    return true;
}

QString SignOff::verdictTitle(Verdict verdict)
{
    return verdict == Verdict::Approved ? tr("Approved") : tr("Rejected");
}

QString SignOff::summary() const
{
    const QString when = time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString text = verdict == Verdict::Approved
        ? tr("Approved by %1 on %2 against revision %3").arg(reviewer, when).arg(base)
        : tr("Rejected by %1 on %2 against revision %3").arg(reviewer, when).arg(base);
    return comment.isEmpty() ? text : tr("%1: %2").arg(text, comment);
}

bool SignOffStore::list(QList<SignOff> *signOffs, QString *problem)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT revision, base, reviewer, signed_at, verdict, comment FROM signoff ORDER BY row_id"))
        || !query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    QList<SignOff> result;
    while (query.next()) {
        SignOff signOff;
        signOff.revision = query.value(0).toInt();
        signOff.base = query.value(1).toInt();
        signOff.reviewer = query.value(2).toString();
        signOff.time = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        signOff.comment = query.value(5).toString();
        if (!signOff.time.isValid()
            || !SignOff::verdictFromName(query.value(4).toString(), &signOff.verdict)) {
            *problem = SignOff::tr("sign-off %1 of revision %2 is unreadable")
                           .arg(result.size() + 1)
                           .arg(signOff.revision);
            return false;
        }
        result.append(signOff);
    }
    if (query.lastError().isValid()) {
        *problem = query.lastError().text();
        return false;
    }
    *signOffs = result;
    return true;
}

bool SignOffStore::add(const SignOff &signOff, QString *problem)
{
    for (const int number : {signOff.revision, signOff.base}) {
        QSqlQuery exists(m_db);
        if (!exists.prepare(QStringLiteral("SELECT 1 FROM revision WHERE number = ?"))) {
            *problem = exists.lastError().text();
            return false;
        }
        exists.addBindValue(number);
        if (!exists.exec()) {
            *problem = exists.lastError().text();
            return false;
        }
        if (!exists.next()) {
            *problem = SignOff::tr("there is no revision %1").arg(number);
            return false;
        }
    }
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("INSERT INTO signoff (revision, base, reviewer, signed_at, verdict, comment) "
                           "VALUES (?, ?, ?, ?, ?, ?)"))) {
        *problem = query.lastError().text();
        return false;
    }
    query.addBindValue(signOff.revision);
    query.addBindValue(signOff.base);
    query.addBindValue(signOff.reviewer);
    query.addBindValue(signOff.time.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(SignOff::verdictName(signOff.verdict));
    query.addBindValue(signOff.comment);
    if (!query.exec()) {
        *problem = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace portolan
