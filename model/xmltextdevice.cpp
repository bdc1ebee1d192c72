// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmltextdevice.h"

#include <QByteArray>

namespace Atlas {

namespace {

bool forbiddenInXml(unsigned char byte)
{
    return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
}

} // namespace

XmlTextDevice::XmlTextDevice(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly);
}

qint64 XmlTextDevice::readData(char *, qint64)
{
    return -1;
}

qint64 XmlTextDevice::writeData(const char *data, qint64 size)
{
    QByteArray out;
    qint64 clean = 0; // start of the run of bytes not yet copied
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (!forbiddenInXml(byte))
            continue;
        if (out.isEmpty())
            out.reserve(size + 16);
        out.append(data + clean, i - clean);
        // U+2400 + byte in UTF-8: E2 90 80+byte.
        out.append(char(0xE2)).append(char(0x90)).append(char(0x80 + byte));
        clean = i + 1;
        ++m_replaced;
    }
    if (clean == 0)
        return m_target->write(data, size) == size ? size : -1;
    out.append(data + clean, size - clean);
    return m_target->write(out) == out.size() ? size : -1;
}

} // namespace Atlas
