// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basemaprenderer.h"

#include <QGeoCoordinate>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

namespace Atlas {

/*
 * The offline base map as a QML item under a transparent QtLocation Map: bind center and
 * zoomLevel to the Map's and it pans and zooms with it. Paints with BaseMapRenderer.
 */
class BaseMapLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit BaseMapLayer(QQuickItem *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    QString language() const { return m_language; }  // "ar" or "en"
    void setLanguage(const QString &language);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();
    void languageChanged();

private:
    QGeoCoordinate m_center{33.5, 40.0};
    double m_zoom = 5;
    QString m_language = QStringLiteral("en");
    BaseMapRenderer m_renderer;
    BaseMapImageCache m_cache{m_renderer};
};

} // namespace Atlas
