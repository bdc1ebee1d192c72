// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of a fuzz target in a build without libFuzzer: runs the target once over each file
// named, or each file in each folder named (hidden files skipped), and fails when there was no
// input at all, so that a corpus that went missing does not pass as a clean replay. A crash or a
// sanitizer report is the failure this exists to catch; each input is named before it runs.
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QFile::decodeName(argv[i]);
        const QFileInfo info(argument);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                inFolder.append(it.next());
            inFolder.sort();
            files += inFolder;
        } else if (info.isFile()) {
            files.append(argument);
        } else {
            fprintf(stderr, "%s: no such file or folder\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        fprintf(stderr, "no inputs to replay in the folders given\n");
        return 2;
    }
    int replayed = 0;
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray data = file.readAll();
        fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(QDir::toNativeSeparators(name)), qint64(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        ++replayed;
    }
    fprintf(stderr, "%d inputs replayed without a crash\n", replayed);
    return 0;
}
