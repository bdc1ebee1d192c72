// SPDX-License-Identifier: GPL-3.0-or-later
// How long File > Print Preview… and File > Print… take to show what the reader waits for, as
// the main window (1600×1000, the bundled dataset) runs them through BriefingActions: the briefing's options (BriefingDialog), then
// the printer's dialog (QPrintDialog) or the preview with its first page painted
// (QPrintPreviewDialog). Each phase is timed from the moment the previous dialog was accepted.
// Run by hand on a Release build, for wall time:
//   QT_QPA_PLATFORM=offscreen bench_printstartup [preview|print] [en|ar] [repeats]
// and for instruction counts (stable on a loaded machine), one run under callgrind:
//   valgrind --tool=callgrind bench_printstartup preview en 1
#include "atlasdocument.h"
#include "briefingdialog.h"
#include "documentloader.h"
#include "mainwindow.h"

#include <QAction>
#include <QTest>

#include <QApplication>
#include <QElapsedTimer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

struct Phases
{
    qint64 options = -1; // trigger → the briefing's options shown
    qint64 printer = -1; // options accepted → the print dialog or the painted preview shown
};

// Runs one print or preview, accepting the options and closing the printer's dialog once shown.
Phases runOnce(QAction *action)
{
    Phases phases;
    QElapsedTimer clock;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *options = qobject_cast<BriefingDialog *>(modal)) {
            phases.options = clock.elapsed();
            clock.restart();
            options->accept();
        } else if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(modal)) {
            dialog->grab(); // the first page painted on screen
            phases.printer = clock.elapsed();
            dialog->reject();
            poll.stop();
        } else if (auto *printDialog = qobject_cast<QPrintDialog *>(modal)) {
            printDialog->grab();
            phases.printer = clock.elapsed();
            printDialog->reject();
            poll.stop();
        }
    });
    poll.start();
    clock.start();
    action->trigger();
    return phases;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"CoalitionAtlasBench"_s);
    QSettings().clear();
    const QStringList args = app.arguments();
    const bool preview = args.value(1, u"preview"_s) != u"print"_s;
    const Language language = args.value(2) == u"ar"_s ? Language::Arabic : Language::English;
    const int repeats = std::max(1, args.value(3, u"3"_s).toInt());

    AtlasDocument document;
    document.setLanguage(language);
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
    QTest::qWait(500); // the map and charts drawn, as a reader would have them before printing
    QAction *action = window.findChild<QAction *>(preview ? u"printPreviewAction"_s : u"printAction"_s);
    if (!action)
        return 1;

    QTextStream out(stdout);
    out << (preview ? "preview" : "print") << ' ' << (language == Language::Arabic ? "ar" : "en")
        << ": options ms, " << (preview ? "preview painted" : "print dialog") << " ms\n";
    for (int i = 0; i < repeats; ++i) {
        const Phases phases = runOnce(action);
        out << (i == 0 ? "first " : "again ") << phases.options << ' ' << phases.printer << '\n';
        out.flush();
    }
    return 0;
}
