// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Atlas {

struct Dataset;

/*
 * Help > About: the version, what the application is for, the dataset in use with its sources,
 * the attributions of the map and coordinate data, and the licence. Owns only its widgets.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Dataset &dataset, QWidget *parent = nullptr);

    static QString aboutHtml(const Dataset &dataset);
};

} // namespace Atlas
