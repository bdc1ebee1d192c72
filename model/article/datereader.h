// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlecandidates.h"
#include "foldedtext.h"

#include <QDate>
#include <QList>

namespace Atlas::Article {

/*
 * Reads the dates of an article: Gregorian months by their Levantine (كانون الثاني، شباط…),
 * Egyptian (يناير، فبراير…) and English names, alone or paired ("يونيو/حزيران 2014",
 * "15 كانون الأول/ديسمبر"), with a day, a day name and a year; Hijri months (with a year,
 * converted through ICU's Umm al-Qura calendar; without one, the last such month before the
 * publication date); numeric dates ("15-8-2014", "30/11/2016", "04/15"); years ("عام 2014");
 * and relative expressions (أمس، اليوم، أمس الأربعاء، يوم الجمعة، الأسبوع الماضي، الشهر الماضي،
 * العام الماضي، مطلع/منتصف/أواخر الشهر، منذ ست سنوات، خلال 6 سنوات و5 أشهر، سبتمبر المقبل),
 * resolved against the publication date at the precision they imply. Without a publication
 * date, whatever needs one stays unresolved and is flagged (""after N years"" of "بعد 10 سنوات من" counts back like منذ). A value type: the publication date
 * is passed in, never read from the clock.
 */
class DateReader
{
public:
    explicit DateReader(QDate published = {}) : m_first(published), m_last(published) {}
    // A publication date known only to a month or a year: relative dates become the union of
    // their readings from the first and from the last day ("الشهر الماضي" in an article of 2021
    // is December 2020 to November 2021).
    DateReader(QDate publishedFirst, QDate publishedLast) : m_first(publishedFirst), m_last(publishedLast) {}

    QList<DateCandidate> read(const FoldedText &text) const;

    // The Gregorian days a Hijri (Umm al-Qura) month covers; invalid dates when ICU cannot say.
    static std::pair<QDate, QDate> hijriMonth(int hijriYear, int month);

private:
    QList<DateCandidate> readFrom(const FoldedText &text, QDate published) const;

    QDate m_first;
    QDate m_last;
};

} // namespace Atlas::Article
