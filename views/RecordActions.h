#pragma once

#include <QObject>

class QWidget;

namespace homeward {

class Store;

// What the menu actions do with exchanges, batches and persons: open the
// dialogs, ask before deleting (saying exactly what will go) and report the
// outcome. Kept apart from MainWindow so the window only assembles widgets.
// Every storage error is shown to the official; none is dropped.
class RecordActions final : public QObject {
    Q_OBJECT
public:
    // Dialogs and questions open over `window`.
    RecordActions(Store &store, QWidget *window);

    // Each returns the id of the new record, 0 when cancelled or failed.
    qint64 newExchange();
    qint64 newBatch(qint64 exchangeId);
    // Opens the person form; with "Save and new" several may be added.
    // Returns the id of the last person added, 0 when none.
    qint64 newPerson(qint64 batchId);

    // Each returns true when the record was changed (or deleted).
    bool editExchange(qint64 exchangeId);
    bool editBatch(qint64 batchId);
    bool editPerson(qint64 personId, qint64 batchId);
    bool deleteExchange(qint64 exchangeId);
    bool deleteBatch(qint64 batchId);
    // `position` is the person's No. in the batch's list, for the question.
    bool removePerson(qint64 batchId, qint64 personId, int position);

Q_SIGNALS:
    // A short outcome for the status bar ("Saved Коваленко Олександр").
    void message(const QString &text);
    // A person was stored (new or changed), for selecting them in the list.
    void personSaved(qint64 personId);

private:
    bool confirm(const QString &title, const QString &question, const QString &detail, const QString &actionText);
    void showError(const QString &title, const QString &text);

    Store &m_store;
    QWidget *m_window;
};

} // namespace homeward
