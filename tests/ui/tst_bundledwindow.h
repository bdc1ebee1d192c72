// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasdocument.h"
#include "documentloader.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include <memory>

/*
 * The main window on the bundled dataset, shown offscreen at 1600×1000, as the tests of the
 * linked views and of the tables drive it with mouse and keyboard. Owns the document and the
 * window between open() and close(). Shared by tst_linkedviews and tst_recordtableview.
 */
struct BundledWindow
{
    std::unique_ptr<Atlas::AtlasDocument> document;
    std::unique_ptr<Atlas::MainWindow> window;

    // Settings in test mode under `applicationName`: no layout saved by the application is read.
    static void useTestSettings(const QString &applicationName)
    {
        using namespace Qt::StringLiterals;
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"CoalitionAtlasTest"_s);
        QApplication::setApplicationName(applicationName);
    }

    // Loads the bundled dataset and shows the window; returns why not, or an empty string.
    QString open()
    {
        using namespace Qt::StringLiterals;
        document = std::make_unique<Atlas::AtlasDocument>();
        QStringList errors;
        if (!Atlas::loadDocument(*document, Atlas::AtlasDocument::bundledDatasetPath(), &errors))
            return errors.join(u'\n');
        window = std::make_unique<Atlas::MainWindow>(document.get());
        window->resize(1600, 1000);
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) ? QString() : u"the window was not exposed"_s;
    }

    void close()
    {
        window.reset();
        document.reset();
    }
};
