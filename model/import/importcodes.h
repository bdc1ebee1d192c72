// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/*
 * The code tables of the importers, as data (docs/import.md lists them in the same order):
 * ACLED time_precision and geo_precision, UCDP date_prec and where_prec, ACLED event types and
 * UCDP type_of_violence to our categories, ACLED interaction codes to actor kinds; and the date
 * formats a file may use, detected once per file. Pure functions over constant tables.
 */
namespace Atlas::ImportCodes {

// A date column's format, detected from a sample of its values.
enum class DateFormat { Iso, DayMonthYear, MonthDayYear, DayMonthNameYear, Unknown };

// The first format that reads every non-empty sample ("16 May 2025", "7-Oct-14" and "2-nov-14"
// are DayMonthNameYear; "03/04/2019" is day first unless a value has a day above 12 in the
// first place). Times after the date ("2019-02-03 14:00", "T14:00:00Z") are ignored.
DateFormat detectDateFormat(const QStringList &samples);
// The date, or invalid when it does not read in `format` or does not exist (2019-02-30).
QDate parseDate(const QString &text, DateFormat format);
QString dateFormatName(DateFormat format);

// ACLED time_precision: 1 the day, 2 the week around it (from 3 days before), 3 its month.
std::optional<FuzzyDate> acledDate(QDate coded, int timePrecision);
// ACLED geo_precision: 1 exact, 2 approximate (near the named place), 3 province.
std::optional<CoordPrecision> acledGeoPrecision(int code);
// UCDP date_prec 1-5 with date_start and date_end: the interval they bound, at the precision
// the code names when the bounds are exactly that period, else as explicit day bounds.
std::optional<FuzzyDate> ucdpDate(QDate start, QDate end, int datePrecision);
// UCDP where_prec 1-7.
std::optional<CoordPrecision> ucdpWherePrecision(int code);

// Our category for ACLED's sub_event_type, or failing that its event_type; empty if neither is known.
QString acledCategory(const QString &eventType, const QString &subEventType);
// Our category for UCDP type_of_violence 1-3; empty otherwise.
QString ucdpCategory(int typeOfViolence);
// Our actor kind for ACLED's inter1/inter2 (codes 1-8 or their names in the newer exports).
QString acledActorKind(const QString &interaction);

// "Al-Raqqa Gov." -> "al-raqqa-gov": lower-case ASCII letters and digits joined by '-', for ids.
QString slug(const QString &text);

} // namespace Atlas::ImportCodes
