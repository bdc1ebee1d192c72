// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

const QString FilesKey = u"recent/files"_s;

} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::prune);
    fillMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(FilesKey).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(FilesKey);
    else
        settings.setValue(FilesKey, files);
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaximumCount));
    fillMenu();
}

void RecentFiles::clear()
{
    store({});
    fillMenu();
}

QStringList RecentFiles::prune()
{
    QStringList kept;
    QStringList missing;
    for (const QString &path : files())
        (QFileInfo::exists(path) ? kept : missing).append(path);
    if (!missing.isEmpty()) {
        store(kept);
        fillMenu();
        Q_EMIT pruned(missing);
    }
    return missing;
}

void RecentFiles::open(const QString &path)
{
    // The file may have gone since the menu was filled.
    if (prune().contains(path))
        return;
    Q_EMIT openRequested(path);
}

void RecentFiles::fillMenu()
{
    // Actions go later, not now: this may run while one of them is being triggered.
    for (QAction *action : m_menu->actions()) {
        m_menu->removeAction(action);
        action->deleteLater();
    }
    const QStringList list = files();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', u"&&"_s);
        QAction *action = m_menu->addAction(u"&%1 %2"_s.arg(i + 1).arg(name), this, [this, path] { open(path); });
        action->setObjectName(u"recentFileAction%1"_s.arg(i + 1));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(action->toolTip());
    }
    m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("Clear Recent"), this, &RecentFiles::clear);
    clearAction->setObjectName(u"clearRecentAction"_s);
    clearAction->setEnabled(!list.isEmpty());
}

} // namespace Atlas
