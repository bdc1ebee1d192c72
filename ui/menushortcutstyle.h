// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Atlas {

/*
 * Keeps the shortcut beside a menu item reading left to right in a right-to-left interface:
 * "Ctrl++" would otherwise be reordered into "++Ctrl". Wraps the shortcut part of each menu
 * item's text (after the tab) in a left-to-right isolate before the base style measures and
 * draws it; changes nothing else. Installed by Localization for Arabic.
 */
class MenuShortcutStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;

    // "Open\tCtrl+O" -> "Open\t⁦Ctrl+O⁩"; text without a shortcut is returned as it is.
    static QString isolatedShortcut(const QString &menuText);
};

} // namespace Atlas
