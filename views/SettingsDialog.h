#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace homeward {

// Tools ▸ Settings…: the desk's own settings (QSettings, per user account of
// the computer): the interface language (InterfaceLanguage: follow the
// system, Ukrainian or English; used from the next start), lock after N
// minutes without input (0 = never), an automatic backup every N minutes
// while changes come in, keep the last K backups. OK stores them; Cancel
// leaves them as they were.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaximumBackupIntervalMinutes = 24 * 60;
    static constexpr int kMaximumBackupsKept = 1000;

    explicit SettingsDialog(QWidget *parent = nullptr);

    // Items hold the stored choice ("system", "uk", "en") as their data.
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *idleMinutesBox() const { return m_idleMinutes; }
    QSpinBox *backupIntervalBox() const { return m_backupInterval; }
    QSpinBox *backupKeepBox() const { return m_backupKeep; }

public Q_SLOTS:
    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QSpinBox *m_backupInterval = nullptr;
    QSpinBox *m_backupKeep = nullptr;
};

} // namespace homeward
