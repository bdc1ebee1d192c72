// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "atlasdocument.h"
#include "eventmodel.h"
#include "datefield.h"
#include "filtercriteria.h"
#include "flowlayout.h"
#include "collation.h"
#include "sourcemodel.h"
#include "placemodel.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// The earliest date the editors offer; shown as "any" and meaning no bound.
const QDate NoBound(2000, 1, 1);

QSet<QString> checkedIds(const QMenu *menu)
{
    QSet<QString> ids;
    for (const QAction *action : menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            ids.insert(action->data().toString());
    }
    return ids;
}

} // namespace

FilterBar::FilterBar(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_chipLayout(new FlowLayout)
    , m_categoryPicker(new QToolButton(this))
    , m_sourcePicker(new QToolButton(this))
    , m_placePicker(new QToolButton(this))
    , m_actorPicker(new QToolButton(this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_windowProblem(new QLabel(this))
    , m_windowMatch(new QComboBox(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(u"filterBar"_s);
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search titles, places and quotes (Arabic or English)"));
    m_search->setClearButtonEnabled(true);
    // Never squeezed to "Sea…" by the date fields in a 1024-pixel window.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 22);
    m_search->setAccessibleName(tr("Search"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        if (!m_updating)
            m_document->filter()->setQuery(m_search->text());
    });

    m_categoryPicker->setObjectName(u"categoryPicker"_s);
    m_categoryPicker->setPopupMode(QToolButton::InstantPopup);
    m_categoryPicker->setMenu(new QMenu(m_categoryPicker));
    m_categoryPicker->hide();
    connect(m_categoryPicker->menu(), &QMenu::triggered, this, [this] {
        if (!m_updating)
            m_document->filter()->setCategories(checkedIds(m_categoryPicker->menu()));
    });

    for (QToolButton *picker : {m_sourcePicker, m_placePicker, m_actorPicker}) {
        picker->setPopupMode(QToolButton::InstantPopup);
        picker->setMenu(new QMenu(picker));
        connect(picker->menu(), &QMenu::triggered, this, [this, picker] {
            if (m_updating)
                return;
            if (picker == m_sourcePicker)
                m_document->filter()->setSources(checkedIds(picker->menu()));
            else if (picker == m_actorPicker)
                m_document->filter()->setActors(checkedIds(picker->menu()));
            else
                m_document->filter()->setPlaces(checkedIds(picker->menu()));
        });
    }
    m_sourcePicker->setObjectName(u"sourcePicker"_s);
    m_placePicker->setObjectName(u"placePicker"_s);
    m_actorPicker->setObjectName(u"actorPicker"_s);

    for (DateField *edit : {m_from, m_to}) {
        edit->setMinimumDate(NoBound);
        edit->setMaximumDate(QDate(2100, 12, 31));
        edit->setSpecialValueText(tr("any"));
        edit->setDate(NoBound);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::applyTimeWindow);
    }
    m_from->setObjectName(u"fromDate"_s);
    m_to->setObjectName(u"toDate"_s);
    m_from->setAccessibleName(tr("Time window start"));
    m_to->setAccessibleName(tr("Time window end"));

    m_windowProblem->setObjectName(u"timeWindowProblem"_s);
    m_windowProblem->setWordWrap(true);
    QFont bold = m_windowProblem->font();
    bold.setBold(true);
    m_windowProblem->setFont(bold);
    m_windowProblem->hide();

    m_windowMatch->setObjectName(u"windowMatch"_s);
    m_windowMatch->addItem(tr("overlapping"), int(WindowMatch::Overlaps));
    m_windowMatch->addItem(tr("inside"), int(WindowMatch::Inside));
    m_windowMatch->setAccessibleName(tr("How dates meet the time window"));
    m_windowMatch->setToolTip(tr("Overlapping: every event with a day in the window (a date known only to the year "
                                 "counts in each of its months).\nInside: only events all of whose days are in the window."));
    connect(m_windowMatch, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_document->filter()->setWindowMatch(WindowMatch(m_windowMatch->currentData().toInt()));
    });

    m_clear->setObjectName(u"clearFilters"_s);
    m_clear->setText(tr("Clear all"));
    m_clear->setToolTip(tr("Remove every filter: search, categories, sources, places, actors, map view and time window"));
    connect(m_clear, &QToolButton::clicked, m_document->filter(), &FilterCriteria::clear);

    // Search and pickers on one line, the time window on the next: together they would not leave
    // the docks any room in a 1024-pixel window.
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_sourcePicker);
    top->addWidget(m_placePicker);
    top->addWidget(m_actorPicker);
    top->addWidget(m_clear);
    auto *window = new QHBoxLayout;
    window->addWidget(new QLabel(tr("From"), this));
    window->addWidget(m_from);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_to);
    window->addWidget(m_windowMatch);
    window->addWidget(m_categoryPicker);
    window->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addLayout(window);
    layout->addWidget(m_windowProblem);
    layout->addLayout(m_chipLayout);

    connect(document, &AtlasDocument::datasetChanged, this, &FilterBar::rebuildChoices);
    connect(document, &AtlasDocument::languageChanged, this, &FilterBar::retranslateChoices);
    connect(document, &AtlasDocument::languageChanged, this, &FilterBar::showFormatter);
    connect(document, &AtlasDocument::datasetChanged, this, &FilterBar::showFormatter);
    connect(document->filter(), &FilterCriteria::changed, this, &FilterBar::showCriteria);
    rebuildChoices();
    showFormatter();
}

void FilterBar::showFormatter()
{
    const auto [first, last] = m_document->eventModel()->columns().daySpan();
    const bool updating = std::exchange(m_updating, true);
    m_from->setFormatter(m_document->formatter());
    m_to->setFormatter(m_document->formatter());
    m_from->setOpeningDate(first);
    m_to->setOpeningDate(last);
    m_updating = updating;
    applyTimeWindow();
}

QString FilterBar::timeWindowProblem() const
{
    return m_windowProblem->isHidden() ? QString() : m_windowProblem->text();
}

void FilterBar::rebuildChoices()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    while (QLayoutItem *item = m_chipLayout->takeAt(0))
        delete item;

    const QStringList &categories = m_document->eventModel()->columns().categoryIds();
    for (const QString &category : Vocabulary::sortedCategories(categories)) {
        auto *chip = new QToolButton(this);
        chip->setCheckable(true);
        chip->setProperty("category", category);
        chip->setObjectName(u"chip-"_s + category);
        chip->setAutoRaise(true);
        connect(chip, &QToolButton::toggled, this, [this] {
            if (m_updating)
                return;
            QSet<QString> chosen;
            for (const QToolButton *c : std::as_const(m_chips)) {
                if (c->isChecked())
                    chosen.insert(c->property("category").toString());
            }
            m_document->filter()->setCategories(chosen);
        });
        m_chips << chip;
        m_chipLayout->addWidget(chip);
    }
    retranslateChoices();
}

void FilterBar::retranslateChoices()
{
    QMenu *categories = m_categoryPicker->menu();
    categories->clear();
    for (QToolButton *chip : std::as_const(m_chips)) {
        const QString category = chip->property("category").toString();
        chip->setText(Vocabulary::categoryName(category));
        QAction *action = categories->addAction(chip->text());
        action->setCheckable(true);
        action->setData(category);
    }

    const auto fill = [](QMenu *menu, const QAbstractItemModel *model, int idRole, int nameRole) {
        menu->clear();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            QAction *action = menu->addAction(index.data(nameRole).toString());
            action->setCheckable(true);
            action->setData(index.data(idRole));
        }
    };
    fill(m_sourcePicker->menu(), m_document->sourceModel(), SourceModel::IdRole, Qt::DisplayRole);
    fill(m_placePicker->menu(), m_document->placeModel(), PlaceModel::IdRole, PlaceModel::NameRole);
    fillActors(m_actorPicker->menu());
    showCriteria();
    fitCategories();
}

void FilterBar::fitCategories()
{
    constexpr int MostChipRows = 2;
    const QMargins margins = layout()->contentsMargins();
    const bool chips = m_chipLayout->rowsAt(width() - margins.left() - margins.right()) <= MostChipRows;
    for (QToolButton *chip : std::as_const(m_chips))
        chip->setVisible(chips);
    m_categoryPicker->setVisible(!chips && !m_chips.isEmpty());
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCategories();
}

void FilterBar::fillActors(QMenu *menu) const
{
    // The dataset's actors by name in the interface language's order; there is no actor model.
    const Language language = m_document->language();
    QList<const Actor *> actors;
    for (const Actor &actor : m_document->dataset().actors)
        actors.append(&actor);
    std::stable_sort(actors.begin(), actors.end(), [language](const Actor *a, const Actor *b) {
        return Collation::compare(language, a->name.text(language), b->name.text(language)) < 0;
    });
    menu->clear();
    for (const Actor *actor : std::as_const(actors)) {
        QAction *action = menu->addAction(actor->name.text(language));
        action->setCheckable(true);
        action->setData(actor->id);
    }
}

void FilterBar::showCriteria()
{
    const FilterState &criteria = m_document->filter()->state();
    m_updating = true;
    if (m_search->text() != criteria.query() && !m_searchDelay->isActive())
        m_search->setText(criteria.query());
    for (QToolButton *chip : std::as_const(m_chips))
        chip->setChecked(criteria.categories().contains(chip->property("category").toString()));
    const auto check = [this](QToolButton *picker, const QSet<QString> &ids, const QString &none, const QString &some) {
        for (QAction *action : picker->menu()->actions())
            action->setChecked(ids.contains(action->data().toString()));
        picker->setText(ids.isEmpty() ? none : some.arg(m_document->formatter().number(double(ids.size()))));
    };
    check(m_categoryPicker, criteria.categories(), tr("All categories"), tr("Categories: %1"));
    check(m_sourcePicker, criteria.sources(), tr("All sources"), tr("Sources: %1"));
    check(m_placePicker, criteria.places(), tr("All places"), tr("Places: %1"));
    check(m_actorPicker, criteria.actors(), tr("All actors"), tr("Actors: %1"));
    m_from->setDate(criteria.from().isValid() ? criteria.from() : NoBound);
    m_to->setDate(criteria.to().isValid() ? criteria.to() : NoBound);
    m_windowMatch->setCurrentIndex(m_windowMatch->findData(int(criteria.windowMatch())));
    m_windowMatch->setEnabled(criteria.hasTimeWindow());
    m_clear->setEnabled(!criteria.isEmpty());
    m_updating = false;
}

void FilterBar::applyTimeWindow()
{
    if (m_updating)
        return;
    const QDate from = m_from->date() == NoBound ? QDate() : m_from->date();
    const QDate to = m_to->date() == NoBound ? QDate() : m_to->date();
    if (from.isValid() && to.isValid() && from > to) {
        // Never applied, and said: the start would be after the end.
        const Formatter formatter = m_document->formatter();
        m_windowProblem->setText(tr("The time window starts on %1, after its end on %2: it is not applied. "
                                    "Change one of the dates.")
                                     .arg(formatter.isolate(formatter.date(from, DatePrecision::Day)),
                                          formatter.isolate(formatter.date(to, DatePrecision::Day))));
        m_windowProblem->show();
        for (DateField *edit : {m_from, m_to})
            edit->setToolTip(m_windowProblem->text());
        return;
    }
    m_windowProblem->hide();
    for (DateField *edit : {m_from, m_to})
        edit->setToolTip(QString());
    if (from == m_document->filter()->state().from() && to == m_document->filter()->state().to())
        return;
    m_document->filter()->setTimeWindow(from, to);
}

} // namespace Atlas
