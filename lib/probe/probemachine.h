#pragma once

#include "model/design.h"

#include <QHostAddress>
#include <QList>

namespace portolan {

/** What the probe needs to know about the machine it runs on. */
namespace ProbeMachine {

/// This machine's addresses (QNetworkInterface), without loopback and link-local ones.
QList<QHostAddress> addresses();
/// True when the host has an address in the design and it is among the given addresses.
bool hasHostAddress(const Design &design, int host, const QList<QHostAddress> &addresses);
/// The first host of the design whose address is one of the given addresses, or -1.
int hostOf(const Design &design, const QList<QHostAddress> &addresses);
/// The host a command line names: its id, else its name (any case) when exactly one host has it.
/// -1 with a message naming the candidates otherwise.
int findHost(const Design &design, const QString &text, QString *error);

} // namespace ProbeMachine

} // namespace portolan
