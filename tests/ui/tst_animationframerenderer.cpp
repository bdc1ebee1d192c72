// SPDX-License-Identifier: GPL-3.0-or-later
// AnimationFrameRenderer builds what does not change between frames once and per frame only
// counts and lays out the window. These tests hold it to the views' path: every frame's map
// markers equal MapScene::build() on the frame's FilterState, and its timeline items equal
// TimelineModelReader::read() on a proxy filtered by it, on the bundled dataset and a generated
// corpus, for moving and growing windows, other criteria and both window matches. And every
// lane of the timeline is drawn inside the frame, in both languages, however many there are.
#include "animationframerenderer.h"
#include "atlasdocument.h"
#include "corpusgenerator.h"
#include "documentloader.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "mapscene.h"
#include "timelineexporter.h"
#include "timelinemodelreader.h"
#include "timelinerenderer.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::AnimationView)
Q_DECLARE_METATYPE(Atlas::PlaybackSchedule)
Q_DECLARE_METATYPE(Atlas::FilterState)
Q_DECLARE_METATYPE(Atlas::Language)

namespace {

PlaybackSchedule schedule(QDate from, QDate to, TimeSpan::Unit unit, PlaybackSchedule::Mode mode)
{
    return PlaybackSchedule(from, to, {unit, 1}, {unit, 1}, mode);
}

QString describe(const PlaceMarker &marker)
{
    return marker.placeId + u' ' + QString::number(marker.eventCount) + u' ' + marker.latestEventId;
}

QStringList describe(const QList<PlaceMarker> &markers)
{
    QStringList result;
    for (const PlaceMarker &marker : markers)
        result.append(describe(marker));
    return result;
}

QStringList describe(const QList<TimelineItem> &items)
{
    QStringList result;
    for (const TimelineItem &item : items)
        result.append(u"%1 %2 %3–%4 %5 %6 %7"_s.arg(item.id, item.category)
                          .arg(item.startDay).arg(item.endDay)
                          .arg(int(item.shape())).arg(item.modelRow).arg(item.titleWidth));
    return result;
}

// Whether `image` holds a pixel of exactly `color` inside `rect`.
bool holdsColor(const QImage &image, const QRect &rect, QColor color)
{
    const QRect inside = rect & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            if (image.pixelColor(x, y).rgb() == color.rgb())
                return true;
    return false;
}

} // namespace

class TestAnimationFrameRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_bundled = std::make_unique<AtlasDocument>();
        QStringList errors;
        QVERIFY2(loadDocument(*m_bundled, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 3000;
        options.placeCount = 300;
        m_corpus = std::make_unique<AtlasDocument>();
        m_corpus->setDataset(AtlasBench::CorpusGenerator::generate(options).dataset, u"corpus"_s, QString());
    }

    void framesCountAsTheViewsDo_data()
    {
        QTest::addColumn<bool>("corpus");
        QTest::addColumn<PlaybackSchedule>("playback");
        QTest::addColumn<FilterState>("filter");

        const FilterState none;
        FilterState strikes;
        strikes.setCategories({u"strike"_s});
        FilterState raqqa;
        raqqa.setQuery(u"الرقة"_s);
        FilterState inside;
        inside.setWindowMatch(WindowMatch::Inside);
        const auto moving = PlaybackSchedule::Mode::MovingWindow;
        const auto growing = PlaybackSchedule::Mode::Accumulate;
        QTest::newRow("bundled, months of 2017") << false << schedule({2017, 1, 1}, {2017, 12, 31}, TimeSpan::Unit::Month, moving) << none;
        QTest::newRow("bundled, up to each quarter") << false << schedule({2014, 1, 1}, {2024, 12, 31}, TimeSpan::Unit::Quarter, growing) << none;
        QTest::newRow("bundled, strikes by year") << false << schedule({2014, 1, 1}, {2024, 12, 31}, TimeSpan::Unit::Year, moving) << strikes;
        QTest::newRow("bundled, Arabic query by year") << false << schedule({2014, 1, 1}, {2024, 12, 31}, TimeSpan::Unit::Year, moving) << raqqa;
        QTest::newRow("bundled, inside each quarter") << false << schedule({2015, 1, 1}, {2019, 12, 31}, TimeSpan::Unit::Quarter, moving) << inside;
        QTest::newRow("corpus, quarters") << true << schedule({2014, 1, 1}, {2024, 12, 31}, TimeSpan::Unit::Quarter, moving) << none;
        QTest::newRow("corpus, up to each year, strikes") << true << schedule({2014, 1, 1}, {2024, 12, 31}, TimeSpan::Unit::Year, growing) << strikes;
    }

    void framesCountAsTheViewsDo()
    {
        QFETCH(bool, corpus);
        QFETCH(PlaybackSchedule, playback);
        QFETCH(FilterState, filter);
        const AtlasDocument &document = corpus ? *m_corpus : *m_bundled;
        AnimationSettings settings;
        settings.schedule = playback;
        settings.filter = filter;
        settings.view = AnimationView::Composed;
        AnimationFrameRenderer renderer(document, settings);
        QVERIFY(renderer.frameCount() > 1);

        QImage probe(1, 1, QImage::Format_RGB32);
        QFont font = QGuiApplication::font();
        font.setPointSizeF(8); // the composed frame's timeline strip
        const QFontMetricsF metrics(font, &probe);
        int framesWithEvents = 0;
        for (int frame = 0; frame < renderer.frameCount(); ++frame) {
            const FilterState frameFilter = renderer.frameFilter(frame);
            const MapScene expected = MapScene::build(document, frameFilter);
            const MapScene scene = renderer.frameScene(frame);
            QCOMPARE(describe(scene.markers), describe(expected.markers));
            QCOMPARE(describe(scene.offTheatre), describe(expected.offTheatre));
            QVERIFY(scene.filter == frameFilter);

            FilterCriteria criteria;
            criteria.setState(frameFilter);
            EventFilterModel events(&criteria);
            events.setSourceModel(document.eventModel());
            const QList<TimelineItem> items = renderer.frameItems(frame);
            QCOMPARE(describe(items), describe(TimelineModelReader::read(events, metrics)));
            framesWithEvents += items.isEmpty() ? 0 : 1;
        }
        QVERIFY(framesWithEvents > 0);
    }

    // However many categories have events, each lane gets a row inside the timeline part of
    // the frame, below the previous one, and the row shows the lane's colour.
    void everyLaneIsDrawn_data()
    {
        QTest::addColumn<bool>("corpus");
        QTest::addColumn<AnimationView>("view");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<Language>("language");
        for (const Language language : {Language::English, Language::Arabic}) {
            const char *name = language == Language::English ? "English" : "Arabic";
            QTest::addRow("corpus, timeline 1280×720, %s", name) << true << AnimationView::Timeline << QSize(1280, 720) << language;
            QTest::addRow("corpus, composed 1280×720, %s", name) << true << AnimationView::Composed << QSize(1280, 720) << language;
            QTest::addRow("corpus, timeline 640×360, %s", name) << true << AnimationView::Timeline << QSize(640, 360) << language;
            QTest::addRow("corpus, timeline 1280×1600, %s", name) << true << AnimationView::Timeline << QSize(1280, 1600) << language;
            QTest::addRow("bundled, composed 1920×1080, %s", name) << false << AnimationView::Composed << QSize(1920, 1080) << language;
            QTest::addRow("bundled, timeline 1280×720, %s", name) << false << AnimationView::Timeline << QSize(1280, 720) << language;
        }
    }

    void everyLaneIsDrawn()
    {
        QFETCH(bool, corpus);
        QFETCH(AnimationView, view);
        QFETCH(QSize, size);
        QFETCH(Language, language);
        AtlasDocument &document = corpus ? *m_corpus : *m_bundled;
        document.setLanguage(language);
        AnimationSettings settings;
        settings.schedule = schedule({2014, 1, 1}, {2024, 12, 31}, TimeSpan::Unit::Year, PlaybackSchedule::Mode::MovingWindow);
        settings.view = view;
        settings.size = size;
        AnimationFrameRenderer renderer(document, settings);
        document.setLanguage(Language::English);
        const int frame = 3; // 2017
        const QStringList lanes = renderer.lanes();
        QVERIFY(lanes.size() >= (corpus ? 13 : 5));
        const QList<QRectF> rects = renderer.laneRects(frame);
        QCOMPARE(rects.size(), lanes.size());
        const QImage image = renderer.render(frame);
        // To look at them: ATLAS_SHOT_DIR=folder tst_animationframerenderer everyLaneIsDrawn
        if (const QString shots = qEnvironmentVariable("ATLAS_SHOT_DIR"); !shots.isEmpty())
            image.save(shots + u'/' + QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-') + u".png"_s);
        const QStringList categories = TimelineModelReader::categories(*document.eventModel());
        const QPalette palette = TimelineExporter::printPalette();
        for (int lane = 0; lane < lanes.size(); ++lane) {
            const QRectF &rect = rects.at(lane);
            QVERIFY2(QRectF(image.rect()).contains(rect), qPrintable(lanes.at(lane)));
            QVERIFY2(rect.height() >= 6, qPrintable(lanes.at(lane)));
            if (lane > 0)
                QVERIFY2(rect.top() >= rects.at(lane - 1).bottom() - 0.01, qPrintable(lanes.at(lane)));
            const QColor color = TimelineRenderer::categoryColor(lanes.at(lane), categories, palette);
            QVERIFY2(holdsColor(image, rect.toAlignedRect(), color), qPrintable(lanes.at(lane)));
        }
    }

private:
    std::unique_ptr<AtlasDocument> m_bundled;
    std::unique_ptr<AtlasDocument> m_corpus;
};

QTEST_MAIN(TestAnimationFrameRenderer)
#include "tst_animationframerenderer.moc"
