// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Atlas {

/*
 * File > Open Recent: the datasets and projects opened last, newest first, at most
 * MaximumCount, as absolute paths in QSettings ("recent/files"), so every window and every run
 * shares one list. Fills the menu it is given each time that menu opens, after dropping the
 * files that no longer exist; pruned() names those so the window can say so. Choosing an entry
 * emits openRequested(); the window opens it and add()s the files it opened. Owns nothing but
 * the menu's actions.
 */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    // Puts `path` first (made absolute; once only), keeping the MaximumCount newest.
    void add(const QString &path);
    void clear();
    // Drops the files that no longer exist, emits pruned() when there were any, returns them.
    QStringList prune();

Q_SIGNALS:
    void openRequested(const QString &path);
    void pruned(const QStringList &missingFiles);

private:
    void fillMenu();
    void open(const QString &path);
    static void store(const QStringList &files);

    QMenu *m_menu;
};

} // namespace Atlas
