// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Atlas {

// The application's identity on the desktop: the reverse-DNS id that names its desktop entry,
// AppStream metainfo and icon (packaging/), and the icon itself, from the PNGs rendered from
// resources/icons/coalition-atlas.svg at 16 to 256 px (":/icons/<n>x<n>.png").
QString applicationId();
QIcon applicationIcon();

} // namespace Atlas
