// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleviewer.h"
#include "detailspane.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "sourcemodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

/*
 * The details pane against the bundled dataset: selecting an event or figure shows its Arabic
 * and English titles and every citation quote; the "Show in article" link asks for the article,
 * and the article viewer finds and highlights the very quote.
 */
class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSelectedEvent_data();
    void showsSelectedEvent();
    void showsSelectedFigure();
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
    const Atlas::Event *event = m_document.dataset().event(eventId);
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
