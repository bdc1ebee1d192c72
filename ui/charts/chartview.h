// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QTimer;

namespace Atlas {

class ChartScene;

/*
 * Shows a ChartScene at the size of the view (the page is laid out again when the view is
 * resized, never scaled), and reports which figure the mouse is over or clicked. Qt's own
 * tooltip event over a figure is reported as hovering too, so the scene cannot hide the
 * figure's tooltip while the pointer rests on it. Does not own the scene.
 */
class ChartView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ChartView(ChartScene *scene, QWidget *parent = nullptr);

    void relayout(); // now, at the current viewport size

Q_SIGNALS:
    // Empty id: none. `area` is where the figure's mark or label is, in viewport coordinates.
    void figureHovered(const QString &figureId, const QPoint &globalPos, const QRect &area);
    void figureClicked(const QString &figureId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void hover(QPoint viewportPos, QPoint globalPos);

    ChartScene *m_scene;
    QTimer *m_relayoutTimer;
    QString m_hovered;
};

} // namespace Atlas
