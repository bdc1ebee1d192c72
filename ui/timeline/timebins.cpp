// SPDX-License-Identifier: GPL-3.0-or-later
#include "timebins.h"

#include <algorithm>
#include <cmath>

namespace Atlas {

double TimeBins::binStart(double day, double binDays)
{
    if (!(binDays > 0))
        return day;
    return std::floor(day / binDays) * binDays;
}

int TimeBins::countIn(const QList<double> &sortedDays, double from, double to)
{
    if (!(to > from))
        return 0;
    const auto first = std::lower_bound(sortedDays.cbegin(), sortedDays.cend(), from);
    const auto last = std::lower_bound(first, sortedDays.cend(), to);
    return int(last - first);
}

QList<int> TimeBins::counts(const QList<double> &sortedDays, double firstBinStart, double binDays, int bins)
{
    QList<int> result(std::max(bins, 0), 0);
    if (result.isEmpty() || !(binDays > 0))
        return result;
    // Each bin's end is found from the previous one's, so the searches narrow as they go.
    auto from = std::lower_bound(sortedDays.cbegin(), sortedDays.cend(), firstBinStart);
    for (int bin = 0; bin < bins; ++bin) {
        const double end = firstBinStart + (bin + 1) * binDays;
        const auto to = std::lower_bound(from, sortedDays.cend(), end);
        result[bin] = int(to - from);
        from = to;
    }
    return result;
}

} // namespace Atlas
