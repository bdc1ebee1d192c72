// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-atlas: parses the command line, opens the dataset, then either runs a headless
// export or shows the main window. The object graph is wired here and nowhere else.
#include "commandline.h"
#include "headlesscommands.h"

#include "applicationicon.h"
#include "atlasdocument.h"
#include "documentloader.h"
#include "localization.h"
#include "mainwindow.h"
#include "plainmessage.h"
#include "preferences.h"
#include "projectfile.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// --lang first, then the language chosen in Preferences, then the system locale's.
Atlas::Language chooseLanguage(const QString &requested, const Atlas::Preferences &preferences)
{
    if (const std::optional<Atlas::Language> language = Atlas::Localization::fromCode(requested))
        return *language;
    return preferences.effectiveLanguage();
}

void printLines(FILE *stream, const QStringList &lines)
{
    QTextStream out(stream);
    for (const QString &line : lines)
        out << line << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // A headless command must run without a display: pick the offscreen platform before the
    // application object exists, unless the user chose a platform.
    if (wantsHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CoalitionAtlas"_s);
    QApplication::setApplicationName(u"coalition-atlas"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Coalition Atlas"));
    QApplication::setApplicationVersion(QStringLiteral(COALITION_ATLAS_VERSION));
    // Settings land in ~/.config/CoalitionAtlas/coalition-atlas.conf; the desktop entry
    // (packaging/) names the icon the window system shows for our windows.
    QApplication::setDesktopFileName(Atlas::applicationId());
    QApplication::setWindowIcon(Atlas::applicationIcon());

    const CommandLineResult parsed = parseCommandLine(QApplication::arguments());
    if (!parsed.error.isEmpty()) {
        printLines(stderr, {u"coalition-atlas: "_s + parsed.error,
                            QApplication::translate("main", "Try 'coalition-atlas --help' for the options.")});
        return 2;
    }
    const CommandLineRequest &request = parsed.request;
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
        printLines(stdout, {parsed.helpText});
        return 0;
    case CommandLineRequest::Action::ShowVersion:
        printLines(stdout, {u"coalition-atlas "_s + QApplication::applicationVersion()});
        return 0;
    default:
        break;
    }

    if (request.action == CommandLineRequest::Action::Import)
        return runImportCommand(request);

    const Atlas::Preferences preferences = Atlas::Preferences::load();
    const Atlas::Language language = chooseLanguage(request.language, preferences);
    Atlas::Localization localization; // translators, layout direction and fonts of the language
    localization.setLanguage(language);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Coalition Atlas"));

    // A project's --info is read from its tables, without loading the dataset.
    if (request.action == CommandLineRequest::Action::Info && Atlas::ProjectFile::isProjectFile(request.datasetPath))
        return runProjectInfoCommand(request);

    Atlas::AtlasDocument document;
    document.setLanguage(language);
    Atlas::applyPreferences(preferences, &document, nullptr);
    const QString datasetPath = request.datasetPath.isEmpty() ? Atlas::AtlasDocument::bundledDatasetPath()
                                                              : request.datasetPath;
    QStringList errors;
    const bool loaded = Atlas::loadDocument(document, datasetPath, &errors);

    if (request.isHeadless()) {
        if (!loaded) {
            printLines(stderr, errors);
            printLines(stderr, {QApplication::translate("main", "coalition-atlas: the dataset %1 was not loaded.").arg(datasetPath)});
            return 1;
        }
        return runHeadlessCommand(document, request);
    }

    if (!loaded) {
        const bool bundledLoaded = datasetPath != Atlas::AtlasDocument::bundledDatasetPath()
            && Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors);
        QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "Cannot open the dataset"),
                        bundledLoaded ? QApplication::translate("main", "%1 was not opened; the bundled dataset is shown instead.").arg(datasetPath)
                                      : QApplication::translate("main", "%1 was not opened.").arg(datasetPath));
        box.setDetailedText(errors.mid(0, 200).join(u'\n'));
        Atlas::showPlainText(&box);
        box.exec();
        if (!bundledLoaded)
            return 1;
    }

    Atlas::MainWindow window(&document);
    Atlas::applyPreferences(preferences, &document, &window);
    window.show();
    return QApplication::exec();
}
