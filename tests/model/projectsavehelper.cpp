// SPDX-License-Identifier: GPL-3.0-or-later
// projectsavehelper TARGET EVENTS NAME: saves a synthetic dataset of EVENTS events named NAME
// over the project file TARGET. tst_projectfile runs it and kills it in the middle of the save;
// "saving" on stdout says the dataset is built and the save begins.
#include "projectfile.h"
#include "syntheticdataset.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        QTextStream(stderr) << "usage: projectsavehelper TARGET EVENTS NAME\n";
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
