#pragma once

#include <QString>
#include <QStringList>

namespace portolan::netns {

/**
 * Moves this process into a network namespace of its own, with only the loopback interface, and
 * brings it up. As root that is unshare(CLONE_NEWNET); otherwise a user namespace is tried too,
 * where the system allows them. Call it first in main(), before the application or any thread
 * starts: children (portolan-cli, ip, nft) inherit the namespace. False with the reason when the
 * system refuses; the caller then skips its tests with that reason.
 */
bool enterPrivateNetwork(QString *reason);

/// Runs a program (ip, nft) and waits for it; false with what it printed.
bool run(const QString &program, const QStringList &arguments, QString *error, const QByteArray &input = {});
/// Adds a /32 (or /128) address to the loopback interface: "10.9.0.1".
bool addLoopbackAddress(const QString &address, QString *error);
/// Loads an nftables rule set given as text (nft -f -).
bool loadNftables(const QString &ruleset, QString *error);

} // namespace portolan::netns
