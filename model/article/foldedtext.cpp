// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldedtext.h"

#include "textfolding.h"

#include <QChar>
#include <QHash>

namespace Atlas::Article {

namespace {

// One code point folded: TextFolding::fold, except for the characters it would drop or merge
// that matter for offsets or numbers here.
QString foldCodePoint(char32_t c)
{
    if (c == u'\u066C') // Arabic thousands separator
        return QStringLiteral(",");
    if (c == u'\u066B') // Arabic decimal separator
        return QStringLiteral(".");
    if (QChar::isSpace(c))
        return QStringLiteral(" ");
    const QString original = QString::fromUcs4(&c, 1);
    return TextFolding::fold(original);
}

const QString &cachedFold(char32_t c)
{
    // Articles repeat a few dozen letters: fold each once.
    thread_local QHash<char32_t, QString> cache;
    auto it = cache.constFind(c);
    if (it == cache.constEnd())
        it = cache.insert(c, foldCodePoint(c));
    return *it;
}

} // namespace

FoldedText::FoldedText(QStringView original)
    : m_original(original.toString())
{
    m_folded.reserve(original.size());
    m_start.reserve(original.size());
    m_end.reserve(original.size());
    m_toFolded.resize(original.size() + 1);
    for (qsizetype i = 0; i < original.size();) {
        const qsizetype begin = i;
        char32_t c = original[i].unicode();
        if (original[i].isHighSurrogate() && i + 1 < original.size() && original[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(original[i], original[i + 1]);
            i += 2;
        } else {
            i += 1;
        }
        for (qsizetype k = begin; k < i; ++k)
            m_toFolded[k] = m_folded.size();
        const QString &folded = cachedFold(c);
        for (QChar unit : folded) {
            m_folded.append(unit);
            m_start.append(begin);
            m_end.append(i);
        }
    }
    m_toFolded[original.size()] = m_folded.size();
}

qsizetype FoldedText::originalStart(qsizetype foldedIndex) const
{
    if (foldedIndex >= m_start.size())
        return m_end.isEmpty() ? 0 : m_end.constLast();
    return m_start.at(foldedIndex);
}

qsizetype FoldedText::originalEnd(qsizetype foldedEnd) const
{
    if (foldedEnd <= 0)
        return 0;
    qsizetype end = m_end.at(qMin(foldedEnd, m_end.size()) - 1);
    while (end < m_original.size()
           && (m_original.at(end).category() == QChar::Mark_NonSpacing || m_original.at(end) == u'\u0640'))
        ++end;
    return end;
}

qsizetype FoldedText::foldedIndex(qsizetype originalIndex) const
{
    return m_toFolded.at(qBound(qsizetype(0), originalIndex, m_toFolded.size() - 1));
}

bool FoldedText::isLetter(qsizetype i) const
{
    if (i < 0 || i >= m_folded.size())
        return false;
    return m_folded.at(i).isLetter() || m_folded.at(i).category() == QChar::Letter_Other;
}

QString FoldedText::foldKey(QStringView key)
{
    FoldedText text(key);
    return text.folded().simplified();
}

} // namespace Atlas::Article
