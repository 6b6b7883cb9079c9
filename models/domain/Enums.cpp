#include "Enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace homeward {
namespace {

template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const std::array<std::pair<E, const char *>, N> &table, const QString &code)
{
    for (const auto &[e, c] : table)
        if (code == QLatin1String(c))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Sex, const char *>, 2> kSex{{{Sex::Male, "M"}, {Sex::Female, "F"}}};
constexpr std::array<std::pair<Category, const char *>, 2> kCategory{
    {{Category::Serviceman, "serviceman"}, {Category::Civilian, "civilian"}}};
constexpr std::array<std::pair<Direction, const char *>, 2> kDirection{
    {{Direction::Receive, "receive"}, {Direction::HandOver, "hand_over"}}};
constexpr std::array<std::pair<BatchStatus, const char *>, 6> kBatchStatus{{{BatchStatus::Draft, "draft"},
                                                                           {BatchStatus::InVerification, "in_verification"},
                                                                           {BatchStatus::Verified, "verified"},
                                                                           {BatchStatus::Confirmed, "confirmed"},
                                                                           {BatchStatus::Completed, "completed"},
                                                                           {BatchStatus::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<ExchangeStatus, const char *>, 4> kExchangeStatus{{{ExchangeStatus::Planned, "planned"},
                                                                                 {ExchangeStatus::InProgress, "in_progress"},
                                                                                 {ExchangeStatus::Completed, "completed"},
                                                                                 {ExchangeStatus::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<MemberStatus, const char *>, 2> kMemberStatus{
    {{MemberStatus::Listed, "listed"}, {MemberStatus::Withdrawn, "withdrawn"}}};


} // namespace

QString toCode(Sex v) { return codeOf(kSex, v); }
QString toCode(Category v) { return codeOf(kCategory, v); }
QString toCode(Direction v) { return codeOf(kDirection, v); }
QString toCode(BatchStatus v) { return codeOf(kBatchStatus, v); }
QString toCode(ExchangeStatus v) { return codeOf(kExchangeStatus, v); }
QString toCode(MemberStatus v) { return codeOf(kMemberStatus, v); }

std::optional<Sex> sexFromCode(const QString &c) { return fromCode(kSex, c); }
std::optional<Category> categoryFromCode(const QString &c) { return fromCode(kCategory, c); }
std::optional<Direction> directionFromCode(const QString &c) { return fromCode(kDirection, c); }
std::optional<BatchStatus> batchStatusFromCode(const QString &c) { return fromCode(kBatchStatus, c); }
std::optional<ExchangeStatus> exchangeStatusFromCode(const QString &c) { return fromCode(kExchangeStatus, c); }
std::optional<MemberStatus> memberStatusFromCode(const QString &c) { return fromCode(kMemberStatus, c); }

QString label(Sex v)
{
    return v == Sex::Male ? QCoreApplication::translate("homeward::Enums", "male")
                          : QCoreApplication::translate("homeward::Enums", "female");
}

QString label(Category v)
{
    return v == Category::Serviceman ? QCoreApplication::translate("homeward::Enums", "serviceman")
                                     : QCoreApplication::translate("homeward::Enums", "civilian");
}

QString label(Direction v)
{
    return v == Direction::Receive ? QCoreApplication::translate("homeward::Enums", "we receive")
                                   : QCoreApplication::translate("homeward::Enums", "we hand over");
}

QString label(BatchStatus v)
{
    switch (v) {
    case BatchStatus::Draft: return QCoreApplication::translate("homeward::Enums", "draft");
    case BatchStatus::InVerification: return QCoreApplication::translate("homeward::Enums", "in verification");
    case BatchStatus::Verified: return QCoreApplication::translate("homeward::Enums", "verified");
    case BatchStatus::Confirmed: return QCoreApplication::translate("homeward::Enums", "confirmed");
    case BatchStatus::Completed: return QCoreApplication::translate("homeward::Enums", "completed");
    case BatchStatus::Cancelled: return QCoreApplication::translate("homeward::Enums", "cancelled");
    }
    return {};
}

QString label(ExchangeStatus v)
{
    switch (v) {
    case ExchangeStatus::Planned: return QCoreApplication::translate("homeward::Enums", "planned");
    case ExchangeStatus::InProgress: return QCoreApplication::translate("homeward::Enums", "in progress");
    case ExchangeStatus::Completed: return QCoreApplication::translate("homeward::Enums", "completed");
    case ExchangeStatus::Cancelled: return QCoreApplication::translate("homeward::Enums", "cancelled");
    }
    return {};
}

QString label(MemberStatus v)
{
    return v == MemberStatus::Listed ? QCoreApplication::translate("homeward::Enums", "listed")
                                     : QCoreApplication::translate("homeward::Enums", "withdrawn");
}

} // namespace homeward
