// Fails when a source string is missing from a translation file or unfinished there.
//
//   check_ts --lupdate PATH --ts FILE.ts SOURCE_FOLDER...
//
// lupdate runs over the source folders into a COPY of FILE.ts in a temporary
// folder, so the file itself is never touched; every message of the copy
// that is still unfinished (a string new to the file, or one present but not
// translated yet) is listed with its context, and the exit code is 1. Exit 0
// when every string has a translation; 2 when the check could not run.

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // of <translation>: "", "unfinished", "vanished", "obsolete"
    bool empty = true;

    QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
};

void say(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

// Every <message> of a .ts file; false with `error` set when it cannot be read.
bool readTs(const QString &path, QList<Message> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = Message{context, {}, {}, {}, true};
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural forms come as <numerusform> children: every one must be filled.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                message.empty = text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            *messages << message;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString lupdate;
    QString ts;
    QStringList folders;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--lupdate") && !args.isEmpty())
            lupdate = args.takeFirst();
        else if (arg == QLatin1String("--ts") && !args.isEmpty())
            ts = args.takeFirst();
        else
            folders << QFileInfo(arg).absoluteFilePath();
    }
    if (lupdate.isEmpty() || ts.isEmpty() || folders.isEmpty()) {
        say(stderr, QStringLiteral("usage: check_ts --lupdate PATH --ts FILE.ts SOURCE_FOLDER...\n"));
        return 2;
    }
    for (const QString &folder : folders)
        if (!QFileInfo(folder).isDir()) {
            say(stderr, QStringLiteral("check_ts: %1 is not a folder\n").arg(folder));
            return 2;
        }

    QList<Message> original;
    QString error;
    if (!readTs(ts, &original, &error)) {
        say(stderr, QStringLiteral("check_ts: %1\n").arg(error));
        return 2;
    }
    QSet<QString> known;
    for (const Message &m : original)
        known.insert(m.key());

    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    if (!dir.isValid() || !QFile::copy(ts, copy) ||
        !QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        say(stderr, QStringLiteral("check_ts: %1 could not be copied to a temporary folder\n").arg(ts));
        return 2;
    }
    const QByteArray before = digest(ts);

    // The options of the project's own lupdate target; the folders double as include paths,
    // so that classes declared in other layers' headers get the same contexts.
    QStringList lupdateArgs{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    for (const QString &folder : folders)
        lupdateArgs << QStringLiteral("-I") << folder;
    lupdateArgs << folders << QStringLiteral("-ts") << copy;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, lupdateArgs);
    if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        say(stderr, QStringLiteral("check_ts: %1 failed: %2\n%3\n")
                        .arg(lupdate, process.errorString(), QString::fromLocal8Bit(process.readAll())));
        return 2;
    }
    const QString lupdateOutput = QString::fromLocal8Bit(process.readAll());
    if (digest(ts) != before) {
        say(stderr, QStringLiteral("check_ts: %1 changed while it was checked\n").arg(ts));
        return 2;
    }

    QList<Message> updated;
    if (!readTs(copy, &updated, &error)) {
        say(stderr, QStringLiteral("check_ts: %1\n").arg(error));
        return 2;
    }
    QStringList missing;
    QStringList unfinished;
    int current = 0;
    for (const Message &m : updated) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue; // no longer in the sources
        ++current;
        if (m.type != QLatin1String("unfinished") && !m.empty)
            continue;
        const QString line = QStringLiteral("  %1: \"%2\"%3\n")
                                 .arg(m.context, oneLine(m.source),
                                      m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
        (known.contains(m.key()) ? unfinished : missing) << line;
    }
    if (current == 0) {
        say(stderr, QStringLiteral("check_ts: lupdate found no source string in %1\n%2\n")
                        .arg(folders.join(QLatin1Char(' ')), lupdateOutput));
        return 2;
    }
    const QString name = QFileInfo(ts).fileName();
    if (missing.isEmpty() && unfinished.isEmpty()) {
        say(stdout, QStringLiteral("%1: all %2 source strings are translated\n").arg(name).arg(current));
        return 0;
    }
    if (!missing.isEmpty())
        say(stdout, QStringLiteral("%1 source string(s) missing from %2 (run the homeward_lupdate target, then "
                                   "translate them):\n%3")
                        .arg(missing.size())
                        .arg(name, missing.join(QString())));
    if (!unfinished.isEmpty())
        say(stdout, QStringLiteral("%1 source string(s) unfinished in %2:\n%3")
                        .arg(unfinished.size())
                        .arg(name, unfinished.join(QString())));
    say(stdout, QStringLiteral("%1: %2 of %3 source strings lack a finished translation\n")
                    .arg(name)
                    .arg(missing.size() + unfinished.size())
                    .arg(current));
    return 1;
}
