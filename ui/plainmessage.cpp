// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainmessage.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace Atlas {

void showPlainText(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // QMessageBox keeps its informative text in a label of its own that setTextFormat misses.
    if (auto *informative = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
        informative->setTextFormat(Qt::PlainText);
}

void plainWarning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    showPlainText(&box);
    box.exec();
}

} // namespace Atlas
