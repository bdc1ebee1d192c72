// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QGraphicsItem;
class QGraphicsScene;

namespace Atlas {

/*
 * Where the figures of a chart page can be pointed at, in scene coordinates: a figure's first
 * rect is its mark (point, whisker or bar), later ones its label. Under a point, the smallest
 * rect wins, so a dot in front of a wide bar stays reachable. Also keeps the dotted frame around
 * the selected figure's mark. Owns the rects; the frame item belongs to the scene.
 */
class ChartHitTargets
{
public:
    void add(const QRectF &rect, const QString &figureId);

    QString figureAt(QPointF scenePos) const;
    QRectF targetRect(QPointF scenePos) const;          // the rect figureAt() found the figure in, or empty
    QRectF figureRect(const QString &figureId) const;   // the mark's rect, or empty
    QPointF figurePoint(const QString &figureId) const; // where figureAt() finds it; (-1, -1) if nowhere

    // Frames the figure's mark (none for an empty id or a figure not drawn), replacing the frame
    // shown before.
    void showSelection(QGraphicsScene *scene, const QString &figureId, double scale);

private:
    struct Target
    {
        QRectF rect;
        QString figureId;
    };

    const Target *targetAt(QPointF scenePos) const;

    QList<Target> m_targets;
    QGraphicsItem *m_selectionFrame = nullptr;
};

} // namespace Atlas
