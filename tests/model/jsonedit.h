// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

/*
 * Editing a parsed dataset document by JSON path ("events[0].date.start"), for tests that start
 * from a valid file and change one thing, and comparing two documents down to the first path
 * where they differ.
 */
namespace AtlasTest {

inline QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One step of a path such as "events[0].places[1]": an object key or an array index.
struct PathStep
{
    QString key;
    qsizetype index = -1;
};

inline QList<PathStep> parsePath(const QString &path)
{
    static const QRegularExpression part(u"^([^.\\[]*)((?:\\[\\d+\\])*)$"_s);
    static const QRegularExpression index(u"\\[(\\d+)\\]"_s);
    QList<PathStep> steps;
    for (const QString &piece : path.split(u'.')) {
        const QRegularExpressionMatch match = part.match(piece);
        if (!match.hasMatch())
            return {};
        if (!match.captured(1).isEmpty())
            steps.append(PathStep{ match.captured(1), -1 });
        auto indexes = index.globalMatch(match.captured(2));
        while (indexes.hasNext())
            steps.append(PathStep{ QString(), indexes.next().captured(1).toLongLong() });
    }
    return steps;
}

// `node` with the value at `steps` replaced by `replacement`, or removed when there is none.
inline QJsonValue edited(const QJsonValue &node, QList<PathStep> steps, const std::optional<QJsonValue> &replacement)
{
    if (steps.isEmpty())
        return replacement.value_or(QJsonValue());
    const PathStep step = steps.takeFirst();
    if (step.index < 0) {
        QJsonObject object = node.toObject();
        if (steps.isEmpty() && !replacement)
            object.remove(step.key);
        else
            object.insert(step.key, edited(object.value(step.key), steps, replacement));
        return object;
    }
    QJsonArray array = node.toArray();
    if (step.index > array.size())
        return node; // the table names an element that is not there; the row will fail
    if (steps.isEmpty() && !replacement)
        array.removeAt(step.index);
    else if (step.index == array.size())
        array.append(edited(QJsonValue(), steps, replacement));
    else
        array.replace(step.index, edited(array.at(step.index), steps, replacement));
    return array;
}

// The value of a JSON text such as R"("x")" or "[1, 2]"; nothing for an empty text.
inline std::optional<QJsonValue> jsonValue(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return QJsonDocument::fromJson('[' + text + ']').array().at(0);
}

// The first path at which two JSON values differ, with both values; empty when they are equal.
inline QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path = QString())
{
    if (expected == actual)
        return {};
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject a = expected.toObject();
        const QJsonObject b = actual.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const QString difference = firstDifference(a.value(key), b.value(key), path + u'.' + key);
            if (!difference.isEmpty())
                return difference;
        }
    }
    if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
        const QJsonArray a = expected.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString difference = firstDifference(a.at(i), actual.toArray().at(i), path + u"[%1]"_s.arg(i));
            if (!difference.isEmpty())
                return difference;
        }
    }
    const auto text = [](const QJsonValue &value) {
        return value.isUndefined() ? u"(absent)"_s
                                   : QString::fromUtf8(QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact)).left(200);
    };
    return u"%1: expected %2, found %3"_s.arg(path, text(expected), text(actual));
}

} // namespace AtlasTest
