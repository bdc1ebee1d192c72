// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinedtext.h"

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

namespace {

enum class Way { Direct, RecordedText, RecordedOutlines };

constexpr QSize Canvas(1240, 330);
const QRectF Box(20, 10, 1200, 310);

QImage drawn(Way way, const QString &text, Qt::LayoutDirection direction, int flags)
{
    const auto paint = [&](QPainter *painter) {
        QFont font(u"Noto Sans Arabic"_s);
        font.setPixelSize(40);
        painter->setFont(font);
        painter->setPen(Qt::black);
        painter->setLayoutDirection(direction);
        if (way == Way::RecordedOutlines)
            OutlinedText::draw(painter, Box, flags, text);
        else
            painter->drawText(Box, flags, text);
    };
    QImage image(Canvas, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    if (way == Way::Direct) {
        paint(&painter);
    } else {
        QPicture picture;
        QPainter recorder(&picture);
        paint(&recorder);
        recorder.end();
        picture.play(&painter);
    }
    return image;
}

bool inked(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 160;
}

// The runs of text lines (rows with ink), and on each line the gaps between words: runs of at
// least seven empty columns between inked ones (a space of the 40-pixel font is about ten, the
// room between two letters at most four).
struct Ink
{
    QList<std::pair<int, int>> lines; // first and last row
    QList<int> gaps;                   // per line
    int left = -1;
    int right = -1;
};

Ink inkOf(const QImage &image)
{
    Ink ink;
    int start = -1;
    for (int y = 0; y <= image.height(); ++y) {
        bool any = false;
        for (int x = 0; y < image.height() && x < image.width() && !any; ++x)
            any = inked(image, x, y);
        if (any && start < 0)
            start = y;
        if (!any && start >= 0) {
            ink.lines.append({ start, y - 1 });
            start = -1;
        }
    }
    for (const auto &[top, bottom] : std::as_const(ink.lines)) {
        int gaps = 0, empty = 0;
        bool seenInk = false;
        for (int x = 0; x < image.width(); ++x) {
            bool column = false;
            for (int y = top; y <= bottom && !column; ++y)
                column = inked(image, x, y);
            if (column) {
                if (ink.left < 0 || x < ink.left)
                    ink.left = x;
                ink.right = qMax(ink.right, x);
                if (seenInk && empty >= 7)
                    ++gaps;
                seenInk = true;
                empty = 0;
            } else {
                ++empty;
            }
        }
        ink.gaps.append(gaps);
    }
    return ink;
}

QString describe(const Ink &ink)
{
    return u"%1 lines, gaps %2, ink %3-%4"_s.arg(ink.lines.size()).arg([&] {
        QStringList list;
        for (int gaps : ink.gaps)
            list.append(QString::number(gaps));
        return list.join(u',');
    }()).arg(ink.left).arg(ink.right);
}

} // namespace

class TestOutlinedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsWhatIsDrawn_data();
    void recordsWhatIsDrawn();
    void recordedStringsLoseTheLayout();
    void onlyPicturesRecord();
};

void TestOutlinedText::recordsWhatIsDrawn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("flags");
    const int right = int(Qt::AlignRight | Qt::AlignTop | Qt::AlignAbsolute) | Qt::TextWordWrap | Qt::TextDontClip;
    const int left = int(Qt::AlignLeft | Qt::AlignTop | Qt::AlignAbsolute) | Qt::TextWordWrap | Qt::TextDontClip;
    const int centred = int(Qt::AlignHCenter | Qt::AlignVCenter) | Qt::TextWordWrap | Qt::TextDontClip;
    QTest::newRow("Arabic label, a colon and Arabic-Indic digits")
        << u"الفترة المشمولة: ١ كانون الثاني ٢٠١٤ – ٣٠ أيلول ٢٠٢٦"_s << Qt::RightToLeft << right;
    QTest::newRow("Latin digits in Arabic") << u"120 جندي ألماني"_s << Qt::RightToLeft << right;
    QTest::newRow("page number") << u"الصفحة 1 من 13"_s << Qt::RightToLeft << right;
    QTest::newRow("Arabic that wraps")
        << u"لم يُذكر في المقال ١٥ نيسان ٢٠٢١؛ تقدير المركز الأوروبي لدراسات مكافحة الإرهاب والاستخبارات، وهو نص طويل يلتف على أكثر من سطر واحد في هذا المستطيل"_s
        << Qt::RightToLeft << right;
    QTest::newRow("English") << u"Coalition Atlas seed dataset, version 1.0.0: 45 events"_s << Qt::LeftToRight << left;
    QTest::newRow("English with an Arabic name") << u"Handover of Taji (التاجي) in August 2020"_s << Qt::LeftToRight << left;
    QTest::newRow("centred in both directions") << u"مجموعة البيانات: Coalition Atlas"_s << Qt::RightToLeft << centred;
}

void TestOutlinedText::recordsWhatIsDrawn()
{
    QFETCH(QString, text);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, flags);
    const Ink direct = inkOf(drawn(Way::Direct, text, direction, flags));
    const Ink outlined = inkOf(drawn(Way::RecordedOutlines, text, direction, flags));
    const QString both = describe(direct) + u" drawn; "_s + describe(outlined) + u" recorded as outlines"_s;
    QVERIFY2(!direct.lines.isEmpty(), qPrintable(both));
    QVERIFY2(outlined.lines.size() == direct.lines.size(), qPrintable(both));
    for (qsizetype line = 0; line < direct.lines.size(); ++line) {
        QVERIFY2(qAbs(outlined.lines.at(line).first - direct.lines.at(line).first) <= 2, qPrintable(both));
        QVERIFY2(qAbs(outlined.gaps.at(line) - direct.gaps.at(line)) <= 1, qPrintable(both));
    }
    // Hinting may make a line a few pixels wider or narrower, not move it.
    const int slack = int(Box.width() * 0.02);
    QVERIFY2(qAbs(outlined.left - direct.left) <= slack && qAbs(outlined.right - direct.right) <= slack, qPrintable(both));
}

// What the outlines are for: a recorded string replayed loses the spaces of right-to-left text.
void TestOutlinedText::recordedStringsLoseTheLayout()
{
    const int right = int(Qt::AlignRight | Qt::AlignTop | Qt::AlignAbsolute) | Qt::TextWordWrap | Qt::TextDontClip;
    int lost = 0;
    for (const QString &text : { u"الفترة المشمولة: ١ كانون الثاني ٢٠١٤ – ٣٠ أيلول ٢٠٢٦"_s, u"120 جندي ألماني"_s, u"الصفحة 1 من 13"_s }) {
        const Ink direct = inkOf(drawn(Way::Direct, text, Qt::RightToLeft, right));
        const Ink recorded = inkOf(drawn(Way::RecordedText, text, Qt::RightToLeft, right));
        if (recorded.gaps != direct.gaps)
            ++lost;
    }
    QVERIFY2(lost > 0, "Qt now replays recorded right-to-left strings as drawn: OutlinedText is no longer needed");
}

void TestOutlinedText::onlyPicturesRecord()
{
    QPicture picture;
    QPainter recorder(&picture);
    QVERIFY(OutlinedText::isRecording(&recorder));
    recorder.end();
    QImage image(10, 10, QImage::Format_RGB32);
    QPainter painter(&image);
    QVERIFY(!OutlinedText::isRecording(&painter));
}

QTEST_MAIN(TestOutlinedText)
#include "tst_outlinedtext.moc"
