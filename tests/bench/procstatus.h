// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// What the benchmarks read of the process and the machine from /proc (Linux); -1 or "?" elsewhere.
namespace AtlasBench {

// A "kB" value of /proc/self/status ("VmRSS", "VmHWM"), in bytes.
inline qint64 procStatusBytes(QByteArrayView key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key) && line.size() > key.size() && line.at(key.size()) == ':')
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

inline qint64 peakResidentMiB()
{
    const qint64 bytes = procStatusBytes("VmHWM");
    return bytes < 0 ? -1 : bytes / (1024 * 1024);
}

// The load averages and process counts of /proc/loadavg, as they read.
inline QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

} // namespace AtlasBench
