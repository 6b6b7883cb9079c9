#include "SettingsDialog.h"

#include "IdleLock.h"
#include "domain/InterfaceLanguage.h"
#include "storage/RollingBackups.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace homeward {
namespace {

QSpinBox *spinBox(const char *name, int minimum, int maximum, int value, const QString &suffix, const QString &toolTip)
{
    auto *box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(minimum, maximum);
    box->setValue(std::clamp(value, minimum, maximum));
    box->setSuffix(suffix);
    box->setToolTip(toolTip);
    box->setAccelerated(true);
    return box;
}

// The language choices; each language is named in itself, so that an
// official who cannot read the current one still finds their own.
QComboBox *languageCombo()
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("languageCombo"));
    box->addItem(SettingsDialog::tr("Follow the system"), InterfaceLanguage::kSystem);
    box->addItem(QStringLiteral("Українська"), InterfaceLanguage::kUkrainian);
    box->addItem(QStringLiteral("English"), InterfaceLanguage::kEnglish);
    box->setToolTip(SettingsDialog::tr("The language of the window, the messages and the printed sheets. "
                                       "\"Follow the system\" uses Ukrainian unless the system speaks English."));
    // Nothing stored means "follow the system"; so does a value no longer known.
    const int stored = box->findData(
        QSettings().value(InterfaceLanguage::kSettingKey, InterfaceLanguage::kSystem).toString().trimmed().toLower());
    box->setCurrentIndex(std::max(stored, 0));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language = languageCombo();
    m_idleMinutes =
        spinBox("idleMinutesSpin", 0, IdleLock::kMaximumIdleMinutes, IdleLock::idleMinutesSetting(), tr(" min"),
                tr("After this many minutes without keyboard or mouse input the desk locks: the data is "
                   "hidden and the password asked again. 0 = never lock (not advised)."));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_backupInterval = spinBox(
        "backupIntervalSpin", 1, kMaximumBackupIntervalMinutes, RollingBackups::intervalMinutesSetting(), tr(" min"),
        tr("While changes come in, a backup is written this many minutes after the first change not yet in "
           "a backup, into the “backups” folder beside the database."));
    m_backupKeep = spinBox("backupKeepSpin", 1, kMaximumBackupsKept, RollingBackups::keepSetting(), QString(),
                           tr("How many automatic backups are kept; older ones are removed, but never the newest "
                              "one that verifies."));

    auto *languageNote = new QLabel(tr("A new language is used when Homeward is next started."));
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    languageNote->setStyleSheet(QStringLiteral("color: #555;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Lock after:"), m_idleMinutes);
    form->addRow(tr("Automatic &backup every:"), m_backupInterval);
    form->addRow(tr("&Keep the last:"), m_backupKeep);
    auto *note = new QLabel(tr("These settings are kept for this computer's user account."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SettingsDialog::accept()
{
    // A value typed but not yet committed counts.
    for (QSpinBox *box : {m_idleMinutes, m_backupInterval, m_backupKeep})
        box->interpretText();
    QSettings settings;
    settings.setValue(InterfaceLanguage::kSettingKey, m_language->currentData().toString());
    IdleLock::setIdleMinutesSetting(m_idleMinutes->value());
    settings.setValue(QStringLiteral("backup/intervalMinutes"), m_backupInterval->value());
    settings.setValue(QStringLiteral("backup/keep"), m_backupKeep->value());
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        QMessageBox::critical(this, tr("Settings"),
                              tr("The settings could not be stored (%1). They apply until Homeward closes.")
                                  .arg(QDir::toNativeSeparators(settings.fileName())));
    }
    QDialog::accept();
}

} // namespace homeward
