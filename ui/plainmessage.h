// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

namespace Atlas {

/*
 * Message boxes for text that holds file names and dataset strings. QMessageBox guesses whether
 * its text is markup (Qt::mightBeRichText): a file named "<b>x.json" or an error quoting a
 * dataset value such as "<img src=…>" would be rendered as HTML. These show every text as plain
 * text, the informative one too.
 */
void showPlainText(QMessageBox *box);
void plainWarning(QWidget *parent, const QString &title, const QString &text);

} // namespace Atlas
