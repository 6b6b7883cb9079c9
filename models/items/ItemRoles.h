#pragma once

#include <Qt>

namespace homeward::roles {

// Item data roles shared by every model in models/items, declared once.
enum : int {
    IdRole = Qt::UserRole + 1,  // qint64 database id of the row's record
    KindRole,                   // NavigatorModel::Kind as int
    ExchangeIdRole,             // qint64
    BatchIdRole,                // qint64
    SortRole,                   // value to sort by (text for names, ISO text for dates, int for numbers)
    StatusCodeRole,             // stable status code (e.g. "draft"), not translated
};

} // namespace homeward::roles
