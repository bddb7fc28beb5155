#pragma once

#include "model/design.h"

#include <QByteArray>
#include <QString>

namespace portolan {

/**
 * The two ways of reading a design's JSON text into a Design, before DesignRules and the catalog
 * check it. Both take the same texts and give the same designs; DesignJson::read() tries the
 * outlined reading first and falls back on the whole document, which words every error.
 */
namespace DesignReader {

/// Parses the whole document into one tree, then reads it; on failure *error names the place.
bool readWholeDocument(const QByteArray &json, Design *design, QString *error);

/// Outlines the text (JsonOutline) and reads the lists element by element, one slice of each list
/// per core, without ever holding the whole document's tree. Says nothing on failure: any problem
/// (a syntax error, a bad value, an unusual text) is left for readWholeDocument() to word.
bool readOutlined(QByteArrayView json, Design *design);

} // namespace DesignReader

} // namespace portolan
