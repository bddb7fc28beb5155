#include "probemachine.h"

#include <QCoreApplication>
#include <QNetworkInterface>

#include <algorithm>

namespace portolan::ProbeMachine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::ProbeMachine", text);
}

} // namespace

QList<QHostAddress> addresses()
{
    QList<QHostAddress> result;
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : all) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        QHostAddress plain = address;
        plain.setScopeId(QString());
        if (!result.contains(plain))
            result.append(plain);
    }
    std::stable_sort(result.begin(), result.end(), [](const QHostAddress &a, const QHostAddress &b) {
        return a.protocol() == QAbstractSocket::IPv4Protocol && b.protocol() != QAbstractSocket::IPv4Protocol;
    });
    return result;
}

bool hasHostAddress(const Design &design, int host, const QList<QHostAddress> &addresses)
{
    if (host < 0 || host >= design.hosts().size())
        return false;
    const QHostAddress &address = design.hosts().at(host).address;
    return !address.isNull() && addresses.contains(address);
}

int hostOf(const Design &design, const QList<QHostAddress> &addresses)
{
    for (int host = 0; host < design.hosts().size(); ++host) {
        if (hasHostAddress(design, host, addresses))
            return host;
    }
    return -1;
}

int findHost(const Design &design, const QString &text, QString *error)
{
    const int byId = design.hostIndex(text);
    if (byId >= 0)
        return byId;
    QList<int> named;
    for (int host = 0; host < design.hosts().size(); ++host) {
        if (design.hosts().at(host).name.compare(text, Qt::CaseInsensitive) == 0)
            named.append(host);
    }
    if (named.size() == 1)
        return named.front();
    if (named.size() > 1) {
        QStringList ids;
        for (const int host : std::as_const(named))
            ids.append(design.hosts().at(host).id);
        *error = tr("%1 hosts are named \"%2\"; give one of their ids: %3.")
                     .arg(named.size())
                     .arg(text, ids.join(QStringLiteral(", ")));
        return -1;
    }
    *error = tr("The design has no host with the id or name \"%1\".").arg(text);
    return -1;
}

} // namespace portolan::ProbeMachine
