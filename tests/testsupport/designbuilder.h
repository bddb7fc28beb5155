#pragma once

#include "engine/derivation.h"
#include "model/design.h"

#include <QStringList>

namespace portolan::test {

/**
 * Builds designs from a compact text, so that each catalog case reads as one line:
 *   hosts "p:pcns n:nmc{protocol:'http',port:80}@ot" and links "p-n".
 * A host is id:type, optional {json params with unquoted keys and single quotes}, optional @zone.
 */
Design buildDesign(const QString &hosts, const QString &links);

/// "src>dst proto ports" for each flow of one action, e.g. "p>n tcp 443", "m>w tcp 1024-65535 sp=20",
/// "any>m udp 69"; sorted, so tests compare sets.
QStringList flowLines(const Design &design, const Derivation &derivation, Action action);
/// The rule ids of the findings, sorted.
QStringList findingRules(const Derivation &derivation);
/// The bundled sample design (resources/samples/riverside-plant.json).
bool loadSample(Design *design, QString *error);
QString sourcePath(const QString &relative);

/// Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells.
QList<QStringList> parseCsv(const QByteArray &data);

/// Splits "a, b, c" into a sorted list; empty text gives an empty list.
QStringList sortedWords(const QString &text);

} // namespace portolan::test
