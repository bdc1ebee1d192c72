// SPDX-License-Identifier: GPL-3.0-or-later
#include "menushortcutstyle.h"

#include <QStyleOptionMenuItem>

using namespace Qt::StringLiterals;

namespace Atlas {

QString MenuShortcutStyle::isolatedShortcut(const QString &menuText)
{
    const qsizetype tab = menuText.indexOf(u'\t');
    if (tab < 0 || menuText.mid(tab + 1).startsWith(u'\u2066'))
        return menuText;
    return menuText.left(tab + 1) + u'\u2066' + menuText.mid(tab + 1) + u'\u2069';
}

void MenuShortcutStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    if (element == CE_MenuItem) {
        if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option)) {
            QStyleOptionMenuItem isolated = *item;
            isolated.text = isolatedShortcut(item->text);
            QProxyStyle::drawControl(element, &isolated, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

QSize MenuShortcutStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                          const QWidget *widget) const
{
    if (type == CT_MenuItem) {
        if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option)) {
            QStyleOptionMenuItem isolated = *item;
            isolated.text = isolatedShortcut(item->text);
            return QProxyStyle::sizeFromContents(type, &isolated, size, widget);
        }
    }
    return QProxyStyle::sizeFromContents(type, option, size, widget);
}

} // namespace Atlas
