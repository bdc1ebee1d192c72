// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "formatter.h"

#include <QAbstractListModel>

namespace Atlas {

/*
 * The source articles of the document's Dataset, one row per article: the source picker, the
 * details pane's citation lines and the article viewer read it. Does not own the Dataset.
 */
class SourceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        OutletRole,         // QString, outlet in the UI language (Qt::DisplayRole: outlet and date)
        TitleRole,          // QString, title in the UI language
        TitleArRole,
        TitleEnRole,
        PublishedDateRole,  // QDate, earliest
        PublishedTextRole,  // QString, at its precision, marked when inferred
        PublishedInferredRole, // bool
        PublishedNoteRole,  // QString
        FileRole,           // QString, the article's file name
        ArticlePathRole     // QString, path of the article text (resource or file)
    };
    Q_ENUM(Role)

    explicit SourceModel(QObject *parent = nullptr);

    // `articleDirectory` is where the article files live: ":/data/sources" for the bundled
    // dataset, or the folder `sources/` beside a dataset opened from disk.
    void setDataset(const Dataset *dataset, const QString &articleDirectory);
    void setLanguage(Language language);
    // Digit style and month names of publication dates; the language follows setLanguage().
    void setFormatter(const Formatter &formatter);

    const Source *source(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &sourceId) const;
    QString articlePath(const QString &sourceId) const;
    QString articleDirectory() const { return m_articleDirectory; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Dataset *m_dataset = nullptr;
    QString m_articleDirectory;
    Language m_language = Language::English;
    Formatter m_formatter;
};

} // namespace Atlas
