// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataseteditcommand.h"

#include "atlasdocument.h"

namespace Atlas {

DatasetEditCommand::DatasetEditCommand(AtlasDocument *document, DatasetEdit edit)
    : m_document(document)
    , m_edit(std::move(edit))
{
    setText(m_edit.description);
}

void DatasetEditCommand::redo()
{
    if (!m_hasInverse) {
        m_inverse = m_edit.inverse(m_document->dataset());
        m_hasInverse = true;
    }
    m_document->applyEdit(m_edit);
}

void DatasetEditCommand::undo()
{
    m_document->applyEdit(m_inverse);
}

} // namespace Atlas
