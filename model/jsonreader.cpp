// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

bool isLowerOrDigit(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); }

bool isIdentifier(QStringView text)
{
    if (text.isEmpty() || !isLowerOrDigit(text.front()))
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return isLowerOrDigit(c) || c == u'-'; });
}

bool isVocabularyWord(QStringView text)
{
    if (text.isEmpty() || !isLowerOrDigit(text.front()))
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return isLowerOrDigit(c) || c == u'_' || c == u'-'; });
}

// Reads exactly `count` ASCII digits at `from`; -1 when any is not a digit.
int digitsAt(QStringView text, qsizetype from, int count)
{
    int result = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        result = result * 10 + (c.unicode() - u'0');
    }
    return result;
}

// A value in a message, its control characters shown as symbols (a NUL would end the message).
QString quoted(const QString &text) { return u"\""_s + JsonReader::visibleControls(text) + u"\""_s; }

} // namespace

JsonReader::JsonReader(const QJsonValue &value, const QString &path, QList<LoadError> *errors)
    : m_value(value), m_path(path), m_errors(errors)
{
}

QString JsonReader::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

JsonReader JsonReader::field(QLatin1StringView key) const
{
    if (!m_value.isObject())
        return JsonReader(QJsonValue(QJsonValue::Undefined), childPath(QString(key)), nullptr);
    return JsonReader(m_value.toObject().value(key), childPath(QString(key)), m_errors);
}

void JsonReader::error(const QString &message) const
{
    if (m_errors)
        m_errors->append(LoadError{ m_path, message });
}

QString JsonReader::numberText(double value)
{
    return QString::number(value, 'g', 15);
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return u"a number (%1)"_s.arg(numberText(value.toDouble()));
    case QJsonValue::String: return u"a string (%1)"_s.arg(quoted(value.toString().left(40)));
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

bool JsonReader::expect(QJsonValue::Type type, const char *typeName) const
{
    if (m_value.type() == type)
        return true;
    if (m_value.isUndefined())
        error(u"missing"_s);
    else
        error(u"expected %1, found %2"_s.arg(QLatin1StringView(typeName), describe(m_value)));
    return false;
}

bool JsonReader::object(std::initializer_list<QLatin1StringView> knownFields) const
{
    if (!expect(QJsonValue::Object, "an object"))
        return false;
    const QJsonObject object = m_value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (std::find(knownFields.begin(), knownFields.end(), key) == knownFields.end())
            JsonReader(it.value(), childPath(key), m_errors).error(u"unknown field"_s);
    }
    return true;
}

QList<JsonReader> JsonReader::array() const
{
    QList<JsonReader> elements;
    if (!expect(QJsonValue::Array, "an array"))
        return elements;
    const QJsonArray array = m_value.toArray();
    elements.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        elements.append(JsonReader(array.at(i), m_path + u"[%1]"_s.arg(i), m_errors));
    return elements;
}

QList<JsonReader> JsonReader::optionalArray() const
{
    return exists() ? array() : QList<JsonReader>();
}

QString JsonReader::string() const
{
    if (!expect(QJsonValue::String, "a string"))
        return {};
    const QString text = m_value.toString();
    if (text.trimmed().isEmpty())
        error(u"empty"_s);
    return text;
}

QString JsonReader::visibleControls(const QString &text)
{
    QString shown = text;
    for (QChar &c : shown) {
        const char16_t code = c.unicode();
        // Tab, line feed and carriage return are text; the other C0 controls and DEL are not.
        if ((code < 0x20 && code != u'\t' && code != u'\n' && code != u'\r') || code == 0x7f)
            c = QChar(code == 0x7f ? char16_t(0x2421) : char16_t(0x2400 + code));
    }
    return shown;
}

QString JsonReader::optionalString() const
{
    return exists() ? string() : QString();
}

QString JsonReader::id() const
{
    if (!expect(QJsonValue::String, "a string"))
        return {};
    const QString text = m_value.toString();
    if (!isIdentifier(text))
        error(u"%1 is not an id (lower-case letters, digits and '-', not starting with '-')"_s
                  .arg(quoted(text)));
    return text;
}

QString JsonReader::word() const
{
    if (!expect(QJsonValue::String, "a string"))
        return {};
    const QString text = m_value.toString();
    if (!isVocabularyWord(text))
        error(u"%1 is not a vocabulary word (lower-case letters, digits, '_' and '-')"_s.arg(quoted(text)));
    return text;
}

QString JsonReader::countryCode() const
{
    if (!expect(QJsonValue::String, "a string"))
        return {};
    const QString text = m_value.toString();
    const bool valid = text.size() == 2
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (!valid)
        error(u"%1 is not an ISO 3166-1 alpha-2 country code such as \"SY\""_s.arg(quoted(text)));
    return text;
}

std::optional<double> JsonReader::number() const
{
    if (!expect(QJsonValue::Double, "a number"))
        return std::nullopt;
    const double number = m_value.toDouble();
    if (!std::isfinite(number)) {
        error(u"not a finite number"_s);
        return std::nullopt;
    }
    return number;
}

std::optional<double> JsonReader::optionalNumber() const
{
    return exists() ? number() : std::nullopt;
}

bool JsonReader::boolean() const
{
    return expect(QJsonValue::Bool, "true or false") && m_value.toBool();
}

LocalizedText JsonReader::localized() const
{
    if (!object({ "ar"_L1, "en"_L1 }))
        return {};
    return LocalizedText{ field("ar"_L1).string(), field("en"_L1).string() };
}

LocalizedText JsonReader::localizedArabicOptional() const
{
    if (!object({ "ar"_L1, "en"_L1 }))
        return {};
    const JsonReader ar = field("ar"_L1);
    if (!ar.expect(QJsonValue::String, "a string"))
        return LocalizedText{ QString(), field("en"_L1).string() };
    return LocalizedText{ ar.value().toString(), field("en"_L1).string() };
}

QString JsonReader::english() const
{
    if (!object({ "en"_L1 }))
        return {};
    return field("en"_L1).string();
}

QString JsonReader::optionalEnglish() const
{
    return exists() ? english() : QString();
}

LocalizedText JsonReader::translated() const
{
    if (!object({ "en"_L1, "ar"_L1 }))
        return {};
    return LocalizedText{ field("ar"_L1).optionalString(), field("en"_L1).string() };
}

LocalizedText JsonReader::optionalTranslated() const
{
    return exists() ? translated() : LocalizedText{};
}

std::optional<std::pair<QDate, DatePrecision>> JsonReader::date() const
{
    if (!expect(QJsonValue::String, "a string"))
        return std::nullopt;
    const QString text = m_value.toString();
    const bool shaped = (text.size() == 4 || text.size() == 7 || text.size() == 10)
        && (text.size() < 7 || text.at(4) == u'-') && (text.size() < 10 || text.at(7) == u'-');
    const int year = shaped ? digitsAt(text, 0, 4) : -1;
    const int month = text.size() >= 7 && shaped ? digitsAt(text, 5, 2) : 1;
    const int day = text.size() == 10 && shaped ? digitsAt(text, 8, 2) : 1;
    if (year < 0 || month < 0 || day < 0) {
        error(u"%1 is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"_s.arg(quoted(text)));
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        error(u"%1 is not a date"_s.arg(quoted(text)));
        return std::nullopt;
    }
    const DatePrecision precision = text.size() == 4 ? DatePrecision::Year
        : text.size() == 7                           ? DatePrecision::Month
                                                     : DatePrecision::Day;
    return std::pair{ date, precision };
}

} // namespace Atlas
