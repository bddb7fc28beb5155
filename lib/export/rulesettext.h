#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace portolan {

/**
 * Text that goes into a firewall rule set. Rule sets are applied by programs that read them line by
 * line, so a design name, zone name or host name that carried a line break into a comment could
 * write a live rule. Every text of the design that reaches a rule set passes through here, and a
 * rule set is only emitted through lines(), which refuses any line that still holds a control
 * character.
 */
class RuleSetText
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetText)

public:
    /**
     * The text as one line that is safe inside a comment or a quoted string: line breaks and every
     * other control character, Unicode line and paragraph separators, and bidirectional overrides
     * become spaces; an unpaired surrogate becomes U+FFFD; runs of white space become one space.
     */
    static QString oneLine(QStringView text);
    /// oneLine(), cut at a character boundary to at most `maxBytes` bytes of UTF-8.
    static QString oneLine(QStringView text, int maxBytes);
    /// True when the character must never appear in a line of a rule set (tab aside).
    static bool isUnsafe(char32_t character);
    /**
     * Joins the lines of a rule set with "\n". Fails, naming the line, when a line holds a
     * character that isUnsafe(): the writer let a text through without oneLine(), and nothing is
     * emitted.
     */
    static bool join(const QStringList &lines, QByteArray *data, QString *error);
};

} // namespace portolan
