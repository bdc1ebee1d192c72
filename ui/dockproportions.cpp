// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockproportions.h"

#include <QDockWidget>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QTabBar>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

namespace Atlas {

namespace {

constexpr Qt::DockWidgetArea areas[] = {Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea, Qt::TopDockWidgetArea,
                                        Qt::BottomDockWidgetArea};

bool across(Qt::DockWidgetArea area)
{
    return area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
}

} // namespace

int DockProportions::tabBarExtent(const QDockWidget *dock, bool horizontal) const
{
    if (m_window->tabifiedDockWidgets(const_cast<QDockWidget *>(dock)).isEmpty())
        return 0;
    for (const QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        if (!bar->isVisible())
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == dock->windowTitle()) {
                const bool sideways = bar->shape() == QTabBar::RoundedWest || bar->shape() == QTabBar::RoundedEast
                    || bar->shape() == QTabBar::TriangularWest || bar->shape() == QTabBar::TriangularEast;
                return sideways == horizontal ? (horizontal ? bar->width() : bar->height()) : 0;
            }
        }
    }
    return 0;
}

DockProportions::DockProportions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_window->installEventFilter(this);
    watchDocks();
}

void DockProportions::watchDocks()
{
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        dock->removeEventFilter(this);
        dock->installEventFilter(this);
    }
}

void DockProportions::capture()
{
    watchDocks();
    if (m_window->width() <= 0 || m_window->height() <= 0)
        return;
    QHash<int, double> shares;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (dock->isFloating() || !dock->isVisible())
            continue;
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        const double share = across(area) ? double(dock->width()) / m_window->width()
                                          : double(dock->height()) / m_window->height();
        shares[area] = std::max(shares.value(area, 0.0), share);
    }
    m_shares = shares;
    m_settledSize = m_window->size();
}

void DockProportions::apply()
{
    m_applyPending = false;
    if (m_shares.isEmpty())
        return;
    m_applying = true;
    for (const Qt::DockWidgetArea area : areas) {
        if (!m_shares.contains(area))
            continue;
        QList<QDockWidget *> docks;
        QList<int> sizes;
        const int side = int(m_shares.value(area) * (across(area) ? m_window->width() : m_window->height()));
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!dock->isFloating() && dock->isVisible() && m_window->dockWidgetArea(dock) == area) {
                docks << dock;
                sizes << side;
            }
        }
        if (docks.isEmpty())
            continue;
        // A tabbed group's size includes its tab bar: ask for that much more.
        const int tabs = tabBarExtent(docks.first(), across(area));
        for (int &size : sizes)
            size += tabs;
        m_window->resizeDocks(docks, sizes, across(area) ? Qt::Horizontal : Qt::Vertical);
    }
    // Docks resized from here until the layout has run are ours, not the reader's.
    QTimer::singleShot(0, this, [this] { m_applying = false; });
    m_settledSize = m_window->size();
}

bool DockProportions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Resize)
        return QObject::eventFilter(watched, event);
    if (watched == m_window) {
        // After the window's own layout has run: then the docks only need their share back.
        if (!m_applyPending && m_window->size() != m_settledSize) {
            m_applyPending = true;
            QTimer::singleShot(0, this, &DockProportions::apply);
        }
    } else if (!m_applying && !m_applyPending && m_window->size() == m_settledSize && m_window->isVisible()) {
        // A dock resized in a window that kept its size: a separator dragged, a dock moved.
        capture();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Atlas
