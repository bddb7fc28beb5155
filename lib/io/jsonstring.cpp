#include "jsonstring.h"

namespace portolan {

void appendJsonString(QByteArray *data, const QString &text)
{
    data->append('"');
    // Characters that need no escape are copied in runs, so that a surrogate pair (a character
    // outside the Basic Multilingual Plane, such as an emoji) is encoded as the one character it is.
    qsizetype runStart = 0;
    const auto appendRun = [&](qsizetype end) {
        if (end > runStart)
            data->append(QStringView(text).sliced(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        appendRun(i);
        runStart = i + 1;
        if (u == '"' || u == '\\')
            data->append('\\').append(char(u));
        else if (u == '\n')
            data->append("\\n");
        else if (u == '\r')
            data->append("\\r");
        else if (u == '\t')
            data->append("\\t");
        else
            data->append("\\u00").append(QByteArray::number(u, 16).rightJustified(2, '0'));
    }
    appendRun(text.size());
    data->append('"');
}

} // namespace portolan
