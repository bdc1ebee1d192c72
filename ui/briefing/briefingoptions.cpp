// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingoptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Atlas {

QString BriefingOptions::defaultTitle()
{
    return QCoreApplication::translate("Atlas::BriefingOptions", "Coalition against ISIS: briefing");
}

std::optional<QPageSize::PageSizeId> BriefingOptions::paperFromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    if (word == u"a4"_s)
        return QPageSize::A4;
    if (word == u"letter"_s || word == u"us-letter"_s)
        return QPageSize::Letter;
    return std::nullopt;
}

std::optional<BriefingAtlasMode> BriefingOptions::atlasModeFromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    if (word == u"none"_s || word.isEmpty())
        return BriefingAtlasMode::None;
    if (word == u"year"_s)
        return BriefingAtlasMode::Year;
    if (word == u"site"_s)
        return BriefingAtlasMode::Site;
    return std::nullopt;
}

QString BriefingOptions::atlasModeName(BriefingAtlasMode mode)
{
    switch (mode) {
    case BriefingAtlasMode::None: return u"none"_s;
    case BriefingAtlasMode::Year: return u"year"_s;
    case BriefingAtlasMode::Site: return u"site"_s;
    }
    return u"none"_s;
}

} // namespace Atlas
