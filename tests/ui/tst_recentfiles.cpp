// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open Recent: newest first, each file once, at most eight, shared through QSettings by
// every instance; missing files leave the list with a signal that names them; Clear Recent
// empties it; the menu lists the files by name, with the full path as tooltip.
#include "recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newestFirstOnce();
    void keepsEight();
    void sharedThroughSettings();
    void missingFilesArePruned();
    void openingAGoneFilePrunesIt();
    void menuListsFilesAndClears();

private:
    QString makeFile(const QString &name);
    // Makes the files and adds them in this order (so the last is first in the list).
    QStringList addFiles(const QStringList &names);
    QTemporaryDir m_dir;
    // Each test's menu and list, on settings cleared before it.
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<Atlas::RecentFiles> m_recent;
};

void TestRecentFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"CoalitionAtlasTest"_s);
    QApplication::setApplicationName(u"tst_recentfiles"_s);
    QVERIFY(m_dir.isValid());
}

void TestRecentFiles::init()
{
    QSettings().clear();
    m_menu = std::make_unique<QMenu>();
    m_recent = std::make_unique<Atlas::RecentFiles>(m_menu.get());
}

void TestRecentFiles::cleanup()
{
    m_recent.reset();
    m_menu.reset();
}

QString TestRecentFiles::makeFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("{}");
    return path;
}

QStringList TestRecentFiles::addFiles(const QStringList &names)
{
    QStringList paths;
    for (const QString &name : names) {
        paths << makeFile(name);
        m_recent->add(paths.constLast());
    }
    return paths;
}

void TestRecentFiles::newestFirstOnce()
{
    const QStringList added = addFiles({u"a.json"_s, u"مشروع.gpkg"_s});
    const QString &a = added.at(0);
    const QString &b = added.at(1);
    QCOMPARE(m_recent->files(), (QStringList {b, a}));
    m_recent->add(a);
    QCOMPARE(m_recent->files(), (QStringList {a, b}));
    // A relative path is kept absolute, and is the same file as its absolute form.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    m_recent->add(u"مشروع.gpkg"_s);
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(m_recent->files(), (QStringList {b, a}));
}

void TestRecentFiles::keepsEight()
{
    QStringList names;
    for (int i = 1; i <= 10; ++i)
        names << u"d%1.json"_s.arg(i);
    QStringList added = addFiles(names);
    std::reverse(added.begin(), added.end());
    QCOMPARE(Atlas::RecentFiles::MaximumCount, 8);
    QCOMPARE(m_recent->files(), added.mid(0, 8));
}

void TestRecentFiles::sharedThroughSettings()
{
    const QString a = makeFile(u"shared.json"_s);
    {
        QMenu menu;
        Atlas::RecentFiles(&menu).add(a);
    }
    QMenu menu;
    Atlas::RecentFiles reopened(&menu);
    QCOMPARE(reopened.files(), QStringList {a});
}

void TestRecentFiles::missingFilesArePruned()
{
    const QStringList added = addFiles({u"kept.json"_s, u"gone ملف.json"_s});
    const QString &kept = added.at(0);
    const QString &gone = added.at(1);
    QVERIFY(QFile::remove(gone));
    QSignalSpy pruned(m_recent.get(), &Atlas::RecentFiles::pruned);

    Q_EMIT m_menu->aboutToShow(); // as when the menu opens
    QCOMPARE(pruned.size(), 1);
    QCOMPARE(pruned.at(0).at(0).toStringList(), QStringList {gone});
    QCOMPARE(m_recent->files(), QStringList {kept});
    QVERIFY(m_recent->prune().isEmpty());
    QCOMPARE(pruned.size(), 1); // nothing more to say
}

void TestRecentFiles::openingAGoneFilePrunesIt()
{
    const QStringList added = addFiles({u"here.json"_s, u"vanishing.gpkg"_s});
    const QString &here = added.at(0);
    const QString &gone = added.at(1);
    QSignalSpy opened(m_recent.get(), &Atlas::RecentFiles::openRequested);
    QSignalSpy pruned(m_recent.get(), &Atlas::RecentFiles::pruned);
    QVERIFY(QFile::remove(gone)); // after the menu was filled

    m_menu->actions().at(0)->trigger();
    QCOMPARE(opened.size(), 0);
    QCOMPARE(pruned.size(), 1);
    QCOMPARE(m_recent->files(), QStringList {here});

    m_menu->actions().at(0)->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), here);
}

void TestRecentFiles::menuListsFilesAndClears()
{
    const auto clearAction = [this] {
        const QList<QAction *> actions = m_menu->actions();
        return actions.isEmpty() ? nullptr : actions.constLast();
    };
    QVERIFY(clearAction());
    QCOMPARE(clearAction()->objectName(), u"clearRecentAction"_s);
    QVERIFY(!clearAction()->isEnabled());

    const QString a = addFiles({u"R&D.json"_s, u"بيانات.json"_s}).at(0);
    const QList<QAction *> actions = m_menu->actions();
    QCOMPARE(actions.size(), 4); // two files, a separator, Clear Recent
    QCOMPARE(actions.at(0)->text(), u"&1 بيانات.json"_s);
    QCOMPARE(actions.at(1)->text(), u"&2 R&&D.json"_s);
    QCOMPARE(actions.at(1)->toolTip(), QDir::toNativeSeparators(a));
    QVERIFY(actions.at(2)->isSeparator());
    QCOMPARE(clearAction()->text(), u"Clear Recent"_s);
    QVERIFY(clearAction()->isEnabled());

    clearAction()->trigger();
    QVERIFY(m_recent->files().isEmpty());
    QVERIFY(!QSettings().contains(u"recent/files"_s));
    QCOMPARE(m_menu->actions().size(), 2);
    QVERIFY(!clearAction()->isEnabled());
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
