// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspanel.h"

#include "atlasdocument.h"
#include "chartcatalog.h"
#include "chartdatabuilder.h"
#include "chartexport.h"
#include "chartscene.h"
#include "chartview.h"
#include "eventfiltermodel.h"
#include "figurefiltermodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Atlas {

ChartsPanel::ChartsPanel(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabBar(this))
    , m_copyButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_scene(new ChartScene(this))
    , m_view(new ChartView(m_scene, this))
    , m_rebuildTimer(new QTimer(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    for (const QString &name : ChartCatalog::names()) {
        const int index = m_tabs->addTab(ChartCatalog::title(name));
        m_tabs->setTabData(index, name);
    }
    m_copyButton->setAutoRaise(true);
    m_exportButton->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_tabs, 1);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    retranslate();

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ChartsPanel::rebuildNow);

    connect(m_tabs, &QTabBar::currentChanged, this, [this]() {
        rebuildNow();
        Q_EMIT currentChartChanged(currentChartName());
    });
    connect(m_copyButton, &QToolButton::clicked, this, [this]() {
        const QSize size = m_view->viewport()->size().expandedTo(QSize(ChartExport::MinimumSide, ChartExport::MinimumSide));
        copyChartToClipboard(*m_document, currentChartName(), size, 192);
    });
    connect(m_exportButton, &QToolButton::clicked, this, [this]() { Q_EMIT exportRequested(currentChartName()); });
    connect(m_view, &ChartView::figureHovered, this, &ChartsPanel::showToolTip);
    connect(m_view, &ChartView::figureClicked, this, &ChartsPanel::selectFigure);

    connect(m_document, &AtlasDocument::datasetChanged, this, &ChartsPanel::scheduleRebuild);
    connect(m_document, &AtlasDocument::languageChanged, this, &ChartsPanel::scheduleRebuild);
    QAbstractItemModel *figures = m_document->figureFilterModel();
    connect(figures, &QAbstractItemModel::modelReset, this, &ChartsPanel::scheduleRebuild);
    connect(figures, &QAbstractItemModel::layoutChanged, this, &ChartsPanel::scheduleRebuild);
    connect(figures, &QAbstractItemModel::rowsInserted, this, &ChartsPanel::scheduleRebuild);
    connect(figures, &QAbstractItemModel::rowsRemoved, this, &ChartsPanel::scheduleRebuild);
    connect(figures, &QAbstractItemModel::dataChanged, this, &ChartsPanel::scheduleRebuild);
    // The event charts follow the filtered events, which change apart from the figures.
    QAbstractItemModel *events = m_document->eventFilterModel();
    connect(events, &QAbstractItemModel::modelReset, this, &ChartsPanel::scheduleEventRebuild);
    connect(events, &QAbstractItemModel::layoutChanged, this, &ChartsPanel::scheduleEventRebuild);
    connect(m_document->figureSelection(), &QItemSelectionModel::currentChanged, this, [this]() {
        m_scene->setSelectedFigure(m_document->currentFigureId());
    });
    rebuildNow();
}

ChartsPanel::~ChartsPanel() = default;

QString ChartsPanel::currentChartName() const
{
    return m_tabs->tabData(m_tabs->currentIndex()).toString();
}

void ChartsPanel::showChart(const QString &name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabData(i).toString() == name)
            m_tabs->setCurrentIndex(i);
    }
}

void ChartsPanel::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void ChartsPanel::scheduleEventRebuild()
{
    const auto definition = ChartCatalog::definition(currentChartName());
    if (definition && definition->events)
        scheduleRebuild();
}

void ChartsPanel::rebuildNow()
{
    m_rebuildTimer->stop();
    const bool rtl = m_document->language() == Language::Arabic;
    m_scene->setChartData(ChartDataBuilder(ChartContext::fromDocument(*m_document, rtl)).build(currentChartName()));
    m_scene->setSelectedFigure(m_document->currentFigureId());
    m_view->relayout();
}

void ChartsPanel::selectFigure(const QString &figureId)
{
    const Figure *figure = m_document->dataset().figure(figureId);
    m_document->selectEvent(figure ? figure->eventId : QString()); // clears the selection without one
    if (m_document->currentFigureId() == figureId)
        m_document->figureSelection()->clearCurrentIndex(); // so that it changes last, again
    m_document->selectFigure(figureId);
}

void ChartsPanel::showToolTip(const QString &figureId, const QPoint &globalPos, const QRect &area)
{
    if (figureId.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const ChartItem *item = m_scene->chartData().item(figureId);
    if (!item)
        return;
    QString html = u"<p><b>%1</b><br>%2</p>"_s.arg(item->valueText.toHtmlEscaped(), item->dateText.toHtmlEscaped());
    if (const Figure *figure = m_document->dataset().figure(figureId); figure && !figure->citations.isEmpty()) {
        html += u"<p dir=\"rtl\" align=\"right\" style=\"font-family: 'Noto Naskh Arabic';\">«%1»</p>"_s
                    .arg(figure->citations.first().quote.toHtmlEscaped());
    }
    // Shown until the pointer leaves the figure's mark or label (QToolTip hides it then), not
    // for a time that depends on the length of the text.
    constexpr int untilThePointerLeaves = std::numeric_limits<int>::max();
    QToolTip::showText(globalPos, html, m_view->viewport(), area, untilThePointerLeaves);
}

void ChartsPanel::retranslate()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString name = m_tabs->tabData(i).toString();
        m_tabs->setTabText(i, ChartCatalog::title(name));
        m_tabs->setTabToolTip(i, ChartCatalog::description(name));
    }
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the chart to the clipboard as an image and as SVG"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Export the chart as SVG, PNG or PDF"));
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRebuild();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        scheduleRebuild();
    }
}

} // namespace Atlas
