// SPDX-License-Identifier: GPL-3.0-or-later
// AnimationFrameRenderer and AnimationExporter on the bundled dataset: frames are the same for
// the same input and differ between windows; videos read back (ffprobe) with the frame count,
// duration, size and codec asked for; PNG sequences hold exactly the rendered frames; bad input
// is refused with a message naming what is wrong, and nothing half-written is left behind.
#include "animationexporter.h"
#include "animationframerenderer.h"
#include "atlasdocument.h"
#include "documentloader.h"
#include "filtercriteria.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::AnimationView)

namespace {

PlaybackSchedule quarters2017()
{
    return PlaybackSchedule(QDate(2017, 1, 1), QDate(2017, 12, 31), {TimeSpan::Unit::Quarter, 1},
                            {TimeSpan::Unit::Quarter, 1}, PlaybackSchedule::Mode::MovingWindow);
}

AnimationSettings settings(AnimationView view, QSize size = QSize(640, 360))
{
    AnimationSettings result;
    result.schedule = quarters2017();
    result.view = view;
    result.size = size;
    return result;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

// Where two images differ, for a failure message: "12 pixels in QRect(…)".
QByteArray difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return "sizes differ";
    int count = 0;
    QRect box;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y)) {
                ++count;
                box |= QRect(x, y, 1, 1);
            }
    return QByteArray::number(count) + " pixels differ in " + QByteArray::number(box.x()) + "," + QByteArray::number(box.y())
        + " " + QByteArray::number(box.width()) + "x" + QByteArray::number(box.height());
}

// What is in a folder, hidden entries included, as names.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

struct Probe
{
    QString codec;
    int width = 0;
    int height = 0;
    int frames = 0;
    double duration = 0;
    QString error;
};

Probe ffprobe(const QString &file)
{
    Probe probe;
    const QString program = QStandardPaths::findExecutable(u"ffprobe"_s);
    if (program.isEmpty()) {
        probe.error = u"ffprobe is not installed"_s;
        return probe;
    }
    QProcess process;
    process.start(program, {u"-v"_s, u"error"_s, u"-count_frames"_s, u"-select_streams"_s, u"v:0"_s,
                            u"-show_entries"_s, u"stream=codec_name,width,height,nb_read_frames:format=duration"_s,
                            u"-of"_s, u"json"_s, file});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        probe.error = QString::fromUtf8(process.readAllStandardError());
        return probe;
    }
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonObject stream = root.value(u"streams"_s).toArray().first().toObject();
    probe.codec = stream.value(u"codec_name"_s).toString();
    probe.width = stream.value(u"width"_s).toInt();
    probe.height = stream.value(u"height"_s).toInt();
    probe.frames = stream.value(u"nb_read_frames"_s).toString().toInt();
    probe.duration = root.value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
    return probe;
}

} // namespace

class TestAnimationExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_document = std::make_unique<AtlasDocument>();
        QStringList errors;
        QVERIFY2(loadDocument(*m_document, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
    }

    void init() { QVERIFY(m_dir.isValid()); }

    // Two renderers of the same settings paint the same pixels; another window paints others.
    void framesAreDeterministic_data()
    {
        QTest::addColumn<AnimationView>("view");
        QTest::addColumn<int>("language");
        QTest::newRow("map") << AnimationView::Map << int(Language::English);
        QTest::newRow("timeline") << AnimationView::Timeline << int(Language::English);
        QTest::newRow("composed") << AnimationView::Composed << int(Language::English);
        QTest::newRow("composed, Arabic") << AnimationView::Composed << int(Language::Arabic);
        QTest::newRow("timeline, Arabic") << AnimationView::Timeline << int(Language::Arabic);
    }
    void framesAreDeterministic()
    {
        QFETCH(AnimationView, view);
        QFETCH(int, language);
        m_document->setLanguage(Language(language));
        AnimationFrameRenderer first(*m_document, settings(view));
        AnimationFrameRenderer second(*m_document, settings(view));
        QCOMPARE(first.frameCount(), 4);
        const QImage a = first.render(2);
        const QImage b = second.render(2);
        const QImage again = first.render(2);
        m_document->setLanguage(Language::English);
        QCOMPARE(a.size(), QSize(640, 360));
        // Identical across processes (test_exportanimation.sh compares two runs byte for byte).
        // Within one process Qt's glyph cache may place a glyph's antialiased edge differently
        // once it has seen other text of that font, so allow a few text-edge pixels here only.
        const int limit = a.width() * a.height() / 1000;
        QVERIFY2(differingPixels(a, b) <= limit, difference(a, b).constData());
        QVERIFY2(differingPixels(a, again) <= limit, difference(a, again).constData());
        QVERIFY2(differingPixels(first.render(0), a) > 10 * limit, "the first quarter's frame looks like the third's");
    }

    void frameFilterKeepsTheOtherCriteria()
    {
        AnimationSettings animated = settings(AnimationView::Map);
        animated.filter.setCategories({u"strike"_s});
        animated.filter.setQuery(u"الرقة"_s);
        const AnimationFrameRenderer renderer(*m_document, animated);
        const FilterState frame = renderer.frameFilter(1);
        QCOMPARE(frame.from(), QDate(2017, 4, 1));
        QCOMPARE(frame.to(), QDate(2017, 6, 30));
        QCOMPARE(frame.categories(), QSet<QString> {u"strike"_s});
        QCOMPARE(frame.query(), u"الرقة"_s);
    }

    void stampText_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<bool>("accumulate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("month") << int(TimeSpan::Unit::Month) << false << u"February 2017"_s;
        QTest::newRow("year") << int(TimeSpan::Unit::Year) << false << u"2018"_s;
        QTest::newRow("week") << int(TimeSpan::Unit::Week) << false << u"\u20668 January 2017\u2069 – \u206614 January 2017\u2069"_s;
        QTest::newRow("up to") << int(TimeSpan::Unit::Month) << true << u"Up to 28 February 2017"_s;
    }
    void stampText()
    {
        QFETCH(int, unit);
        QFETCH(bool, accumulate);
        const TimeSpan span {TimeSpan::Unit(unit), 1};
        const PlaybackSchedule schedule(QDate(2017, 1, 1), QDate(2019, 12, 31), span, span,
                                        accumulate ? PlaybackSchedule::Mode::Accumulate : PlaybackSchedule::Mode::MovingWindow);
        QTEST(AnimationFrameRenderer::stampText(schedule, 1, Formatter(Language::English)), "expected");
    }

    // Exporting reads the document: its filter and selection stay as they were.
    void leavesTheDocumentAlone()
    {
        m_document->filter()->setTimeWindow(QDate(2015, 1, 1), QDate(2015, 6, 30));
        const FilterState before = m_document->filter()->state();
        QSignalSpy changed(m_document->filter(), &FilterCriteria::changed);
        AnimationExportOptions options;
        options.output = m_dir.filePath(u"untouched/"_s);
        options.settings = settings(AnimationView::Composed);
        QString error;
        QVERIFY2(AnimationExporter::run(*m_document, options, &error), qPrintable(error));
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_document->filter()->state() == before);
        m_document->filter()->clear();
    }

    // A numbered PNG per frame, each the renderer's image; no temporary folder is left.
    void pngSequence()
    {
        AnimationExportOptions options;
        options.output = m_dir.filePath(u"frames خريطة/"_s); // a non-ASCII folder name
        options.settings = settings(AnimationView::Composed);
        QList<int> progress;
        QString error;
        QVERIFY2(AnimationExporter::run(*m_document, options, &error, [&](int done, int) { progress.append(done); }),
                 qPrintable(error));
        QCOMPARE(progress, (QList<int> {1, 2, 3, 4}));
        const QString folder = m_dir.filePath(u"frames خريطة"_s);
        QCOMPARE(entries(folder), (QStringList {u"frame-0001.png"_s, u"frame-0002.png"_s, u"frame-0003.png"_s,
                                                u"frame-0004.png"_s}));
        AnimationFrameRenderer renderer(*m_document, options.settings);
        for (int frame = 0; frame < 4; ++frame) {
            const QImage saved(QDir(folder).filePath(u"frame-%1.png"_s.arg(frame + 1, 4, 10, QChar(u'0'))));
            QCOMPARE(saved.convertToFormat(QImage::Format_RGB32), renderer.render(frame));
        }
        QCOMPARE(entries(m_dir.path()).filter(u".part"_s), QStringList());
    }

    // The video opens with the frames, duration, size and codec asked for (read back with ffprobe).
    void videoReadsBack_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codecs");
        QTest::addColumn<int>("fps");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("unit");
        QTest::newRow("mp4, months at 4 fps") << u"months.mp4"_s << QStringList {u"h264"_s} << 4 << QSize(640, 360)
                                              << int(TimeSpan::Unit::Month);
        QTest::newRow("mp4, odd size made even") << u"odd.mp4"_s << QStringList {u"h264"_s} << 10 << QSize(481, 271)
                                                 << int(TimeSpan::Unit::Month);
        QTest::newRow("webm, quarters at 2 fps") << u"quarters.webm"_s << QStringList {u"vp9"_s, u"vp8"_s, u"av1"_s} << 2
                                                 << QSize(480, 270) << int(TimeSpan::Unit::Quarter);
        QTest::newRow("mp4, Arabic name") << u"تحالف.mp4"_s << QStringList {u"h264"_s} << 6 << QSize(320, 240)
                                          << int(TimeSpan::Unit::Month);
    }
    void videoReadsBack()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, codecs);
        QFETCH(int, fps);
        QFETCH(QSize, size);
        QFETCH(int, unit);
        const auto format = AnimationExporter::formatOf(name);
        QVERIFY(format);
        if (const QString reason = AnimationExporter::unavailableReason(*format); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        AnimationExportOptions options;
        options.output = m_dir.filePath(name);
        options.settings = settings(AnimationView::Composed, size);
        const TimeSpan span {TimeSpan::Unit(unit), 1};
        options.settings.schedule = PlaybackSchedule(QDate(2017, 1, 1), QDate(2017, 12, 31), span, span,
                                                     PlaybackSchedule::Mode::MovingWindow);
        options.framesPerSecond = fps;
        const int frames = options.settings.schedule.frameCount();
        QString error;
        QVERIFY2(AnimationExporter::run(*m_document, options, &error), qPrintable(error));
        const Probe probe = ffprobe(options.output);
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
        QVERIFY2(codecs.contains(probe.codec), qPrintable(probe.codec));
        QCOMPARE(probe.width, size.width() & ~1);
        QCOMPARE(probe.height, size.height() & ~1);
        QCOMPARE(probe.frames, frames);
        const double expected = double(frames) / fps;
        QVERIFY2(std::abs(probe.duration - expected) <= 1.0 / fps + 0.01,
                 qPrintable(u"duration %1 s, expected %2 s"_s.arg(probe.duration).arg(expected)));
        QCOMPARE(entries(m_dir.path()).filter(u".part"_s), QStringList());
    }

    // A new video replaces an old file in one rename.
    void replacesAnExistingVideo()
    {
        if (!AnimationExporter::unavailableReason(AnimationExporter::Format::Mp4).isEmpty())
            QSKIP("no H.264 encoder here");
        const QString path = m_dir.filePath(u"again.mp4"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a video");
        old.close();
        AnimationExportOptions options;
        options.output = path;
        options.settings = settings(AnimationView::Map, QSize(320, 200));
        QString error;
        QVERIFY2(AnimationExporter::run(*m_document, options, &error), qPrintable(error));
        QCOMPARE(ffprobe(path).frames, 4);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("output");     // relative to the test folder; absolute when starting with /
        QTest::addColumn<int>("fps");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown suffix") << u"movie.avi"_s << 4 << u"2017-01-01"_s << u"2017-12-31"_s
                                        << u"Video formats this system can write"_s;
        QTest::newRow("no suffix") << u"movie"_s << 4 << u"2017-01-01"_s << u"2017-12-31"_s << u"Cannot tell what to write"_s;
        QTest::newRow("zero fps") << u"zero.mp4"_s << 0 << u"2017-01-01"_s << u"2017-12-31"_s
                                  << u"from 1 to 120 frames a second, not 0"_s;
        QTest::newRow("negative fps") << u"negative/"_s << -5 << u"2017-01-01"_s << u"2017-12-31"_s
                                      << u"not -5"_s;
        QTest::newRow("step longer than range") << u"short.webm"_s << 4 << u"2017-01-01"_s << u"2017-02-15"_s
                                                << u"longer than the range 2017-01-01 to 2017-02-15"_s;
        QTest::newRow("missing folder") << u"no/such/folder/a.mp4"_s << 4 << u"2017-01-01"_s << u"2017-12-31"_s
                                        << u"does not exist"_s;
        QTest::newRow("frames into a folder named like a video") << u"existing-folder.mp4"_s << 4 << u"2017-01-01"_s
                                                                 << u"2017-12-31"_s << u"already holds files"_s;
        QTest::newRow("frames into a non-empty folder") << u"busy/"_s << 4 << u"2017-01-01"_s << u"2017-12-31"_s
                                                        << u"already holds files"_s;
        QTest::newRow("frames into a file") << u"plain-file/"_s << 4 << u"2017-01-01"_s << u"2017-12-31"_s
                                            << u"it is a file"_s;
        QTest::newRow("unwritable place") << u"/proc/animation.mp4"_s << 4 << u"2017-01-01"_s << u"2017-12-31"_s
                                          << u"/proc"_s;
    }
    void badInput()
    {
        QFETCH(QString, output);
        QFETCH(int, fps);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QVERIFY(QDir(m_dir.path()).mkpath(u"existing-folder.mp4"_s));
        QFile inside(m_dir.filePath(u"existing-folder.mp4/old.png"_s));
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.close();
        QVERIFY(QDir(m_dir.path()).mkpath(u"busy"_s));
        QFile keep(m_dir.filePath(u"busy/keep.txt"_s));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        QFile plain(m_dir.filePath(u"plain-file"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QStringList before = entries(m_dir.path());

        AnimationExportOptions options;
        options.output = output.startsWith(u'/') ? output : m_dir.filePath(output);
        options.settings = settings(AnimationView::Composed);
        options.settings.schedule = PlaybackSchedule(QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate),
                                                     {TimeSpan::Unit::Month, 2}, {TimeSpan::Unit::Month, 2},
                                                     PlaybackSchedule::Mode::MovingWindow);
        options.framesPerSecond = fps;
        QString error;
        QVERIFY(!AnimationExporter::run(*m_document, options, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(entries(m_dir.path()), before); // nothing new, nothing half-written
        QCOMPARE(entries(m_dir.filePath(u"busy"_s)), QStringList {u"keep.txt"_s});
    }

    // Cancel mid-way: no target, no temporary file or folder.
    void cancelLeavesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png frames") << u"cancelled/"_s;
        QTest::newRow("mp4") << u"cancelled.mp4"_s;
        QTest::newRow("webm") << u"cancelled.webm"_s;
    }
    void cancelLeavesNothing()
    {
        QFETCH(QString, name);
        const auto format = AnimationExporter::formatOf(name);
        if (const QString reason = AnimationExporter::unavailableReason(*format); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QStringList before = entries(m_dir.path());
        AnimationExportOptions options;
        options.output = m_dir.filePath(name);
        options.settings = settings(AnimationView::Map, QSize(320, 200));
        options.settings.schedule = PlaybackSchedule(QDate(2015, 1, 1), QDate(2018, 12, 31), {TimeSpan::Unit::Week, 1},
                                                     {TimeSpan::Unit::Week, 1}, PlaybackSchedule::Mode::MovingWindow);
        AnimationExporter exporter(*m_document, options);
        QSignalSpy finished(&exporter, &AnimationExporter::finished);
        connect(&exporter, &AnimationExporter::progress, &exporter, [&exporter](int done) {
            if (done == 3)
                exporter.cancel();
        });
        exporter.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(u"cancelled"_s), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(entries(m_dir.path()), before);
    }

private:
    std::unique_ptr<AtlasDocument> m_document;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAnimationExporter)
#include "tst_animationexporter.moc"
