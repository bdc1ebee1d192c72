// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleviewer.h"
#include "detailspane.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "sourcemodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atlas::Language)

/*
 * The details pane against the bundled dataset: selecting an event or figure shows its Arabic
 * and English titles and every citation quote, the UI language's title, summary and article
 * title first, the Arabic summary marked as the dataset's translation, all of it as plain text;
 * the "Show in article" link asks for the article, and the article viewer finds and highlights
 * the very quote.
 */
class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSelectedEvent_data();
    void showsSelectedEvent();
    void showsSelectedFigure();
    void leadsWithTheUiLanguage_data();
    void leadsWithTheUiLanguage();
    void showsTextAsPlainText();
    void summaryWithoutArabic();
    void showInArticleHighlightsQuote_data();
    void showInArticleHighlightsQuote();
    void missingArticleIsReported();

private:
    Atlas::AtlasDocument m_document;
};

void TestDetailsPane::initTestCase()
{
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(m_document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
}

void TestDetailsPane::showsSelectedEvent_data()
{
    QTest::addColumn<QString>("eventId");
    for (const Atlas::Event &event : m_document.dataset().events)
        QTest::newRow(qPrintable(event.id)) << event.id;
}

void TestDetailsPane::showsSelectedEvent()
{
    QFETCH(QString, eventId);
    Atlas::DetailsPane pane(&m_document);
    QVERIFY(m_document.selectEvent(eventId));
    QCOMPARE(pane.shownId(), eventId);
    const Atlas::EventRef event = m_document.dataset().event(eventId);
    const QString text = pane.findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(text.contains(event->title.en), qPrintable(event->title.en));
    QVERIFY2(text.contains(event->title.ar), qPrintable(event->title.ar));
    for (const Atlas::Citation &citation : event->citations) {
        // The quote is shown whole (line breaks inside a quote become spaces in plain text).
        QString quote = citation.quote;
        quote.replace(u'\n', u' ');
        QVERIFY2(text.simplified().contains(quote.simplified()), qPrintable(citation.quote));
    }
}

void TestDetailsPane::showsSelectedFigure()
{
    const Atlas::Figure &figure = m_document.dataset().figures.constFirst();
    Atlas::DetailsPane pane(&m_document);
    QVERIFY(m_document.selectFigure(figure.id));
    QCOMPARE(pane.shownId(), figure.id);
    const QString text = pane.findChild<QTextBrowser *>()->toPlainText();
    QVERIFY(text.contains(figure.label.en));
    QVERIFY(text.simplified().contains(figure.citations.constFirst().quote.simplified()));
}

namespace {

// Where `text` is in `shown`, from `from`; a failure names what is missing.
qsizetype positionOf(const QString &shown, const QString &text, qsizetype from = 0)
{
    const qsizetype at = shown.indexOf(text, from);
    if (at < 0)
        qWarning().noquote() << u"not shown: "_s + text;
    return at;
}

} // namespace

void TestDetailsPane::leadsWithTheUiLanguage_data()
{
    QTest::addColumn<Atlas::Language>("language");
    QTest::addColumn<bool>("figure");
    QTest::addColumn<QString>("id");
    const Atlas::Dataset &dataset = m_document.dataset();
    for (const auto &[language, name] : { std::pair{ Atlas::Language::Arabic, "ar" }, std::pair{ Atlas::Language::English, "en" } }) {
        for (const Atlas::Event &event : { dataset.events.constFirst(), dataset.events.constLast() })
            QTest::addRow("%s event %s", name, qPrintable(event.id)) << language << false << event.id;
        for (const Atlas::Figure &figure : { dataset.figures.constFirst(), dataset.figures.constLast() })
            QTest::addRow("%s figure %s", name, qPrintable(figure.id)) << language << true << figure.id;
    }
}

// In Arabic the Arabic title, the Arabic summary and the article's Arabic headline come first,
// with the English beside them; in English the other way round. The Arabic summary carries the
// note that it is the dataset's translation, in both languages.
void TestDetailsPane::leadsWithTheUiLanguage()
{
    QFETCH(Atlas::Language, language);
    QFETCH(bool, figure);
    QFETCH(QString, id);
    m_document.setLanguage(language);
    Atlas::DetailsPane pane(&m_document);
    const Atlas::Dataset &dataset = m_document.dataset();
    Atlas::LocalizedText title;
    Atlas::LocalizedText summary;
    QList<Atlas::Citation> citations;
    // A pane shows what is selected after it was made.
    m_document.eventSelection()->clearCurrentIndex();
    m_document.figureSelection()->clearCurrentIndex();
    if (figure) {
        QVERIFY(m_document.selectFigure(id));
        title = dataset.figure(id)->label;
        summary = dataset.figure(id)->summary;
        citations = dataset.figure(id)->citations;
    } else {
        QVERIFY(m_document.selectEvent(id));
        title = dataset.event(id)->title;
        summary = dataset.event(id)->summary;
        citations = dataset.event(id)->citations;
    }
    QCOMPARE(pane.shownId(), id);
    QVERIFY(!summary.ar.isEmpty() && !summary.en.isEmpty());
    const QString shown = pane.findChild<QTextBrowser *>()->toPlainText();
    const bool arabic = language == Atlas::Language::Arabic;

    QCOMPARE(shown.section(u'\n', 0, 0), arabic ? title.ar : title.en);
    const qsizetype titleAr = positionOf(shown, title.ar);
    const qsizetype titleEn = positionOf(shown, title.en);
    QVERIFY(titleAr >= 0 && titleEn >= 0);
    QCOMPARE(titleAr < titleEn, arabic);

    const qsizetype summaryAr = positionOf(shown, summary.ar);
    const qsizetype summaryEn = positionOf(shown, summary.en);
    QVERIFY(summaryAr > qMax(titleAr, titleEn) && summaryEn > qMax(titleAr, titleEn));
    QCOMPARE(summaryAr < summaryEn, arabic);
    const qsizetype note = positionOf(shown, u"The dataset's translation of the English summary, not a quote"_s);
    QVERIFY(note > summaryAr);
    QCOMPARE(note < summaryEn, arabic);
    QCOMPARE(shown.contains(u"In English:"_s), arabic);

    const Atlas::Source *source = dataset.source(citations.constFirst().sourceId);
    QVERIFY(source);
    const qsizetype quote = positionOf(shown, citations.constFirst().quote.simplified().section(u' ', 0, 3));
    QVERIFY(quote > summaryEn);
    const qsizetype articleAr = positionOf(shown, source->title.ar, quote);
    const qsizetype articleEn = positionOf(shown, source->title.en, quote);
    QVERIFY(articleAr > quote && articleEn > quote);
    QCOMPARE(articleAr < articleEn, arabic);
    m_document.setLanguage(Atlas::Language::English);
}

// Dataset texts are never read as HTML: markup in a title or summary is shown as written.
void TestDetailsPane::showsTextAsPlainText()
{
    Atlas::AtlasDocument document;
    Atlas::Dataset dataset = m_document.dataset();
    Atlas::Event &event = dataset.events.first();
    event.title.ar = u"<b>عنوان</b> &amp;"_s;
    event.summary.ar = u"<a href=\"event:x\">ملخص</a> <br/> & <script>x</script>"_s;
    event.summary.en = u"<i>summary</i> &lt;"_s;
    const QString id = event.id;
    document.setDataset(dataset, u"test"_s, QString());
    for (const Atlas::Language language : { Atlas::Language::Arabic, Atlas::Language::English }) {
        document.setLanguage(language);
        Atlas::DetailsPane pane(&document);
        document.eventSelection()->clearCurrentIndex();
        QVERIFY(document.selectEvent(id));
        const QString shown = pane.findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(shown.contains(u"<b>عنوان</b> &amp;"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"<a href=\"event:x\">ملخص</a> <br/> & <script>x</script>"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"<i>summary</i> &lt;"_s), qPrintable(shown));
    }
}

// A dataset without Arabic summaries (the format allows it) shows the English one, with no
// translation note; a figure without a summary shows none.
void TestDetailsPane::summaryWithoutArabic()
{
    Atlas::AtlasDocument document;
    Atlas::Dataset dataset = m_document.dataset();
    dataset.events.first().summary.ar.clear();
    dataset.figures.first().summary = {};
    const Atlas::Event event = dataset.events.constFirst();
    const Atlas::Figure figure = dataset.figures.constFirst();
    document.setDataset(dataset, u"test"_s, QString());
    document.setLanguage(Atlas::Language::Arabic);
    Atlas::DetailsPane pane(&document);
    auto *browser = pane.findChild<QTextBrowser *>();

    QVERIFY(document.selectEvent(event.id));
    QString shown = browser->toPlainText();
    QVERIFY(shown.contains(event.summary.en));
    QVERIFY(shown.contains(u"In English:"_s));
    QVERIFY(!shown.contains(u"The dataset's translation"_s));

    QVERIFY(document.selectFigure(figure.id));
    QCOMPARE(pane.shownId(), figure.id);
    shown = browser->toPlainText();
    QVERIFY(!shown.contains(u"In English:"_s));
    QVERIFY(!shown.contains(u"The dataset's translation"_s));
    QVERIFY(!shown.contains(m_document.dataset().figures.constFirst().summary.en));
}

void TestDetailsPane::showInArticleHighlightsQuote_data()
{
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<QString>("quote");
    for (const Atlas::Event &event : m_document.dataset().events) {
        for (const Atlas::Citation &citation : event.citations)
            QTest::newRow(qPrintable(event.id)) << citation.sourceId << citation.quote;
    }
}

void TestDetailsPane::showInArticleHighlightsQuote()
{
    QFETCH(QString, sourceId);
    QFETCH(QString, quote);
    Atlas::ArticleViewer viewer;
    QVERIFY(viewer.showArticle(u"title"_s, m_document.sourceModel()->articlePath(sourceId), quote));
    QVERIFY(viewer.quoteFound());
    QString highlighted = viewer.highlightedText();
    highlighted.replace(QChar::ParagraphSeparator, u'\n');
    QCOMPARE(highlighted, quote);
}

void TestDetailsPane::missingArticleIsReported()
{
    Atlas::ArticleViewer viewer;
    QVERIFY(!viewer.showArticle(u"title"_s, u"/nonexistent/مقال.txt"_s, u"quote"_s));
    QVERIFY(!viewer.quoteFound());
    const Atlas::Source &source = m_document.dataset().sources.constFirst();
    QVERIFY(!viewer.showArticle(u"title"_s, m_document.sourceModel()->articlePath(source.id), u"not in the article"_s));
    QVERIFY(!viewer.quoteFound());
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
