#include "SettingsDialog.h"
#include "domain/InterfaceLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace homeward;

// The language part of Tools ▸ Settings: offered, shown as stored, stored on OK only.
class SettingsDialogTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void languagesAreOffered();
    void storedChoiceIsShown_data();
    void storedChoiceIsShown();
    void chosenLanguageIsStored_data();
    void chosenLanguageIsStored();
    void noteSaysWhenItApplies();
    void qtButtonsSpeakUkrainian();

private:
    static QComboBox *languageBox(SettingsDialog &dialog);
    static void choose(QComboBox *box, int index);
};

void SettingsDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
}

void SettingsDialogTest::init()
{
    QSettings().clear();
}

QComboBox *SettingsDialogTest::languageBox(SettingsDialog &dialog)
{
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    if (box != dialog.languageBox())
        return nullptr;
    return box;
}

// As the official would: focus the box and move with the arrow keys.
void SettingsDialogTest::choose(QComboBox *box, int index)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
}

void SettingsDialogTest::languagesAreOffered()
{
    SettingsDialog dialog;
    QComboBox *box = languageBox(dialog);
    QVERIFY(box);
    QCOMPARE(box->count(), 3);
    QStringList data;
    for (int i = 0; i < box->count(); ++i)
        data << box->itemData(i).toString();
    QCOMPARE(data, InterfaceLanguage::choices());
    QVERIFY(!box->itemText(0).isEmpty());
    // Each language named in itself, whatever language the dialog speaks.
    QCOMPARE(box->itemText(1), QStringLiteral("Українська"));
    QCOMPARE(box->itemText(2), QStringLiteral("English"));
    QVERIFY(!box->toolTip().isEmpty());
}

void SettingsDialogTest::storedChoiceIsShown_data()
{
    QTest::addColumn<QVariant>("stored"); // invalid: nothing stored
    QTest::addColumn<QString>("shown");
    QTest::newRow("nothing stored") << QVariant() << QStringLiteral("system");
    QTest::newRow("system") << QVariant(QStringLiteral("system")) << QStringLiteral("system");
    QTest::newRow("uk") << QVariant(QStringLiteral("uk")) << QStringLiteral("uk");
    QTest::newRow("en") << QVariant(QStringLiteral("en")) << QStringLiteral("en");
    QTest::newRow("EN in capitals") << QVariant(QStringLiteral("EN")) << QStringLiteral("en");
    // The program reports an unknown value and starts in Ukrainian; the dialog offers a valid choice.
    QTest::newRow("unknown") << QVariant(QStringLiteral("de")) << QStringLiteral("system");
}

void SettingsDialogTest::storedChoiceIsShown()
{
    QFETCH(QVariant, stored);
    QFETCH(QString, shown);
    if (stored.isValid())
        QSettings().setValue(InterfaceLanguage::kSettingKey, stored);
    SettingsDialog dialog;
    QComboBox *box = languageBox(dialog);
    QVERIFY(box);
    QCOMPARE(box->currentData().toString(), shown);
}

void SettingsDialogTest::chosenLanguageIsStored_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<QVariant>("expected"); // invalid: nothing stored
    QTest::newRow("English from nothing") << QVariant() << 2 << true << QVariant(QStringLiteral("en"));
    QTest::newRow("Ukrainian from English")
        << QVariant(QStringLiteral("en")) << 1 << true << QVariant(QStringLiteral("uk"));
    QTest::newRow("system from Ukrainian")
        << QVariant(QStringLiteral("uk")) << 0 << true << QVariant(QStringLiteral("system"));
    QTest::newRow("unknown replaced") << QVariant(QStringLiteral("de")) << 1 << true << QVariant(QStringLiteral("uk"));
    QTest::newRow("unchanged, OK") << QVariant() << 0 << true << QVariant(QStringLiteral("system"));
    QTest::newRow("cancelled, nothing stored") << QVariant() << 2 << false << QVariant();
    QTest::newRow("cancelled, kept") << QVariant(QStringLiteral("uk")) << 2 << false << QVariant(QStringLiteral("uk"));
}

void SettingsDialogTest::chosenLanguageIsStored()
{
    QFETCH(QVariant, stored);
    QFETCH(int, index);
    QFETCH(bool, accept);
    QFETCH(QVariant, expected);
    if (stored.isValid())
        QSettings().setValue(InterfaceLanguage::kSettingKey, stored);
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *box = languageBox(dialog);
    QVERIFY(box);
    choose(box, index);
    QCOMPARE(box->currentIndex(), index);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), accept ? int(QDialog::Accepted) : int(QDialog::Rejected));
    QCOMPARE(QSettings().value(InterfaceLanguage::kSettingKey), expected);
    if (expected.isValid()) // what is stored, the next start can use
        QVERIFY(!InterfaceLanguage::resolve(expected.toString(), QLocale::system()).isEmpty());
}

void SettingsDialogTest::noteSaysWhenItApplies()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("next started")), qPrintable(note->text()));
    // Right under the language box, before the other settings.
    QComboBox *box = languageBox(dialog);
    QVERIFY(box);
    const int noteTop = note->mapTo(&dialog, QPoint(0, 0)).y();
    QVERIFY(noteTop >= box->mapTo(&dialog, QPoint(0, box->height())).y());
    QVERIFY(noteTop < dialog.idleMinutesBox()->mapTo(&dialog, QPoint(0, 0)).y());
    // The form's label leads to the box.
    bool labelled = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        labelled = labelled || label->buddy() == box;
    QVERIFY(labelled);
}

void SettingsDialogTest::qtButtonsSpeakUkrainian()
{
    QTranslator qt;
    if (!InterfaceLanguage::loadQtTranslation(qt, QStringLiteral("uk")))
        QSKIP("qtbase_uk.qm is not installed (package qt6-translations-l10n)");
    QVERIFY(QCoreApplication::installTranslator(&qt));
    {
        SettingsDialog dialog;
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Скасувати"));
        QComboBox *box = languageBox(dialog);
        QVERIFY(box);
        QCOMPARE(box->itemText(1), QStringLiteral("Українська"));
        QCOMPARE(box->itemText(2), QStringLiteral("English"));
    }
    QCoreApplication::removeTranslator(&qt);
}

QTEST_MAIN(SettingsDialogTest)
#include "tst_settingsdialog.moc"
