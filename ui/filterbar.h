// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace Atlas {

class AtlasDocument;
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

private:
    void rebuildChoices();   // after a dataset change
    void showCriteria();     // criteria -> widgets
    void applyTimeWindow();  // date edits -> criteria
    void retranslateChoices();
    void fillActors(QMenu *menu) const;

    AtlasDocument *m_document;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    FlowLayout *m_chipLayout;
    QList<QToolButton *> m_chips;
    QToolButton *m_sourcePicker;
    QToolButton *m_placePicker;
    QToolButton *m_actorPicker;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_windowMatch;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace Atlas
