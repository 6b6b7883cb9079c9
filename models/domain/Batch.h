#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace homeward {

// One handover of an exchange: one day, one border point, one direction.
struct Batch final {
    qint64 id = 0;
    qint64 rowVersion = 0;  // incremented on every stored change, status changes included
    qint64 exchangeId = 0;
    int sequenceNo = 0;  // 1, 2, 3 … within the exchange
    Direction direction = Direction::Receive;
    QDate plannedDate;
    QString place;
    int plannedServicemen = 0;
    int plannedCivilians = 0;
    BatchStatus status = BatchStatus::Draft;
    QString notes;

    int plannedTotal() const { return plannedServicemen + plannedCivilians; }
    bool operator==(const Batch &other) const = default;
};

enum class BatchField { SequenceNo, Direction, PlannedDate, Place, PlannedServicemen, PlannedCivilians, Status, Notes };

// Persons entered in a batch against its plan, by category and sex.
struct BatchCounts final {
    int plannedServicemen = 0;
    int plannedCivilians = 0;
    int servicemenMen = 0;
    int servicemenWomen = 0;
    int civiliansMen = 0;
    int civiliansWomen = 0;

    int enteredServicemen() const { return servicemenMen + servicemenWomen; }
    int enteredCivilians() const { return civiliansMen + civiliansWomen; }
    int entered() const { return enteredServicemen() + enteredCivilians(); }
    int planned() const { return plannedServicemen + plannedCivilians; }
    bool servicemenOverPlan() const { return enteredServicemen() > plannedServicemen; }
    bool civiliansOverPlan() const { return enteredCivilians() > plannedCivilians; }
    bool complete() const { return enteredServicemen() == plannedServicemen && enteredCivilians() == plannedCivilians; }
    bool operator==(const BatchCounts &other) const = default;
};

} // namespace homeward
