// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemaplabellayer.h"

#include "mapcontroller.h"

namespace Atlas {

BaseMapLabelLayer::BaseMapLabelLayer(QQuickItem *parent)
    : MapLayer(parent)
{
}

void BaseMapLabelLayer::contentUpdated()
{
    // Only the language changes the names; counts and notes are other layers'.
    const Language language = controller() ? controller()->formatter().language() : Language::English;
    if (language == m_language)
        return;
    m_language = language;
    m_renderer.setLanguage(language);
    update();
}

void BaseMapLabelLayer::paint(QPainter *painter)
{
    m_renderer.paintLabels(painter, viewport());
}

} // namespace Atlas
