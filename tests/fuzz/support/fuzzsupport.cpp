// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <cstdio>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // A fatal message is a failure the fuzzer must see; everything else is the parsers
    // explaining why they reject an input, which is what they are for.
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

} // namespace

namespace AtlasFuzz {

QString writeScratchFile(const QByteArray &data, const QString &suffix)
{
    static QHash<QString, QString> paths;
    QString &path = paths[suffix];
    if (path.isEmpty())
        path = QDir(QDir::tempPath()).filePath(u"atlas-fuzz-%1%2"_s.arg(QCoreApplication::applicationPid()).arg(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return {};
    return path;
}

} // namespace AtlasFuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    // Lives for the whole run: libFuzzer never returns from its loop to destroy it.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    QCoreApplication::setApplicationName(u"coalition-atlas"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COALITION_ATLAS_VERSION));
    return 0;
}
