#include "jsonstring.h"

namespace portolan {

void appendJsonString(QByteArray *data, const QString &text)
{
    data->append('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            data->append('\\').append(char(u));
        } else if (u == '\n') {
            data->append("\\n");
        } else if (u == '\r') {
            data->append("\\r");
        } else if (u == '\t') {
            data->append("\\t");
        } else if (u < 0x20) {
            data->append("\\u00").append(QByteArray::number(u, 16).rightJustified(2, '0'));
        } else if (u < 0x80) {
            data->append(char(u));
        } else {
            data->append(QString(c).toUtf8());
        }
    }
    data->append('"');
}

} // namespace portolan
