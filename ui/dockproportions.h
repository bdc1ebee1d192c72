// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSize>

class QDockWidget;
class QMainWindow;

namespace Atlas {

/*
 * Keeps a main window's docked areas at their share of the window as it is resized. QMainWindow
 * gives a window's growth to the central widget only, so a window made small and large again
 * leaves its docks at the small size; this remembers each dock area's share (the left and right
 * areas of the width, the top and bottom ones of the height) as the reader last set it — dragging
 * a separator, Reset Layout, a restored layout — and gives it back after every resize. Floating
 * and hidden docks are left alone. Watches the window and its docks; owns nothing.
 */
class DockProportions : public QObject
{
    Q_OBJECT

public:
    explicit DockProportions(QMainWindow *window);

    // Takes the docks' current sizes as the shares to keep (after the layout changed on purpose).
    void capture();
    double share(Qt::DockWidgetArea area) const { return m_shares.value(area, 0.0); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchDocks();
    void apply();
    int tabBarExtent(const QDockWidget *dock, bool horizontal) const;

    QMainWindow *m_window;
    QHash<int, double> m_shares;  // by Qt::DockWidgetArea
    QSize m_settledSize;          // the window size the shares were taken or applied at
    bool m_applying = false;
    bool m_applyPending = false;
};

} // namespace Atlas
