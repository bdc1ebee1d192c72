// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemodel.h"

#include <QDir>

namespace Atlas {

SourceModel::SourceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SourceModel::setDataset(const Dataset *dataset, const QString &articleDirectory)
{
    beginResetModel();
    m_dataset = dataset;
    m_articleDirectory = articleDirectory;
    endResetModel();
}

void SourceModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_formatter = m_formatter.withLanguage(language);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, OutletRole, TitleRole, PublishedTextRole});
    }
}

void SourceModel::setFormatter(const Formatter &formatter)
{
    m_formatter = formatter.withLanguage(m_language);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, PublishedTextRole});
}

const Source *SourceModel::source(const QModelIndex &index) const
{
    if (!m_dataset || !index.isValid() || index.model() != this || index.row() >= m_dataset->sources.size())
        return nullptr;
    return &m_dataset->sources.at(index.row());
}

QModelIndex SourceModel::indexOf(const QString &sourceId) const
{
    if (!m_dataset)
        return {};
    for (int row = 0; row < m_dataset->sources.size(); ++row) {
        if (m_dataset->sources.at(row).id == sourceId)
            return index(row);
    }
    return {};
}

QString SourceModel::articlePath(const QString &sourceId) const
{
    const Source *source = m_dataset ? m_dataset->source(sourceId) : nullptr;
    if (!source || source->file.isEmpty() || m_articleDirectory.isEmpty())
        return {};
    return QDir(m_articleDirectory).filePath(source->file);
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->sources.size());
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    const Source *source = this->source(index);
    if (!source)
        return {};

    auto publishedText = [&] {
        const QString date = m_formatter.date(source->published);
        return source->published.inferred ? tr("%1 (inferred)", "a date worked out from context").arg(date) : date;
    };

    switch (role) {
    case Qt::DisplayRole:
        return tr("%1, %2", "outlet, publication date").arg(source->outlet.text(m_language), publishedText());
    case Qt::ToolTipRole: {
        QString tip = source->title.text(m_language);
        if (!source->author.isEmpty())
            tip = tr("%1 by %2", "article title by author").arg(tip, source->author);
        return source->published.inferred ? tr("%1\nDate: %2").arg(tip, source->published.note) : tip;
    }
    case IdRole: return source->id;
    case OutletRole: return source->outlet.text(m_language);
    case TitleRole: return source->title.text(m_language);
    case TitleArRole: return source->title.ar;
    case TitleEnRole: return source->title.en;
    case PublishedDateRole: return source->published.earliest();
    case PublishedTextRole: return publishedText();
    case PublishedInferredRole: return source->published.inferred;
    case PublishedNoteRole: return source->published.note;
    case FileRole: return source->file;
    case ArticlePathRole: return articlePath(source->id);
    }
    return {};
}

QHash<int, QByteArray> SourceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, QByteArray> ours[] = {
        {IdRole, "sourceId"},
        {OutletRole, "outlet"},
        {TitleRole, "title"},
        {TitleArRole, "titleAr"},
        {TitleEnRole, "titleEn"},
        {PublishedDateRole, "publishedDate"},
        {PublishedTextRole, "publishedText"},
        {PublishedInferredRole, "publishedInferred"},
        {PublishedNoteRole, "publishedNote"},
        {FileRole, "file"},
        {ArticlePathRole, "articlePath"},
    };
    for (const auto &[role, name] : ours)
        names.insert(role, name);
    return names;
}

} // namespace Atlas
