#pragma once

#include "domain/Batch.h"
#include "domain/Exchange.h"
#include "items/ReconciliationModel.h"
#include "storage/CounterpartRepository.h"
#include "storage/CounterpartWrites.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace homeward {

class ReconciliationModel;
class RiskColourProxy;
class Store;

// The reconciliation of one batch with the other side's list: the list is
// loaded (Load their list…: CSV in any of the encodings and delimiters the
// list reader knows, detected unless chosen, or XLSX; any problem shown as
// FILE:LINE:COLUMN: reason and nothing stored), then shown as three groups
// side by side: the differences of the matched pairs (riskiest first, open
// high risks red), the persons only on their list, and only on ours; under
// them the counts, ours against theirs against the plan.
//
// The official marks an item resolved with a note, or reopens it. Loading and
// resolving are refused (the buttons disabled, saying why) once the batch is
// confirmed, completed or cancelled, when the official's roles do not allow
// them, or when the database is open read-only; the repository checks again.
// When another desk resolved, changed or reopened the item since the window
// read it, the write is refused (StaleEdit); the window then shows what is
// stored and asks whether to keep it or to store the official's note (or
// reopening) over it.
// Export CSV… writes ReconciliationReport; Print… and Export PDF… the report
// of ReconciliationPrinter. No SQL here: CounterpartRepository through the
// store's connection, written as the store's actor (CounterpartWrites).
//
// The window follows the database while it is open: a list loaded or an item
// resolved elsewhere (ChangeNotifier::counterpartChanged) or a change of our
// list of the batch (personsChanged) reloads it, once per burst of
// announcements, keeping the selected item (by its key) and the scroll
// position of each group.
class ReconciliationWindow final : public QDialog {
    Q_OBJECT
public:
    ReconciliationWindow(Store &store, qint64 batchId, QWidget *parent = nullptr);
    ~ReconciliationWindow() override;

    qint64 batchId() const { return m_batchId; }
    // The database failed its checks on open: nothing may be written.
    void setReadOnly(const QString &reason);

    ReconciliationModel *model() const { return m_model; }
    QTableView *differencesView() const { return m_differencesView; }
    QTableView *onlyTheirsView() const { return m_onlyTheirsView; }
    QTableView *onlyOursView() const { return m_onlyOursView; }
    QTableView *countsView() const { return m_countsView; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    // Whether a list is loaded (and shown).
    bool hasList() const { return m_list.has_value(); }
    // Why writes are disabled; empty when they are allowed.
    QString writeRefusal() const { return m_refusal; }

public Q_SLOTS:
    // Reads the batch, its current list and the reconciliation again,
    // keeping the selected item when it is still there.
    void reload();
    // Loads `path` (asks for a file when empty) as the batch's new list of the other side. True when stored.
    bool loadList(const QString &path = {});
    // Marks the selected item resolved with `note` (asks for one when empty). True when stored.
    bool resolveSelected(const QString &note = {});
    // Takes back the resolution of the selected item. True when stored.
    bool reopenSelected();
    // Writes the report as CSV / PDF to `path` (asks when empty). True when written.
    bool exportCsv(const QString &path = {});
    bool exportPdf(const QString &path = {});
    // The print preview of the report.
    void printPreview();

Q_SIGNALS:
    // A short outcome for the status bar.
    void message(const QString &text);

private:
    enum class Group { Differences, OnlyTheirs, OnlyOurs };
    struct Selected {
        Group group = Group::Differences;
        int row = -1;
    };

    QTableView *makeTable(const QString &objectName, RiskColourProxy *proxy);
    void selectionChangedIn(QTableView *view);
    // Asks for one reload when the event loop is next free (announcements of a burst share it).
    void reloadSoon(qint64 batchId);
    std::optional<Selected> selected() const;
    ResolutionTarget targetAt(Group group, int row) const;
    // After a write refused as stale: reads the stored resolutions into the
    // model (the selection stays) and returns the item `key` as stored now;
    // nullopt, with `problem` saying why, when it cannot be read or is gone.
    std::optional<ResolutionTarget> rereadTarget(Group group, const QString &key, QString *problem);
    // Reads the stored resolutions into the model after the window's own write; false (and a full reload) when they
    // cannot be read.
    bool refreshResolutions(const QString &errorTitle, const QString &errorText);
    // A resolve or reopen of `key` refused as stale (`refusal`): shows what is stored now beside the official's
    // choice and stores that choice over it only when asked to. True when something was stored.
    bool resolveOverStale(Group group, const QString &key, const QString &note, const QString &refusal);
    bool reopenOverStale(Group group, const QString &key, const QString &refusal);
    void updateWriteState();
    void updateButtons();
    void updateTitles();
    void showError(const QString &title, const QString &text);
    QString askSavePath(const QString &title, const QString &suggested, const QString &filter, const QString &suffix);

    Store &m_store;
    qint64 m_batchId;
    CounterpartRepository m_repository;
    CounterpartWrites m_writes;
    QTimer *m_reloadSoon = nullptr;
    bool m_writing = false; // our own write: the window updates itself, its announcement is not news
    Batch m_batch;
    Exchange m_exchange;
    std::optional<CounterpartList> m_list;
    QString m_readOnlyReason;
    QString m_refusal;
    bool m_mayLoad = false;
    bool m_mayResolve = false;

    ReconciliationModel *m_model = nullptr;
    RiskColourProxy *m_differencesProxy = nullptr;
    RiskColourProxy *m_onlyTheirsProxy = nullptr;
    RiskColourProxy *m_onlyOursProxy = nullptr;
    RiskColourProxy *m_countsProxy = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_listInfo = nullptr;
    QLabel *m_notice = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QGroupBox *m_differencesBox = nullptr;
    QGroupBox *m_onlyTheirsBox = nullptr;
    QGroupBox *m_onlyOursBox = nullptr;
    QGroupBox *m_countsBox = nullptr;
    QTableView *m_differencesView = nullptr;
    QTableView *m_onlyTheirsView = nullptr;
    QTableView *m_onlyOursView = nullptr;
    QTableView *m_countsView = nullptr;
    QTableView *m_active = nullptr; // the table whose row the buttons act on
};

} // namespace homeward
