// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace Atlas {

/*
 * A write-only device in front of another that makes UTF-8 XML out of what an XML writer that
 * does not check characters (QSvgGenerator) gives it: the C0 control characters XML 1.0 forbids
 * (all but tab, line feed and carriage return) become the Control Pictures that show them
 * (U+2400 ␀ …), as JsonReader::visibleControls quotes them in messages, so that a NUL in a
 * dataset string is shown in an SVG export instead of making the file unreadable. Such a
 * character is one byte in UTF-8 and never part of another one, so bytes are replaced as they
 * pass. Owns nothing; the target must outlive it and be open for writing.
 */
class XmlTextDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit XmlTextDevice(QIODevice *target, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    // How many characters were replaced so far.
    qint64 replaced() const { return m_replaced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    qint64 m_replaced = 0;
};

} // namespace Atlas
