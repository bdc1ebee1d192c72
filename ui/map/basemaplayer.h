// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basemaprenderer.h"
#include "maplayer.h"

namespace Atlas {

/*
 * The offline base map as a QML item under a transparent QtLocation Map: pans and zooms with
 * the Map. Paints land, water and borders with BaseMapRenderer through an image cache (owns
 * both); the names go above the markers, in BaseMapLabelLayer.
 */
class BaseMapLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit BaseMapLayer(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

protected:
    void contentUpdated() override;

private:
    BaseMapRenderer m_renderer;
    BaseMapImageCache m_cache{m_renderer};
    Language m_language = Language::English;
};

} // namespace Atlas
