// SPDX-License-Identifier: GPL-3.0-or-later
// The writer process of tst_projectfile's crash-safety tests. Two uses:
//
// projectsavehelper TARGET EVENTS NAME
//   saves a synthetic dataset of EVENTS events named NAME over the project file TARGET; the test
//   kills it in the middle of the save. "saving" on stdout says the dataset is built and the
//   save begins, "saved" that it ended.
//
// projectsavehelper --on-disk full|read-only FOLDER
//   in a user and mount namespace of its own (Linux; root in the build root ignores permissions,
//   so only a real file system can refuse it), mounts a small tmpfs on FOLDER, saves an old
//   project "old" there, then fills the disk (full) or makes the file system read-only
//   (read-only) and saves a new project over the old one. It prints what happened, one
//   "key: value" line each, for the test to check: "old: saved", "error: <message>" (or
//   "new: saved"), "loaded: <name or the errors>", "temporaries: <count>". Exit 3 means the
//   kernel gives no namespaces here ("unsupported: <why>").
#include "projectfile.h"
#include "syntheticdataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstring>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_LINUX
bool writeProcFile(const char *path, const QByteArray &text)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A user namespace (where this process is root) with a mount namespace, so that mounting a tmpfs
// needs no privilege and is seen by this process only; empty on success.
QString enterNamespaces()
{
    const uid_t uid = getuid();
    const gid_t gid = getgid();
    if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
        return u"unshare: "_s + QString::fromLocal8Bit(strerror(errno));
    if (!writeProcFile("/proc/self/setgroups", "deny") || !writeProcFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1")
        || !writeProcFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1"))
        return u"cannot map the user and group ids"_s;
    return {};
}

int onDisk(const QString &mode, const QString &folder, const QString &why)
{
    QTextStream out(stdout);
    if (mode != u"full"_s && mode != u"read-only"_s) {
        QTextStream(stderr) << "the disk is full or read-only, not " << mode << "\n";
        return 2;
    }
    if (!why.isEmpty()) {
        out << "unsupported: " << why << Qt::endl;
        return 3;
    }
    const QByteArray where = QFile::encodeName(folder);
    // Room for a small project and its temporary copy, not for a large one.
    if (mount("tmpfs", where.constData(), "tmpfs", 0, "size=1m") != 0) {
        out << "unsupported: mount: " << QString::fromLocal8Bit(strerror(errno)) << Qt::endl;
        return 3;
    }
    const QString path = QDir(folder).filePath(u"project.gpkg"_s);
    QString error;
    if (!Atlas::ProjectFile::save(AtlasTest::syntheticDataset(10, u"old"_s), path, &error)) {
        out << "old: " << error << Qt::endl;
        return 1;
    }
    out << "old: saved" << Qt::endl;
    int events = 10;
    if (mode == u"full"_s) {
        events = 20000; // several megabytes
    } else if (mount(nullptr, where.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
        out << "unsupported: remount read-only: " << QString::fromLocal8Bit(strerror(errno)) << Qt::endl;
        return 3;
    }
    if (Atlas::ProjectFile::save(AtlasTest::syntheticDataset(events, u"new"_s), path, &error))
        out << "new: saved" << Qt::endl;
    else
        out << "error: " << error << Qt::endl;
    const Atlas::DatasetLoader::Result loaded = Atlas::ProjectFile::load(path);
    if (const auto *dataset = std::get_if<Atlas::Dataset>(&loaded))
        out << "loaded: " << dataset->info.name << Qt::endl;
    else
        out << "loaded: " << std::get<QList<Atlas::LoadError>>(loaded).constFirst().toString() << Qt::endl;
    out << "temporaries: " << Atlas::ProjectFile::temporaryFiles(path).size() << Qt::endl;
    return 0;
}
#else
QString enterNamespaces()
{
    return {};
}

int onDisk(const QString &, const QString &, const QString &)
{
    QTextStream(stdout) << "unsupported: needs Linux namespaces" << Qt::endl;
    return 3;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // unshare() wants a process of one thread: before QCoreApplication.
    const bool disk = argc == 4 && std::strcmp(argv[1], "--on-disk") == 0;
    const QString why = disk ? enterNamespaces() : QString();
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (disk)
        return onDisk(arguments.at(2), arguments.at(3), why);
    if (arguments.size() != 4) {
        QTextStream(stderr) << "usage: projectsavehelper TARGET EVENTS NAME\n"
                               "       projectsavehelper --on-disk full|read-only FOLDER\n";
        return 2;
    }
    const Atlas::Dataset dataset = AtlasTest::syntheticDataset(arguments.at(2).toInt(), arguments.at(3));
    QTextStream out(stdout);
    out << "saving" << Qt::endl;
    QString error;
    if (!Atlas::ProjectFile::save(dataset, arguments.at(1), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    out << "saved" << Qt::endl;
    return 0;
}
