#include "base/allocator.h"

#include <QFile>
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

    /// The heap a derivation grows into is backed by transparent huge pages where the kernel gives
    /// them on request: the mapping holding a large block is marked for them ("hg" in smaps).
    void heapAsksForHugePages()
    {
#if !defined(__GLIBC__) || !defined(__linux__)
        QSKIP("tuneAllocator() asks Linux for huge pages under glibc only");
#elif defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer replaces glibc's allocator, which tuneAllocator() tunes");
#else
        QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
        if (!mode.open(QIODevice::ReadOnly) || mode.readAll().contains("[never]"))
            QSKIP("this kernel gives no transparent huge pages");
        tuneAllocator();
        constexpr size_t size = 48 << 20;
        char *block = static_cast<char *>(std::malloc(size));
        QVERIFY(block);
        const auto inside = reinterpret_cast<quintptr>(block + size / 2);

        QFile smaps(QStringLiteral("/proc/self/smaps"));
        QVERIFY(smaps.open(QIODevice::ReadOnly));
        bool found = false;
        bool inMapping = false;
        // readAll(): a file of /proc has no size, so atEnd() holds from the start.
        const QList<QByteArray> lines = smaps.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype dash = line.indexOf('-');
            const qsizetype space = line.indexOf(' ');
            if (dash > 0 && space > dash) { // "start-end perms offset ..." opens a mapping
                bool startOk = false;
                bool endOk = false;
                const quintptr start = line.left(dash).toULongLong(&startOk, 16);
                const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(&endOk, 16);
                inMapping = startOk && endOk && start <= inside && inside < end;
            } else if (inMapping && line.startsWith("VmFlags:")) {
                found = true;
                QVERIFY2(line.split(' ').contains("hg"),
                    qPrintable(QStringLiteral("the block's mapping is not marked for huge pages: %1")
                                   .arg(QString::fromLatin1(line))));
            }
        }
        std::free(block);
        QVERIFY2(found, "no mapping of /proc/self/smaps holds the block");
#endif
    }
};

QTEST_APPLESS_MAIN(tst_Allocator)
#include "tst_allocator.moc"
