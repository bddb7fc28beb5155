#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan::test {

/** One message of a Qt Linguist .ts file. */
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList translations; ///< the one translation, or one per plural form
};

/** A Qt Linguist .ts file, as far as the checks read it. */
struct TsFile
{
    QString language;
    QList<TsMessage> messages;

    bool load(const QString &path, QString *error);
};

/**
 * What a translation gets wrong about the placeholders of its source, or an empty string: the
 * catalog's messages (context "catalog:...") must keep exactly the {expression} holes of the
 * source, the program's messages exactly its %1-style and %n placeholders (a plural form may
 * leave %n out: "ein Host").
 */
QString placeholderProblem(
    const QString &context, const QString &source, const QString &translation, bool numerus = false);

} // namespace portolan::test
