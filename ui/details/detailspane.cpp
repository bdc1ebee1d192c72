// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspane.h"

#include "atlasdocument.h"
#include "dataseteditcommand.h"
#include "eventeditdialog.h"
#include "eventfiltermodel.h"
#include "figurefiltermodel.h"
#include "formatter.h"
#include "vocabulary.h"

#include <QItemSelectionModel>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Arabic runs in their own right-to-left block, so they shape and order correctly whatever the
// UI direction.
QString arabicBlock(const QString &text, const QString &cssClass = u"ar"_s)
{
    return u"<p dir=\"rtl\" align=\"right\" class=\"%1\">%2</p>"_s.arg(cssClass, escaped(text));
}

QString englishBlock(const QString &text)
{
    return u"<p dir=\"ltr\">%1</p>"_s.arg(escaped(text));
}

QString heading(const QString &text, Language language)
{
    return language == Language::Arabic ? u"<h2 dir=\"rtl\" align=\"right\">%1</h2>"_s.arg(escaped(text))
                                        : u"<h2 dir=\"ltr\">%1</h2>"_s.arg(escaped(text));
}

QString block(const QString &text, Language language)
{
    return language == Language::Arabic ? arabicBlock(text) : englishBlock(text);
}

Language otherLanguage(Language language)
{
    return language == Language::Arabic ? Language::English : Language::Arabic;
}

const QString DetailsStyleSheet = u"h2 { margin-bottom: 2px; } "
                           ".ar { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic'; font-size: large; } "
                           ".quote { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic'; font-size: large; "
                           "  background-color: palette(alternate-base); } "
                           ".label { color: palette(placeholder-text); font-weight: bold; } "
                           ".note { font-style: italic; } "
                           ".translation { color: palette(placeholder-text); font-size: small; }"_s;

} // namespace

DetailsPane::DetailsPane(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"detailsPane"_s);
    m_browser->setOpenLinks(false);
    m_browser->document()->setDefaultStyleSheet(DetailsStyleSheet);
    // Paragraphs without dir= take the pane's direction, not that of their first letter.
    QTextOption direction = m_browser->document()->defaultTextOption();
    direction.setTextDirection(layoutDirection());
    m_browser->document()->setDefaultTextOption(direction);
    m_browser->setAccessibleName(tr("Details of the selected event or figure"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsPane::openLink);
    connect(document->eventSelection(), &QItemSelectionModel::currentChanged, this, &DetailsPane::showCurrentEvent);
    connect(document->figureSelection(), &QItemSelectionModel::currentChanged, this, &DetailsPane::showCurrentFigure);
    connect(document, &AtlasDocument::datasetChanged, this, &DetailsPane::showNothing);
    connect(document, &AtlasDocument::languageChanged, this, [this] {
        if (const EventRef event = m_document->dataset().event(m_shownId))
            showEvent(*event);
        else if (const Figure *figure = m_document->dataset().figure(m_shownId))
            showFigure(*figure);
        else
            showNothing();
    });
    showNothing();
}

// The title (or label) in the UI language as the heading, the other language under it.
QString DetailsPane::titleHtml(const LocalizedText &title) const
{
    const Language language = m_document->language();
    const Language other = otherLanguage(language);
    return heading(title.text(language), language) + block(language == Language::Arabic ? title.en : title.ar, other);
}

// The summary in the UI language first. The Arabic one is the dataset's translation, never the
// source's words, and says so; in the Arabic interface the English text follows, named as such.
QString DetailsPane::summaryHtml(const LocalizedText &summary) const
{
    if (summary.en.isEmpty() && summary.ar.isEmpty())
        return {};
    const QString arabic = summary.ar.isEmpty()
        ? QString()
        : arabicBlock(summary.ar)
            + u"<p dir=\"rtl\" align=\"right\" class=\"translation\">%1</p>"_s.arg(
                escaped(tr("The dataset's translation of the English summary, not a quote")));
    if (m_document->language() != Language::Arabic)
        return englishBlock(summary.en) + arabic;
    // The label in a right-to-left line of its own, so that its colon stays on its left.
    QString english;
    if (!summary.en.isEmpty())
        english = u"<p dir=\"rtl\" align=\"right\" class=\"label\">%1</p>"_s.arg(escaped(tr("In English:")))
            + englishBlock(summary.en);
    return arabic + english;
}

QString DetailsPane::html() const
{
    return m_browser->toHtml();
}

void DetailsPane::showCurrentEvent()
{
    if (const EventRef event = m_document->dataset().event(m_document->currentEventId()))
        showEvent(*event);
}

void DetailsPane::showCurrentFigure()
{
    if (const Figure *figure = m_document->dataset().figure(m_document->currentFigureId()))
        showFigure(*figure);
}

void DetailsPane::showNothing()
{
    m_shownId.clear();
    m_shownCitations.clear();
    m_browser->setHtml(u"<p>%1</p>"_s.arg(escaped(
        tr("Select an event in the timeline, the table or the map, or a figure in a chart, to see "
           "its details and the Arabic sentences it comes from."))));
}

void DetailsPane::showEvent(const Event &event)
{
    const Dataset &dataset = m_document->dataset();
    const Formatter formatter = m_document->formatter();
    m_shownId = event.id;
    m_shownCitations = event.citations;

    QString html = titleHtml(event.title);
    html += u"<p><span class=\"label\">%1</span> %2 &middot; %3</p>"_s.arg(
        escaped(tr("Date:")), escaped(formatter.dateWithHijri(event.date)), escaped(Vocabulary::categoryName(event.category)));
    if (!event.edited.isEmpty()) {
        const QDate day = event.edited.at.toUTC().date();
        html += u"<p class=\"note\">%1</p>"_s.arg(escaped(
            tr("Edited by %1 on %2").arg(isolated(event.edited.by), formatter.date(day, DatePrecision::Day))));
    }
    if (m_undoStack && m_document->isEditable())
        html += u"<p><a href=\"edit:%1\">%2</a></p>"_s.arg(escaped(event.id), escaped(tr("Edit event…")));
    html += summaryHtml(event.summary);
    if (event.date.inferred)
        html += u"<p class=\"note\">%1</p>"_s.arg(escaped(tr("Inferred date: %1").arg(event.date.note)));

    QStringList places;
    for (const QString &id : event.placeIds) {
        if (const Place *place = dataset.place(id))
            places << escaped(place->name.text(m_document->language()));
    }
    if (!places.isEmpty())
        html += u"<p><span class=\"label\">%1</span> %2</p>"_s.arg(escaped(tr("Places:")), places.join(u" &middot; "_s));
    QStringList actors;
    for (const QString &id : event.actorIds) {
        const Actor *actor = dataset.actor(id);
        actors << escaped(actor ? actor->name.text(m_document->language()) : id);
    }
    if (!actors.isEmpty())
        html += u"<p><span class=\"label\">%1</span> %2</p>"_s.arg(escaped(tr("Actors:")), actors.join(u" &middot; "_s));

    if (!event.conflictsWith.isEmpty()) {
        html += u"<h3>%1</h3>"_s.arg(escaped(tr("Conflicting accounts")));
        if (!event.conflictNote.isEmpty())
            html += englishBlock(event.conflictNote);
        html += u"<ul>"_s;
        for (const QString &id : event.conflictsWith) {
            const EventRef other = dataset.event(id);
            if (!other)
                continue;
            html += u"<li><a href=\"event:%1\">%2</a> (%3)</li>"_s.arg(
                escaped(id), escaped(other->title.text(m_document->language())), escaped(formatter.date(other->date)));
        }
        html += u"</ul>"_s;
    }
    html += citationsHtml(event.citations);
    m_browser->setHtml(html);
}

void DetailsPane::showFigure(const Figure &figure)
{
    const Dataset &dataset = m_document->dataset();
    const Formatter formatter = m_document->formatter();
    m_shownId = figure.id;
    m_shownCitations = figure.citations;

    QString html = titleHtml(figure.label);
    html += u"<p><span class=\"label\">%1</span> %2</p>"_s.arg(escaped(tr("Figure:")), escaped(formatter.figureValue(figure)));
    html += u"<p><span class=\"label\">%1</span> %2 &middot; %3</p>"_s.arg(
        escaped(tr("As of:")), escaped(formatter.dateWithHijri(figure.asOf)), escaped(Vocabulary::metricName(figure.metric)));
    html += summaryHtml(figure.summary);
    if (figure.asOf.inferred)
        html += u"<p class=\"note\">%1</p>"_s.arg(escaped(tr("Inferred date: %1").arg(figure.asOf.note)));
    if (!figure.baseline.isEmpty())
        html += u"<p><span class=\"label\">%1</span> %2</p>"_s.arg(escaped(tr("Compared with:")), escaped(figure.baseline));
    if (const Actor *subject = dataset.actor(figure.subject))
        html += u"<p><span class=\"label\">%1</span> %2</p>"_s.arg(escaped(tr("About:")),
                                                                    escaped(subject->name.text(m_document->language())));
    if (const Actor *estimator = dataset.actor(figure.estimatedBy))
        html += u"<p><span class=\"label\">%1</span> %2</p>"_s.arg(escaped(tr("Estimated by:")),
                                                                    escaped(estimator->name.text(m_document->language())));
    if (const EventRef event = dataset.event(figure.eventId))
        html += u"<p><span class=\"label\">%1</span> <a href=\"event:%2\">%3</a></p>"_s.arg(
            escaped(tr("Event:")), escaped(event->id), escaped(event->title.text(m_document->language())));
    if (!figure.conflictsWith.isEmpty()) {
        html += u"<h3>%1</h3>"_s.arg(escaped(tr("Other figures for the same measure")));
        if (!figure.conflictNote.isEmpty())
            html += englishBlock(figure.conflictNote);
        html += u"<ul>"_s;
        for (const QString &id : figure.conflictsWith) {
            if (const Figure *other = dataset.figure(id))
                html += u"<li><a href=\"figure:%1\">%2</a>: %3</li>"_s.arg(
                    escaped(id), escaped(other->label.text(m_document->language())), escaped(formatter.figureValue(*other)));
        }
        html += u"</ul>"_s;
    }
    html += citationsHtml(figure.citations);
    m_browser->setHtml(html);
}

QString DetailsPane::citationsHtml(const QList<Citation> &citations)
{
    const Dataset &dataset = m_document->dataset();
    const Formatter formatter = m_document->formatter();
    QString html = u"<h3>%1</h3>"_s.arg(escaped(tr("Sources")));
    for (qsizetype i = 0; i < citations.size(); ++i) {
        const Citation &citation = citations.at(i);
        html += arabicBlock(citation.quote, u"quote"_s);
        if (const Source *source = dataset.source(citation.sourceId)) {
            QString published = formatter.date(source->published);
            if (source->published.inferred)
                published = tr("%1 (inferred)").arg(published);
            // The article's own (Arabic) headline leads in Arabic, our English translation in English.
            const QString arabicTitle = u"<i dir=\"rtl\">%1</i>"_s.arg(escaped(source->title.ar));
            const QString englishTitle = u"<i dir=\"ltr\">%1</i>"_s.arg(escaped(source->title.en));
            const bool arabicFirst = m_document->language() == Language::Arabic;
            html += u"<p>%1 &mdash; %2 / %3, %4 &middot; <a href=\"article:%5\">%6</a></p>"_s.arg(
                escaped(source->outlet.text(m_document->language())), arabicFirst ? arabicTitle : englishTitle,
                arabicFirst ? englishTitle : arabicTitle, escaped(published), QString::number(i),
                escaped(tr("Show in article")));
        }
    }
    return html;
}

void DetailsPane::setEditing(QUndoStack *undoStack, std::function<QString()> editorName)
{
    m_undoStack = undoStack;
    m_editorName = std::move(editorName);
    if (const EventRef event = m_document->dataset().event(m_shownId))
        showEvent(*event);
}

EventEditDialog *DetailsPane::editShownEvent()
{
    const EventRef event = m_document->dataset().event(m_shownId);
    if (!event || !m_undoStack || !m_document->isEditable())
        return nullptr;
    // The dialog reads the document's dataset; the document replaces it only on an edit, and
    // that comes from this dialog, after it has closed.
    auto *dialog = new EventEditDialog(m_document->dataset(), *event, m_document->language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditor(m_editorName ? m_editorName() : QString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->edit().isEmpty())
            m_undoStack->push(new DatasetEditCommand(m_document, dialog->edit()));
    });
    return dialog;
}

void DetailsPane::openLink(const QUrl &url)
{
    const QString target = url.path();
    if (url.scheme() == u"event"_s) {
        m_document->selectEvent(target);
    } else if (url.scheme() == u"figure"_s) {
        m_document->selectFigure(target);
    } else if (url.scheme() == u"edit"_s) {
        if (EventEditDialog *dialog = editShownEvent())
            dialog->open();
    } else if (url.scheme() == u"article"_s) {
        bool ok = false;
        const int index = target.toInt(&ok);
        if (ok && index >= 0 && index < m_shownCitations.size())
            Q_EMIT showInArticleRequested(m_shownCitations.at(index).sourceId, m_shownCitations.at(index).quote);
    }
}

} // namespace Atlas
