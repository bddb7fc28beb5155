// libFuzzer target: the design JSON reader, the rule engine, and the three rule-set exports.
// Whatever the bytes, reading either refuses them or gives a design the engine derives, and every
// rule set written from it passes RuleSetText's line check: no design text reaches a rule set
// unescaped. The outlined reading either leaves the bytes to the whole document or gives exactly
// the design the whole document gives.
#include "fuzzsupport.h"

#include "catalog/catalog.h"
#include "engine/ruleengine.h"
#include "export/asaexport.h"
#include "export/iptablesexport.h"
#include "export/nftablesexport.h"
#include "export/rulesettext.h"
#include "io/designjson.h"
#include "io/designreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

using namespace portolan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    fuzz::startApplication("fuzz_designjson");
    static const RuleEngine engine;

    Design design;
    QString error;
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    Design outlined, whole;
    if (DesignReader::readOutlined(data, &outlined)
        && (!DesignReader::readWholeDocument(data, &whole, &error) || !(outlined == whole)))
        fuzz::finding("fuzz_designjson", "the outlined reading differs from the whole document's", error);
    if (!DesignJson::read(data, engine.catalog(), &design, &error))
        return 0;
    const Derivation derivation = engine.derive(design);
    static const NftablesExport nft;
    static const IptablesExport iptables;
    static const AsaExport asa;
    for (const ExportFormat *format : {static_cast<const ExportFormat *>(&nft),
             static_cast<const ExportFormat *>(&iptables), static_cast<const ExportFormat *>(&asa)}) {
        for (const bool placeholders : {false, true}) {
            ExportInput input {design, derivation, {}};
            input.options.placeholders = placeholders;
            QByteArray out;
            QString problem;
            if (!format->render(input, &out, &problem)) {
                // RuleSetText::join refused a line with a control character: an injection.
                if (problem.contains(QLatin1String("control character")))
                    fuzz::finding("fuzz_designjson", "design text reached a rule set unescaped", problem);
                continue;
            }
            // Every line of the output must be safe on its own.
            QByteArray again;
            QString lineProblem;
            const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
            if (!RuleSetText::join(lines, &again, &lineProblem))
                fuzz::finding("fuzz_designjson", "a written rule set fails the line check", lineProblem);
        }
    }
    return 0;
}
