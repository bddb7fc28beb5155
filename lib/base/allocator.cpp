#include "allocator.h"

// <cstdlib> brings in the C library's feature macros: __GLIBC__ is only defined once one of its
// headers is included, so testing it before any include would always fail.
#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

// AddressSanitizer replaces the C library's allocator: there is nothing of it to tune.
#if defined(__SANITIZE_ADDRESS__)
#define PORTOLAN_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PORTOLAN_OWN_ALLOCATOR 1
#endif
#endif

namespace portolan {

namespace {

#if defined(__GLIBC__) && defined(__linux__) && !defined(PORTOLAN_OWN_ALLOCATOR)
/// Grows the heap by HugePageHeap at once and asks the kernel to back that part with transparent
/// huge pages. Only address space is taken: pages are given as they are first written.
void reserveHugePageHeap()
{
    const std::uintptr_t hugePage = std::uintptr_t(2) << 20;
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *block = std::malloc(HugePageHeap);
    if (!block || top == std::uintptr_t(-1))
        return; // no room to grow the heap: it grows as it needs, with pages of the usual size
    std::free(block); // stays in the heap: the trim threshold is far above it
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t from = (top + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t to = end & ~(hugePage - 1);
    if (to > from) // a kernel without transparent huge pages refuses: the pages stay small
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
}
#endif

} // namespace

void tuneAllocator()
{
#if defined(__GLIBC__) && !defined(PORTOLAN_OWN_ALLOCATOR)
    mallopt(M_MMAP_MAX, 0); // every block from the heap, so that it can be reused
    mallopt(M_TRIM_THRESHOLD, 1 << 30); // keep up to 1 GiB of freed heap
    mallopt(M_TOP_PAD, 16 << 20); // grow the heap in steps of 16 MiB
#if defined(__linux__)
    reserveHugePageHeap();
#endif
#endif
}

} // namespace portolan
