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
 * quote; clicking selects it in the document, so the details pane follows. Owns its widgets
 * and the scene; the data stays in the document.
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
    void showToolTip(const QString &figureId, const QPoint &globalPos);
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
