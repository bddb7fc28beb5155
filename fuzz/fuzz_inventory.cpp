// libFuzzer target: the host inventory reader of `portolan-cli import` (CsvReader, InventoryReader)
// and the import of what it reads (InventoryImport), into a new design and into the sample plant.
// A refusal is fine; a crash, a hang or a sanitizer finding is not, and neither is:
// - a problem without a place (every refusal of a row names its line and column),
// - an import whose design the design JSON reader refuses, or that does not write back the same
//   bytes after a round trip (one rule book for every way a design arrives).
#include "fuzzsupport.h"

#include "catalog/catalog.h"
#include "import/inventoryimport.h"
#include "io/designjson.h"
#include "io/inventoryreader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

using namespace portolan;

namespace {

// Bigger inputs only repeat rows; the import's own bound (InputFile) is far above this.
constexpr size_t MaxInput = 64 * 1024;

void importInto(const Inventory &inventory, const Design &into, const Catalog &catalog)
{
    const InventoryImport::Result result = InventoryImport::run(inventory, into, catalog);
    if (!result.ok()) {
        for (const InventoryProblem &problem : result.problems) {
            if (problem.line < 1 || problem.column < 1)
                fuzz::finding("fuzz_inventory", "a problem without a place", problem.message);
        }
        return;
    }
    const QByteArray written = DesignJson::write(result.design);
    Design again;
    QString error;
    if (!DesignJson::read(written, catalog, &again, &error))
        fuzz::finding("fuzz_inventory", "the design reader refuses what the import made", error);
    if (DesignJson::write(again) != written)
        fuzz::finding(
            "fuzz_inventory", "the imported design changes in a round trip", QString::fromUtf8(written));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    fuzz::startApplication("fuzz_inventory");
    const fuzz::SamplePlant &plant = fuzz::SamplePlant::get("fuzz_inventory");
    static const Design empty = [] {
        Design design;
        design.name = QStringLiteral("inventory");
        return design;
    }();
    if (size > MaxInput)
        return 0;

    const Inventory inventory
        = InventoryReader::read(QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size)));
    for (const InventoryProblem &problem : inventory.problems) {
        if (problem.line < 1 || problem.column < 1)
            fuzz::finding("fuzz_inventory", "a reader problem without a place", problem.message);
    }
    importInto(inventory, empty, plant.engine.catalog());
    importInto(inventory, plant.design, plant.engine.catalog());
    return 0;
}
