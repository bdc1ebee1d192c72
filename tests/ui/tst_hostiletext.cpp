// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "briefingoptions.h"
#include "datasetloader.h"
#include "briefingrenderer.h"
#include "detailspane.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "mapcontroller.h"
#include "mapexporter.h"
#include "mapview.h"
#include "plainmessage.h"
#include "placemarkerlayer.h"
#include "recordtableview.h"
#include "timelineexporter.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHelpEvent>
#include <QLabel>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// What a reader sees of a label's text: rich text rendered, plain text as it is.
QString shownText(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// The label QToolTip shows, when one is visible.
QLabel *visibleToolTip()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            return qobject_cast<QLabel *>(widget);
    }
    return nullptr;
}

// Every piece of character data inside <text> elements of an SVG, joined by newlines; `error`
// says when the file is not well-formed XML.
QString svgText(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text")
            ++depth;
        else if (xml.isEndElement() && xml.name() == u"text")
            --depth;
        else if (xml.isCharacters() && depth > 0)
            texts.append(xml.text().toString());
    }
    if (xml.hasError())
        *error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return texts.join(u'\n');
}

// pdftotext's text of a PDF, with whitespace collapsed (lines break where the page does).
QString pdfText(const QString &fileName, QString *error)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, fileName, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = u"pdftotext failed: "_s + process.errorString() + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// Whether every probe appears in `text`, in order; for a long word, lines may break inside it.
QString missingProbe(const QString &text, const QStringList &probes, bool ignoreBreaks = false)
{
    QString haystack = text;
    if (ignoreBreaks)
        haystack.remove(QRegularExpression(u"\\s"_s));
    qsizetype from = 0;
    for (QString probe : probes) {
        if (ignoreBreaks)
            probe.remove(QRegularExpression(u"\\s"_s));
        const qsizetype at = haystack.indexOf(probe, from);
        if (at < 0)
            return probe;
        from = at + probe.size();
    }
    return {};
}

} // namespace

/*
 * Text stays text: dataset strings that look like HTML (<b>, &amp;, <img src=…>), carry a bidi
 * override (U+202E), a format placeholder (%1), a very long word or a NUL character are shown as
 * they are — never interpreted, substituted or cut (a word too long for a map label or the
 * timeline's axis is shortened with an ellipsis) — in the details pane, the event table's
 * tooltips, the map's QML tooltip, SVG exports of the map and timeline, and the briefing PDF.
 * Each row puts the string in a place's name and an event's title and summary.
 */
class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void detailsPane_data() { rows(); }
    void detailsPane();
    void tableToolTip_data() { rows(); }
    void tableToolTip();
    void mapToolTip_data() { rows(); }
    void mapToolTip();
    void mapSvg_data() { rows(); }
    void mapSvg();
    void timelineSvg_data() { rows(); }
    void timelineSvg();
    void briefingPdf_data() { rows(); }
    void briefingPdf();
    void messageBox_data() { rows(); }
    void messageBox();

private:
    static void rows();
    void useText(const QString &text);

    std::unique_ptr<Atlas::AtlasDocument> m_document;
    QTemporaryDir m_dir;
};

void TestHostileText::rows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("probes");    // what must be shown, in order
    QTest::addColumn<QStringList>("mapProbes"); // on the map's labels and timeline titles, which elide a long name
    QTest::addColumn<QStringList>("pdfProbes"); // in the PDF's text, in the order it is drawn
    const auto whole = [](const QString &text) { return QStringList{text}; };
    const QString markup = u"<b>Bold</b> <i>claim</i>"_s;
    const QString entity = u"Smith &amp; Sons &lt;b&gt;"_s;
    const QString image = u"<img src=\"file:///etc/passwd\"> seen"_s;
    const QString placeholder = u"Raid %1 at %2 (%L3)"_s;
    QTest::newRow("markup") << markup << whole(markup) << whole(markup) << whole(markup);
    QTest::newRow("entity") << entity << whole(entity) << whole(entity) << whole(entity);
    QTest::newRow("image") << image << whole(image) << whole(image) << whole(image);
    // An override with no end of its own reverses its own letters and nothing after it: the
    // name that follows in the event's list of places reads as it should.
    const QString bidi = u"Deir \u202Eezzor"_s;
    QTest::newRow("bidi override") << bidi << whole(bidi) << whole(bidi) << QStringList{u"Deir rozze, Al-Tanf"_s};
    QTest::newRow("placeholder") << placeholder << whole(placeholder) << whole(placeholder) << whole(placeholder);
    const QString longWord = u"Wadi"_s + QString(400, u'q') + u"End"_s;
    QTest::newRow("long word") << longWord << whole(longWord) << QStringList{u"Wadiqqqqqqqq"_s, u"\u2026"_s}
                               << whole(longWord);
    // Nothing after a NUL is lost.
    const QString nul = u"before"_s + QChar(u'\0') + u"after"_s;
    const QStringList aroundNul{u"before"_s, u"after"_s};
    QTest::newRow("NUL") << nul << aroundNul << aroundNul << aroundNul;
}

void TestHostileText::init()
{
    QVERIFY(m_dir.isValid());
    m_document = std::make_unique<Atlas::AtlasDocument>();
}

void TestHostileText::cleanup()
{
    QToolTip::hideText();
    m_document.reset();
}

// Taji's name, and the titles and summary of the event at Taji (and Al-Tanf, so that a name
// follows it), read from the JSON fixture as any dataset is.
void TestHostileText::useText(const QString &text)
{
    QFile file(QStringLiteral(ATLAS_SOURCE_DIR "/tests/model/data/minimal.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject both{{u"ar"_s, text}, {u"en"_s, text}};
    QJsonArray places = json.value(u"places"_s).toArray();
    for (qsizetype i = 0; i < places.size(); ++i) {
        QJsonObject place = places.at(i).toObject();
        if (place.value(u"id"_s).toString() == u"taji"_s)
            place.insert(u"name"_s, both);
        places.replace(i, place);
    }
    json.insert(u"places"_s, places);
    QJsonArray events = json.value(u"events"_s).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject event = events.at(i).toObject();
        if (event.value(u"id"_s).toString() == u"taji-handover"_s) {
            event.insert(u"title"_s, both);
            event.insert(u"summary"_s, QJsonObject{{u"en"_s, text}});
            event.insert(u"places"_s, QJsonArray{u"taji"_s, u"al-tanf"_s});
        }
        events.replace(i, event);
    }
    json.insert(u"events"_s, events);
    Atlas::DatasetLoader::Result loaded = Atlas::DatasetLoader::loadObject(json);
    QVERIFY2(std::holds_alternative<Atlas::Dataset>(loaded), "the fixture with the text does not load");
    m_document->setDataset(std::get<Atlas::Dataset>(std::move(loaded)), u"hostile"_s, QString());
}

void TestHostileText::detailsPane()
{
    QFETCH(QString, text);
    QFETCH(QStringList, probes);
    useText(text);
    Atlas::DetailsPane pane(m_document.get());
    QVERIFY(m_document->selectEvent(u"taji-handover"_s));
    const QString shown = pane.findChild<QTextBrowser *>()->toPlainText();
    // Twice the title (both languages), the summary and the place.
    const QStringList fourTimes = probes + probes + probes + probes;
    const QString missing = missingProbe(shown, fourTimes);
    QVERIFY2(missing.isEmpty(), qPrintable(u"\"%1\" is not shown in:\n%2"_s.arg(missing, shown)));
}

void TestHostileText::tableToolTip()
{
    QFETCH(QString, text);
    QFETCH(QStringList, probes);
    useText(text);
    Atlas::RecordTableView view;
    view.setModels(m_document->eventFilterModel(), m_document->eventSelection(), Atlas::EventModel::DateColumn);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QModelIndex cell;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const QModelIndex title = view.model()->index(row, Atlas::EventModel::TitleColumn);
        if (title.data(Qt::DisplayRole).toString() == text)
            cell = title;
    }
    QVERIFY(cell.isValid());
    view.scrollTo(cell);
    const QPoint at = view.visualRect(cell).center();
    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &help);
    QLabel *tip = nullptr;
    QTRY_VERIFY((tip = visibleToolTip()) != nullptr);
    const QString shown = shownText(tip->text(), tip->textFormat());
    const QString missing = missingProbe(shown, probes);
    QVERIFY2(missing.isEmpty(), qPrintable(u"\"%1\" is not in the tooltip:\n%2"_s.arg(missing, shown)));
}

void TestHostileText::mapToolTip()
{
    QFETCH(QString, text);
    QFETCH(QStringList, probes);
    useText(text);
    Atlas::MapView view(m_document.get());
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.quickWidget()->status(), QQuickWidget::Ready);
    view.fitAllPlaces();
    QCoreApplication::processEvents();
    auto *markers = view.rootItem()->property("markerLayer").value<Atlas::PlaceMarkerLayer *>();
    QVERIFY(markers);
    const QPointF taji = markers->positionOf(u"taji"_s);
    QVERIFY(taji.x() >= 0);
    const QString tipText = markers->toolTipAt(taji.x(), taji.y());
    QVERIFY2(missingProbe(tipText, probes).isEmpty(), qPrintable(tipText));
    // What the hover handler does with it: the tooltip's Text item shows it as plain text.
    QObject *tip = view.rootItem()->findChild<QObject *>(u"toolTip"_s);
    auto *label = view.rootItem()->findChild<QQuickItem *>(u"toolTipText"_s);
    QVERIFY(tip && label);
    tip->setProperty("text", tipText);
    QCOMPARE(label->property("text").toString(), tipText);
    QCOMPARE(label->property("textFormat").toInt(), int(Qt::PlainText));
}

void TestHostileText::mapSvg()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mapProbes);
    useText(text);
    Atlas::MapExportOptions options;
    options.fileName = m_dir.filePath(u"map.svg"_s);
    QString error;
    QVERIFY2(Atlas::exportMap(*m_document, options, &error), qPrintable(error));
    const QString shown = svgText(options.fileName, &error);
    QVERIFY2(error.isEmpty(), qPrintable(u"the SVG is not well-formed: "_s + error));
    // Text items split where the direction changes: compare without the breaks.
    const QString missing = missingProbe(shown, mapProbes, true);
    QVERIFY2(missing.isEmpty(), qPrintable(u"\"%1\" is not in the SVG's text:\n%2"_s.arg(missing, shown)));
    // A control character is shown as its symbol (U+2400 ␀ for a NUL), as messages quote it.
    if (text.contains(QChar(u'\0')))
        QVERIFY2(shown.contains(QChar(u'\u2400')), qPrintable(shown));
}

void TestHostileText::timelineSvg()
{
    QFETCH(QString, text);
    // A title longer than the axis is shortened to the room, as map labels are.
    QFETCH(QStringList, mapProbes);
    const QStringList &probes = mapProbes;
    useText(text);
    Atlas::TimelineExportOptions options;
    options.fileName = m_dir.filePath(u"timeline.svg"_s);
    QString error;
    QVERIFY2(Atlas::exportTimeline(*m_document, options, &error), qPrintable(error));
    const QString shown = svgText(options.fileName, &error);
    QVERIFY2(error.isEmpty(), qPrintable(u"the SVG is not well-formed: "_s + error));
    // Text items split where the direction changes: compare without the breaks.
    const QString missing = missingProbe(shown, probes, true);
    QVERIFY2(missing.isEmpty(), qPrintable(u"\"%1\" is not in the SVG's text:\n%2"_s.arg(missing, shown)));
    if (text.contains(QChar(u'\0')))
        QVERIFY2(shown.contains(QChar(u'\u2400')), qPrintable(shown));
}

void TestHostileText::briefingPdf()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pdfProbes);
    useText(text);
    Atlas::BriefingOptions options;
    options.generated = QDateTime(QDate(2026, 1, 15), QTime(9, 30), QTimeZone::UTC);
    const QString fileName = m_dir.filePath(u"briefing.pdf"_s);
    QString error;
    QVERIFY2(Atlas::writeBriefingPdf(*m_document, options, fileName, &error), qPrintable(error));
    const QString shown = pdfText(fileName, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // pdftotext gives letters in the order they are drawn, ligatures as ligatures (ﬁ), and no
    // bidi controls.
    QStringList wanted = pdfProbes;
    for (QString &probe : wanted)
        probe.remove(QRegularExpression(u"[\u202a-\u202e\u2066-\u2069]"_s));
    const QString missing = missingProbe(shown.normalized(QString::NormalizationForm_KC), wanted, true);
    QVERIFY2(missing.isEmpty(), qPrintable(u"\"%1\" is not in the briefing:\n%2"_s.arg(missing, shown)));
}

// The warning when a file does not open: its name and the first problem, which quotes the value
// (here, the text as an event's id).
void TestHostileText::messageBox()
{
    QFETCH(QString, text);
    QFETCH(QStringList, probes);
    QFile file(QStringLiteral(ATLAS_SOURCE_DIR "/tests/model/data/minimal.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray events = json.value(u"events"_s).toArray();
    QJsonObject event = events.at(0).toObject();
    event.insert(u"id"_s, text);
    events.replace(0, event);
    json.insert(u"events"_s, events);
    const Atlas::DatasetLoader::Result loaded = Atlas::DatasetLoader::loadObject(json);
    QVERIFY(std::holds_alternative<QList<Atlas::LoadError>>(loaded));
    QString problem;
    for (const Atlas::LoadError &error : std::get<QList<Atlas::LoadError>>(loaded)) {
        if (error.message.contains(u"is not an id"_s))
            problem = error.toString();
    }
    QVERIFY(!problem.isEmpty());
    // A file name cannot hold a NUL; everything else it can.
    const QString fileName = QString(text).remove(QChar(u'\0')) + u".json"_s;
    QMessageBox box(QMessageBox::Warning, u"Cannot open the dataset"_s, fileName + u" was not opened."_s);
    box.setInformativeText(u"1 problem found. The first: "_s + problem);
    Atlas::showPlainText(&box);
    for (const QString &name : {u"qt_msgbox_label"_s, u"qt_msgbox_informativelabel"_s}) {
        auto *label = box.findChild<QLabel *>(name);
        QVERIFY2(label, qPrintable(name));
        const QString shown = shownText(label->text(), label->textFormat());
        const QString missing = missingProbe(shown, probes);
        QVERIFY2(missing.isEmpty(), qPrintable(u"%1: \"%2\" is not shown in:\n%3"_s.arg(name, missing, shown)));
    }
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
