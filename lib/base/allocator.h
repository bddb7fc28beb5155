#pragma once

namespace portolan {

/**
 * Tunes the C library's allocator for large designs; programs call it first thing in main().
 *
 * A derivation of a large estate allocates tens of MiB and frees them when the next one comes.
 * By default glibc gives blocks above 32 MiB, and the free top of its heap, back to the kernel
 * each time, so the next derivation faults every page in again: about 4 ms per MiB on the
 * virtual machines this program is measured on. Here freed memory stays in the heap for reuse.
 * Does nothing with other C libraries.
 */
void tuneAllocator();

} // namespace portolan
