// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Atlas {

/*
 * Counting events per time bin from their start days, kept sorted: a count is two binary
 * searches, so a bin costs the same whether it holds ten events or a million. Bins are
 * `binDays` wide and start at whole multiples of it (from day 0), so they stay put while the
 * view pans and follow the zoom when `binDays` changes. Pure arithmetic, no painting.
 */
class TimeBins
{
public:
    // Start of the bin that holds `day`.
    static double binStart(double day, double binDays);
    // Days in [from, to) among `sortedDays` (ascending).
    static int countIn(const QList<double> &sortedDays, double from, double to);
    // Counts of `bins` consecutive bins, the first beginning at `firstBinStart`.
    static QList<int> counts(const QList<double> &sortedDays, double firstBinStart, double binDays, int bins);
};

} // namespace Atlas
