// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atlas {

DateField::DateField(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    // A day is taken when typed in full (Enter or leaving the field), not at every key.
    setKeyboardTracking(false);
    calendarWidget()->installEventFilter(this);
    setFormatter(Formatter());
}

QLocale DateField::calendarLocale(const Formatter &formatter)
{
    if (formatter.language() == Language::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    // Qt's Levantine and Egyptian locales write Arabic-Indic digits; Libya's has the Egyptian month
    // names with Latin digits. No Qt locale has the Levantine names with Latin digits: they keep
    // Arabic-Indic digits in the calendar (the field itself follows the formatter).
    if (formatter.monthNames() == ArabicMonthNames::Levantine)
        return QLocale(QLocale::Arabic, QLocale::Syria);
    return formatter.digits() == DigitStyle::Latin ? QLocale(QLocale::Arabic, QLocale::Libya)
                                                    : QLocale(QLocale::Arabic, QLocale::Egypt);
}

void DateField::setFormatter(const Formatter &formatter)
{
    m_formatter = formatter;
    const QLocale locale = calendarLocale(formatter);
    setLocale(locale);
    calendarWidget()->setLocale(locale);
    calendarWidget()->setLayoutDirection(formatter.language() == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
    // Wide enough for the longest day this formatter writes, with the popup button.
    int widest = 0;
    for (int month = 1; month <= 12; ++month)
        widest = std::max(widest, fontMetrics().horizontalAdvance(formatter.date(QDate(2024, month, 28), DatePrecision::Day)));
    setMinimumWidth(widest + fontMetrics().height() * 2);
    // Re-show the date in the new words.
    const QDate shown = date();
    setDate(minimumDate() == shown ? maximumDate() : minimumDate());
    setDate(shown);
}

QString DateField::textFromDateTime(const QDateTime &dateTime) const
{
    return m_formatter.date(dateTime.date(), DatePrecision::Day);
}

QDateTime DateField::dateTimeFromText(const QString &text) const
{
    if (!specialValueText().isEmpty() && text.trimmed() == specialValueText())
        return minimumDateTime();
    const QDate day = m_formatter.parseDate(text);
    return day.isValid() ? QDateTime(day, QTime(0, 0)) : dateTime();
}

QValidator::State DateField::validate(QString &input, int &position) const
{
    Q_UNUSED(position);
    if (!specialValueText().isEmpty() && input.trimmed() == specialValueText())
        return QValidator::Acceptable;
    const QDate day = m_formatter.parseDate(input);
    if (day.isValid() && day >= minimumDate() && day <= maximumDate())
        return QValidator::Acceptable;
    // Anything else may be a date half typed; leaving the field restores the last date.
    return QValidator::Intermediate;
}

void DateField::fixup(QString &input) const
{
    if (!m_formatter.parseDate(input).isValid())
        input = textFromDateTime(dateTime());
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    // Typed text goes into the line as typed: QDateTimeEdit would jump between the sections of a
    // numeric display format, which this field does not have.
    if (event->matches(QKeySequence::SelectAll)) { // QDateTimeEdit would select one section
        lineEdit()->selectAll();
        return;
    }
    const bool typing = !event->text().isEmpty() && event->text().at(0).isPrint()
        && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier | Qt::GroupSwitchModifier));
    if (typing || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete) {
        QAbstractSpinBox::keyPressEvent(event);
        return;
    }
    QDateEdit::keyPressEvent(event);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // The popup sets its date (the minimum, for "any") and then shows: turn to the data's month.
    if (watched == calendarWidget() && event->type() == QEvent::Show && date() == minimumDate()
        && m_openingDate.isValid())
        calendarWidget()->setCurrentPage(m_openingDate.year(), m_openingDate.month());
    return QDateEdit::eventFilter(watched, event);
}

} // namespace Atlas
