#include "DatabaseUrl.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace homeward {

namespace {

const QLatin1String kSchemes[] = {QLatin1String("postgresql://"), QLatin1String("postgres://")};

struct SslModeName {
    DatabaseUrl::SslMode mode;
    QLatin1String name;
};
const SslModeName kSslModes[] = {
    {DatabaseUrl::SslMode::Disable, QLatin1String("disable")},
    {DatabaseUrl::SslMode::Prefer, QLatin1String("prefer")},
    {DatabaseUrl::SslMode::Require, QLatin1String("require")},
    {DatabaseUrl::SslMode::VerifyCa, QLatin1String("verify-ca")},
    {DatabaseUrl::SslMode::VerifyFull, QLatin1String("verify-full")},
};

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Decodes %XX escapes (the bytes as UTF-8). Empty optional: a broken escape, text that is not
// UTF-8, or a control character (NUL would cut libpq's connection string short).
std::optional<QString> percentDecoded(const QString &raw)
{
    QByteArray bytes;
    qsizetype plain = 0; // start of the text since the last escape
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != u'%')
            continue;
        if (i + 2 >= raw.size())
            return std::nullopt;
        const int high = hexValue(raw[i + 1]);
        const int low = hexValue(raw[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes += QStringView(raw).sliced(plain, i - plain).toUtf8();
        bytes += char(high * 16 + low);
        i += 2;
        plain = i + 1;
    }
    bytes += QStringView(raw).sliced(plain).toUtf8();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    for (const QChar c : std::as_const(text)) {
        if (c.category() == QChar::Other_Control)
            return std::nullopt;
    }
    return text;
}

// QUrl checks IPv6 syntax (QHostAddress would need Qt Network, which models/ does not link).
bool isIpv6Address(const QString &address)
{
    if (!address.contains(u':'))
        return false;
    QUrl url;
    url.setHost(address, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

} // namespace

bool DatabaseUrl::isServerAddress(const QString &text)
{
    // Any SCHEME:// counts, so that a mistyped scheme is reported rather than taken for a file name.
    static const QRegularExpression scheme(QStringLiteral("^\\s*[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(text).hasMatch();
}

QString DatabaseUrl::withoutPassword(const QString &text)
{
    // SCHEME://USER:PASSWORD@… — the user part ends at the first ':' before the last '@'
    // of the authority (a password may itself hold '@' or ':').
    static const QRegularExpression password(QStringLiteral("^(\\s*[A-Za-z][A-Za-z0-9+.-]*://[^/?#:@]*):[^/?#]*@"));
    // …?password=… as a setting, in any case.
    static const QRegularExpression setting(QStringLiteral("([?&]password=)[^&#]*"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString shown = text;
    shown.replace(password, QStringLiteral("\\1:***@"));
    return shown.replace(setting, QStringLiteral("\\1***"));
}

QString DatabaseUrl::sslModeName(SslMode mode)
{
    for (const SslModeName &known : kSslModes) {
        if (known.mode == mode)
            return known.name;
    }
    return {};
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{tr("The database address is empty")};

    qsizetype start = -1;
    for (const QLatin1String scheme : kSchemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            start = scheme.size();
    }
    if (start < 0) {
        const qsizetype separator = text.indexOf(QLatin1String("://"));
        if (separator > 0)
            return Error{tr("The database address must start with postgresql:// or postgres://, not %1")
                             .arg(text.left(separator + 3))};
        return Error{tr("The database address must start with postgresql:// or postgres://")};
    }
    QString rest = text.mid(start);

    // The password check comes first: nothing after it may echo a password back.
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const qsizetype at = authority.lastIndexOf(u'@');
    const QString userInfo = at < 0 ? QString() : authority.left(at);
    const QString passwordMessage = tr("The database address contains a password. Never write the password in the "
                                       "address: set PGPASSWORD or put it in ~/.pgpass");
    if (userInfo.contains(u':'))
        return Error{passwordMessage};

    if (rest.contains(u'#'))
        return Error{tr("The database address must not contain #")};

    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }

    const QString example = QStringLiteral("postgresql://USER@HOST/DATABASE");
    DatabaseUrl url;

    // USER@
    if (at < 0 || userInfo.isEmpty())
        return Error{tr("The database address names no user: write %1").arg(example)};
    if (userInfo.contains(u'@'))
        return Error{tr("The user name in the database address contains @: write it as %40")};
    const auto user = percentDecoded(userInfo);
    if (!user)
        return Error{tr("The user name “%1” in the database address has a broken %-escape or a character that is "
                        "not allowed")
                         .arg(userInfo)};
    url.m_user = *user;

    // HOST[:PORT]
    QString hostPort = authority.mid(at + 1);
    if (hostPort.isEmpty())
        return Error{tr("The database address names no host: write %1").arg(example)};
    if (hostPort.contains(u','))
        return Error{tr("The database address names several hosts (%1): give one").arg(hostPort)};
    QString portText;
    bool hasPort = false;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return Error{tr("The IPv6 address in the database address has no closing ]")};
        const QString address = hostPort.mid(1, close - 1);
        if (!isIpv6Address(address))
            return Error{tr("“%1” in the database address is not an IPv6 address").arg(address)};
        url.m_host = address;
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return Error{tr("Unexpected “%1” after the IPv6 address: write [ADDRESS]:PORT").arg(after)};
            hasPort = true;
            portText = after.mid(1);
        }
    } else {
        if (hostPort.count(u':') > 1)
            return Error{tr("An IPv6 address in the database address must be written in brackets, as in "
                            "postgresql://USER@[::1]:5432/DATABASE")};
        if (const qsizetype colon = hostPort.indexOf(u':'); colon >= 0) {
            hasPort = true;
            portText = hostPort.mid(colon + 1);
            hostPort.truncate(colon);
        }
        if (hostPort.isEmpty())
            return Error{tr("The database address names no host: write %1").arg(example)};
        const auto host = percentDecoded(hostPort);
        if (!host)
            return Error{tr("The host “%1” in the database address has a broken %-escape or a character that is not "
                            "allowed")
                             .arg(hostPort)};
        // A host name or IPv4 address, or (starting with /) the folder of a unix socket.
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (!host->startsWith(u'/') && !hostName.match(*host).hasMatch())
            return Error{tr("The host name “%1” contains characters that are not allowed").arg(*host)};
        url.m_host = *host;
    }
    if (hasPort) {
        if (portText.isEmpty())
            return Error{tr("The database address has a : after the host but no port number")};
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        const int port = digits.match(portText).hasMatch() ? portText.toInt() : 0;
        if (port < 1 || port > 65535)
            return Error{tr("The port “%1” in the database address is not a number from 1 to 65535").arg(portText)};
        url.m_port = port;
    }

    // /DATABASE
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    if (path.isEmpty())
        return Error{tr("The database address names no database: write %1").arg(example)};
    if (path.contains(u'/'))
        return Error{tr("The database name “%1” in the address contains /").arg(path)};
    const auto database = percentDecoded(path);
    if (!database || database->isEmpty())
        return Error{tr("The database name “%1” in the address has a broken %-escape or a character that is not "
                        "allowed")
                         .arg(path)};
    url.m_database = *database;

    // ?sslmode=MODE
    const QStringList settings = query.split(u'&', Qt::SkipEmptyParts);
    for (const QString &setting : settings) {
        const qsizetype equals = setting.indexOf(u'=');
        const auto key = percentDecoded(equals < 0 ? setting : setting.left(equals));
        const auto value = percentDecoded(equals < 0 ? QString() : setting.mid(equals + 1));
        if (!key || !value)
            return Error{tr("The setting “%1” in the database address has a broken %-escape or a character that is "
                            "not allowed")
                             .arg(setting)};
        if (key->compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return Error{passwordMessage};
        if (*key != QLatin1String("sslmode"))
            return Error{tr("The database address has an unknown setting “%1”: only sslmode is accepted").arg(*key)};
        if (url.m_sslMode)
            return Error{tr("The database address gives sslmode more than once")};
        for (const SslModeName &known : kSslModes) {
            if (*value == known.name)
                url.m_sslMode = known.mode;
        }
        if (!url.m_sslMode)
            return Error{
                tr("“%1” is not an sslmode: use disable, prefer, require, verify-ca or verify-full").arg(*value)};
    }
    return url;
}

QString DatabaseUrl::toString() const
{
    const bool ipv6 = m_host.contains(u':') && !m_host.startsWith(u'/');
    QString text = QStringLiteral("postgresql://") + QString::fromLatin1(QUrl::toPercentEncoding(m_user)) + u'@' +
                   (ipv6 ? u'[' + m_host + u']' : QString::fromLatin1(QUrl::toPercentEncoding(m_host))) + u':' +
                   QString::number(m_port) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(m_database));
    if (m_sslMode)
        text += QStringLiteral("?sslmode=") + sslModeName(*m_sslMode);
    return text;
}

} // namespace homeward
