// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingstyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Atlas {

BriefingStyle::BriefingStyle(Language language, QPageSize::PageSizeId paper, QPageLayout::Orientation orientation)
    : m_language(language)
    , m_paper(paper)
    , m_orientation(orientation)
{
    const QSizeF points = pageLayout().fullRectPoints().size();
    m_pageSize = points * UnitsPerInch / 72.0;
}

QPageLayout BriefingStyle::pageLayout() const
{
    return QPageLayout(QPageSize(m_paper), m_orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QRectF BriefingStyle::contentRect() const
{
    const double margin = MarginMillimetres / 25.4 * UnitsPerInch;
    return QRectF(QPointF(0, 0), m_pageSize).adjusted(margin, margin, -margin, -margin);
}

double BriefingStyle::pixelSize(Text text) const
{
    // Arabic script needs a little more size than Latin at the same legibility.
    const double script = m_language == Language::Arabic ? 1.08 : 1.0;
    switch (text) {
    case Text::Title: return 24 * script;
    case Text::Subtitle: return 16 * script;
    case Text::Meta: return 11 * script;
    case Text::Heading: return 15 * script;
    case Text::Body:
    case Text::BodyBold: return 11.5 * script;
    case Text::TableHeader: return 10.5 * script;
    case Text::Small: return 10 * script;
    case Text::Quote: return 12.5;
    case Text::Footer: return 9 * script;
    }
    return 11;
}

QFont BriefingStyle::font(Text text) const
{
    QFont font;
    if (m_language == Language::Arabic)
        font.setFamilies({ u"Noto Sans Arabic"_s, u"Noto Sans"_s, u"DejaVu Sans"_s });
    else
        font.setFamilies({ u"Noto Sans"_s, u"DejaVu Sans"_s, u"Noto Sans Arabic"_s });
    font.setPixelSize(1); // replaced below; clears any point size
    font.setPixelSize(std::max(1, qRound(pixelSize(text))));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    switch (text) {
    case Text::Title:
    case Text::Heading:
    case Text::BodyBold:
    case Text::TableHeader: font.setWeight(QFont::Bold); break;
    case Text::Subtitle: font.setWeight(QFont::DemiBold); break;
    default: break;
    }
    return font;
}

QFont BriefingStyle::arabicFont(Text text) const
{
    QFont font = this->font(text);
    font.setFamilies({ u"Noto Sans Arabic"_s, u"Noto Sans"_s, u"DejaVu Sans"_s });
    return font;
}

QColor BriefingStyle::color(Text text) const
{
    switch (text) {
    case Text::Title:
    case Text::Heading: return accentColor();
    case Text::Meta:
    case Text::Small:
    case Text::Footer: return QColor(0x55, 0x55, 0x55);
    case Text::Quote: return QColor(0x22, 0x22, 0x22);
    default: return QColor(0x1a, 0x1a, 0x1a);
    }
}

namespace {

// Text measured once per font, width and text: a sheet's layout measures every text, and painting
// asks again how each wraps; shaping the same words again is most of a preview's start-up.
// Per thread, as fonts are measured on the thread that paints; bounded, as sheets come and go.
template<typename Value, typename Measure>
Value memoized(QHash<QString, Value> &cache, const QFont &font, double width, const QString &text, Measure measure)
{
    QString key = font.key();
    key += QChar(0x1f) + QString::number(width, 'g', 17) + QChar(0x1f) + text;
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    if (cache.size() > 20000)
        cache.clear();
    const Value value = measure();
    cache.insert(key, value);
    return value;
}

} // namespace

double BriefingStyle::textHeight(const QFont &font, double width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    thread_local QHash<QString, double> heights;
    return memoized(heights, font, width, text, [&] {
        const QFontMetricsF metrics(font);
        const double room = std::max(1.0, width - WrapSlack);
        return metrics.boundingRect(QRectF(0, 0, room, 1e7), wrapFlag(font, room, text), text).height();
    });
}

int BriefingStyle::wrapFlag(const QFont &font, double width, const QString &text)
{
    thread_local QHash<QString, int> flags;
    return memoized(flags, font, width, text, [&] {
        const QFontMetricsF metrics(font);
        if (metrics.horizontalAdvance(text) <= width)
            return int(Qt::TextWordWrap); // one line: no word in it can be too long
        static const QRegularExpression space(u"\\s+"_s);
        for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
            if (metrics.horizontalAdvance(word) > width)
                return int(Qt::TextWrapAnywhere);
        }
        return int(Qt::TextWordWrap);
    });
}

} // namespace Atlas
