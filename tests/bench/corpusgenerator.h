// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QList>
#include <QString>

namespace AtlasBench {

/*
 * Makes up a large, valid dataset that reads like the real one, for benchmarks at scale
 * (issue "A million events on a laptop"): events over 2014-2024 at every date precision the
 * format has, ranges and inferred dates included; titles of 60-120 characters and summaries of
 * 200-400; about 5,000 places of the Syria/Iraq theatre (29-37.5° N, 36-48° E) whose Arabic and
 * English names are built from parts of real place names; the real actors of the bundled
 * dataset; and source articles whose text every citation quotes verbatim. One event in ten is
 * Arabic: its title is Arabic and it quotes an Arabic article. The others are English-only, and
 * since the format needs both languages of a title, their Arabic title repeats the English one.
 * The Arabic phrases are taken from the bundled dataset's own titles and quotes.
 *
 * The same options and seed always give the same corpus. Owns nothing; generate() returns
 * values, and the write functions put them on disk the way loadDocument() expects them: the
 * dataset file, and the articles in a folder `sources/` beside it.
 */
class CorpusGenerator
{
public:
    struct Options
    {
        int eventCount = 1000000;
        int placeCount = 5000;
        quint32 seed = 20140808;
    };

    struct Article
    {
        QString file;  // the Source's `file`, a name inside `sources/`
        QString text;
    };

    struct Corpus
    {
        Atlas::Dataset dataset;  // index built
        QList<Article> articles; // one per source, in the order of dataset.sources
    };

    static Corpus generate(const Options &options);

    // The article files into `directory` (created when missing). False and `error` on failure.
    static bool writeArticles(const Corpus &corpus, const QString &directory, QString *error);
    // The dataset as JSON (DatasetWriter) or as a project (ProjectFile) at `path`, and its
    // articles into `sources/` beside it.
    static bool writeJson(const Corpus &corpus, const QString &path, QString *error);
    static bool writeProject(const Corpus &corpus, const QString &path, QString *error);
};

} // namespace AtlasBench
