// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basemaprenderer.h"
#include "maplayer.h"

namespace Atlas {

/*
 * The base map's names (countries, seas, rivers) as a QML item above the place markers, so
 * that SYRIA or IRAQ is never hidden under a cluster; in its controller's language, each name
 * kept whole inside the view. MapPainter paints exports in the same order. Owns its renderer.
 */
class BaseMapLabelLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit BaseMapLabelLayer(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

protected:
    void contentUpdated() override;

private:
    BaseMapRenderer m_renderer;
    Language m_language = Language::English;
};

} // namespace Atlas
