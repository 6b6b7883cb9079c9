#include "HeadlessSignIn.h"

#include "storage/Accounts.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace homeward {
namespace {

const char *const kPasswordVariable = "HOMEWARD_PASSWORD";

std::optional<QString> promptPassword(const QString &username)
{
    return promptOnTerminal(QCoreApplication::translate("homeward::HeadlessSignIn", "Password for %1: ").arg(username));
}

} // namespace

bool canPrompt()
{
    return isatty(STDIN_FILENO) != 0;
}

std::optional<QString> promptOnTerminal(const QString &text)
{
    const QByteArray prompt = text.toLocal8Bit();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
    std::fflush(stderr);

    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) != 0)
        return std::nullopt;
    std::string line;
    bool complete = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        if (c == '\n') {
            complete = true;
            break;
        }
        line.push_back(char(c));
    }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!complete && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const QString password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    // Do not leave the typed password in the buffer longer than needed.
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

Result<Actor> signInHeadless(const QSqlDatabase &db, const QString &username)
{
    if (username.trimmed().isEmpty())
        return Error{QCoreApplication::translate("homeward::HeadlessSignIn", "this command changes data: name your account with --user")};

    QString password;
    if (qEnvironmentVariableIsSet(kPasswordVariable)) {
        password = qEnvironmentVariable(kPasswordVariable);
    } else if (canPrompt()) {
        const auto typed = promptPassword(username);
        if (!typed)
            return Error{QCoreApplication::translate("homeward::HeadlessSignIn", "no password was typed")};
        password = *typed;
    } else {
        return Error{QCoreApplication::translate(
            "homeward::HeadlessSignIn", "no password: set the HOMEWARD_PASSWORD environment variable, or run the command in a "
                      "terminal to be asked for it")};
    }

    Accounts accounts(db);
    auto official = accounts.authenticate(username, password);
    password.fill(QLatin1Char('\0'));
    if (!official)
        return Error{QCoreApplication::translate("homeward::HeadlessSignIn", "signing in as %1 failed").arg(username),
                     official.error().text()};
    return Accounts::actorFor(official.value());
}

} // namespace homeward
