#pragma once

// What the libFuzzer targets share: the Qt application the readers expect, the way a target
// reports a finding, and the sample plant the review and import targets read against.
#include "engine/ruleengine.h"
#include "io/designjson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace portolan::fuzz {

/// Creates the process's QCoreApplication on the first call (Qt's file and text code expects
/// one); later calls do nothing.
inline void startApplication(const char *name)
{
    static QByteArray programName(name);
    static int argc = 1;
    static char *argv[] = {programName.data(), nullptr};
    static QCoreApplication application(argc, argv);
}

/// Reports a finding on standard error and aborts, which libFuzzer records as a crash.
[[noreturn]] inline void finding(const char *target, const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s: %s\n", target, what, qPrintable(detail));
    std::abort();
}

/// The bundled sample design (PORTOLAN_FUZZ_PLANT), read and derived once per process.
struct SamplePlant
{
    RuleEngine engine;
    Design design;
    Derivation derivation;

    static const SamplePlant &get(const char *target)
    {
        static const SamplePlant plant(target);
        return plant;
    }

private:
    explicit SamplePlant(const char *target)
    {
        QString error;
        if (!DesignJson::readFile(QStringLiteral(PORTOLAN_FUZZ_PLANT), engine.catalog(), &design, &error))
            finding(target, "the sample plant cannot be read", error);
        derivation = engine.derive(design);
    }
};

} // namespace portolan::fuzz
