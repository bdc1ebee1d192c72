// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabBar;
class QTimer;
class QToolButton;

namespace Atlas {

class AtlasDocument;
class ChartScene;
class ChartView;

/*
 * The charts pane: a tab per catalogue chart and the chart itself. Follows the document: the
 * filtered figures (time window and other criteria), the UI language and direction, and the
 * figure selection (marked on the chart). Hovering a figure shows its exact wording and Arabic
 * quote, for as long as the pointer stays on the figure. Clicking a figure selects it in the
 * document, and with it the event it was reported in (or no event when it has none), so no view
 * goes on showing an unrelated event; the figure is selected last, so the details pane shows
 * the figure. Owns its widgets and the scene; the data stays in the document.
 */
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(AtlasDocument *document, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    QString currentChartName() const;
    void showChart(const QString &name); // unknown names are ignored

    ChartScene *chartScene() const { return m_scene; } // for tests
    void rebuildNow();                                // normally deferred to the event loop

Q_SIGNALS:
    void currentChartChanged(const QString &name);
    void exportRequested(const QString &chartName); // "Export…" pressed

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild();
    void scheduleEventRebuild();
    void showToolTip(const QString &figureId, const QPoint &globalPos, const QRect &area);
    void selectFigure(const QString &figureId);
    void retranslate();

    AtlasDocument *m_document;
    QTabBar *m_tabs;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    ChartScene *m_scene;
    ChartView *m_view;
    QTimer *m_rebuildTimer;
};

} // namespace Atlas
