#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace homeward {

// `homeward match`: every person of a list against the registry.
//   homeward match --registry REGISTRY.csv --list LIST.csv --out OUT.csv
//   homeward match --database PATH --batch ID --out OUT.csv
// OUT has one row per list row, in list order, header exactly
//   list_record_id,registry_record_id,score,verdict,discrepancies
// (score 0–1 with three decimals, verdict match/probable/ambiguous/none,
// registry_record_id empty for none). OUT appears only when complete. Reads
// only: the database form needs no sign-in.
class MatchCommand final {
    Q_DECLARE_TR_FUNCTIONS(homeward::MatchCommand)

public:
    // `arguments` follow the word "match"; `globalDatabase` is a --database
    // given before the command (empty when none). Returns the exit code.
    static int run(const QStringList &arguments, const QString &globalDatabase);
};

} // namespace homeward
