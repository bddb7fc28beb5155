#include "proberunner.h"

#include <QHash>
#include <QNetworkProxy>
#include <QTcpSocket>

#include <algorithm>

namespace portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::ProbeRunner", text);
}

} // namespace

bool ProbeSettings::check(QString *error) const
{
    if (timeout < 50 || timeout > 60000) {
        *error = tr("The timeout must be 50 to 60000 milliseconds; %1 is not.").arg(timeout);
        return false;
    }
    if (concurrency < 1 || concurrency > 256) {
        *error = tr("The concurrency must be 1 to 256 connections; %1 is not.").arg(concurrency);
        return false;
    }
    if (rate < 1 || rate > 1000) {
        *error = tr("The rate must be 1 to 1000 connections per second; %1 is not.").arg(rate);
        return false;
    }
    return true;
}

struct ProbeRunner::Attempt
{
    int target = -1;
    QTcpSocket *socket = nullptr;
    QTimer *timer = nullptr; ///< child of the socket
    QElapsedTimer clock;
};

ProbeRunner::ProbeRunner(const ProbePlan &plan, const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_settings(settings)
{
    m_pacer.setSingleShot(true);
    m_pacer.setTimerType(Qt::PreciseTimer);
    connect(&m_pacer, &QTimer::timeout, this, &ProbeRunner::pump);

    // Rows that are not connects are settled from the start. The connects take turns between
    // the destinations, so a device sees its connects spread over the run rather than all at once.
    QList<QHostAddress> order;
    QHash<QHostAddress, QList<int>> byAddress;
    for (int index = 0; index < plan.targets().size(); ++index) {
        const ProbeTarget &target = plan.targets().at(index);
        ProbeOutcome outcome;
        if (!target.isConnect()) {
            outcome.result = ProbeResult::NotProbed;
            outcome.detail = target.notProbed;
        } else {
            if (!byAddress.contains(target.address))
                order.append(target.address);
            byAddress[target.address].append(index);
        }
        m_outcomes.append(outcome);
    }
    for (qsizetype round = 0; m_queue.size() < plan.connectCount(); ++round) {
        for (const QHostAddress &address : std::as_const(order)) {
            const QList<int> &targets = byAddress[address];
            if (round < targets.size())
                m_queue.append(targets.at(round));
        }
    }
}

ProbeRunner::~ProbeRunner()
{
    for (const std::unique_ptr<Attempt> &attempt : m_inFlight) {
        attempt->socket->disconnect(this);
        attempt->socket->abort();
        delete attempt->socket;
    }
}

void ProbeRunner::start()
{
    if (m_running || m_startTime.isValid())
        return;
    m_running = true;
    m_startTime = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_nextStart = 0;
    m_pacer.start(0);
}

void ProbeRunner::pump()
{
    if (!m_running)
        return;
    const qint64 interval = 1000000000LL / std::max(1, m_settings.rate);
    while (m_next < m_queue.size() && int(m_inFlight.size()) < m_settings.concurrency) {
        const qint64 now = m_clock.nsecsElapsed();
        if (now < m_nextStart) {
            m_pacer.start(int((m_nextStart - now + 999999) / 1000000));
            return;
        }
        m_nextStart = std::max(now, m_nextStart) + interval;
        launch(m_queue.at(m_next++));
        if (!m_running)
            return;
    }
    if (m_next >= m_queue.size() && m_inFlight.empty())
        finish();
}

void ProbeRunner::launch(int index)
{
    const ProbeTarget &target = m_plan.targets().at(index);
    auto attempt = std::make_unique<Attempt>();
    attempt->target = index;
    attempt->socket = new QTcpSocket(this);
    // Straight to the address: never through a proxy, and no name lookup.
    attempt->socket->setProxy(QNetworkProxy::NoProxy);
    attempt->timer = new QTimer(attempt->socket);
    attempt->timer->setSingleShot(true);
    Attempt *raw = attempt.get();
    m_inFlight.push_back(std::move(attempt));
    m_peak = std::max(m_peak, int(m_inFlight.size()));

    ProbeOutcome &outcome = m_outcomes[index];
    outcome.time = QDateTime::currentDateTimeUtc();

    connect(raw->socket, &QTcpSocket::connected, this,
        [this, raw] { settle(raw, ProbeResult::Open, tr("connected in %1 ms").arg(raw->clock.elapsed())); });
    connect(raw->socket, &QTcpSocket::errorOccurred, this, [this, raw](QAbstractSocket::SocketError error) {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            settle(raw, ProbeResult::Closed, tr("refused (TCP reset) in %1 ms").arg(raw->clock.elapsed()));
            break;
        case QAbstractSocket::NetworkError:
        case QAbstractSocket::SocketTimeoutError:
        case QAbstractSocket::HostNotFoundError:
            // An ICMP host, network or administratively prohibited unreachable: a firewall that
            // rejects, or no route. Either way the connection does not pass.
            settle(raw, ProbeResult::Filtered,
                tr("%1 (an ICMP unreachable: a firewall that rejects, or no route)")
                    .arg(raw->socket->errorString()));
            break;
        default:
            settle(raw, ProbeResult::NotProbed,
                tr("This machine could not try it: %1.").arg(raw->socket->errorString()));
            break;
        }
    });
    connect(raw->timer, &QTimer::timeout, this, [this, raw] {
        settle(raw, ProbeResult::Filtered, tr("no answer within %1 ms").arg(m_settings.timeout));
    });

    raw->clock.start();
    raw->timer->start(m_settings.timeout);
    if (!m_settings.source.isNull() && m_settings.source.protocol() == target.address.protocol()
        && !raw->socket->bind(m_settings.source)) {
        settle(raw, ProbeResult::NotProbed,
            tr("This machine could not send from %1: %2.")
                .arg(m_settings.source.toString(), raw->socket->errorString()));
        return;
    }
    raw->socket->connectToHost(target.address, quint16(target.port));
}

void ProbeRunner::settle(Attempt *attempt, ProbeResult result, const QString &detail)
{
    const auto found = std::find_if(m_inFlight.begin(), m_inFlight.end(),
        [attempt](const std::unique_ptr<Attempt> &a) { return a.get() == attempt; });
    if (found == m_inFlight.end())
        return;
    const std::unique_ptr<Attempt> done = std::move(*found);
    m_inFlight.erase(found);
    done->timer->stop();
    done->socket->disconnect(this);
    done->socket->abort();
    done->socket->deleteLater();

    ProbeOutcome &outcome = m_outcomes[done->target];
    outcome.result = result;
    outcome.detail = detail;
    outcome.milliseconds = int(done->clock.elapsed());
    ++m_done;
    if (m_running && !m_pacer.isActive())
        m_pacer.start(0);
    emit outcomeReady(done->target);
}

void ProbeRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_cancelled = true;
    m_pacer.stop();
    QList<int> changed;
    for (const std::unique_ptr<Attempt> &attempt : m_inFlight) {
        attempt->timer->stop();
        attempt->socket->disconnect(this);
        attempt->socket->abort();
        attempt->socket->deleteLater();
        ProbeOutcome &outcome = m_outcomes[attempt->target];
        outcome.result = ProbeResult::NotProbed;
        outcome.detail = tr("The probe was cancelled before an answer came.");
        changed.append(attempt->target);
    }
    m_inFlight.clear();
    for (; m_next < m_queue.size(); ++m_next) {
        ProbeOutcome &outcome = m_outcomes[m_queue.at(m_next)];
        outcome.result = ProbeResult::NotProbed;
        outcome.detail = tr("The probe was cancelled before it was tried.");
        changed.append(m_queue.at(m_next));
    }
    std::sort(changed.begin(), changed.end());
    for (const int target : std::as_const(changed))
        emit outcomeReady(target);
    m_finishTime = QDateTime::currentDateTimeUtc();
    emit finished();
}

void ProbeRunner::finish()
{
    m_running = false;
    m_pacer.stop();
    m_finishTime = QDateTime::currentDateTimeUtc();
    emit finished();
}

} // namespace portolan
