// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "datasetloader.h"

#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace Atlas {

/*
 * One value of a parsed JSON document together with its path ("events[3].date.start").
 * Reading it as a type checks the type and reports every problem, with the path, to a shared
 * error list instead of throwing or stopping: DatasetLoader collects all errors in one pass.
 * A copyable cursor; it owns nothing but its value (QJsonValue shares the document's data).
 */
class JsonReader
{
public:
    JsonReader(const QJsonValue &value, const QString &path, QList<LoadError> *errors);

    const QString &path() const { return m_path; }
    bool exists() const { return !m_value.isUndefined(); }
    const QJsonValue &value() const { return m_value; }

    // Undefined when absent. Below a value that is not an object, nothing more is reported, so
    // one wrong type gives one error rather than one per expected field.
    JsonReader field(QLatin1StringView key) const;
    void error(const QString &message) const;

    // Each reports "missing" when absent and "expected a ..., found ..." for another type.
    // The optional* forms accept absence and return an empty value.
    bool object(std::initializer_list<QLatin1StringView> knownFields) const; // also unknown fields
    QList<JsonReader> array() const;
    QList<JsonReader> optionalArray() const;
    QString string() const;                 // non-empty
    QString optionalString() const;
    QString id() const;                     // matches ^[a-z0-9][a-z0-9-]*$
    QString word() const;                   // an open-vocabulary word: ^[a-z0-9][a-z0-9_-]*$
    QString countryCode() const;            // ISO 3166-1 alpha-2, upper case
    std::optional<double> number() const;   // finite
    std::optional<double> optionalNumber() const;
    bool boolean() const;
    LocalizedText localized() const;        // {"ar", "en"}, both required
    // {"ar", "en"}, both present; "ar" may be "" (imported records, which have no Arabic of their own).
    LocalizedText localizedArabicOptional() const;
    QString english() const;                // {"en"}, required
    QString optionalEnglish() const;
    // {"en", "ar"} with "ar" optional: an English text and the dataset's own Arabic translation.
    LocalizedText translated() const;
    LocalizedText optionalTranslated() const;
    // A date string at the precision its length gives: "2014", "2020-08", "2024-09-27".
    std::optional<std::pair<QDate, DatePrecision>> date() const;

    // Control characters (NUL, ESC…; not tab or line breaks) as the symbols that show them
    // (U+2400 ␀…, U+2421 ␡), for messages that quote a value: a NUL would end the message. The
    // dataset itself keeps them, exactly (round trips through JSON and projects are lossless).
    static QString visibleControls(const QString &text);
    static QString describe(const QJsonValue &value); // "a number (2014)", for messages
    static QString numberText(double value);          // "7000", "0.25", for messages

private:
    QString childPath(const QString &key) const;
    bool expect(QJsonValue::Type type, const char *typeName) const;

    QJsonValue m_value;
    QString m_path;
    QList<LoadError> *m_errors; // null below a value of the wrong type: its error is reported
};

} // namespace Atlas
