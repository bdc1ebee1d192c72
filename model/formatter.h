// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QString>

namespace Atlas {

enum class DigitStyle { Latin, ArabicIndic };
enum class ArabicMonthNames { Levantine, Egyptian }; // كانون الثاني / يناير

/*
 * Formats numbers and dates for the UI language with ICU: digits (Latin or Arabic-Indic),
 * grouping, percentages, compact axis forms, month names, and dates at their precision (a
 * month-precision date never shows a day). A value type: copy it freely.
 *
 * Bidi: a single value reads right on its own, so number(), percent(), compact() and date() come
 * back bare. Where two values meet with only neutral marks between them ("1,500–3,000", "١ January
 * ٢٠٢٤ – ٢٨ September ٢٠٢٤", "٢٬٥٠٠, ٢٠٢٤") the Unicode algorithm would join them into one run and
 * swap them (Arabic-Indic digits in an English sentence, Latin digits after Arabic words), so every
 * text made here that joins values isolates each of them in the interface's direction (LRI or RLI
 * … PDI): ranges, periods, ICU's interval formats (each date span), a date with its Hijri date.
 * Views that join values themselves pass each through isolate(), or use range() and period().
 */
class Formatter
{
public:
    Formatter() = default;
    explicit Formatter(Language language, DigitStyle digits = DigitStyle::Latin,
                       ArabicMonthNames months = ArabicMonthNames::Levantine);

    Language language() const { return m_language; }
    DigitStyle digits() const { return m_digits; }
    ArabicMonthNames monthNames() const { return m_months; }
    // Whether dateWithHijri() adds the Umm al-Qura Hijri date to the Gregorian one.
    bool showsHijri() const { return m_hijri; }
    void setShowsHijri(bool shown) { m_hijri = shown; }
    // The same digits, month names and calendar option for another language.
    Formatter withLanguage(Language language) const;

    // `text` between LEFT-TO-RIGHT ISOLATE (English) or RIGHT-TO-LEFT ISOLATE (Arabic) and POP
    // DIRECTIONAL ISOLATE: a value set into a sentence keeps its place. Empty stays empty.
    QString isolate(const QString &text) const;
    // Two values as a range, "1,500–3,000" (each isolated), in the interface's reading order.
    QString range(const QString &low, const QString &high) const;
    // Two dates (or "the start", "open") as a period, "August 2020 – May 2021" (each isolated).
    QString period(const QString &from, const QString &to) const;

    QString number(double value, int maxDecimals = 0) const;   // "19,873" / "١٩٬٨٧٣"
    QString percent(double value) const;                       // 68 -> "68%" / "٦٨٪"
    QString compact(double value) const;                       // 19900 -> "19.9K" / "١٩٫٩ ألف"
    QString monthName(int month) const;                        // 1..12
    QString date(QDate date, DatePrecision precision) const;   // "August 2020", "27 September 2024"
    QString date(const FuzzyDate &date) const;                 // ranges as "2025-09 – 2026-09"
    // A day typed by a reader, as date(day, DatePrecision::Day) writes it ("27 September 2024",
    // "٢٧ أيلول ٢٠٢٤", either Arabic month style), shorter (the month abbreviated or as a number:
    // "27/9/2024") or as ISO 8601 ("2024-09-27"), with Latin or Arabic-Indic digits. ICU parses it;
    // an invalid date when the text is none of these or names no real day.
    QDate parseDate(const QString &text) const;
    // The Hijri (Umm al-Qura) date of the period a date at its precision stands for, never more
    // precise than it: "24 Rabiʻ I 1446 AH"; a month or year gives the Hijri months or years it
    // spans: "ذو القعدة ١٤٤٥ – محرم ١٤٤٦ هـ", "1435–1436 AH".
    QString hijriDate(QDate date, DatePrecision precision) const;
    QString hijriDate(const FuzzyDate &date) const;            // from earliest() to latest()
    // date(), followed by hijriDate() in parentheses when showsHijri(): for details and tooltips.
    QString dateWithHijri(const FuzzyDate &date) const;
    // A figure's value with its qualifier and unit, worded by Vocabulary::qualifiedAmount() and
    // amountWithUnit() in this formatter's language: "about 900 troops", "1,500–3,000 fighters",
    // "68% decrease", "nearly 33.3%" (a fraction), "more than 2 times the baseline" (a ratio),
    // "tens of thousands (10,000–99,999 fighters)" (an order of magnitude).
    QString figureValue(const Figure &figure) const;

private:
    Language m_language = Language::English;
    DigitStyle m_digits = DigitStyle::Latin;
    ArabicMonthNames m_months = ArabicMonthNames::Levantine;
    bool m_hijri = false;
};

} // namespace Atlas
