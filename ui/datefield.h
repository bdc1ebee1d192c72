// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"

#include <QDateEdit>

namespace Atlas {

/*
 * A day field that reads and writes dates as the interface does: the Formatter's words and digits
 * ("27 September 2024", "٢٧ أيلول ٢٠٢٤"), a calendar popup in the interface's locale, and free
 * typing — select all and type "2024-09-27", "27/9/2024" or the written form; Formatter::parseDate()
 * reads it. The minimum date is shown as the special value ("any"). When the field holds no date the
 * calendar opens at openingDate() (the data's first or last day) rather than at the minimum.
 * Owns only its calendar popup (Qt's).
 */
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    void setFormatter(const Formatter &formatter);
    const Formatter &formatter() const { return m_formatter; }
    // The month the calendar shows when the field holds the minimum date ("any").
    void setOpeningDate(QDate date) { m_openingDate = date; }
    QDate openingDate() const { return m_openingDate; }

    // The QLocale of the calendar popup for a formatter: language, month-name style and, where a
    // Qt locale has them, its digits.
    static QLocale calendarLocale(const Formatter &formatter);

protected:
    QString textFromDateTime(const QDateTime &dateTime) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &position) const override;
    void fixup(QString &input) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Formatter m_formatter;
    QDate m_openingDate;
};

} // namespace Atlas
