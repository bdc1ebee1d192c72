// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Action = CommandLineRequest::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void windowMatch_data();
    void windowMatch();
    void animation_data();
    void animation();
    void periodDates_data();
    void periodDates();
    void headlessDetection_data();
    void headlessDetection();
    void importAccepted_data();
    void importAccepted();
    void importRejected_data();
    void importRejected();
    void briefingAppendix_data();
    void briefingAppendix();
};

void TestCommandLine::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("outputFile");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("datasetPath");

    QTest::newRow("no arguments opens the window")
        << QStringList {} << Action::OpenWindow << QString() << QString() << QDate() << QDate() << QSize() << 96 << QString();
    QTest::newRow("timeline svg with a window")
        << QStringList {u"--export-timeline"_s, u"out.svg"_s, u"--from"_s, u"2020-01"_s, u"--to"_s, u"2021-06"_s}
        << Action::ExportTimeline << u"out.svg"_s << u"svg"_s << QDate(2020, 1, 1) << QDate(2021, 6, 30) << QSize() << 96 << QString();
    QTest::newRow("year bounds cover whole years")
        << QStringList {u"--export-map"_s, u"map.pdf"_s, u"--from"_s, u"2023"_s, u"--to"_s, u"2023"_s}
        << Action::ExportMap << u"map.pdf"_s << u"pdf"_s << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QSize() << 96 << QString();
    QTest::newRow("chart with explicit format, size and dpi")
        << QStringList {u"--export-chart"_s, u"troops"_s, u"--format"_s, u"PNG"_s, u"--out"_s, u"/tmp/t.image"_s,
                        u"--width"_s, u"800"_s, u"--height"_s, u"600"_s, u"--dpi"_s, u"300"_s}
        << Action::ExportChart << u"/tmp/t.image"_s << u"png"_s << QDate() << QDate() << QSize(800, 600) << 300 << QString();
    QTest::newRow("chart format from the suffix, Arabic path")
        << QStringList {u"--export-chart"_s, u"attacks"_s, u"--out"_s, u"/tmp/رسوم/هجمات.pdf"_s, u"--lang"_s, u"ar"_s}
        << Action::ExportChart << u"/tmp/رسوم/هجمات.pdf"_s << u"pdf"_s << QDate() << QDate() << QSize() << 96 << QString();
    QTest::newRow("events of a window")
        << QStringList {u"--export-events"_s, u"/tmp/أحداث.geojson"_s, u"--from"_s, u"2017"_s, u"--to"_s, u"2018-06"_s}
        << Action::ExportEvents << u"/tmp/أحداث.geojson"_s << QString() << QDate(2017, 1, 1) << QDate(2018, 6, 30) << QSize() << 96 << QString();
    QTest::newRow("list charts") << QStringList {u"--list-charts"_s} << Action::ListCharts << QString() << QString()
                                 << QDate() << QDate() << QSize() << 96 << QString();
    QTest::newRow("version") << QStringList {u"--version"_s} << Action::ShowVersion << QString() << QString() << QDate()
                             << QDate() << QSize() << 96 << QString();
    QTest::newRow("briefing with paper and atlas")
        << QStringList {u"--briefing"_s, u"brief.PDF"_s, u"--from"_s, u"2023-01"_s, u"--to"_s, u"2023-12"_s,
                        u"--paper"_s, u"Letter"_s, u"--atlas"_s, u"year"_s}
        << Action::Briefing << u"brief.PDF"_s << u"pdf"_s << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QSize() << 96 << QString();
    QTest::newRow("day precision window")
        << QStringList {u"--export-timeline"_s, u"t.png"_s, u"--from"_s, u"2024-09-27"_s, u"--to"_s, u"2024-09-27"_s}
        << Action::ExportTimeline << u"t.png"_s << u"png"_s << QDate(2024, 9, 27) << QDate(2024, 9, 27) << QSize() << 96 << QString();
    QTest::newRow("a project as the dataset") << QStringList {u"--dataset"_s, u"مشروع.gpkg"_s} << Action::OpenWindow << QString()
                                              << QString() << QDate() << QDate() << QSize() << 96 << u"مشروع.gpkg"_s;
    QTest::newRow("the bundled dataset as JSON") << QStringList {u"--export-dataset"_s, u"out.json"_s} << Action::ExportDataset
                                                 << u"out.json"_s << QString() << QDate() << QDate() << QSize() << 96 << QString();
    QTest::newRow("a project from a JSON dataset, Arabic path")
        << QStringList {u"--dataset"_s, u"in.json"_s, u"--save-project"_s, u"/tmp/مشاريع/التحالف.GPKG"_s, u"--lang"_s, u"ar"_s}
        << Action::SaveProject << u"/tmp/مشاريع/التحالف.GPKG"_s << QString() << QDate() << QDate() << QSize() << 96 << u"in.json"_s;
    QTest::newRow("a project as JSON") << QStringList {u"--dataset"_s, u"p.gpkg"_s, u"--export-dataset"_s, u"back.JSON"_s}
                                       << Action::ExportDataset << u"back.JSON"_s << QString() << QDate() << QDate() << QSize()
                                       << 96 << u"p.gpkg"_s;
    QTest::newRow("a project over its own file") << QStringList {u"--dataset"_s, u"p.gpkg"_s, u"--save-project"_s, u"p.gpkg"_s}
                                                 << Action::SaveProject << u"p.gpkg"_s << QString() << QDate() << QDate()
                                                 << QSize() << 96 << u"p.gpkg"_s;
    QTest::newRow("info reads the file it names") << QStringList {u"--info"_s, u"data/مشروع.gpkg"_s} << Action::Info << QString()
                                                  << QString() << QDate() << QDate() << QSize() << 96 << u"data/مشروع.gpkg"_s;
    QTest::newRow("a dataset as the file argument") << QStringList {u"coalition.json"_s} << Action::OpenWindow << QString()
                                                    << QString() << QDate() << QDate() << QSize() << 96 << u"coalition.json"_s;
    QTest::newRow("a project as the file argument, Arabic path")
        << QStringList {u"/tmp/مشاريع/التحالف.gpkg"_s} << Action::OpenWindow << QString() << QString() << QDate() << QDate()
        << QSize() << 96 << u"/tmp/مشاريع/التحالف.gpkg"_s;
    QTest::newRow("the file argument with an export")
        << QStringList {u"p.gpkg"_s, u"--export-map"_s, u"m.png"_s} << Action::ExportMap << u"m.png"_s << u"png"_s << QDate()
        << QDate() << QSize() << 96 << u"p.gpkg"_s;
    QTest::newRow("a file named like an option, after --") << QStringList {u"--"_s, u"--odd.json"_s} << Action::OpenWindow
                                                           << QString() << QString() << QDate() << QDate() << QSize() << 96
                                                           << u"--odd.json"_s;
    QTest::newRow("info of a JSON file") << QStringList {u"--info"_s, u"coalition.json"_s} << Action::Info << QString()
                                         << QString() << QDate() << QDate() << QSize() << 96 << u"coalition.json"_s;
}

void TestCommandLine::accepted()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(u"coalition-atlas"_s);
    const CommandLineResult result = parseCommandLine(arguments);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QTEST(result.request.action, "action");
    QTEST(result.request.outputFile, "outputFile");
    QTEST(result.request.format, "format");
    QTEST(result.request.from, "from");
    QTEST(result.request.to, "to");
    QTEST(result.request.size, "size");
    QTEST(result.request.dpi, "dpi");
    QTEST(result.request.datasetPath, "datasetPath");
}

void TestCommandLine::rejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("two files") << QStringList {u"a.json"_s, u"ب.gpkg"_s} << u"Give one file to open, not 2: a.json, ب.gpkg"_s;
    QTest::newRow("a file and --dataset") << QStringList {u"--dataset"_s, u"a.json"_s, u"b.json"_s}
                                          << u"--dataset a.json or b.json, not both"_s;
    QTest::newRow("an empty file argument") << QStringList {QString()} << u"empty name"_s;
    QTest::newRow("bad language") << QStringList {u"--lang"_s, u"fr"_s} << u"--lang must be ar or en"_s;
    QTest::newRow("chart without out") << QStringList {u"--export-chart"_s, u"troops"_s} << u"needs --out"_s;
    QTest::newRow("unknown suffix") << QStringList {u"--export-timeline"_s, u"out.bmp"_s} << u"Cannot tell the format"_s;
    QTest::newRow("bad format") << QStringList {u"--export-chart"_s, u"troops"_s, u"--out"_s, u"a.svg"_s, u"--format"_s, u"gif"_s}
                                << u"--format must be svg, png or pdf"_s;
    QTest::newRow("format on timeline") << QStringList {u"--export-timeline"_s, u"a.svg"_s, u"--format"_s, u"png"_s}
                                        << u"--format applies to --export-chart only"_s;
    QTest::newRow("two exports") << QStringList {u"--export-timeline"_s, u"a.svg"_s, u"--export-map"_s, u"b.svg"_s}
                                 << u"Choose one of"_s;
    QTest::newRow("month 13") << QStringList {u"--export-map"_s, u"m.svg"_s, u"--from"_s, u"2014-13"_s} << u"is not a date"_s;
    QTest::newRow("30 February") << QStringList {u"--export-map"_s, u"m.svg"_s, u"--to"_s, u"2023-02-30"_s} << u"is not a date"_s;
    QTest::newRow("words for a date") << QStringList {u"--export-map"_s, u"m.svg"_s, u"--from"_s, u"last year"_s} << u"is not a date"_s;
    QTest::newRow("inverted window") << QStringList {u"--export-timeline"_s, u"t.svg"_s, u"--from"_s, u"2024"_s, u"--to"_s, u"2020"_s}
                                     << u"inverted"_s;
    QTest::newRow("window without export") << QStringList {u"--from"_s, u"2020"_s} << u"apply to the exports"_s;
    QTest::newRow("negative width") << QStringList {u"--export-timeline"_s, u"t.png"_s, u"--width"_s, u"-5"_s} << u"--width must be"_s;
    QTest::newRow("huge height") << QStringList {u"--export-timeline"_s, u"t.png"_s, u"--height"_s, u"999999"_s} << u"--height must be"_s;
    QTest::newRow("dpi too high") << QStringList {u"--export-timeline"_s, u"t.png"_s, u"--dpi"_s, u"2400"_s} << u"--dpi must be"_s;
    QTest::newRow("dpi not a number") << QStringList {u"--export-timeline"_s, u"t.png"_s, u"--dpi"_s, u"high"_s} << u"--dpi must be"_s;
    QTest::newRow("empty dataset path") << QStringList {u"--dataset"_s, QString()} << u"--dataset needs a file path"_s;
    QTest::newRow("briefing not a pdf") << QStringList {u"--briefing"_s, u"brief.svg"_s} << u"--briefing writes a PDF"_s;
    QTest::newRow("bad paper") << QStringList {u"--briefing"_s, u"b.pdf"_s, u"--paper"_s, u"a3"_s} << u"--paper must be one of a4, letter"_s;
    QTest::newRow("bad atlas mode") << QStringList {u"--briefing"_s, u"b.pdf"_s, u"--atlas"_s, u"month"_s} << u"--atlas must be one of"_s;
    QTest::newRow("paper without briefing") << QStringList {u"--export-map"_s, u"m.pdf"_s, u"--paper"_s, u"a4"_s} << u"--paper belongs to --briefing"_s;
    QTest::newRow("appendix without briefing") << QStringList {u"--export-map"_s, u"m.pdf"_s, u"--briefing-appendix"_s}
                                               << u"--briefing-appendix belongs to --briefing"_s;
    QTest::newRow("dpi with briefing") << QStringList {u"--briefing"_s, u"b.pdf"_s, u"--dpi"_s, u"300"_s} << u"not --width, --height or --dpi"_s;
    QTest::newRow("inverted briefing window") << QStringList {u"--briefing"_s, u"b.pdf"_s, u"--from"_s, u"2024-05"_s, u"--to"_s, u"2024-04"_s} << u"inverted"_s;
    QTest::newRow("missing option value") << QStringList {u"--export-map"_s} << u"export-map"_s;
    QTest::newRow("JSON export to a .gpkg name") << QStringList {u"--export-dataset"_s, u"out.gpkg"_s}
                                                 << u"--export-dataset writes a .json file: name it with .json"_s;
    QTest::newRow("project to a .json name") << QStringList {u"--save-project"_s, u"out.json"_s}
                                             << u"--save-project writes a .gpkg file: name it with .gpkg"_s;
    QTest::newRow("project without a name") << QStringList {u"--save-project"_s, QString()} << u"--save-project needs a file path"_s;
    QTest::newRow("info without a name") << QStringList {u"--info"_s, QString()} << u"--info needs a file path"_s;
    QTest::newRow("info and dataset") << QStringList {u"--info"_s, u"a.gpkg"_s, u"--dataset"_s, u"b.json"_s}
                                      << u"leave out --dataset"_s;
    QTest::newRow("info and a file argument") << QStringList {u"--info"_s, u"a.gpkg"_s, u"b.json"_s}
                                              << u"leave out --dataset and any other file"_s;
    QTest::newRow("info and save") << QStringList {u"--info"_s, u"a.gpkg"_s, u"--save-project"_s, u"b.gpkg"_s} << u"Choose one of"_s;
    QTest::newRow("dataset export and map export")
        << QStringList {u"--export-dataset"_s, u"a.json"_s, u"--export-map"_s, u"m.svg"_s} << u"Choose one of"_s;
    QTest::newRow("time window on a project")
        << QStringList {u"--save-project"_s, u"p.gpkg"_s, u"--from"_s, u"2020"_s}
        << u"--from does not apply to --save-project, which works on the whole dataset"_s;
    QTest::newRow("size on a JSON export")
        << QStringList {u"--export-dataset"_s, u"a.json"_s, u"--width"_s, u"800"_s} << u"--width does not apply to --export-dataset"_s;
    QTest::newRow("dpi on info") << QStringList {u"--info"_s, u"a.gpkg"_s, u"--dpi"_s, u"300"_s} << u"--dpi does not apply to --info"_s;
    QTest::newRow("format on a project") << QStringList {u"--save-project"_s, u"p.gpkg"_s, u"--format"_s, u"png"_s}
                                         << u"--format belongs to --export-chart"_s;
    QTest::newRow("out on a JSON export") << QStringList {u"--export-dataset"_s, u"a.json"_s, u"--out"_s, u"b.json"_s}
                                          << u"--out belongs to --export-chart"_s;
    QTest::newRow("paper on a project") << QStringList {u"--save-project"_s, u"p.gpkg"_s, u"--paper"_s, u"a4"_s}
                                        << u"--paper belongs to --briefing"_s;
    QTest::newRow("unknown window match")
        << QStringList {u"--export-map"_s, u"m.png"_s, u"--from"_s, u"2020"_s, u"--window-match"_s, u"within"_s}
        << u"--window-match must be overlaps or inside, not \"within\""_s;
    QTest::newRow("window match without a window")
        << QStringList {u"--export-map"_s, u"m.png"_s, u"--window-match"_s, u"inside"_s}
        << u"--window-match needs a time window"_s;
    QTest::newRow("window match on a project")
        << QStringList {u"--save-project"_s, u"p.gpkg"_s, u"--window-match"_s, u"inside"_s}
        << u"--window-match does not apply to --save-project"_s;
    QTest::newRow("animation without a step") << QStringList {u"--export-animation"_s, u"a.mp4"_s}
                                              << u"--export-animation needs --step week, month, quarter or year"_s;
    QTest::newRow("animation step of a decade") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"decade"_s}
                                                << u"--step must be week, month, quarter or year, not \"decade\""_s;
    QTest::newRow("zero fps") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s, u"--fps"_s, u"0"_s}
                              << u"--fps must be a whole number from 1 to 120, not \"0\""_s;
    QTest::newRow("negative fps") << QStringList {u"--export-animation"_s, u"a.webm"_s, u"--step"_s, u"week"_s, u"--fps"_s, u"-3"_s}
                                  << u"not \"-3\""_s;
    QTest::newRow("fps in words") << QStringList {u"--export-animation"_s, u"a.webm"_s, u"--step"_s, u"week"_s, u"--fps"_s, u"fast"_s}
                                  << u"--fps must be a whole number"_s;
    QTest::newRow("bad window") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s, u"--window"_s, u"fortnight"_s}
                                << u"--window \"fortnight\" is not a length of time"_s;
    QTest::newRow("zero window") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s, u"--window"_s, u"0d"_s}
                                 << u"is not a length of time"_s;
    QTest::newRow("window and accumulate") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s,
                                                           u"--window"_s, u"3m"_s, u"--accumulate"_s}
                                           << u"Choose one"_s;
    QTest::newRow("bad view") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s, u"--view"_s, u"chart"_s}
                              << u"--view must be map, timeline or composed, not \"chart\""_s;
    QTest::newRow("dpi on an animation") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s, u"--dpi"_s, u"200"_s}
                                         << u"--dpi does not apply to --export-animation"_s;
    QTest::newRow("format on an animation") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s,
                                                            u"--format"_s, u"png"_s}
                                            << u"takes the format from the name"_s;
    QTest::newRow("step without animation") << QStringList {u"--export-map"_s, u"m.png"_s, u"--step"_s, u"month"_s}
                                            << u"--step belongs to --export-animation"_s;
    QTest::newRow("fps without animation") << QStringList {u"--fps"_s, u"10"_s} << u"--fps belongs to --export-animation"_s;
    QTest::newRow("accumulate without animation") << QStringList {u"--export-timeline"_s, u"t.svg"_s, u"--accumulate"_s}
                                                  << u"--accumulate belongs to --export-animation"_s;
    QTest::newRow("animation and map") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s,
                                                       u"--export-map"_s, u"m.png"_s}
                                       << u"Choose one of"_s;
    QTest::newRow("inverted animation range") << QStringList {u"--export-animation"_s, u"a.mp4"_s, u"--step"_s, u"month"_s,
                                                              u"--from"_s, u"2020"_s, u"--to"_s, u"2019"_s}
                                              << u"inverted"_s;
}

void TestCommandLine::animation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("outputFile");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("window");
    QTest::addColumn<bool>("accumulate");
    QTest::addColumn<int>("fps");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("defaults") << QStringList {u"--export-animation"_s, u"out.mp4"_s, u"--step"_s, u"month"_s}
                              << u"out.mp4"_s << u"month"_s << QString() << false << 4 << u"composed"_s << QSize() << QDate() << QDate();
    QTest::newRow("everything given") << QStringList {u"--export-animation"_s, u"باغوز.webm"_s, u"--step"_s, u"Week"_s,
                                                      u"--window"_s, u"90d"_s, u"--fps"_s, u"30"_s, u"--view"_s, u"MAP"_s,
                                                      u"--width"_s, u"1920"_s, u"--height"_s, u"1080"_s, u"--from"_s,
                                                      u"2018-09"_s, u"--to"_s, u"2019-03"_s}
                                      << u"باغوز.webm"_s << u"week"_s << u"90d"_s << false << 30 << u"map"_s << QSize(1920, 1080)
                                      << QDate(2018, 9, 1) << QDate(2019, 3, 31);
    QTest::newRow("frames, accumulating") << QStringList {u"--export-animation"_s, u"frames/"_s, u"--step"_s, u"year"_s,
                                                          u"--accumulate"_s, u"--view"_s, u"timeline"_s}
                                          << u"frames/"_s << u"year"_s << QString() << true << 4 << u"timeline"_s << QSize()
                                          << QDate() << QDate();
}

void TestCommandLine::animation()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(u"coalition-atlas"_s);
    const CommandLineResult result = parseCommandLine(arguments);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.request.action, CommandLineRequest::Action::ExportAnimation);
    QVERIFY(result.request.isHeadless());
    QTEST(result.request.outputFile, "outputFile");
    QTEST(result.request.step, "step");
    QTEST(result.request.window, "window");
    QTEST(result.request.accumulate, "accumulate");
    QTEST(result.request.fps, "fps");
    QTEST(result.request.view, "view");
    QTEST(result.request.size, "size");
    QTEST(result.request.from, "from");
    QTEST(result.request.to, "to");
}

void TestCommandLine::windowMatch_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("inside");

    QTest::newRow("overlaps by default") << QStringList {u"--export-map"_s, u"m.png"_s, u"--from"_s, u"2020"_s} << false;
    QTest::newRow("overlaps asked for")
        << QStringList {u"--export-timeline"_s, u"t.svg"_s, u"--to"_s, u"2020"_s, u"--window-match"_s, u"overlaps"_s} << false;
    QTest::newRow("inside")
        << QStringList {u"--briefing"_s, u"b.pdf"_s, u"--from"_s, u"2019"_s, u"--to"_s, u"2020"_s, u"--window-match"_s, u"inside"_s}
        << true;
}

void TestCommandLine::windowMatch()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(u"coalition-atlas"_s);
    const CommandLineResult result = parseCommandLine(arguments);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QTEST(result.request.datesInside, "inside");
}

void TestCommandLine::rejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessagePart);
    arguments.prepend(u"coalition-atlas"_s);
    const CommandLineResult result = parseCommandLine(arguments);
    QVERIFY2(result.error.contains(expectedMessagePart),
             qPrintable(u"error was: \""_s + result.error + u"\", expected to contain: "_s + expectedMessagePart));
}

void TestCommandLine::periodDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("endOfPeriod");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("year start") << u"2014"_s << false << QDate(2014, 1, 1);
    QTest::newRow("year end") << u"2014"_s << true << QDate(2014, 12, 31);
    QTest::newRow("leap February end") << u"2024-02"_s << true << QDate(2024, 2, 29);
    QTest::newRow("plain February end") << u"2023-02"_s << true << QDate(2023, 2, 28);
    QTest::newRow("day") << u"2016-11-30"_s << true << QDate(2016, 11, 30);
    QTest::newRow("month 00") << u"2016-00"_s << false << QDate();
    QTest::newRow("31 April") << u"2023-04-31"_s << false << QDate();
    QTest::newRow("two-digit year") << u"16"_s << false << QDate();
    QTest::newRow("Arabic-Indic digits are not accepted") << u"٢٠١٦"_s << false << QDate();
}

void TestCommandLine::periodDates()
{
    QFETCH(QString, text);
    QFETCH(bool, endOfPeriod);
    QFETCH(QDate, expected);
    const std::optional<QDate> parsed = parsePeriodDate(text, endOfPeriod);
    QCOMPARE(parsed.value_or(QDate()), expected);
}

void TestCommandLine::headlessDetection_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::newRow("window") << QByteArrayList {"--dataset", "x.json"} << false;
    QTest::newRow("export") << QByteArrayList {"--export-chart", "troops"} << true;
    QTest::newRow("list") << QByteArrayList {"--list-charts"} << true;
    QTest::newRow("briefing") << QByteArrayList {"--briefing", "b.pdf"} << true;
    QTest::newRow("help") << QByteArrayList {"--help"} << true;
    QTest::newRow("dataset export") << QByteArrayList {"--export-dataset", "d.json"} << true;
    QTest::newRow("project") << QByteArrayList {"--dataset", "x.json", "--save-project", "p.gpkg"} << true;
    QTest::newRow("info") << QByteArrayList {"--info", "p.gpkg"} << true;
    QTest::newRow("window on a project") << QByteArrayList {"--dataset", "p.gpkg"} << false;
    QTest::newRow("window on a file argument") << QByteArrayList {"p.gpkg"} << false;
    QTest::newRow("file argument and an export") << QByteArrayList {"p.gpkg", "--export-map", "m.png"} << true;
}

void TestCommandLine::headlessDetection()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(bool, headless);
    arguments.prepend("coalition-atlas");
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    QCOMPARE(wantsHeadless(int(argv.size()), argv.data()), headless);
}

void TestCommandLine::importAccepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("into");
    QTest::addColumn<bool>("strict");
    QTest::newRow("new project, format from the header") << QStringList {u"--import"_s, u"acled.csv"_s, u"--out"_s, u"new.gpkg"_s}
                                                         << QString() << u"new.gpkg"_s << QString() << false;
    QTest::newRow("into a project, strict, Arabic path")
        << QStringList {u"--import"_s, u"بيانات/ged.csv"_s, u"--import-format"_s, u"UCDP-GED"_s, u"--into"_s, u"مشروع.gpkg"_s, u"--strict"_s}
        << u"ucdp-ged"_s << QString() << u"مشروع.gpkg"_s << true;
}

void TestCommandLine::importAccepted()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(u"coalition-atlas"_s);
    const CommandLineResult result = parseCommandLine(arguments);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.request.action, Action::Import);
    QTEST(result.request.importFormat, "format");
    QTEST(result.request.outputFile, "out");
    QTEST(result.request.intoFile, "into");
    QTEST(result.request.strict, "strict");
    QVERIFY(result.request.isHeadless());
}

void TestCommandLine::importRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessagePart");
    QTest::newRow("neither out nor into") << QStringList {u"--import"_s, u"a.csv"_s} << u"either --out"_s;
    QTest::newRow("both out and into") << QStringList {u"--import"_s, u"a.csv"_s, u"--out"_s, u"a.gpkg"_s, u"--into"_s, u"b.gpkg"_s}
                                       << u"either --out"_s;
    QTest::newRow("not a project name") << QStringList {u"--import"_s, u"a.csv"_s, u"--out"_s, u"a.json"_s} << u"name it with .gpkg"_s;
    QTest::newRow("unknown format") << QStringList {u"--import"_s, u"a.csv"_s, u"--import-format"_s, u"xlsx"_s, u"--out"_s, u"a.gpkg"_s}
                                    << u"--import-format must be one of"_s;
    QTest::newRow("mapping with acled") << QStringList {u"--import"_s, u"a.csv"_s, u"--import-format"_s, u"acled"_s, u"--mapping"_s, u"m.json"_s, u"--out"_s, u"a.gpkg"_s}
                                        << u"--mapping belongs to the csv, geojson, kml and vector formats, not acled"_s;
    QTest::newRow("with an export") << QStringList {u"--import"_s, u"a.csv"_s, u"--out"_s, u"a.gpkg"_s, u"--export-map"_s, u"m.svg"_s}
                                    << u"--export-map does not go with --import"_s;
    QTest::newRow("strict without import") << QStringList {u"--strict"_s} << u"--strict belongs to --import"_s;
    QTest::newRow("events to xlsx") << QStringList {u"--export-events"_s, u"e.xlsx"_s} << u"--export-events writes a .csv, .geojson or .kml file"_s;
    QTest::newRow("events and a map") << QStringList {u"--export-events"_s, u"e.csv"_s, u"--export-map"_s, u"m.svg"_s} << u"--export-events"_s;
    QTest::newRow("into without import") << QStringList {u"--into"_s, u"a.gpkg"_s} << u"--into belongs to --import"_s;
}

void TestCommandLine::importRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessagePart);
    arguments.prepend(u"coalition-atlas"_s);
    const CommandLineResult result = parseCommandLine(arguments);
    QVERIFY2(result.error.contains(expectedMessagePart), qPrintable(result.error));
}


void TestCommandLine::briefingAppendix_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("appendix");
    QTest::newRow("summary only by default") << QStringList {u"--briefing"_s, u"b.pdf"_s} << false;
    QTest::newRow("with the appendix") << QStringList {u"--briefing"_s, u"b.pdf"_s, u"--briefing-appendix"_s} << true;
    QTest::newRow("appendix before the briefing, with a window")
        << QStringList {u"--briefing-appendix"_s, u"--from"_s, u"2016"_s, u"--briefing"_s, u"ملخص.pdf"_s} << true;
}

void TestCommandLine::briefingAppendix()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(u"coalition-atlas"_s);
    const CommandLineResult result = parseCommandLine(arguments);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.request.action, Action::Briefing);
    QTEST(result.request.briefingAppendix, "appendix");
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
