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
/// The example design of the design JSON format (docs/design-json.md).
inline constexpr char InterchangeExample[] = R"({
  "format": "portolan-design", "version": 1, "name": "Plant A",
  "zones": [ { "id": "ot",  "name": "Control network", "subnets": ["192.168.10.0/24"] },
             { "id": "dmz", "name": "OT DMZ", "subnets": ["172.20.0.0/24"] } ],
  "hosts": [ { "id": "scada-a", "type": "clearscada-main", "name": "SCADA-A", "zone": "ot",
               "address": "192.168.10.11", "params": { "port": 5481 }, "x": 120, "y": 80 },
             { "id": "scada-d", "type": "clearscada-dmz-standby", "name": "SCADA-DMZ", "zone": "dmz",
               "address": "172.20.0.5" } ],
  "links": [ { "a": "scada-a", "b": "scada-d", "params": {} } ] })";

/// The bundled sample design (resources/samples/riverside-plant.json).
bool loadSample(Design *design, QString *error);
QString sourcePath(const QString &relative);

/// Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells.
QList<QStringList> parseCsv(const QByteArray &data);

/// Splits "a, b, c" into a sorted list; empty text gives an empty list.
QStringList sortedWords(const QString &text);

} // namespace portolan::test
