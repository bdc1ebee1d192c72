// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationicon.h"

using namespace Qt::StringLiterals;

namespace Atlas {

QString applicationId()
{
    return u"io.github.coalitionatlas.CoalitionAtlas"_s;
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/%1x%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace Atlas
