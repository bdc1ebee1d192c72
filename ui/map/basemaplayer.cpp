// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemaplayer.h"

#include "mapcontroller.h"

#include <QQuickWindow>

namespace Atlas {

BaseMapLayer::BaseMapLayer(QQuickItem *parent)
    : MapLayer(parent)
{
    setOpaquePainting(true);
    m_renderer.setLabelsVisible(false);
}

void BaseMapLayer::contentUpdated()
{
    // Only the language changes what the base map draws; counts and notes are other layers'.
    const Language language = controller() ? controller()->formatter().language() : Language::English;
    if (language == m_language)
        return;
    m_language = language;
    m_renderer.setLanguage(language);
    m_cache.invalidate();
    update();
}

void BaseMapLayer::paint(QPainter *painter)
{
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    m_cache.paint(painter, viewport(), ratio);
}

} // namespace Atlas
