#pragma once

#include "design.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace portolan {

/**
 * The rules every design obeys, however it arrives: design JSON, a project file, an inventory
 * import or a paste all check what they read here, so no way in accepts what another refuses.
 * Each problem is reported with its place (zone id, host id, link index and ends).
 */
class DesignRules
{
    Q_DECLARE_TR_FUNCTIONS(DesignRules)

public:
    /// Canvas coordinates lie within plus or minus this many units; zone sides are at most twice it.
    static constexpr double MaxCoordinate = 10'000'000;
    /// Ids are at most this many characters long.
    static constexpr int MaxIdLength = 128;

    /**
     * True for an id of a zone, host or custom flow: a letter, digit or underscore, then letters,
     * digits, underscores, hyphens and dots. Ids reach rule sets, file names and command lines;
     * names are free text, made safe by each output.
     */
    static bool isValidId(QStringView id);

    /// Why the text cannot be kept as it is (an unpaired UTF-16 surrogate: not a character), or empty.
    static QString textProblem(QStringView text);

    /// The text as a message shows it: control characters and unpaired surrogates as \n, \uXXXX.
    static QString shown(QStringView text);

    /// Why a custom flow's ports do not fit its protocol (tcp and udp need ports from 1 to
    /// 65535, icmp none), or empty.
    static QString customPortsProblem(Protocol protocol, const PortSet &ports);

    using TypeCheck = std::function<bool(const QString &type)>;
    /**
     * The first problem of the design, or an empty string when there is none: ids (safe alphabet,
     * unique), host types (knownType), zones of hosts, link ends, subnets, coordinates and sizes
     * (finite, within MaxCoordinate) and every text (names, params, unknown keys).
     */
    static QString check(const Design &design, const TypeCheck &knownType);
};

} // namespace portolan
