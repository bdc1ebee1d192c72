// SPDX-License-Identifier: GPL-3.0-or-later
// How long a researcher waits from opening a dataset to the main window's first complete frame
// (issue "A million events on a laptop": <= 1.5 s and <= 400 MB at 1,000,000 events): the
// window of 1600×1000 is shown on the bundled dataset first, then the file is opened through
// MainWindow::openDataset() and the whole window painted (QWidget::grab(), which paints every
// dock: table, timeline, map, charts, details). Each phase is timed, and the process's resident
// memory read after it. Run by hand on a Release build, one file per process for memory:
//   QT_QPA_PLATFORM=offscreen bench_firstframe FILE [repeats] [--save PNG]
// COALITION_ATLAS_EVENTS_IN_FILE_ABOVE chooses between the two ways a project opens
// (a huge number: every event read into memory; 0: every event left in the file).
#include "atlasdocument.h"
#include "documentloader.h"
#include "eventmodel.h"
#include "mainwindow.h"
#include "procstatus.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

double procStatusMiB(QByteArrayView key)
{
    return double(AtlasBench::procStatusBytes(key)) / (1024.0 * 1024.0);
}

using AtlasBench::loadAverage;

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"CoalitionAtlasBench"_s);
    QSettings().clear();
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_firstframe FILE [repeats] [--save PNG]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int repeats = std::max(1, args.value(2, u"1"_s).toInt());
    const qsizetype saveAt = args.indexOf(u"--save"_s);
    const QString png = saveAt > 0 ? args.value(saveAt + 1) : QString();

    AtlasDocument document;
    QStringList errors;
    if (!loadDocument(document, AtlasDocument::bundledDatasetPath(), &errors)) {
        QTextStream(stderr) << errors.join(u'\n') << '\n';
        return 1;
    }
    MainWindow window(&document);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.grab();
    out << "events in the file above " << eventsInFileAbove() << "; load average " << loadAverage() << '\n';
    out << "before: VmRSS " << procStatusMiB("VmRSS") << " MiB\n";
    for (int run = 0; run < repeats; ++run) {
        if (run > 0 && !window.openDataset(AtlasDocument::bundledDatasetPath()))
            return 1;
        QElapsedTimer clock;
        clock.start();
        if (!window.openDataset(path))
            return 1;
        const qint64 opened = clock.elapsed();
        const QImage frame = window.grab().toImage();
        const qint64 painted = clock.elapsed();
        QApplication::processEvents(); // what was queued by the first frame (the map's QML)
        const qint64 settled = clock.elapsed();
        out << "run " << run + 1 << ": " << document.eventModel()->rowCount() << " events, "
            << (document.dataset().eventStore ? "in the file" : "in memory") << "; opened " << opened
            << " ms, first frame " << painted << " ms, events processed " << settled << " ms; VmRSS "
            << procStatusMiB("VmRSS") << " MiB, VmHWM " << procStatusMiB("VmHWM") << " MiB\n";
        out.flush();
        if (run == 0 && !png.isEmpty())
            frame.save(png);
    }
    return 0;
}
