// SPDX-License-Identifier: GPL-3.0-or-later
// The application icon: rendered from the SVG at every hicolor size into the resources, each
// image its own size and visible (mostly opaque, not one colour), and named, with the desktop
// entry and the AppStream metainfo, by the application id.
#include "applicationicon.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestApplicationIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data();
    void sizes();
    void iconHasEverySize();
    void desktopFilesUseTheId();
};

void TestApplicationIcon::sizes_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 32, 48, 64, 128, 256})
        QTest::addRow("%d px", size) << size;
}

void TestApplicationIcon::sizes()
{
    QFETCH(int, size);
    const QImage image(u":/icons/%1x%1.png"_s.arg(size));
    QVERIFY2(!image.isNull(), "the PNG is in the resources");
    QCOMPARE(image.size(), QSize(size, size));
    int opaque = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb pixel = image.pixel(x, y);
            opaque += qAlpha(pixel) == 255;
            colours.insert(pixel);
        }
    }
    // The tile fills most of the square; pin, bar and tile give it several colours.
    QVERIFY2(opaque > size * size / 2, qPrintable(u"%1 opaque pixels"_s.arg(opaque)));
    QVERIFY2(colours.size() >= 5, qPrintable(u"%1 colours"_s.arg(colours.size())));
    // The pin stands out from the tile at the centre of its head's ring.
    const QColor tile = image.pixelColor(size / 5, size / 5);
    const QColor pin = image.pixelColor(size / 2, size * 24 / 64 - std::max(1, size * 8 / 64));
    QVERIFY2(pin.red() - pin.blue() > 60 && tile.red() - tile.blue() < 40,
             qPrintable(u"pin %1, tile %2"_s.arg(pin.name(), tile.name())));
}

void TestApplicationIcon::iconHasEverySize()
{
    const QIcon icon = Atlas::applicationIcon();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.availableSizes(), (QList<QSize> {{16, 16}, {32, 32}, {48, 48}, {64, 64}, {128, 128}, {256, 256}}));
}

void TestApplicationIcon::desktopFilesUseTheId()
{
    const QString id = Atlas::applicationId();
    QCOMPARE(id, u"io.github.coalitionatlas.CoalitionAtlas"_s);
    const QString packaging = QStringLiteral(ATLAS_SOURCE_DIR) + u"/packaging/"_s;
    QFile desktop(packaging + id + u".desktop"_s);
    QVERIFY2(desktop.open(QIODevice::ReadOnly), qPrintable(desktop.fileName()));
    const QString entry = QString::fromUtf8(desktop.readAll());
    QVERIFY(entry.contains(u"\nIcon="_s + id + u'\n'));
    QVERIFY(entry.contains(u"\nExec=coalition-atlas %F\n"_s));
    QFile metainfo(packaging + id + u".metainfo.xml"_s);
    QVERIFY2(metainfo.open(QIODevice::ReadOnly), qPrintable(metainfo.fileName()));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    QVERIFY(xml.contains(u"<id>"_s + id + u"</id>"_s));
    QVERIFY(xml.contains(u"<launchable type=\"desktop-id\">"_s + id + u".desktop</launchable>"_s));
}

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"
