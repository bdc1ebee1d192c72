// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetedit.h"

#include <QUndoCommand>

namespace Atlas {

class AtlasDocument;

/*
 * One DatasetEdit on the undo stack: redo applies it through AtlasDocument::applyEdit, undo
 * applies its inverse, worked out from the dataset as it was just before the first redo. Owns
 * the two edits; the document stays the one owner of the data.
 */
class DatasetEditCommand : public QUndoCommand
{
public:
    DatasetEditCommand(AtlasDocument *document, DatasetEdit edit);

    void redo() override;
    void undo() override;

private:
    AtlasDocument *m_document;
    DatasetEdit m_edit;
    DatasetEdit m_inverse;
    bool m_hasInverse = false;
};

} // namespace Atlas
