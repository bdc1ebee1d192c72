// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditdialog.h"

#include "eventedit.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s); // ISO, as the dataset writes dates, in both languages
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    return edit;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(name);
    return result;
}

} // namespace

EventEditDialog::EventEditDialog(const Dataset &dataset, const Event &event, Language language, QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_event(event)
    , m_language(language)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_citations(event.citations)
    , m_titleAr(new QLineEdit(event.title.ar, this))
    , m_titleEn(new QLineEdit(event.title.en, this))
    , m_category(new QComboBox(this))
    , m_precision(new QComboBox(this))
    , m_start(dateEdit(this))
    , m_hasEnd(new QCheckBox(tr("Known only by its bounds, until"), this))
    , m_end(dateEdit(this))
    , m_inferred(new QCheckBox(tr("Inferred, because:"), this))
    , m_dateNote(new QLineEdit(event.date.note, this))
    , m_places(new QListWidget(this))
    , m_placeChoice(new QComboBox(this))
    , m_citationList(new QListWidget(this))
    , m_citationSource(new QComboBox(this))
    , m_quote(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
{
    setObjectName(u"eventEditDialog"_s);
    setWindowTitle(tr("Edit Event"));
    m_titleAr->setObjectName(u"titleArEdit"_s);
    m_titleAr->setLayoutDirection(Qt::RightToLeft);
    m_titleEn->setObjectName(u"titleEnEdit"_s);
    m_titleEn->setLayoutDirection(Qt::LeftToRight);
    m_category->setObjectName(u"categoryChoice"_s);
    for (const QStringView id : Vocabulary::EventCategories)
        m_category->addItem(Vocabulary::categoryName(id.toString()), id.toString());
    m_category->setCurrentIndex(m_category->findData(event.category));

    m_precision->setObjectName(u"precisionChoice"_s);
    m_precision->addItem(tr("Year"), int(DatePrecision::Year));
    m_precision->addItem(tr("Month"), int(DatePrecision::Month));
    m_precision->addItem(tr("Week (seven days from the date)"), int(DatePrecision::Week));
    m_precision->addItem(tr("Day"), int(DatePrecision::Day));
    m_precision->setCurrentIndex(m_precision->findData(int(event.date.precision)));
    m_start->setObjectName(u"startDate"_s);
    m_start->setDate(event.date.start);
    m_hasEnd->setObjectName(u"hasEndCheck"_s);
    m_hasEnd->setChecked(event.date.isRange());
    m_end->setObjectName(u"endDate"_s);
    m_end->setDate(event.date.isRange() ? event.date.end : event.date.start);
    m_inferred->setObjectName(u"inferredCheck"_s);
    m_inferred->setChecked(event.date.inferred);
    m_dateNote->setObjectName(u"dateNoteEdit"_s);
    m_dateNote->setLayoutDirection(Qt::LeftToRight); // the notes are English (docs/dataset.md)

    m_places->setObjectName(u"placeList"_s);
    for (const QString &id : event.placeIds) {
        const Place *place = dataset.place(id);
        auto *item = new QListWidgetItem(place ? place->name.text(language) : id, m_places);
        item->setData(Qt::UserRole, id);
    }
    m_placeChoice->setObjectName(u"placeChoice"_s);
    for (const Place &place : dataset.places)
        m_placeChoice->addItem(place.name.text(language), place.id);

    m_citationList->setObjectName(u"citationList"_s);
    m_citationList->setLayoutDirection(Qt::RightToLeft);
    for (const Citation &citation : std::as_const(m_citations))
        m_citationList->addItem(citationLabel(citation));
    m_citationSource->setObjectName(u"citationSourceChoice"_s);
    for (const Source &source : dataset.sources)
        m_citationSource->addItem(source.title.text(language), source.id);
    m_citationSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_citationSource->setMinimumContentsLength(24); // the titles are long: elided, whole in the list
    m_quote->setObjectName(u"quoteEdit"_s);
    m_quote->setLayoutDirection(Qt::RightToLeft);
    // The quotes are Arabic: right-to-left paragraphs, whatever the interface direction.
    QTextOption rtl = m_quote->document()->defaultTextOption();
    rtl.setTextDirection(Qt::RightToLeft);
    rtl.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    m_quote->document()->setDefaultTextOption(rtl);
    m_quote->setPlaceholderText(tr("The passage, exactly as the article writes it"));
    m_quote->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_problems->setObjectName(u"problemsLabel"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(u"color: palette(highlight);"_s);
    m_problems->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Title in &Arabic:"), m_titleAr);
    form->addRow(tr("Title in &English:"), m_titleEn);
    form->addRow(tr("&Category:"), m_category);

    auto *dateBox = new QGroupBox(tr("Date"), this);
    auto *dateForm = new QFormLayout(dateBox);
    dateForm->addRow(tr("&Precision:"), m_precision);
    dateForm->addRow(tr("&From:"), m_start);
    dateForm->addRow(m_hasEnd, m_end);
    dateForm->addRow(m_inferred, m_dateNote);

    auto *placeBox = new QGroupBox(tr("Places, the first one on the map"), this);
    auto *placeLayout = new QVBoxLayout(placeBox);
    placeLayout->addWidget(m_places);
    auto *placeButtons = new QHBoxLayout;
    QPushButton *addPlace = button(tr("Add &Place"), u"addPlaceButton"_s, this);
    QPushButton *removePlace = button(tr("&Remove Place"), u"removePlaceButton"_s, this);
    placeButtons->addWidget(m_placeChoice, 1);
    placeButtons->addWidget(addPlace);
    placeButtons->addWidget(removePlace);
    placeLayout->addLayout(placeButtons);

    auto *citationBox = new QGroupBox(tr("Citations"), this);
    auto *citationLayout = new QVBoxLayout(citationBox);
    citationLayout->addWidget(m_citationList);
    auto *sourceRow = new QFormLayout;
    sourceRow->addRow(tr("&Source:"), m_citationSource);
    sourceRow->addRow(tr("&Quote:"), m_quote);
    citationLayout->addLayout(sourceRow);
    auto *citationButtons = new QHBoxLayout;
    QPushButton *addCitation = button(tr("Add C&itation"), u"addCitationButton"_s, this);
    QPushButton *removeCitation = button(tr("Remove Ci&tation"), u"removeCitationButton"_s, this);
    citationButtons->addStretch(1);
    citationButtons->addWidget(addCitation);
    citationButtons->addWidget(removeCitation);
    citationLayout->addLayout(citationButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(dateBox);
    left->addWidget(placeBox, 1);
    columns->addLayout(left, 1);
    columns->addWidget(citationBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(addPlace, &QPushButton::clicked, this, &EventEditDialog::addPlace);
    connect(removePlace, &QPushButton::clicked, this, &EventEditDialog::removePlace);
    connect(addCitation, &QPushButton::clicked, this, &EventEditDialog::addCitation);
    connect(removeCitation, &QPushButton::clicked, this, &EventEditDialog::removeCitation);
    connect(m_citationList, &QListWidget::currentRowChanged, this, &EventEditDialog::showCitation);
    connect(m_citationSource, &QComboBox::currentIndexChanged, this, &EventEditDialog::storeCitation);
    connect(m_quote, &QPlainTextEdit::textChanged, this, &EventEditDialog::storeCitation);
    connect(m_hasEnd, &QCheckBox::toggled, this, &EventEditDialog::updateDateFields);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventEditDialog::updateDateFields);
    connect(m_inferred, &QCheckBox::toggled, this, &EventEditDialog::updateDateFields);
    updateDateFields();
    m_citationList->setCurrentRow(m_citations.isEmpty() ? -1 : 0);
    showCitation(m_citationList->currentRow());
    resize(960, 560);
}

QString EventEditDialog::citationLabel(const Citation &citation) const
{
    const QString quote = citation.quote.size() > 80 ? citation.quote.left(80) + u'…' : citation.quote;
    return quote.isEmpty() ? tr("(no quote yet)") : quote;
}

void EventEditDialog::updateDateFields()
{
    m_end->setEnabled(m_hasEnd->isChecked());
    // Only the digits the precision keeps, as the dataset writes the date.
    const auto precision = DatePrecision(m_precision->currentData().toInt());
    const QString format = precision == DatePrecision::Year ? u"yyyy"_s
        : precision == DatePrecision::Month                ? u"yyyy-MM"_s
                                                           : u"yyyy-MM-dd"_s;
    m_start->setDisplayFormat(format);
    m_end->setDisplayFormat(format);
    m_dateNote->setEnabled(m_inferred->isChecked());
}

void EventEditDialog::addPlace()
{
    const QString id = m_placeChoice->currentData().toString();
    if (id.isEmpty())
        return;
    for (int row = 0; row < m_places->count(); ++row) {
        if (m_places->item(row)->data(Qt::UserRole).toString() == id)
            return; // listed already
    }
    auto *item = new QListWidgetItem(m_placeChoice->currentText(), m_places);
    item->setData(Qt::UserRole, id);
    m_places->setCurrentItem(item);
}

void EventEditDialog::removePlace()
{
    delete m_places->takeItem(m_places->currentRow());
}

void EventEditDialog::addCitation()
{
    Citation citation;
    citation.sourceId = m_citations.isEmpty() ? m_citationSource->itemData(0).toString() : m_citations.last().sourceId;
    m_citations.append(citation);
    m_citationList->addItem(citationLabel(citation));
    m_citationList->setCurrentRow(int(m_citations.size()) - 1);
    m_quote->setFocus();
}

void EventEditDialog::removeCitation()
{
    const int row = m_citationList->currentRow();
    if (row < 0 || row >= m_citations.size())
        return;
    m_citationRow = -1; // nothing to store while the rows move
    m_citations.removeAt(row);
    delete m_citationList->takeItem(row);
    showCitation(m_citationList->currentRow());
}

void EventEditDialog::showCitation(int row)
{
    m_citationRow = -1;
    const bool valid = row >= 0 && row < m_citations.size();
    m_citationSource->setEnabled(valid);
    m_quote->setEnabled(valid);
    m_citationSource->setCurrentIndex(valid ? m_citationSource->findData(m_citations.at(row).sourceId) : -1);
    m_quote->setPlainText(valid ? m_citations.at(row).quote : QString());
    m_citationRow = valid ? row : -1;
}

void EventEditDialog::storeCitation()
{
    if (m_citationRow < 0 || m_citationRow >= m_citations.size())
        return;
    Citation &citation = m_citations[m_citationRow];
    citation.sourceId = m_citationSource->currentData().toString();
    citation.quote = m_quote->toPlainText();
    m_citationList->item(m_citationRow)->setText(citationLabel(citation));
}

Event EventEditDialog::editedEvent() const
{
    Event event = m_event;
    event.title = LocalizedText { m_titleAr->text().trimmed(), m_titleEn->text().trimmed() };
    event.category = m_category->currentData().toString();
    FuzzyDate date;
    date.precision = DatePrecision(m_precision->currentData().toInt());
    date.start = m_start->date();
    date.end = m_hasEnd->isChecked() ? m_end->date() : QDate();
    // The first day of the period the precision names, as the file keeps it.
    auto periodStart = [&](QDate day) {
        switch (date.precision) {
        case DatePrecision::Year: return QDate(day.year(), 1, 1);
        case DatePrecision::Month: return QDate(day.year(), day.month(), 1);
        case DatePrecision::Week:
        case DatePrecision::Day: break;
        }
        return day;
    };
    date.start = periodStart(date.start);
    if (date.end.isValid())
        date.end = periodStart(date.end);
    date.inferred = m_inferred->isChecked();
    date.note = date.inferred ? m_dateNote->text().trimmed() : QString();
    // An unchanged date keeps its note as it was.
    if (date.precision == m_event.date.precision && date.start == m_event.date.start && date.end == m_event.date.end
        && date.inferred == m_event.date.inferred && date.note == m_event.date.note.trimmed())
        date = m_event.date;
    event.date = date;
    event.placeIds.clear();
    for (int row = 0; row < m_places->count(); ++row)
        event.placeIds.append(m_places->item(row)->data(Qt::UserRole).toString());
    event.citations = m_citations;
    return event;
}

QString EventEditDialog::problems() const
{
    return m_problems->isVisible() || !m_problems->text().isEmpty() ? m_problems->text() : QString();
}

void EventEditDialog::accept()
{
    QStringList errors;
    m_edit = EventEdit::build(m_dataset, editedEvent(), m_editor, m_clock(), &errors);
    if (!errors.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(errors.size(), 8);
        QStringList lines = errors.mid(0, shown);
        if (errors.size() > shown)
            lines << tr("…and %n more problem(s).", nullptr, int(errors.size() - shown));
        m_problems->setText(tr("The event was not changed:") + u'\n' + lines.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace Atlas
