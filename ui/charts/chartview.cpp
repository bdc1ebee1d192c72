// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "chartscene.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QTimer>

namespace Atlas {

ChartView::ChartView(ChartScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_relayoutTimer(new QTimer(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    // Resizing rebuilds the charts; do it once the user has stopped dragging.
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(60);
    connect(m_relayoutTimer, &QTimer::timeout, this, &ChartView::relayout);
}

void ChartView::relayout()
{
    // Before the view is laid out its viewport is tiny; lay out for a readable page meanwhile.
    const QSize size = viewport()->size().expandedTo(minimumSize());
    m_scene->layoutPage(QSizeF(size));
    setSceneRect(m_scene->sceneRect());
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_relayoutTimer->start();
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    hover(event->position().toPoint(), event->globalPosition().toPoint());
}

void ChartView::hover(QPoint viewportPos, QPoint globalPos)
{
    const QPointF scenePos = mapToScene(viewportPos);
    const QString figureId = m_scene->figureAt(scenePos);
    viewport()->setCursor(figureId.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (figureId != m_hovered || !figureId.isEmpty()) {
        m_hovered = figureId;
        const QRect area = figureId.isEmpty() ? QRect() : mapFromScene(m_scene->targetRect(scenePos)).boundingRect();
        Q_EMIT figureHovered(figureId, globalPos, area);
    }
}

bool ChartView::viewportEvent(QEvent *event)
{
    // The scene answers Qt's tooltip event with its items' tooltips, and as none of them has one,
    // it would hide the figure's tooltip a moment after it appeared.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!m_scene->figureAt(mapToScene(help->pos())).isEmpty()) {
            hover(help->pos(), help->globalPos());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString figureId = m_scene->figureAt(mapToScene(event->position().toPoint()));
        if (!figureId.isEmpty()) {
            Q_EMIT figureClicked(figureId);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void ChartView::leaveEvent(QEvent *event)
{
    QGraphicsView::leaveEvent(event);
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        Q_EMIT figureHovered(QString(), QPoint(), QRect());
    }
}

} // namespace Atlas
