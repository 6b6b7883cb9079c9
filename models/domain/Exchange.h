#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace homeward {

// An agreed exchange, carried out in batches.
struct Exchange final {
    qint64 id = 0;
    qint64 rowVersion = 0;  // incremented on every stored change
    QString title;            // e.g. "1,000 for 1,000"
    QString agreementRef;     // e.g. "agreed in talks on 16 May"
    QString place;
    QString intermediary;
    int agreedServicemen = 0;
    int agreedCivilians = 0;
    QDate agreedOn;
    ExchangeStatus status = ExchangeStatus::Planned;
    QString notes;

    int agreedTotal() const { return agreedServicemen + agreedCivilians; }
    bool operator==(const Exchange &other) const = default;
};

enum class ExchangeField { Title, AgreementRef, Place, Intermediary, AgreedServicemen, AgreedCivilians, AgreedOn, Status, Notes };

} // namespace homeward
