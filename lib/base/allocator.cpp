#include "allocator.h"

// <cstdlib> brings in the C library's feature macros: __GLIBC__ is only defined once one of its
// headers is included, so testing it before any include would always fail.
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace portolan {

void tuneAllocator()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_MAX, 0); // every block from the heap, so that it can be reused
    mallopt(M_TRIM_THRESHOLD, 1 << 30); // keep up to 1 GiB of freed heap
    mallopt(M_TOP_PAD, 16 << 20); // grow the heap in steps of 16 MiB
#endif
}

} // namespace portolan
