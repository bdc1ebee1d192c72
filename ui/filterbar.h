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
 * Edits the document's FilterCriteria: text search, category chips, source and place pickers,
 * the time window, and "clear all". It also follows the criteria when others change them (the
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

private:
    void rebuildChoices();   // after a dataset change
    void showCriteria();     // criteria -> widgets
    void applyTimeWindow();  // date edits -> criteria
    void retranslateChoices();
    void fillActors(QMenu *menu) const;
    void showFormatter();    // date fields in the document's words, opening at the data's days

    AtlasDocument *m_document;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    FlowLayout *m_chipLayout;
    QList<QToolButton *> m_chips;
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
