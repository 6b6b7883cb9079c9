#pragma once

// What a form would have read before changing a resolution or a registry link (any test folder:
// #include "storage/SeenRows.h"): the stored row's id and row_version, or none.

#include "storage/CounterpartRepository.h"
#include "storage/RegistryLinks.h"
#include "storage/StaleEdit.h"

namespace homeward::testing {

inline SeenRow seenResolution(const CounterpartRepository &repository, qint64 batchId, const QString &key)
{
    const auto resolutions = repository.resolutions(batchId);
    if (resolutions)
        for (const ReconciliationResolution &r : resolutions.value())
            if (r.key == key)
                return {r.id, r.rowVersion};
    return {};
}

inline SeenRow seenLink(const RegistryLinks &links, qint64 personId)
{
    const auto link = links.linkOf(personId);
    return link && link.value() ? link.value()->seen() : SeenRow{};
}

} // namespace homeward::testing
