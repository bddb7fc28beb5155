#include "base/allocator.h"

#include <QTest>

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace portolan;

/// What tuneAllocator() promises a program: a large block (a derivation's flow list) comes from the
/// heap, and once freed its pages stay there for the next one instead of going back to the kernel.
class tst_Allocator : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksStayInTheHeap()
    {
#if !defined(__GLIBC__)
        QSKIP("tuneAllocator() tunes glibc only");
#elif defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer replaces glibc's allocator, which tuneAllocator() tunes");
#else
        tuneAllocator();
        constexpr size_t size = 48 << 20; // the flow list of a 100k-host estate is about 46 MB
        const struct mallinfo2 before = mallinfo2();
        void *block = std::malloc(size);
        QVERIFY(block);
        static_cast<volatile char *>(block)[size - 1] = 1;
        const struct mallinfo2 holding = mallinfo2();
        // Not a block of its own mapped from the kernel (glibc's default above 32 MiB)...
        QCOMPARE(holding.hblks, before.hblks);
        QCOMPARE(holding.hblkhd, before.hblkhd);
        std::free(block);
        // ...and kept in the heap once freed, not trimmed back to the kernel.
        const struct mallinfo2 after = mallinfo2();
        QVERIFY2(after.arena >= holding.arena, "the freed block was given back to the kernel");
        QVERIFY(after.fordblks >= size);
#endif
    }
};

QTEST_APPLESS_MAIN(tst_Allocator)
#include "tst_allocator.moc"
