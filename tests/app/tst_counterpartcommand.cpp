// `homeward import --counterpart BATCH_ID FILE`, run as an official or a script would: the other side's list is
// stored beside ours and a summary of the reconciliation printed; a list with problems, a closed batch, a batch that
// does not exist or a refused sign-in print why and leave the database file byte for byte as it was.

#include "ProgramRun.h"

#include "storage/AuditLog.h"
#include "storage/CounterpartRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

namespace {

// Their list of the demo's batch 2 (16 persons, in verification): Russian headers, semicolons, DD.MM.YYYY, their
// spelling. Гнатюк's birth date differs (high risk); Костенко and Гриценко are missing; Петренко is not ours.
const char kTheirList[] = "№;Фамилия;Имя;Отчество;Дата рождения;Пол;Категория\n"
                          "1;Гнатюк;Василий;Романович;19.05.1989;М;военнослужащий\n"
                          "2;Иваненко;Алексей;Дмитриевич;03.03.1997;М;военнослужащий\n"
                          "3;Мороз;Станислав;Павлович;08.08.1984;М;военнослужащий\n"
                          "4;Клименко;Анна;Олеговна;11.11.1992;Ж;военнослужащий\n"
                          "5;Остапенко;Виктор;Леонидович;04.04.1977;М;военнослужащий\n"
                          "6;Ярошенко;Назар;Богданович;07.07.2002;М;военнослужащий\n"
                          "7;Гуменюк;Валерий;Федорович;10.10.1980;М;военнослужащий\n"
                          "8;Приходько;Денис;Викторович;24.12.1994;М;военнослужащий\n"
                          "9;Тимошенко;Григорий;Анатольевич;31.01.1987;М;военнослужащий\n"
                          "10;Билык;Ростислав;Игоревич;16.06.2000;М;военнослужащий\n"
                          "11;Давыденко;Артур;Олегович;29.09.1991;М;военнослужащий\n"
                          "13;Юрченко;София;Андреевна;05.05.1985;Ж;гражданский\n"
                          "14;Пономаренко;Анатолий;Семенович;19.08.1955;М;гражданский\n"
                          "15;Ковальчук;Мария;Тарасовна;14.04.1969;Ж;гражданский\n"
                          "R-99;Петренко;Олег;Иванович;02.02.1990;М;военнослужащий\n";

// Bad on line 3 (column 4: no date) and line 5 (column 5: no sex); its other rows are good.
const char kBadList[] = "record_id,surname,given_name,birth_date,sex\n"
                        "1,Гнатюк,Василь,1989-05-18,M\n"
                        "2,Іваненко,Олексій,1997-13-40,M\n"
                        "3,Мороз,Станіслав,1984-08-08,M\n"
                        "4,Клименко,Анна,1992-11-11,X\n";

// No record ids and a comma: the ids are made from the lines.
const char kListWithoutIds[] = "surname,given_name,birth_date\n"
                               "Гнатюк,Василь,1989-05-18\n"
                               "Мороз,Станіслав,1984-08-08\n";

} // namespace

class CounterpartCommandTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importOrRefuse_data();
    void importOrRefuse();
    void theStoredListIsTheFile();

private:
    using Run = testing::ProgramRun;
    QString freshDemo(const QString &name) const;
    QString writeList(const QString &name, const QByteArray &content) const;
    static QByteArray hashOf(const QString &path);

    QTemporaryDir m_dir;
    QString m_template;
};

void CounterpartCommandTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOMEWARD_BINARY)).isExecutable(), HOMEWARD_BINARY);
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const Run demo = testing::runProgram(m_dir.path(), {QStringLiteral("demo"), m_template});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QString CounterpartCommandTest::freshDemo(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_template, path))
        return {};
    // Opened once as the program opens it (write-ahead log mode in the file's header), so that what the command
    // leaves unchanged can be compared byte for byte.
    return Database::open(path).ok() ? path : QString();
}

QString CounterpartCommandTest::writeList(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray CounterpartCommandTest::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void CounterpartCommandTest::importOrRefuse_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QString>("batch");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("said"); // on stdout when it succeeds, on stderr when not ("FILE" is the list's path)
    const QString demo = QStringLiteral("demo");

    QTest::newRow("their list") << QByteArray(kTheirList) << "2" << QStringList() << demo << 0
                                << QStringList{
                                       "Imported the other side's list for batch 2 from FILE (UTF-8, semicolon): "
                                       "15 rows",
                                       "Pairs: 14 (differences: ",
                                       "Only on their list: 1\n",
                                       "Only on our list: 2\n",
                                       "Total: ours 16, theirs 15, planned 18",
                                       "Open items to resolve: "};
    QTest::newRow("without record ids") << QByteArray(kListWithoutIds) << "2" << QStringList() << demo << 0
                                        << QStringList{"(UTF-8, comma): 2 rows", "Pairs: 2 ", "Only on our list: 14\n"};
    QTest::newRow("delimiter given") << QByteArray(kTheirList) << "2"
                                     << QStringList{"--delimiter", "semicolon", "--encoding", "utf-8"} << demo << 0
                                     << QStringList{"15 rows"};
    QTest::newRow("wrong delimiter given") << QByteArray(kTheirList) << "2" << QStringList{"--delimiter", "comma"}
                                           << demo << 1 << QStringList{"FILE:1:1: ", "nothing was imported"};
    QTest::newRow("bad rows") << QByteArray(kBadList) << "2" << QStringList() << demo << 1
                              << QStringList{"FILE:3:4: ", "FILE:5:5: ", "nothing was imported: problems in FILE: 2"};
    QTest::newRow("confirmed batch") << QByteArray(kTheirList) << "1" << QStringList() << demo << 1
                                     << QStringList{"nothing was imported: batch 1 is confirmed"};
    QTest::newRow("no such batch") << QByteArray(kTheirList) << "99" << QStringList() << demo << 1
                                   << QStringList{"nothing was imported", "99"};
    QTest::newRow("empty file") << QByteArray() << "2" << QStringList() << demo << 1
                                << QStringList{"FILE:1:1: ", "nothing was imported"};
    QTest::newRow("no password") << QByteArray(kTheirList) << "2" << QStringList() << QString() << 1
                                 << QStringList{"HOMEWARD_PASSWORD"};
}

void CounterpartCommandTest::importOrRefuse()
{
    QFETCH(QByteArray, list);
    QFETCH(QString, batch);
    QFETCH(QStringList, options);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QStringList, said);
    const QString database = freshDemo(QStringLiteral("import-%1.sqlite").arg(QTest::currentDataTag()));
    QVERIFY(!database.isEmpty());
    const QString file = writeList(QStringLiteral("their-%1.csv").arg(QTest::currentDataTag()), list);
    QVERIFY(!file.isEmpty());
    const QByteArray before = hashOf(database);

    const Run r =
        testing::runProgram(m_dir.path(),
                            QStringList{QStringLiteral("import"), QStringLiteral("--database"), database,
                                        QStringLiteral("--counterpart"), batch} +
                                options + QStringList{file, QStringLiteral("--user"), QStringLiteral("operator")},
                            password);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1\nout: %2\nerr: %3").arg(r.exitCode).arg(r.out, r.err)));
    const QString &text = exitCode == 0 ? r.out : r.err;
    for (QString words : said) {
        words.replace(QStringLiteral("FILE"), file);
        QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral("\n--- not in ---\n") + text));
    }

    // Hashed before anything opens the database again.
    if (exitCode != 0)
        QCOMPARE(hashOf(database), before);
    auto db = Database::open(database);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    CounterpartRepository repository(db.value()->connection());
    const qint64 batchId = batch.toLongLong();
    auto lists = repository.lists(batchId);
    QVERIFY2(lists.ok(), qPrintable(lists.text()));
    QCOMPARE(lists.value().size(), exitCode == 0 ? 1 : 0);
    if (exitCode == 0) {
        QCOMPARE(lists.value().constFirst().importedByName.isEmpty(), false);
        auto fault = AuditLog::verify(db.value()->connection());
        QVERIFY2(fault.ok() && !fault.value(), "the audit trail does not verify after the import");
    }
}

void CounterpartCommandTest::theStoredListIsTheFile()
{
    const QString database = freshDemo(QStringLiteral("stored.sqlite"));
    const QString file = writeList(QStringLiteral("stored.csv"), QByteArray(kTheirList));
    const Run first = testing::runProgram(m_dir.path(),
                                          {QStringLiteral("import"), QStringLiteral("--database"), database,
                                           QStringLiteral("--counterpart"), QStringLiteral("2"), file,
                                           QStringLiteral("--user"), QStringLiteral("operator")},
                                          QStringLiteral("demo"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // A second list the next day: the newest is the current one, the first stays.
    const QString second = writeList(QStringLiteral("stored-2.csv"), QByteArray(kListWithoutIds));
    const Run again = testing::runProgram(m_dir.path(),
                                          {QStringLiteral("import"), QStringLiteral("--database"), database,
                                           QStringLiteral("--counterpart"), QStringLiteral("2"), second,
                                           QStringLiteral("--user"), QStringLiteral("operator")},
                                          QStringLiteral("demo"));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));

    auto db = Database::open(database);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    CounterpartRepository repository(db.value()->connection());
    auto lists = repository.lists(2);
    QVERIFY2(lists.ok(), qPrintable(lists.text()));
    QCOMPARE(lists.value().size(), 2);
    const CounterpartList &current = lists.value().at(0);
    const CounterpartList &earlier = lists.value().at(1);
    QCOMPARE(current.fileName, QStringLiteral("stored-2.csv"));
    QCOMPARE(earlier.fileName, QStringLiteral("stored.csv"));
    QCOMPARE(earlier.sha256, QString::fromLatin1(hashOf(file)));
    QVERIFY2(first.out.contains(earlier.sha256), qPrintable(first.out));
    QCOMPARE(earlier.rowCount, 15);
    auto rows = repository.rows(earlier.id);
    QVERIFY2(rows.ok(), qPrintable(rows.text()));
    QCOMPARE(rows.value().size(), 15);
    // Their spelling kept as written, the record ids as given.
    QCOMPARE(rows.value().at(0).person.givenName, QStringLiteral("Василий"));
    QCOMPARE(rows.value().at(14).person.recordId, QStringLiteral("R-99"));
    auto made = repository.rows(current.id);
    QVERIFY(made.ok());
    QCOMPARE(made.value().at(0).person.recordId, QStringLiteral("line-2"));
}

QTEST_MAIN(CounterpartCommandTest)
#include "tst_counterpartcommand.moc"
