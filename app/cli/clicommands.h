#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace portolan::cli {

/** Exit statuses of the command-line contract. */
enum ExitStatus { Success = 0, Findings = 1, Failure = 2 };

int runFlows(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runDiff(const QStringList &arguments);
QString usage();

} // namespace portolan::cli
