#pragma once

#include "domain/Batch.h"
#include "domain/Enums.h"
#include "domain/Exchange.h"
#include "domain/PartialDate.h"
#include "domain/Person.h"
#include "domain/Verification.h"
#include "storage/BatchWorkflow.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace homeward::report {

// The content of the printed sheets: plain values read from the database at
// one moment, with no layout. views/print draws them; tests count them.

// Persons by category and sex.
struct SexCategoryCounts final {
    int servicemenMen = 0;
    int servicemenWomen = 0;
    int civiliansMen = 0;
    int civiliansWomen = 0;

    void add(Category category, Sex sex)
    {
        if (category == Category::Serviceman)
            ++(sex == Sex::Male ? servicemenMen : servicemenWomen);
        else
            ++(sex == Sex::Male ? civiliansMen : civiliansWomen);
    }
    int servicemen() const { return servicemenMen + servicemenWomen; }
    int civilians() const { return civiliansMen + civiliansWomen; }
    int men() const { return servicemenMen + civiliansMen; }
    int women() const { return servicemenWomen + civiliansWomen; }
    int total() const { return servicemen() + civilians(); }
    SexCategoryCounts &operator+=(const SexCategoryCounts &other)
    {
        servicemenMen += other.servicemenMen;
        servicemenWomen += other.servicemenWomen;
        civiliansMen += other.civiliansMen;
        civiliansWomen += other.civiliansWomen;
        return *this;
    }
    bool operator==(const SexCategoryCounts &other) const = default;
};

// Where one person's checklist stands.
enum class PersonCheck { NotStarted, InProgress, Verified, Discrepancy };

// One numbered line of a batch's list (listed persons only; withdrawn ones are counted apart).
struct SheetPerson final {
    int number = 0;   // 1, 2, 3 … on the sheet
    int position = 0; // the list position in the database
    qint64 personId = 0;
    QString surname;
    QString givenName;
    QString patronymic;
    // The Latin spelling by the Ukrainian passport rules (empty when a letter is not covered).
    QString latinSurname;
    QString latinGivenName;
    QString latinPatronymic;
    PartialDate birthDate;
    Sex sex = Sex::Male;
    Category category = Category::Serviceman;
    QString rank;
    QString region;
    PersonCheck check = PersonCheck::NotStarted;
    int itemsTotal = 0;
    int itemsConfirmed = 0;
    int itemsDiscrepant = 0;
    // At completion: handed over or not (with the reason); nullopt before.
    std::optional<bool> handedOver;
    QString notHandedOverReason;
};

// Who took a step of the batch's life and when; empty name: not (yet) taken.
struct SignatureEntry final {
    QString name;
    QDateTime at; // UTC
    bool isSigned() const { return !name.isEmpty(); }
};

struct BatchSheetCounts final {
    int plannedServicemen = 0;
    int plannedCivilians = 0;
    SexCategoryCounts entered;  // listed, not withdrawn
    SexCategoryCounts verified; // every checklist item confirmed
    // At completion: persons handed over, by category and sex, and the totals as recorded.
    std::optional<SexCategoryCounts> actual;
    std::optional<int> actualServicemen;
    std::optional<int> actualCivilians;
    int planned() const { return plannedServicemen + plannedCivilians; }
};

// The summary sheet of one batch.
struct BatchSheet final {
    Exchange exchange;
    Batch batch;
    BatchSheetCounts counts;
    QList<SheetPerson> persons; // by list position
    int withdrawn = 0;
    BatchSeal seal;                             // isSealed() once confirmed
    std::optional<StoredCompletion> completion; // completed batches only
    SignatureEntry preparedBy;                  // submitted for verification
    SignatureEntry verifiedBy;                  // marked verified
    SignatureEntry confirmedBy;                 // confirmed and sealed
    QDateTime generatedAt;                      // UTC
};

// One line of a person's checklist on paper.
struct ChecklistLine final {
    VerificationItem item;
    QString value; // the stored detail as a verifier compares it (empty for identity and free items)
};

struct PersonChecklistPage final {
    SheetPerson person;
    Person details;
    QList<ChecklistLine> lines;
};

// The verification checklist sheet: one person, or every listed person of the batch (one per page).
struct ChecklistSheet final {
    Exchange exchange;
    Batch batch;
    QList<PersonChecklistPage> persons;
    BatchSeal seal;
    QDateTime generatedAt; // UTC
};

// One batch on the exchange summary.
struct ExchangeBatchRow final {
    Batch batch;
    SexCategoryCounts entered;
    int verified = 0; // persons with every item confirmed
    std::optional<int> actualServicemen;
    std::optional<int> actualCivilians;
    bool sealed = false;
};

// Persons of one direction, against the agreed totals.
struct DirectionTotals final {
    int servicemen = 0; // handed over or received: completed batches, actual counts
    int civilians = 0;
    int openServicemen = 0; // listed in batches not yet completed (cancelled ones not counted)
    int openCivilians = 0;
    int total() const { return servicemen + civilians; }
    int openTotal() const { return openServicemen + openCivilians; }
};

// The summary of an exchange: every batch, and the totals against the agreement.
struct ExchangeSheet final {
    Exchange exchange;
    QList<ExchangeBatchRow> batches; // by sequence number
    DirectionTotals received;
    DirectionTotals handedOver;
    QDateTime generatedAt; // UTC
};

} // namespace homeward::report
