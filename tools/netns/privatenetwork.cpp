#include "privatenetwork.h"

#include <QFile>
#include <QProcess>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

namespace portolan::netns {

namespace {

bool writeProcFile(const char *path, const QByteArray &text)
{
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}

/// fork and exec without Qt: the application does not exist yet.
bool runEarly(const char *const argv[])
{
    const pid_t child = fork();
    if (child < 0)
        return false;
    if (child == 0) {
        execvp(argv[0], const_cast<char *const *>(argv));
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

bool enterPrivateNetwork(QString *reason)
{
    if (unshare(CLONE_NEWNET) != 0) {
        const int asRoot = errno;
        const uid_t uid = getuid();
        const gid_t gid = getgid();
        if (unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) {
            *reason
                = QStringLiteral("a private network namespace is not allowed here (unshare -n: %1; "
                                 "as a user namespace: %2); run the test as root")
                      .arg(QString::fromLocal8Bit(strerror(asRoot)), QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        writeProcFile("/proc/self/setgroups", "deny");
        if (!writeProcFile("/proc/self/uid_map", QByteArray("0 ") + QByteArray::number(uid) + " 1")
            || !writeProcFile("/proc/self/gid_map", QByteArray("0 ") + QByteArray::number(gid) + " 1")) {
            *reason = QStringLiteral("a user namespace could not map this user");
            return false;
        }
    }
    const char *const up[] = {"ip", "link", "set", "lo", "up", nullptr};
    if (!runEarly(up)) {
        *reason
            = QStringLiteral("in the private network namespace, \"ip link set lo up\" failed (is iproute2 "
                             "installed?)");
        return false;
    }
    return true;
}

bool run(const QString &program, const QStringList &arguments, QString *error, const QByteArray &input)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error
            = QStringLiteral("%1 %2 failed: %3")
                  .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool addLoopbackAddress(const QString &address, QString *error)
{
    const QString prefix
        = address.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32");
    return run(QStringLiteral("ip"),
        {QStringLiteral("addr"), QStringLiteral("add"), address + prefix, QStringLiteral("dev"),
            QStringLiteral("lo")},
        error);
}

bool loadNftables(const QString &ruleset, QString *error)
{
    return run(QStringLiteral("nft"), {QStringLiteral("-f"), QStringLiteral("-")}, error, ruleset.toUtf8());
}

} // namespace portolan::netns
