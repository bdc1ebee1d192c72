// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetedit.h"

#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace Atlas {

/*
 * The edit of one existing event, made in the details pane: the changed event replaces the
 * one with its id, stamped with who edited it and when (EditMark). Like every edit it is checked
 * by loading the changed dataset with DatasetLoader, so it is either valid or refused with the
 * loader's messages; the event in the edit is the one the loader read back, as a save and reopen
 * would give it. The clock and the editor's name are passed in. Stateless.
 */
class EventEdit
{
public:
    enum class Field { Titles = 0x1, Category = 0x2, Date = 0x4, Places = 0x8, Citations = 0x10, Other = 0x20 };
    Q_DECLARE_FLAGS(Fields, Field)

    // The fields in which `after` differs from `before` (its edit mark aside).
    static Fields changedFields(const Event &before, const Event &after);
    // The edit that replaces the event `changed.id` of `dataset` by `changed`. Empty when nothing
    // changed; empty with `errors` set when it is refused.
    static DatasetEdit build(const Dataset &dataset, const Event &changed, const QString &editor, const QDateTime &now,
                             QStringList *errors);
    // "titles, date": the changed fields in the UI language, for the Edit menu.
    static QString fieldNames(Fields fields);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(EventEdit::Fields)

} // namespace Atlas
