#include "derivation.h"

#include <algorithm>

namespace portolan {

bool Derivation::hasErrors() const
{
    return count(Severity::Error) > 0;
}

qsizetype Derivation::count(Severity severity) const
{
    return std::count_if(findings.cbegin(), findings.cend(),
        [severity](const Finding &finding) { return finding.severity == severity; });
}

} // namespace portolan
