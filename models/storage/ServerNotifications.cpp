#include "ServerNotifications.h"

#include "ChangeNotifier.h"
#include "Dialect.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace homeward {
namespace {

Q_LOGGING_CATEGORY(lcNotifications, "homeward.storage.notifications")

} // namespace

std::optional<ServerNotifications::Change> ServerNotifications::parse(const QString &payload)
{
    if (payload == QLatin1String("exchange"))
        return Change{Kind::Exchanges, 0};
    const qsizetype colon = payload.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QStringView name = QStringView(payload).left(colon);
    const QStringView number = QStringView(payload).mid(colon + 1);
    // Digits only: toLongLong alone would take "+5" or " 5".
    if (number.isEmpty() || number.size() > 18 ||
        !std::all_of(number.begin(), number.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const qint64 id = number.toLongLong();
    if (id <= 0)
        return std::nullopt;
    if (name == QLatin1String("batch"))
        return Change{Kind::Batches, id};
    if (name == QLatin1String("person"))
        return Change{Kind::Persons, id};
    if (name == QLatin1String("counterpart"))
        return Change{Kind::Counterpart, id};
    if (name == QLatin1String("presence"))
        return Change{Kind::Presence, id};
    return std::nullopt;
}

ServerNotifications::ServerNotifications(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_notifier(notifier)
{
}

ServerNotifications::~ServerNotifications()
{
    // A closed connection has forgotten its LISTEN already (and the driver would warn).
    if (m_subscribedHere && m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(QLatin1String(kChannel));
}

Status ServerNotifications::start()
{
    if (m_listening || !Dialect::of(m_db).isPostgres())
        return m_status;
    QSqlDriver *driver = m_db.driver();
    const QString channel = QLatin1String(kChannel);
    if (!driver->subscribedToNotifications().contains(channel)) {
        if (!driver->subscribeToNotification(channel)) {
            m_status = Status::failure(
                tr("Changes made at other desks will not appear until the database is opened again: the server "
                   "did not accept the request to be told of them"),
                driver->lastError().text());
            return m_status;
        }
        m_subscribedHere = true;
    }
    connect(driver, &QSqlDriver::notification, this, &ServerNotifications::onNotification);
    m_listening = true;
    return m_status;
}

Status ServerNotifications::renew()
{
    if (!Dialect::of(m_db).isPostgres())
        return m_status;
    disconnect(m_db.driver(), &QSqlDriver::notification, this, &ServerNotifications::onNotification);
    m_listening = false;
    m_subscribedHere = false;
    m_status = {};
    return start();
}

void ServerNotifications::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                         const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource)
        return;
    const QString text = payload.toString();
    const std::optional<Change> change = parse(text);
    if (!change) {
        qCWarning(lcNotifications, "ignored a change notification not understood: %s", qPrintable(text.left(80)));
        return;
    }
    dispatch(*change);
    Q_EMIT received(text);
}

void ServerNotifications::dispatch(const Change &change)
{
    if (!m_notifier)
        return;
    switch (change.kind) {
    case Kind::Exchanges:
        Q_EMIT m_notifier->exchangesChanged();
        break;
    case Kind::Batches:
        Q_EMIT m_notifier->batchesChanged(change.id);
        break;
    case Kind::Persons:
        Q_EMIT m_notifier->personsChanged(change.id);
        break;
    case Kind::Counterpart:
        Q_EMIT m_notifier->counterpartChanged(change.id);
        break;
    case Kind::Presence:
        Q_EMIT m_notifier->presenceChanged(change.id);
        break;
    }
}

} // namespace homeward
