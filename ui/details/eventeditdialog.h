// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "datasetedit.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Atlas {

/*
 * Edits one existing event of a dataset: titles in Arabic and English, category, date
 * (precision, start, an optional end for a date known by its bounds, inferred and why), places
 * in order, and citations (source and verbatim quote). OK builds the EventEdit; a refused edit
 * keeps the dialog open with the loader's messages. Reads the dataset it is given; owns only its
 * widgets and the edited copy of the event.
 */
class EventEditDialog : public QDialog
{
    Q_OBJECT

public:
    EventEditDialog(const Dataset &dataset, const Event &event, Language language, QWidget *parent = nullptr);

    // Who edits and when: the preferences' name and the clock, passed in for tests.
    void setEditor(const QString &name) { m_editor = name; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The event as the fields now give it.
    Event editedEvent() const;
    // After OK: the edit (empty when nothing changed).
    const DatasetEdit &edit() const { return m_edit; }
    QString problems() const; // the messages of the last refused OK, for tests

    void accept() override;

private:
    void addPlace();
    void removePlace();
    void addCitation();
    void removeCitation();
    void showCitation(int row);
    void storeCitation();
    void updateDateFields();
    QString citationLabel(const Citation &citation) const;

    const Dataset &m_dataset;
    Event m_event;
    Language m_language;
    QString m_editor;
    std::function<QDateTime()> m_clock;
    DatasetEdit m_edit;
    QList<Citation> m_citations;
    int m_citationRow = -1;

    QLineEdit *m_titleAr;
    QLineEdit *m_titleEn;
    QComboBox *m_category;
    QComboBox *m_precision;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QCheckBox *m_inferred;
    QLineEdit *m_dateNote;
    QListWidget *m_places;
    QComboBox *m_placeChoice;
    QListWidget *m_citationList;
    QComboBox *m_citationSource;
    QPlainTextEdit *m_quote;
    QLabel *m_problems;
};

} // namespace Atlas
