#pragma once

#include "domain/Person.h"
#include "names/Matcher.h"
#include "storage/Result.h"
#include "storage/StaleEdit.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace homeward {

class Store;

// The registry candidates of the person in the form, side by side with what
// was typed: for every field both values, the letters that differ
// highlighted, and the reason of each difference; the verdict and score; and
// other listings that look like the same person. Refreshed 300 ms after the
// last change (RegistryMatcher loads the registry on first use).
//
// Linking is deliberate: "Link to this record" asks for confirmation showing
// both records. A stored person is linked at once (RegistryLinks, audited);
// a new person has no id yet, so the choice is kept and made right after
// the form saves the person (PersonDialog calls applyPendingLink). An
// existing link is shown with "Unlink". Without a registry the panel says so
// quietly. A link or unlink refused because another desk changed the
// person's link since the panel read it shows the stored link and asks
// whether to keep it or to store the official's choice over it.
class RegistryCandidatesWidget final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;
    static constexpr int kShownCandidates = 3;

    explicit RegistryCandidatesWidget(Store &store, QWidget *parent = nullptr);

    // The stored person shown (0 for a new one) and their batch: reads the
    // link, whether the batch is locked and whether the official may link.
    // Drops a pending link.
    void setContext(qint64 personId, qint64 batchId);
    // The details as typed; matched after the pause.
    void setPerson(const Person &person);
    // Matches now (the pause skipped).
    void refreshNow();

    const names::MatchResult &result() const { return m_result; }
    // The registry record chosen for a person not yet saved, empty when none.
    std::optional<QString> pendingLink() const;
    // Makes the pending link for the now stored person; nothing to do without one.
    Status applyPendingLink(qint64 personId);

    // For tests: the "Link to this record" button of candidate `index` (nullptr when not shown).
    QPushButton *linkButton(int index) const;
    QPushButton *unlinkButton() const { return m_unlink; }
    QString statusText() const;
    QString linkText() const;

Q_SIGNALS:
    // The person's link changed (stored or pending).
    void linkChanged();

private:
    struct Pending {
        QString recordId;
        names::Verdict verdict = names::Verdict::None;
        double score = 0.0;
    };
    void rebuildCandidates();
    void showLink();
    void chooseCandidate(int index);
    void unlink();
    QString candidateTable(int index) const;
    // The stored link as last shown, for comparing with the official's choice: "registry record R-2 (…), linked by
    // … on …", or "not linked".
    QString storedLinkText() const;
    bool mayLink(QString *why) const;

    Store &m_store;
    QTimer m_debounce;
    Person m_person;
    qint64 m_personId = 0;
    qint64 m_batchId = 0;
    bool m_locked = false;
    bool m_allowed = false;
    names::MatchResult m_result;
    QList<names::MatchRecord> m_candidateRecords;
    std::optional<Pending> m_pending;
    QString m_linkedRecordId;
    SeenRow m_seenLink;   // the stored link as last shown: a link or unlink replaces exactly this one
    QString m_storedLink; // that link described; empty when none

    QLabel *m_status = nullptr;
    QLabel *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    QLabel *m_duplicates = nullptr;
    QVBoxLayout *m_candidatesLayout = nullptr;
    QList<QPushButton *> m_linkButtons;
};

// The two spellings with the letters that differ marked (HTML), for the
// candidate table: unchanged letters as they are, the others highlighted.
// Compared ignoring case; a letter found in both is unchanged.
struct HighlightedPair final {
    QString first;
    QString second;
};
HighlightedPair highlightDifferences(const QString &first, const QString &second);

} // namespace homeward
