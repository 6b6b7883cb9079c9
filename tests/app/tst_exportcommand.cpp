// `homeward export`, run as a script would: the file appears only on success, the header is the interchange
// header, and a wrong command line or an unknown batch exits non-zero and writes nothing.

#include "ProgramRun.h"

#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
using testing::runProgram;

namespace {
const QByteArray kHeader = "record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,service_number,"
                           "document_number,birth_place,region,notes\n";
}

class ExportCommandTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpNamesTheOptions();
    void exportsABatch_data();
    void exportsABatch();
    void exportsTheRegistry();
    void wrongCommandLinesAreRefused_data();
    void wrongCommandLinesAreRefused();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_database;
};

void ExportCommandTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = file(QStringLiteral("demo.sqlite"));
    const auto made = runProgram(m_dir.path(), {QStringLiteral("demo"), m_database});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

void ExportCommandTest::helpNamesTheOptions()
{
    const auto help = runProgram(m_dir.path(), {QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--database", "--batch", "--registry", "--format", "--out"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    QVERIFY(help.out.contains(QLatin1String("homeward export")));
}

void ExportCommandTest::exportsABatch_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("format in capitals") << QStringLiteral("CSV");
}

void ExportCommandTest::exportsABatch()
{
    QFETCH(QString, format);
    const QString out = file(QStringLiteral("batch1-%1.%2").arg(QTest::currentDataTag()).arg(format.toLower()))
                            .replace(QLatin1Char(' '), QLatin1Char('-'));
    const auto run = runProgram(m_dir.path(), {QStringLiteral("export"), QStringLiteral("--database"), m_database,
                                               QStringLiteral("--batch"), QStringLiteral("1"),
                                               QStringLiteral("--format"), format, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Exported 24 person")), qPrintable(run.out));
    if (format.toLower() == QLatin1String("csv")) {
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith(kHeader));
        QCOMPARE(bytes.count('\n') - 1, 24); // no demo field holds a line break
    } else {
        qint64 rows = 0;
        auto read = XlsxReader::read(out, [&](qint64, const QStringList &cells) {
            if (rows++ == 0)
                return cells.join(QLatin1Char(',')) + QLatin1Char('\n') == QString::fromLatin1(kHeader);
            return true;
        });
        QVERIFY2(read.ok(), qPrintable(read.text()));
        QVERIFY(!read.value().cancelled);
        QCOMPARE(rows, 25);
    }
}

void ExportCommandTest::exportsTheRegistry()
{
    const QString out = file(QStringLiteral("registry.csv"));
    const auto run = runProgram(m_dir.path(), {QStringLiteral("export"), QStringLiteral("--database"), m_database,
                                               QStringLiteral("--registry"), QStringLiteral("--format"),
                                               QStringLiteral("csv"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile csv(out);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith(kHeader));
}

void ExportCommandTest::wrongCommandLinesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("DB");
    QTest::newRow("no database") << QStringList{QStringLiteral("--batch"), QStringLiteral("1"), QStringLiteral("--format"),
                                                QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("OUT")}
                                 << 2 << QStringLiteral("export needs --database");
    QTest::newRow("neither batch nor registry")
        << QStringList{QStringLiteral("--database"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--out"), QStringLiteral("OUT")}
        << 2 << QStringLiteral("exactly one of --batch ID and --registry");
    QTest::newRow("both batch and registry")
        << QStringList{QStringLiteral("--database"), db, QStringLiteral("--batch"), QStringLiteral("1"),
                       QStringLiteral("--registry"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--out"), QStringLiteral("OUT")}
        << 2 << QStringLiteral("exactly one of --batch ID and --registry");
    QTest::newRow("batch not a number")
        << QStringList{QStringLiteral("--database"), db, QStringLiteral("--batch"), QStringLiteral("first"),
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("OUT")}
        << 2 << QStringLiteral("--batch needs the number of a batch, not \"first\"");
    QTest::newRow("no format") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--batch"),
                                              QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("OUT")}
                               << 2 << QStringLiteral("export needs --format csv or --format xlsx");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--database"), db, QStringLiteral("--batch"), QStringLiteral("1"),
                       QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("--out"), QStringLiteral("OUT")}
        << 2 << QStringLiteral("--format must be csv or xlsx, not \"ods\"");
    QTest::newRow("no out") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--batch"),
                                           QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")}
                            << 2 << QStringLiteral("export needs --out");
    QTest::newRow("unknown batch")
        << QStringList{QStringLiteral("--database"), db, QStringLiteral("--batch"), QStringLiteral("99"),
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("OUT")}
        << 1 << QStringLiteral("nothing was exported: There is no batch with number 99");
    QTest::newRow("missing database file")
        << QStringList{QStringLiteral("--database"), QStringLiteral("NOFILE"), QStringLiteral("--registry"),
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("OUT")}
        << 1 << QStringLiteral("there is no database file at");
}

void ExportCommandTest::wrongCommandLinesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = file(QStringLiteral("refused.csv"));
    for (QString &argument : arguments) {
        if (argument == QLatin1String("DB"))
            argument = m_database;
        else if (argument == QLatin1String("OUT"))
            argument = out;
        else if (argument == QLatin1String("NOFILE"))
            argument = file(QStringLiteral("missing.sqlite"));
    }
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    const auto run = runProgram(m_dir.path(), QStringList{QStringLiteral("export")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);
}

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "tst_exportcommand.moc"
