// libFuzzer target: the readers of `portolan-cli review` (change request CSV, iptables-save text
// with ipset sections, nft -j JSON, Cisco ASA configuration), recognised by content as the command
// does, and the review of what they read against the sample plant. A refusal is fine; a crash, a
// hang or a sanitizer finding is not, and neither is a refusal that does not name its place.
#include "fuzzsupport.h"

#include "catalog/catalog.h"
#include "review/requestfile.h"
#include "review/reviewengine.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

using namespace portolan;

namespace {

// Bigger inputs only repeat what smaller ones reach; the readers' own bound is far above this.
constexpr size_t MaxInput = 64 * 1024;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    fuzz::startApplication("fuzz_review");
    const fuzz::SamplePlant &plant = fuzz::SamplePlant::get("fuzz_review");
    if (size > MaxInput)
        return 0;

    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const QString fileName = QStringLiteral("request");
    RequestFile requests;
    QString error;
    if (!RequestReader::read(data, fileName, &requests, &error)) {
        // Every refusal names the file and a place in it.
        if (!error.startsWith(fileName + QLatin1Char(':'))) {
            fuzz::finding("fuzz_review", "a refusal without a place", error);
        }
        return 0;
    }
    for (const bool complete : {false, true}) {
        ReviewEngine::Options options;
        options.complete = complete;
        ReviewResult result;
        ReviewEngine::review(
            plant.design, plant.derivation, plant.engine.catalog(), requests, options, &result, &error);
        if (requests.isRuleSet())
            break; // rule sets are always reviewed as complete
    }
    return 0;
}
