#pragma once

#include <QByteArrayView>
#include <QList>

namespace portolan {

/**
 * Where the members of a JSON object's text lie, and each element of the members that are lists,
 * found in one pass over the bytes without decoding a value. It checks what lies between them
 * (quotes, colons, commas, brackets and white space); the members and elements themselves are left
 * to a JSON reader, one small text at a time. So a large document is read without ever holding
 * its whole tree, and its elements can be read side by side.
 *
 * A text that is not simply such an object gives no outline: a byte order mark, an escaped or
 * repeated member name, more than MaxMembers members, nesting deeper than MaxDepth, or any syntax
 * error between members and elements. The caller then reads the whole document, which also words
 * the error.
 */
class JsonOutline
{
public:
    static constexpr int MaxDepth = 64;
    /// A design has a handful of top-level members; each new one is compared with those before it.
    static constexpr int MaxMembers = 256;

    struct Member
    {
        QByteArrayView name; ///< the name's bytes, without quotes
        QByteArrayView text; ///< from the name's opening quote to the end of its value
        bool isList = false;
        QList<QByteArrayView> elements; ///< each element's text, when the value is a list
    };

    /// The members in the order written; false when the text is not outlined (see above).
    static bool read(QByteArrayView json, QList<Member> *members);
};

} // namespace portolan
