#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

class DatabaseUrlTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodAddressesParse_data();
    void goodAddressesParse();
    void writtenOutItParsesToTheSame_data();
    void writtenOutItParsesToTheSame();
    void badAddressesAreRefusedByName_data();
    void badAddressesAreRefusedByName();
    void aPasswordIsNeverEchoed_data();
    void aPasswordIsNeverEchoed();
    void serverAddressesAreToldFromFiles_data();
    void serverAddressesAreToldFromFiles();
    void withoutTheDriverTheMessageSaysWhatToInstall();
};

void DatabaseUrlTest::goodAddressesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslmode"); // empty: not given
    QTest::addColumn<QString>("written");

    QTest::newRow("full") << "postgresql://homeward_app@db.example.org:5433/homeward"
                          << "homeward_app"
                          << "db.example.org" << 5433 << "homeward"
                          << ""
                          << "postgresql://homeward_app@db.example.org:5433/homeward";
    QTest::newRow("default port") << "postgresql://app@10.0.0.5/hq"
                                  << "app"
                                  << "10.0.0.5" << 5432 << "hq"
                                  << ""
                                  << "postgresql://app@10.0.0.5:5432/hq";
    QTest::newRow("short scheme") << "postgres://app@localhost/hq"
                                  << "app"
                                  << "localhost" << 5432 << "hq"
                                  << ""
                                  << "postgresql://app@localhost:5432/hq";
    QTest::newRow("scheme in capitals") << "PostgreSQL://app@localhost/hq"
                                        << "app"
                                        << "localhost" << 5432 << "hq"
                                        << ""
                                        << "postgresql://app@localhost:5432/hq";
    QTest::newRow("spaces around") << "  postgresql://app@localhost/hq \n"
                                   << "app"
                                   << "localhost" << 5432 << "hq"
                                   << ""
                                   << "postgresql://app@localhost:5432/hq";
    QTest::newRow("sslmode require") << "postgresql://app@db:6432/hq?sslmode=require"
                                     << "app"
                                     << "db" << 6432 << "hq"
                                     << "require"
                                     << "postgresql://app@db:6432/hq?sslmode=require";
    QTest::newRow("sslmode prefer") << "postgresql://app@db/hq?sslmode=prefer"
                                    << "app"
                                    << "db" << 5432 << "hq"
                                    << "prefer"
                                    << "postgresql://app@db:5432/hq?sslmode=prefer";
    QTest::newRow("sslmode disable") << "postgresql://app@db/hq?sslmode=disable"
                                     << "app"
                                     << "db" << 5432 << "hq"
                                     << "disable"
                                     << "postgresql://app@db:5432/hq?sslmode=disable";
    QTest::newRow("sslmode verify-full") << "postgresql://app@db/hq?sslmode=verify-full"
                                         << "app"
                                         << "db" << 5432 << "hq"
                                         << "verify-full"
                                         << "postgresql://app@db:5432/hq?sslmode=verify-full";
    QTest::newRow("sslmode verify-ca") << "postgresql://app@db/hq?sslmode=verify-ca"
                                       << "app"
                                       << "db" << 5432 << "hq"
                                       << "verify-ca"
                                       << "postgresql://app@db:5432/hq?sslmode=verify-ca";
    QTest::newRow("ipv6 with port") << "postgresql://app@[::1]:5433/hq"
                                    << "app"
                                    << "::1" << 5433 << "hq"
                                    << ""
                                    << "postgresql://app@[::1]:5433/hq";
    QTest::newRow("ipv6 default port") << "postgresql://app@[2001:db8::7]/hq"
                                       << "app"
                                       << "2001:db8::7" << 5432 << "hq"
                                       << ""
                                       << "postgresql://app@[2001:db8::7]:5432/hq";
    QTest::newRow("percent-escapes") << "postgresql://ivan%2Epetrenko@db/%D0%B1%D0%B0%D0%B7%D0%B0%20hq"
                                     << "ivan.petrenko"
                                     << "db" << 5432 << QString::fromUtf8("база hq") << ""
                                     << "postgresql://ivan.petrenko@db:5432/%D0%B1%D0%B0%D0%B7%D0%B0%20hq";
    QTest::newRow("escaped @ in the user") << "postgresql://ops%40hq@db/hq"
                                           << "ops@hq"
                                           << "db" << 5432 << "hq"
                                           << ""
                                           << "postgresql://ops%40hq@db:5432/hq";
    QTest::newRow("unescaped Cyrillic") << QString::fromUtf8("postgresql://оператор@db/облік")
                                        << QString::fromUtf8("оператор") << "db" << 5432 << QString::fromUtf8("облік")
                                        << ""
                                        << "postgresql://%D0%BE%D0%BF%D0%B5%D1%80%D0%B0%D1%82%D0%BE%D1%80@db:5432/"
                                           "%D0%BE%D0%B1%D0%BB%D1%96%D0%BA";
    QTest::newRow("unix socket folder") << "postgresql://app@%2Fvar%2Frun%2Fpostgresql/hq"
                                        << "app"
                                        << "/var/run/postgresql" << 5432 << "hq"
                                        << ""
                                        << "postgresql://app@%2Fvar%2Frun%2Fpostgresql:5432/hq";
    QTest::newRow("empty settings") << "postgresql://app@db/hq?"
                                    << "app"
                                    << "db" << 5432 << "hq"
                                    << ""
                                    << "postgresql://app@db:5432/hq";
    QTest::newRow("highest port") << "postgresql://app@db:65535/hq"
                                  << "app"
                                  << "db" << 65535 << "hq"
                                  << ""
                                  << "postgresql://app@db:65535/hq";
}

void DatabaseUrlTest::goodAddressesParse()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, sslmode);
    QFETCH(QString, written);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.text()));
    QCOMPARE(url.value().user(), user);
    QCOMPARE(url.value().host(), host);
    QCOMPARE(url.value().port(), port);
    QCOMPARE(url.value().database(), database);
    const auto mode = url.value().sslMode();
    QCOMPARE(mode ? DatabaseUrl::sslModeName(*mode) : QString(), sslmode);
    QCOMPARE(url.value().toString(), written);
}

void DatabaseUrlTest::writtenOutItParsesToTheSame_data()
{
    goodAddressesParse_data();
}

void DatabaseUrlTest::writtenOutItParsesToTheSame()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.text()));
    const auto again = DatabaseUrl::parse(url.value().toString());
    QVERIFY2(again.ok(), qPrintable(again.text()));
    QCOMPARE(again.value().user(), url.value().user());
    QCOMPARE(again.value().host(), url.value().host());
    QCOMPARE(again.value().port(), url.value().port());
    QCOMPARE(again.value().database(), url.value().database());
    QCOMPARE(again.value().sslMode(), url.value().sslMode());
    QCOMPARE(again.value().toString(), url.value().toString());
}

void DatabaseUrlTest::badAddressesAreRefusedByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // part of the message, naming what is wrong

    QTest::newRow("empty") << ""
                           << "is empty";
    QTest::newRow("blank") << "   "
                           << "is empty";
    QTest::newRow("a file name") << "/home/ops/homeward.sqlite"
                                 << "must start with postgresql://";
    QTest::newRow("other scheme") << "mysql://app@db/hq"
                                  << "not mysql://";
    QTest::newRow("scheme without slashes") << "postgresql:app@db/hq"
                                            << "must start with postgresql://";
    QTest::newRow("no user") << "postgresql://db/hq"
                             << "names no user";
    QTest::newRow("empty user") << "postgresql://@db/hq"
                                << "names no user";
    QTest::newRow("raw @ in the user") << "postgresql://ops@hq@db/hq"
                                       << "write it as %40";
    QTest::newRow("password") << "postgresql://app:secret@db/hq"
                              << "PGPASSWORD";
    QTest::newRow("empty password") << "postgresql://app:@db/hq"
                                    << "contains a password";
    QTest::newRow("password setting") << "postgresql://app@db/hq?password=secret"
                                      << "~/.pgpass";
    QTest::newRow("no host") << "postgresql://app@/hq"
                             << "names no host";
    QTest::newRow("only a port") << "postgresql://app@:5432/hq"
                                 << "names no host";
    QTest::newRow("several hosts") << "postgresql://app@db1,db2/hq"
                                   << "several hosts (db1,db2)";
    QTest::newRow("bad host character") << "postgresql://app@db_!x/hq"
                                        << "host name “db_!x”";
    QTest::newRow("space in host") << "postgresql://app@d%20b/hq"
                                   << "host name “d b”";
    QTest::newRow("ipv6 without brackets") << "postgresql://app@::1:5432/hq"
                                           << "in brackets";
    QTest::newRow("ipv6 unclosed") << "postgresql://app@[::1/hq"
                                   << "no closing ]";
    QTest::newRow("ipv6 invalid") << "postgresql://app@[::g]/hq"
                                  << "“::g” in the database address is not an IPv6";
    QTest::newRow("ipv4 in brackets") << "postgresql://app@[10.0.0.1]/hq"
                                      << "not an IPv6 address";
    QTest::newRow("junk after ipv6") << "postgresql://app@[::1]x/hq"
                                     << "Unexpected “x”";
    QTest::newRow("empty port") << "postgresql://app@db:/hq"
                                << "no port number";
    QTest::newRow("port not a number") << "postgresql://app@db:54x/hq"
                                       << "port “54x”";
    QTest::newRow("port zero") << "postgresql://app@db:0/hq"
                               << "port “0”";
    QTest::newRow("port too big") << "postgresql://app@db:65536/hq"
                                  << "port “65536”";
    QTest::newRow("negative port") << "postgresql://app@db:-1/hq"
                                   << "port “-1”";
    QTest::newRow("no database") << "postgresql://app@db"
                                 << "names no database";
    QTest::newRow("empty database") << "postgresql://app@db:5432/"
                                    << "names no database";
    QTest::newRow("database with a slash") << "postgresql://app@db/hq/x"
                                           << "database name “hq/x”";
    QTest::newRow("broken escape in the database") << "postgresql://app@db/h%zq"
                                                   << "database name “h%zq”";
    QTest::newRow("escape cut short") << "postgresql://app@db/hq%4"
                                      << "database name “hq%4”";
    QTest::newRow("escape not UTF-8") << "postgresql://app@db/hq%ff"
                                      << "database name “hq%ff”";
    QTest::newRow("escaped NUL") << "postgresql://app@db/hq%00"
                                 << "database name “hq%00”";
    QTest::newRow("broken escape in the user") << "postgresql://a%g1@db/hq"
                                               << "user name “a%g1”";
    QTest::newRow("fragment") << "postgresql://app@db/hq#x"
                              << "must not contain #";
    QTest::newRow("unknown setting") << "postgresql://app@db/hq?host=evil"
                                     << "unknown setting “host”";
    QTest::newRow("setting without value") << "postgresql://app@db/hq?sslmode"
                                           << "“” is not an sslmode";
    QTest::newRow("bad sslmode") << "postgresql://app@db/hq?sslmode=always"
                                 << "“always” is not an sslmode";
    QTest::newRow("sslmode allow") << "postgresql://app@db/hq?sslmode=allow"
                                   << "“allow” is not an sslmode";
    QTest::newRow("sslmode twice") << "postgresql://app@db/hq?sslmode=require&sslmode=disable"
                                   << "sslmode more than once";
}

void DatabaseUrlTest::badAddressesAreRefusedByName()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(!url.ok(), qPrintable(text));
    QVERIFY2(url.error().message.contains(expected), qPrintable(url.error().message));
}

void DatabaseUrlTest::aPasswordIsNeverEchoed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("in the user part") << "postgresql://app:Sekret-42@db/hq";
    QTest::newRow("with a broken rest") << "postgresql://app:Sekret-42@[::1/hq#x";
    QTest::newRow("with an odd scheme") << "postgres://app:Sekret-42@db:99999/";
    QTest::newRow("as a setting") << "postgresql://app@db/hq?password=Sekret-42";
    QTest::newRow("with @ and : inside") << "postgresql://app:Se@k:ret-42@db/hq";
    QTest::newRow("as a later setting, any case") << "postgresql://app@db/hq?sslmode=require&PassWord=Sekret-42";
}

void DatabaseUrlTest::aPasswordIsNeverEchoed()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QVERIFY2(url.error().message.contains(QLatin1String("PGPASSWORD")), qPrintable(url.error().message));
    QVERIFY(!url.text().contains(QLatin1String("Sekret")));
    // Shown in a message about the address (the commands' "could not be opened"), it is masked too.
    const QString shown = DatabaseUrl::withoutPassword(text);
    QVERIFY2(!shown.contains(QLatin1String("Sekret")) && !shown.contains(QLatin1String("ret-42")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("***")), qPrintable(shown));
    QVERIFY2(shown.startsWith(text.left(text.indexOf(u':') + 6)), qPrintable(shown)); // scheme and user kept
    // An address without a password is shown as it is.
    QCOMPARE(DatabaseUrl::withoutPassword(QStringLiteral("postgresql://app@db/hq?sslmode=require")),
             QStringLiteral("postgresql://app@db/hq?sslmode=require"));
}

void DatabaseUrlTest::serverAddressesAreToldFromFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("server");
    QTest::newRow("postgresql") << "postgresql://app@db/hq" << true;
    QTest::newRow("postgres") << "postgres://app@db/hq" << true;
    QTest::newRow("another scheme, refused later by parse") << "mysql://app@db/hq" << true;
    QTest::newRow("absolute file") << "/home/ops/homeward.sqlite" << false;
    QTest::newRow("relative file") << "data/homeward.sqlite" << false;
    QTest::newRow("file with a colon") << "backup:2026.sqlite" << false;
    QTest::newRow("in memory") << ":memory:" << false;
}

void DatabaseUrlTest::serverAddressesAreToldFromFiles()
{
    QFETCH(QString, text);
    QFETCH(bool, server);
    QCOMPARE(DatabaseUrl::isServerAddress(text), server);
}

void DatabaseUrlTest::withoutTheDriverTheMessageSaysWhatToInstall()
{
    // Qt finds no SQL driver plugin at all in an empty folder. (This suite loads no driver
    // before: Qt keeps a plugin it has once found.)
    const QStringList paths = QCoreApplication::libraryPaths();
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QCoreApplication::setLibraryPaths({empty.path()});
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://app@127.0.0.1:1/hq"));
    QVERIFY2(url.ok(), qPrintable(url.text()));
    const auto database = Database::openServerUnmigrated(url.value());
    QCoreApplication::setLibraryPaths(paths);
    QVERIFY(!database.ok());
    QCOMPARE(database.error().message,
             QStringLiteral("The PostgreSQL driver for Qt is not installed: apt-get install libqt6sql6-psql"));
}

QTEST_GUILESS_MAIN(DatabaseUrlTest)
#include "tst_databaseurl.moc"
