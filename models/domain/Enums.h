#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace homeward {

// Each enumeration has a stable code stored in the database and written in
// the interchange CSV; the translated label is for display only.

enum class Sex { Male, Female };
enum class Category { Serviceman, Civilian };
enum class Direction { Receive, HandOver };
enum class BatchStatus { Draft, InVerification, Verified, Confirmed, Completed, Cancelled };
enum class ExchangeStatus { Planned, InProgress, Completed, Cancelled };
enum class MemberStatus { Listed, Withdrawn };

QString toCode(Sex value);
QString toCode(Category value);
QString toCode(Direction value);
QString toCode(BatchStatus value);
QString toCode(ExchangeStatus value);
QString toCode(MemberStatus value);

std::optional<Sex> sexFromCode(const QString &code);
std::optional<Category> categoryFromCode(const QString &code);
std::optional<Direction> directionFromCode(const QString &code);
std::optional<BatchStatus> batchStatusFromCode(const QString &code);
std::optional<ExchangeStatus> exchangeStatusFromCode(const QString &code);
std::optional<MemberStatus> memberStatusFromCode(const QString &code);

QString label(Sex value);
QString label(Category value);
QString label(Direction value);
QString label(BatchStatus value);
QString label(ExchangeStatus value);
QString label(MemberStatus value);

} // namespace homeward
