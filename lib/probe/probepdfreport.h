#pragma once

#include "export/exportformat.h"
#include "probereport.h"

#include <QIODevice>

#include <memory>

namespace portolan {

class PdfReport;

/**
 * The commissioning report of a probe as PDF: what was probed from where and when (design and
 * revision, the host this machine stood in for, the machine's addresses, the limits), the counts,
 * then the differences, the allowed flows, the block rows and the rows not probed, each result
 * with its port, expectation, result word and what was seen, and a block for the signatures of an
 * acceptance test.
 */
class ProbePdfReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbePdfReport)

public:
    static std::unique_ptr<PdfReport> build(const ProbeReportInput &input, const ExportOptions &options);
    static bool write(
        const ProbeReportInput &input, const ExportOptions &options, QIODevice *device, QString *error);
};

} // namespace portolan
