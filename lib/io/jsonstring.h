#pragma once

#include <QByteArray>
#include <QString>

namespace portolan {

/// Appends `text` as a JSON string literal (quoted, escaped, UTF-8), for writers that build JSON
/// text by hand to keep the contract's key order and their speed.
void appendJsonString(QByteArray *data, const QString &text);

} // namespace portolan
