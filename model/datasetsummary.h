// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QJsonObject>

namespace Atlas {

/*
 * What a dataset holds, in numbers, as one JSON object (`--info`): counts of each section and of
 * citations, the first and last event date, and events by date precision and by category.
 * Stateless.
 */
class DatasetSummary
{
public:
    static QJsonObject toJson(const Dataset &dataset);
};

} // namespace Atlas
