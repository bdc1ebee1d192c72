// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

namespace Atlas {

/*
 * The map's scale bar as a QML item: paints a ScaleBar for the bound center and zoomLevel.
 */
class ScaleBarItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY viewChanged)

public:
    explicit ScaleBarItem(QQuickItem *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();

private:
    QGeoCoordinate m_center{33.5, 40.0};
    double m_zoom = 5;
    QString m_language = QStringLiteral("en");
};

} // namespace Atlas
