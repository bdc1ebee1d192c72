// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscene.h"

#include "charthittargets.h"
#include "chartlegend.h"
#include "chartlabelplacer.h"
#include "chartpagelayout.h"
#include "chartpanelbuilder.h"
#include "chartstyle.h"
#include "charttext.h"

namespace Atlas {

struct ChartScene::Page
{
    QList<PanelChart> charts;
    QList<DrawnPanel> panels;
    ChartHitTargets targets;
};

ChartScene::ChartScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_page(std::make_unique<Page>())
{
    setBackgroundBrush(Qt::white);
}

ChartScene::~ChartScene() = default;

QFont ChartScene::chartFont(const Formatter &formatter, double pixelSize, bool bold)
{
    return ChartStyle::font(formatter, pixelSize, bold);
}

void ChartScene::setChartData(ChartData data)
{
    m_data = std::move(data);
    if (!m_pageSize.isEmpty())
        layoutPage(m_pageSize);
}

void ChartScene::layoutPage(QSizeF size)
{
    m_page = std::make_unique<Page>(); // before clear(): the old selection frame goes with the items
    clear();
    m_pageSize = size;
    setSceneRect(QRectF(QPointF(0, 0), size));
    const double scale = ChartStyle::scale(size);

    const QList<QRectF> panelRects = ChartPageLayout(m_data, size).addTo(this);
    const ChartPanelBuilder builder(m_data, scale);
    for (int i = 0; i < panelRects.size(); ++i)
        m_page->charts.append(builder.addTo(this, m_data.panels.at(i), panelRects.at(i)));

    // Labels go on once every chart is laid out, where the marks and lines really are.
    const ChartLabelPlacer placer(m_data, scale);
    for (const PanelChart &panelChart : std::as_const(m_page->charts)) {
        // Event charts' bars stand for no figure and carry no label: their axis tells the count.
        QList<FigureMark> marks;
        for (const FigureMark &mark : builder.finish(panelChart)) {
            if (mark.item->figureId.isEmpty())
                continue;
            marks.append(mark);
            for (const QRectF &rect : mark.hitRects)
                m_page->targets.add(rect, mark.item->figureId);
        }
        LabelObstacles obstacles;
        for (const DrawnSeries &series : ChartPanelBuilder::drawnSeries(panelChart)) {
            obstacles.lines.append(series.segments);
            obstacles.areas.append(series.areas);
        }
        const QList<QRectF> labels = placer.addTo(this, panelChart.panel->kind, marks,
                                                  ChartPanelBuilder::plotRect(panelChart), obstacles);
        DrawnPanel drawn;
        drawn.kind = ChartPanelBuilder::kindName(panelChart.panel->kind);
        drawn.rect = panelChart.rect;
        drawn.plot = ChartPanelBuilder::plotRect(panelChart);
        drawn.axes = panelChart.axes;
        for (int i = 0; i < marks.size(); ++i) {
            m_page->targets.add(labels.at(i), marks.at(i).item->figureId);
            drawn.valueLabels.insert(marks.at(i).item->figureId, labels.at(i));
        }
        m_page->panels.append(drawn);
    }
    m_page->targets.showSelection(this, m_selectedFigure, scale);
}

QString ChartScene::figureAt(QPointF scenePos) const
{
    return m_page->targets.figureAt(scenePos);
}

QRectF ChartScene::targetRect(QPointF scenePos) const
{
    return m_page->targets.targetRect(scenePos);
}

QRectF ChartScene::figureRect(const QString &figureId) const
{
    return m_page->targets.figureRect(figureId);
}

QPointF ChartScene::figurePoint(const QString &figureId) const
{
    return m_page->targets.figurePoint(figureId);
}

void ChartScene::setSelectedFigure(const QString &figureId)
{
    if (m_selectedFigure == figureId)
        return;
    m_selectedFigure = figureId;
    m_page->targets.showSelection(this, m_selectedFigure, ChartStyle::scale(m_pageSize));
}

QList<ChartScene::DrawnSeries> ChartScene::drawnSeries() const
{
    QList<DrawnSeries> result;
    for (const PanelChart &panelChart : m_page->charts)
        result.append(ChartPanelBuilder::drawnSeries(panelChart));
    return result;
}

QList<ChartScene::DrawnPanel> ChartScene::drawnPanels() const
{
    return m_page->panels;
}

QList<QColor> ChartScene::legendColors() const
{
    return ChartLegend(m_data, ChartStyle::scale(m_pageSize)).colors();
}

namespace {

// Our texts in the order they were added (labels, stacked above the rest, come last anyway).
QList<const ChartText *> chartTexts(const QGraphicsScene &scene)
{
    QList<const ChartText *> result;
    const QList<QGraphicsItem *> all = scene.items(Qt::AscendingOrder);
    for (const QGraphicsItem *item : all) {
        if (const auto *text = qgraphicsitem_cast<const ChartText *>(item))
            result.append(text);
    }
    return result;
}

} // namespace

QStringList ChartScene::texts() const
{
    QStringList result;
    for (const ChartText *text : chartTexts(*this))
        result.append(text->text());
    return result;
}

QRectF ChartScene::textBounds(const QString &text) const
{
    for (const ChartText *item : chartTexts(*this)) {
        if (item->text() == text)
            return item->mapRectToScene(item->textRect());
    }
    return {};
}

} // namespace Atlas
