#pragma once

// Runs the built program (HOMEWARD_BINARY) as a script or an official would: its own data and settings folders,
// no terminal to prompt on, no message boxes, and the password only when given. Shared by the command suites.

#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace homeward::testing {

struct ProgramRun final {
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

struct ProgramOptions final {
    QString language = QStringLiteral("en");
    QString password;                 // HOMEWARD_PASSWORD; null: not set
    bool noDisplayAtAll = false;      // no QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY: the program must cope
    QMap<QString, QString> extraEnv;  // set last
    int timeoutMs = 120000;
};

inline ProgramRun runProgram(const QString &homeFolder, const QStringList &arguments,
                             const ProgramOptions &options = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), homeFolder + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), homeFolder + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOMEWARD_NO_DIALOGS"), QStringLiteral("1"));
    if (options.noDisplayAtAll) {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    } else {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    env.remove(QStringLiteral("HOMEWARD_PASSWORD"));
    if (!options.password.isNull())
        env.insert(QStringLiteral("HOMEWARD_PASSWORD"), options.password);
    for (auto it = options.extraEnv.begin(); it != options.extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // never a terminal: no prompt can wait
    process.start(QStringLiteral(HOMEWARD_BINARY),
                  QStringList{QStringLiteral("--language"), options.language} + arguments);
    ProgramRun result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("the program did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline ProgramRun runProgram(const QString &homeFolder, const QStringList &arguments, const QString &password)
{
    ProgramOptions options;
    options.password = password;
    return runProgram(homeFolder, arguments, options);
}

} // namespace homeward::testing
