// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace Atlas {

class AtlasDocument;
class DateField;
class FlowLayout;

/*
 * Edits the document's FilterCriteria: text search, category chips (a picker instead, when the
 * chips would take more than two rows: a 1024-pixel window in Arabic), source, place and actor
 * pickers, the time window, and "clear all". It also follows the criteria when others change them (the
 * timeline's brush), so it never holds a state of its own. Owns only its widgets.
 */
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(AtlasDocument *document, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    // Empty while the time window fields are fine; the visible message when they are not.
    QString timeWindowProblem() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildChoices();   // after a dataset change
    void showCriteria();     // criteria -> widgets
    void applyTimeWindow();  // date edits -> criteria
    void retranslateChoices();
    void fillActors(QMenu *menu) const;
    void showFormatter();    // date fields in the document's words, opening at the data's days
    void fitCategories();    // chips where they fit in two rows, else the categories picker

    AtlasDocument *m_document;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    FlowLayout *m_chipLayout;
    QList<QToolButton *> m_chips;
    QToolButton *m_categoryPicker; // the chips as a menu, when they would take over two rows
    QToolButton *m_sourcePicker;
    QToolButton *m_placePicker;
    QToolButton *m_actorPicker;
    DateField *m_from;
    DateField *m_to;
    QLabel *m_windowProblem; // an inverted time window, said rather than ignored
    QComboBox *m_windowMatch;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace Atlas
