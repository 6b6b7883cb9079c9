#pragma once

// Runs the built program (HOMEWARD_BINARY) as a script or an official would: English messages, its own data and
// settings folders, no terminal to prompt on, and the password only when given.

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

inline ProgramRun runProgram(const QString &homeFolder, const QStringList &arguments,
                             const QString &password = QString(), int timeoutMs = 120000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), homeFolder + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), homeFolder + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("HOMEWARD_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("HOMEWARD_PASSWORD"), password);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // never a prompt
    process.start(QStringLiteral(HOMEWARD_BINARY), QStringList{QStringLiteral("--language"), QStringLiteral("en")} +
                                                       arguments);
    ProgramRun result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
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

} // namespace homeward::testing
