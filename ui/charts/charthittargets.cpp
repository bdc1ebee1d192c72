// SPDX-License-Identifier: GPL-3.0-or-later
#include "charthittargets.h"

#include "chartstyle.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QPen>

namespace Atlas {

void ChartHitTargets::add(const QRectF &rect, const QString &figureId)
{
    m_targets.append({ rect, figureId });
}

const ChartHitTargets::Target *ChartHitTargets::targetAt(QPointF scenePos) const
{
    const Target *best = nullptr;
    double bestArea = 0;
    for (const Target &target : m_targets) {
        if (!target.rect.contains(scenePos))
            continue;
        const double area = target.rect.width() * target.rect.height();
        if (!best || area < bestArea) {
            best = &target;
            bestArea = area;
        }
    }
    return best;
}

QString ChartHitTargets::figureAt(QPointF scenePos) const
{
    const Target *target = targetAt(scenePos);
    return target ? target->figureId : QString();
}

QRectF ChartHitTargets::targetRect(QPointF scenePos) const
{
    const Target *target = targetAt(scenePos);
    return target ? target->rect : QRectF();
}

QPointF ChartHitTargets::figurePoint(const QString &figureId) const
{
    for (const Target &target : m_targets) {
        if (target.figureId != figureId)
            continue;
        const QRectF r = target.rect;
        for (const QPointF &p : { r.center(), QPointF(r.center().x(), r.top() + 2), QPointF(r.left() + 2, r.top() + 2),
                                  QPointF(r.right() - 2, r.top() + 2) }) {
            if (figureAt(p) == figureId)
                return p;
        }
    }
    return QPointF(-1, -1);
}

QRectF ChartHitTargets::figureRect(const QString &figureId) const
{
    for (const Target &target : m_targets) {
        if (target.figureId == figureId)
            return target.rect;
    }
    return {};
}

void ChartHitTargets::showSelection(QGraphicsScene *scene, const QString &figureId, double scale)
{
    delete m_selectionFrame; // leaves the scene as it goes
    m_selectionFrame = nullptr;
    const QRectF rect = figureRect(figureId);
    if (rect.isEmpty())
        return;
    const double s = scale;
    auto *frame = new QGraphicsRectItem(rect.adjusted(-3 * s, -3 * s, 3 * s, 3 * s));
    frame->setPen(QPen(ChartStyle::textColor(), 2 * s, Qt::DotLine));
    frame->setBrush(Qt::NoBrush);
    frame->setZValue(10);
    scene->addItem(frame);
    m_selectionFrame = frame;
}

} // namespace Atlas
