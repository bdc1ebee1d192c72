// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectactions.h"

#include "atlasdocument.h"
#include "datasetwriter.h"
#include "documentloader.h"
#include "eventmodel.h"
#include "projectfile.h"
#include "sqlconnection.h"

#include <QAction>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

// An edit that changes nothing: it only makes the undo stack unclean.
class Marker : public QUndoCommand
{
public:
    Marker() : QUndoCommand(u"marker"_s) {}
    void undo() override {}
    void redo() override {}
};

QString firstTitle(const QString &project)
{
    DatasetLoader::Result loaded = ProjectFile::load(project);
    return std::holds_alternative<Dataset>(loaded) ? std::get<Dataset>(loaded).events.constFirst().title.en : QString();
}

} // namespace

/*
 * File > Save, Save As and Export Dataset as JSON: the bundled dataset is saved as a new project,
 * which becomes the document's origin with the edits marked saved; a project saved unchanged
 * under another name is the same project; one changed since (in memory or on disk) is written
 * from what the document holds.
 */
class TestProjectActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QStringList errors;
        QVERIFY2(loadDocument(m_document, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
        m_stack.clear();
        m_actions = std::make_unique<ProjectActions>(&m_document, &m_stack, &m_window);
    }

    void actionsHaveShortcuts()
    {
        QCOMPARE(m_actions->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(m_actions->saveAsAction()->shortcut(), QKeySequence(QKeySequence::SaveAs));
        QVERIFY(!m_actions->exportDatasetAction()->text().isEmpty());
    }

    void savingMakesTheProjectTheOrigin()
    {
        QTemporaryDir folder;
        const QString first = folder.filePath(u"مشروع.gpkg"_s);
        QSignalSpy origin(&m_document, &AtlasDocument::originChanged);
        m_stack.push(new Marker);
        QVERIFY(!m_stack.isClean());
        QVERIFY(m_actions->saveTo(first));
        QCOMPARE(m_document.origin(), first);
        QCOMPARE(origin.size(), 1);
        QVERIFY(m_stack.isClean());
        QCOMPARE(m_document.eventModel()->rowCount(), m_document.dataset().events.size());

        // Save now writes the origin in place.
        QVERIFY(m_actions->save());
        QCOMPARE(m_document.origin(), first);
        QCOMPARE(firstTitle(first), m_document.dataset().events.constFirst().title.en);
    }

    void unchangedProjectIsCopied()
    {
        QTemporaryDir folder;
        const QString first = folder.filePath(u"a.gpkg"_s);
        const QString second = folder.filePath(u"b.gpkg"_s);
        QVERIFY(m_actions->saveTo(first));
        QStringList errors;
        QVERIFY2(loadDocument(m_document, first, &errors), qPrintable(errors.join(u'\n')));
        QVERIFY(m_actions->saveTo(second));
        QCOMPARE(m_document.origin(), second);
        DatasetLoader::Result copied = ProjectFile::load(second);
        QVERIFY(std::holds_alternative<Dataset>(copied));
        QCOMPARE(DatasetWriter::toJson(std::get<Dataset>(copied)), DatasetWriter::toJson(m_document.dataset()));
    }

    // A file edited by another program after it was opened is not copied: the save writes what
    // the document shows.
    void projectChangedOnDiskIsWrittenFromMemory()
    {
        QTemporaryDir folder;
        const QString first = folder.filePath(u"a.gpkg"_s);
        const QString second = folder.filePath(u"b.gpkg"_s);
        QVERIFY(m_actions->saveTo(first));
        QStringList errors;
        QVERIFY2(loadDocument(m_document, first, &errors), qPrintable(errors.join(u'\n')));
        const QString shown = m_document.dataset().events.constFirst().title.en;
        QTest::qWait(20); // a later modification time
        {
            SqlConnection other(first, SqlConnection::Mode::ReadWrite);
            QVERIFY(other.exec(u"UPDATE events SET title_en = 'changed in a GIS' WHERE fid = 1"_s));
        }
        QCOMPARE(firstTitle(first), u"changed in a GIS"_s);
        QVERIFY(m_actions->saveTo(second));
        QCOMPARE(firstTitle(second), shown);
    }

    void exportsTheDatasetAsJson()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"بيانات.json"_s);
        QVERIFY(m_actions->exportDataset(path));
        AtlasDocument reopened;
        QStringList errors;
        QVERIFY2(loadDocument(reopened, path, &errors), qPrintable(errors.join(u'\n')));
        QCOMPARE(DatasetWriter::toJson(reopened.dataset()), DatasetWriter::toJson(m_document.dataset()));
        QCOMPARE(m_document.origin(), AtlasDocument::bundledDatasetPath()); // an export is not a save
    }

private:
    AtlasDocument m_document;
    QUndoStack m_stack;
    QWidget m_window;
    std::unique_ptr<ProjectActions> m_actions;
};

QTEST_MAIN(TestProjectActions)
#include "tst_projectactions.moc"
