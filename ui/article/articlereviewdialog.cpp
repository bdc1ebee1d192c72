// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereviewdialog.h"

#include "articledecoder.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// Highlight colours of the article, by kind; also the legend's.
const QColor DateColour(0xfd, 0xe6, 0x8a);
const QColor NumberColour(0xbf, 0xdb, 0xfe);
const QColor PlaceColour(0xbb, 0xf7, 0xd0);
const QColor SentenceColour(0xf9, 0xa8, 0xd4);

QString readingOf(const Article::NumberCandidate &n)
{
    QString value = n.value ? QString::number(*n.value, 'g', 12)
                            : QString::number(n.min.value_or(0), 'g', 12) + u"–"_s + QString::number(n.max.value_or(0), 'g', 12);
    QStringList parts {value};
    if (!n.qualifier.isEmpty())
        parts.append(n.qualifier);
    if (!n.unit.isEmpty())
        parts.append(n.unit);
    return parts.join(u' ');
}

QString readingOf(const Article::DateCandidate &d)
{
    if (d.unresolved)
        return ArticleReviewDialog::tr("date unresolved");
    if (d.earliest == d.latest)
        return d.earliest.toString(Qt::ISODate);
    return d.earliest.toString(Qt::ISODate) + u" – "_s + d.latest.toString(Qt::ISODate);
}

// The metric a unit suggests (docs/dataset.md metrics).
QString metricFor(const QString &unit)
{
    static const QHash<QString, QString> metrics {{u"troops"_s, u"troops"_s}, {u"airstrikes"_s, u"airstrikes"_s},
                                                  {u"attacks"_s, u"attacks"_s}, {u"fighters"_s, u"fighters"_s},
                                                  {u"usd"_s, u"money_usd"_s}, {u"members"_s, u"coalition_members"_s}};
    return metrics.value(unit);
}

// Position in a QTextDocument of a UTF-16 index of the text: CR LF is one paragraph break there.
int documentPosition(const QString &text, qsizetype index)
{
    int crlf = 0;
    for (qsizetype i = 0; i + 1 < index && i + 1 < text.size(); ++i)
        if (text.at(i) == u'\r' && text.at(i + 1) == u'\n')
            ++crlf;
    return int(index) - crlf;
}

} // namespace

ArticleReviewDialog::ArticleReviewDialog(const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_gazetteer(Article::Gazetteer::load(Article::Gazetteer::bundledPath()))
{
    setWindowTitle(tr("Add Article"));
    setObjectName(u"articleReviewDialog"_s);

    m_outlet = new QLineEdit;
    m_outlet->setObjectName(u"outletField"_s);
    m_outlet->setPlaceholderText(tr("Not named in the article"));
    m_titleAr = new QLineEdit;
    m_titleAr->setObjectName(u"titleArField"_s);
    m_titleAr->setLayoutDirection(Qt::RightToLeft);
    m_titleEn = new QLineEdit;
    m_titleEn->setObjectName(u"titleEnField"_s);
    m_published = new QDateEdit(QDate::currentDate());
    m_published->setObjectName(u"publishedField"_s);
    m_published->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_published->setCalendarPopup(true);
    m_dateUnknown = new QCheckBox(tr("Date unknown"));
    m_dateUnknown->setObjectName(u"dateUnknownBox"_s);
    connect(m_dateUnknown, &QCheckBox::toggled, m_published, &QWidget::setDisabled);
    auto *openButton = new QPushButton(tr("Open File…"));
    openButton->setObjectName(u"openArticleButton"_s);
    connect(openButton, &QPushButton::clicked, this, &ArticleReviewDialog::chooseFile);
    auto *readButton = new QPushButton(tr("Read"));
    readButton->setObjectName(u"readButton"_s);
    connect(readButton, &QPushButton::clicked, this, &ArticleReviewDialog::read);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_published);
    dateRow->addWidget(m_dateUnknown);
    dateRow->addStretch();
    dateRow->addWidget(openButton);
    dateRow->addWidget(readButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Outlet:"), m_outlet);
    form->addRow(tr("Title (Arabic):"), m_titleAr);
    form->addRow(tr("Title (English):"), m_titleEn);
    form->addRow(tr("Published:"), dateRow);

    m_article = new QPlainTextEdit;
    m_article->setObjectName(u"articleText"_s);
    m_article->setPlaceholderText(tr("Paste the article here, or open a file."));
    m_article->setLayoutDirection(Qt::RightToLeft); // Arabic data is always right to left

    m_candidates = new QTreeWidget;
    m_candidates->setObjectName(u"candidateList"_s);
    m_candidates->setHeaderLabels({tr("Kind"), tr("Text"), tr("Reading"), tr("Decision")});
    m_candidates->setRootIsDecorated(false);
    m_candidates->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_candidates->header()->setStretchLastSection(false);
    m_candidates->setColumnWidth(0, 70);
    m_candidates->setColumnWidth(2, 190);
    m_candidates->setColumnWidth(3, 90);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *, QTreeWidgetItem *previous) {
        Q_UNUSED(previous);
        if (!m_loading)
            showCandidate();
    });

    m_category = new QComboBox;
    m_category->setObjectName(u"categoryBox"_s);
    for (QStringView id : Vocabulary::EventCategories)
        m_category->addItem(Vocabulary::categoryName(id.toString()), id.toString());
    m_itemTitleAr = new QLineEdit;
    m_itemTitleAr->setObjectName(u"itemTitleArField"_s);
    m_itemTitleAr->setLayoutDirection(Qt::RightToLeft);
    m_itemTitleEn = new QLineEdit;
    m_itemTitleEn->setObjectName(u"itemTitleEnField"_s);
    m_metric = new QLineEdit;
    m_metric->setObjectName(u"metricField"_s);
    m_place = new QComboBox;
    m_place->setObjectName(u"placeBox"_s);
    m_actor = new QComboBox;
    m_actor->setObjectName(u"actorBox"_s);
    for (const Actor &actor : m_dataset.actors)
        m_actor->addItem(actor.name.text(Language::English) + u" / "_s + actor.name.ar, actor.id);
    m_acceptButton = new QPushButton(tr("Accept"));
    m_acceptButton->setObjectName(u"acceptCandidateButton"_s);
    m_rejectButton = new QPushButton(tr("Reject"));
    m_rejectButton->setObjectName(u"rejectCandidateButton"_s);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_candidates->currentItem())
            setDecision(m_candidates->indexOfTopLevelItem(item), true);
    });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_candidates->currentItem())
            setDecision(m_candidates->indexOfTopLevelItem(item), false);
    });
    auto *editor = new QGroupBox(tr("Candidate"));
    auto *editorForm = new QFormLayout(editor);
    editorForm->addRow(tr("Category:"), m_category);
    editorForm->addRow(tr("Title (Arabic):"), m_itemTitleAr);
    editorForm->addRow(tr("Title (English):"), m_itemTitleEn);
    editorForm->addRow(tr("Metric:"), m_metric);
    editorForm->addRow(tr("Place:"), m_place);
    editorForm->addRow(tr("Actor:"), m_actor);
    auto *decide = new QHBoxLayout;
    decide->addStretch();
    decide->addWidget(m_rejectButton);
    decide->addWidget(m_acceptButton);
    editorForm->addRow(decide);

    auto *legend = new QLabel(u"<span style='background:%1'>&nbsp;%2&nbsp;</span> <span style='background:%3'>&nbsp;%4&nbsp;</span> "
                              u"<span style='background:%5'>&nbsp;%6&nbsp;</span>"_s.arg(DateColour.name(), tr("date"), NumberColour.name(),
                                                                                        tr("number"), PlaceColour.name(), tr("place")));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_candidates, 1);
    rightLayout->addWidget(editor);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_article, 1);
    leftLayout->addWidget(legend);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 460});

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *add = buttons->addButton(tr("Add to Project"), QDialogButtonBox::AcceptRole);
    add->setObjectName(u"addToProjectButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticleReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 720);
    showCandidate();
}

void ArticleReviewDialog::setArticle(const QString &text, const QString &fileName)
{
    m_fileName = fileName;
    m_article->setPlainText(text);
    m_article->setReadOnly(false);
    m_extraction.reset();
    m_candidates->clear();
    m_rows.clear();
    m_accepted.clear();
}

bool ArticleReviewDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot open the article"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(Article::ArticleDecoder::MaximumBytes + 1);
    Article::ArticleDecoder::Result result = Article::ArticleDecoder::decode(bytes, path);
    if (result.problem == Article::ArticleDecoder::Problem::NotUtf8 && !result.detectedEncoding.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Not UTF-8"),
                                                  tr("%1 is not UTF-8 text; it looks like %2. Open it as %2?")
                                                      .arg(QFileInfo(path).fileName(), result.detectedEncoding));
        if (answer != QMessageBox::Yes)
            return false;
        result = Article::ArticleDecoder::decode(bytes, path, result.detectedEncoding);
    }
    if (result.problem != Article::ArticleDecoder::Problem::None) {
        QMessageBox::warning(this, tr("Cannot open the article"), result.message);
        return false;
    }
    setArticle(result.text, QFileInfo(path).fileName());
    return true;
}

void ArticleReviewDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), QString(), tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty() && openFile(path))
        read();
}

void ArticleReviewDialog::read()
{
    const QString text = m_article->toPlainText();
    QString original = text;
    if (m_extraction && m_extraction->text.size() >= text.size())
        original = m_extraction->text; // keep the file's own line breaks once read
    if (m_fileName.isEmpty())
        m_fileName = u"article-%1.txt"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const Article::ArticleExtractor extractor(Article::PlaceMatcher(m_dataset.places, m_gazetteer));
    const QDate published = m_dateUnknown->isChecked() ? QDate() : m_published->date();
    m_extraction = extractor.extract(original, published);

    m_loading = true;
    m_candidates->clear();
    m_rows.clear();
    m_accepted.clear();
    const QString defaultActor = m_dataset.actor(u"coalition"_s) ? u"coalition"_s
                               : (m_dataset.actors.isEmpty() ? QString() : m_dataset.actors.constFirst().id);
    for (int i = 0; i < m_extraction->events.size(); ++i) {
        const Article::EventCandidate &e = m_extraction->events.at(i);
        QStringList placeNames;
        for (const QString &id : e.placeIds) {
            const auto it = std::find_if(m_extraction->places.cbegin(), m_extraction->places.cend(),
                                         [&](const Article::PlaceCandidate &p) { return p.placeId == id; });
            if (it != m_extraction->places.cend())
                placeNames.append(it->nameEn);
        }
        auto *item = new QTreeWidgetItem(m_candidates, {tr("event"), u"\u2067"_s + m_extraction->spanText(e.span).left(120) + u"\u2069"_s,
                                                        readingOf(e.date) + (placeNames.isEmpty() ? QString() : u"; "_s + placeNames.join(u", "_s)),
                                                        tr("undecided")});
        item->setTextAlignment(1, Qt::AlignRight);
        Article::ArticleReview::Decision d;
        d.kind = Article::ArticleReview::Decision::Kind::Event;
        d.index = i;
        d.category = e.category.isEmpty() ? u"report"_s : e.category;
        d.titleAr = m_extraction->spanText(e.span).left(80);
        d.actorId = defaultActor;
        m_rows.append(d);
        m_accepted.append(-1);
    }
    for (int i = 0; i < m_extraction->numbers.size(); ++i) {
        const Article::NumberCandidate &n = m_extraction->numbers.at(i);
        auto *item = new QTreeWidgetItem(m_candidates, {tr("number"), u"\u2067"_s + m_extraction->spanText(n.span) + u"\u2069"_s,
                                                        readingOf(n), tr("undecided")});
        item->setTextAlignment(1, Qt::AlignRight);
        Article::ArticleReview::Decision d;
        d.kind = Article::ArticleReview::Decision::Kind::Number;
        d.index = i;
        d.titleAr = m_extraction->sentenceText(n.sentence).left(80);
        d.metric = metricFor(n.unit);
        d.actorId = defaultActor;
        m_rows.append(d);
        m_accepted.append(-1);
    }
    m_place->clear();
    m_place->addItem(tr("As proposed"), QString());
    for (const Place &place : m_dataset.places)
        m_place->addItem(place.name.en + u" / "_s + place.name.ar, place.id);
    QStringList seen;
    for (const Article::PlaceCandidate &p : m_extraction->places) {
        if (p.fromProject || seen.contains(p.placeId))
            continue;
        seen.append(p.placeId);
        m_place->addItem(tr("%1 (GeoNames)").arg(p.nameEn + u" / "_s + p.nameAr), p.placeId);
    }
    m_loading = false;
    m_article->setReadOnly(true);
    m_status->setText(tr("%1 sentences: %2 dates, %3 numbers, %4 places, %5 candidate events.")
                          .arg(m_extraction->sentences.size())
                          .arg(m_extraction->dates.size())
                          .arg(m_extraction->numbers.size())
                          .arg(m_extraction->places.size())
                          .arg(m_extraction->events.size()));
    if (m_candidates->topLevelItemCount() > 0)
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
    highlight();
}

void ArticleReviewDialog::highlight()
{
    if (!m_extraction)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    auto add = [&](const Article::TextSpan &span, const QColor &colour, bool underline) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_article->document());
        selection.cursor.setPosition(documentPosition(m_extraction->text, span.start));
        selection.cursor.setPosition(documentPosition(m_extraction->text, span.end), QTextCursor::KeepAnchor);
        if (underline) {
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(colour.darker(150));
        } else {
            selection.format.setBackground(colour);
        }
        selections.append(selection);
    };
    for (const Article::DateCandidate &d : m_extraction->dates)
        add(d.span, DateColour, false);
    for (const Article::NumberCandidate &n : m_extraction->numbers)
        add(n.span, NumberColour, false);
    for (const Article::PlaceCandidate &p : m_extraction->places)
        add(p.span, PlaceColour, false);
    if (QTreeWidgetItem *item = m_candidates->currentItem()) {
        const int row = m_candidates->indexOfTopLevelItem(item);
        const Article::ArticleReview::Decision &d = m_rows.at(row);
        const int sentence = d.kind == Article::ArticleReview::Decision::Kind::Event ? m_extraction->events.at(d.index).sentence
                                                                                      : m_extraction->numbers.at(d.index).sentence;
        if (sentence >= 0) {
            add(m_extraction->sentences.at(sentence).span, SentenceColour, true);
            QTextCursor cursor(m_article->document());
            cursor.setPosition(documentPosition(m_extraction->text, m_extraction->sentences.at(sentence).span.start));
            m_article->setTextCursor(cursor);
            m_article->ensureCursorVisible();
        }
    }
    m_article->setExtraSelections(selections);
}

void ArticleReviewDialog::showCandidate()
{
    QTreeWidgetItem *item = m_candidates->currentItem();
    const bool has = item && !m_rows.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *> {m_category, m_itemTitleAr, m_itemTitleEn, m_metric, m_place, m_actor,
                                                       m_acceptButton, m_rejectButton})
        w->setEnabled(has);
    if (!has)
        return;
    const Article::ArticleReview::Decision &d = m_rows.at(m_candidates->indexOfTopLevelItem(item));
    const bool event = d.kind == Article::ArticleReview::Decision::Kind::Event;
    m_category->setEnabled(event);
    m_place->setEnabled(event);
    m_metric->setEnabled(!event);
    m_category->setCurrentIndex(qMax(0, m_category->findData(d.category)));
    m_itemTitleAr->setText(d.titleAr);
    m_itemTitleEn->setText(d.titleEn);
    m_metric->setText(d.metric);
    m_place->setCurrentIndex(qMax(0, m_place->findData(d.placeId)));
    m_actor->setCurrentIndex(qMax(0, m_actor->findData(d.actorId)));
    highlight();
}


void ArticleReviewDialog::setDecision(int row, bool accepted)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Article::ArticleReview::Decision &d = m_rows[row];
    d.category = m_category->currentData().toString();
    d.titleAr = m_itemTitleAr->text();
    d.titleEn = m_itemTitleEn->text();
    d.metric = m_metric->text();
    d.placeId = m_place->currentData().toString();
    d.actorId = m_actor->currentData().toString();
    m_accepted[row] = accepted ? 1 : 0;
    m_candidates->topLevelItem(row)->setText(3, accepted ? tr("accepted") : tr("rejected"));
    if (row + 1 < m_candidates->topLevelItemCount())
        m_candidates->setCurrentItem(m_candidates->topLevelItem(row + 1));
}

QList<Article::ArticleReview::Decision> ArticleReviewDialog::decisions() const
{
    QList<Article::ArticleReview::Decision> accepted;
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_accepted.at(row) == 1)
            accepted.append(m_rows.at(row));
    return accepted;
}

void ArticleReviewDialog::accept()
{
    if (!m_extraction) {
        m_status->setText(tr("Read the article first."));
        return;
    }
    const Article::ArticleReview::SourceInfo info {m_fileName, m_outlet->text(), m_titleAr->text(), m_titleEn->text(),
                                                   m_dateUnknown->isChecked()};
    QStringList errors;
    const DatasetEdit edit = Article::ArticleReview::build(m_dataset, *m_extraction, info, decisions(), &errors);
    if (!errors.isEmpty()) {
        m_status->setText(tr("Not added: %1").arg(errors.mid(0, 5).join(u"; "_s)));
        return;
    }
    m_edit = edit;
    QDialog::accept();
}

} // namespace Atlas
