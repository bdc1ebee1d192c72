// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuremodel.h"

#include "textfolding.h"
#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

FigureModel::FigureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FigureModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    rebuildSearchText();
    endResetModel();
}

void FigureModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_formatter = m_formatter.withLanguage(language);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, MetricTextRole, SubjectTextRole,
                            ValueTextRole, DateTextRole, LabelRole});
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void FigureModel::setFormatter(const Formatter &formatter)
{
    m_formatter = formatter.withLanguage(m_language);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, ValueTextRole, DateTextRole});
    }
}

const Figure *FigureModel::figure(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? figureAt(index.row()) : nullptr;
}

const Figure *FigureModel::figureAt(int row) const
{
    if (!m_dataset || row < 0 || row >= m_dataset->figures.size())
        return nullptr;
    return &m_dataset->figures.at(row);
}

QModelIndex FigureModel::indexOf(const QString &figureId, int column) const
{
    if (!m_dataset)
        return {};
    const int row = m_dataset->figureRow(figureId);
    return row < 0 ? QModelIndex() : index(row, column);
}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->figures.size());
}

int FigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureModel::data(const QModelIndex &index, int role) const
{
    const Figure *figure = this->figure(index);
    if (!figure)
        return {};

    auto actorName = [&](const QString &id) {
        const Actor *actor = m_dataset->actor(id);
        return actor ? actor->name.text(m_language) : id;
    };
    auto theaterText = [&] {
        QStringList names;
        for (const QString &code : figure->theater)
            names.append(Vocabulary::countryName(code, m_language));
        return names.join(tr(", ", "separator between the items of a list"));
    };
    auto sourceNames = [&](bool titles) {
        QStringList names;
        for (const QString &id : citedSources(figure->citations)) {
            const Source *source = m_dataset->source(id);
            names.append(!source ? id : titles ? source->title.text(m_language) : source->outlet.text(m_language));
        }
        return names.join(titles ? u"\n"_s : tr(", ", "separator between the items of a list"));
    };
    auto sortValue = [&]() -> QVariant {
        if (figure->value)
            return *figure->value;
        return figure->min ? QVariant(*figure->min) : QVariant();
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return m_formatter.date(figure->asOf);
        case MetricColumn: return Vocabulary::metricName(figure->metric);
        case SubjectColumn: return actorName(figure->subject);
        case TheaterColumn: return theaterText();
        case ValueColumn: return m_formatter.figureValue(*figure);
        case SourcesColumn: return sourceNames(false);
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn: return figure->asOf.earliest();
        case ValueColumn: return sortValue();
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return figure->asOf.inferred
                ? tr("%1 (inferred: %2)").arg(m_formatter.dateWithHijri(figure->asOf), figure->asOf.note)
                : m_formatter.dateWithHijri(figure->asOf);
        case ValueColumn:
            return figure->baseline.isEmpty() ? figure->label.text(m_language)
                                              : tr("%1 (compared with %2)").arg(figure->label.text(m_language), figure->baseline);
        case SourcesColumn: return sourceNames(true);
        case SubjectColumn:
            return figure->estimatedBy.isEmpty() ? actorName(figure->subject)
                                                 : tr("Estimated by %1").arg(actorName(figure->estimatedBy));
        }
        return data(index, Qt::DisplayRole);
    case IdRole: return figure->id;
    case MetricRole: return figure->metric;
    case MetricTextRole: return Vocabulary::metricName(figure->metric);
    case KindRole: return int(figure->kind);
    case SubjectRole: return figure->subject;
    case SubjectTextRole: return actorName(figure->subject);
    case EstimatedByRole: return figure->estimatedBy;
    case TheaterRole: return figure->theater;
    case ValueRole: return optionalValue(figure->value);
    case MinRole: return optionalValue(figure->min);
    case MaxRole: return optionalValue(figure->max);
    case QualifierRole: return figure->qualifier;
    case UnitRole: return figure->unit;
    case DirectionRole: return figure->direction;
    case ValueTextRole: return m_formatter.figureValue(*figure);
    case StartDateRole: return figure->asOf.earliest();
    case EndDateRole: return figure->asOf.latest();
    case PrecisionRole: return int(figure->asOf.precision);
    case InferredRole: return figure->asOf.inferred;
    case DateTextRole: return m_formatter.date(figure->asOf);
    case LabelRole: return figure->label.text(m_language);
    case LabelArRole: return figure->label.ar;
    case LabelEnRole: return figure->label.en;
    case SummaryRole: return figure->summary.text(m_language);
    case SummaryArRole: return figure->summary.ar;
    case SummaryEnRole: return figure->summary.en;
    case BaselineRole: return figure->baseline;
    case SourceIdsRole: return citedSources(figure->citations);
    case EventIdRole: return figure->eventId;
    case ConflictsWithRole: return figure->conflictsWith;
    case SortDateRole: return qint64(figure->asOf.earliest().toJulianDay());
    case SearchTextRole: return m_searchText.value(index.row()).text();
    }
    return {};
}

QVariant FigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("As of");
    case MetricColumn: return tr("Metric");
    case SubjectColumn: return tr("Subject");
    case TheaterColumn: return tr("Theatre");
    case ValueColumn: return tr("Value");
    case SourcesColumn: return tr("Sources");
    }
    return {};
}

QHash<int, QByteArray> FigureModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    const std::pair<int, QByteArray> ours[] = {
        {IdRole, "figureId"},
        {MetricRole, "metric"},
        {MetricTextRole, "metricText"},
        {KindRole, "kind"},
        {SubjectRole, "subject"},
        {SubjectTextRole, "subjectText"},
        {EstimatedByRole, "estimatedBy"},
        {TheaterRole, "theater"},
        {ValueRole, "value"},
        {MinRole, "min"},
        {MaxRole, "max"},
        {QualifierRole, "qualifier"},
        {UnitRole, "unit"},
        {DirectionRole, "direction"},
        {ValueTextRole, "valueText"},
        {StartDateRole, "startDate"},
        {EndDateRole, "endDate"},
        {PrecisionRole, "precision"},
        {InferredRole, "inferred"},
        {DateTextRole, "dateText"},
        {LabelRole, "label"},
        {LabelArRole, "labelAr"},
        {LabelEnRole, "labelEn"},
        {SummaryRole, "summary"},
        {SummaryArRole, "summaryAr"},
        {SummaryEnRole, "summaryEn"},
        {BaselineRole, "baseline"},
        {SourceIdsRole, "sourceIds"},
        {EventIdRole, "eventId"},
        {ConflictsWithRole, "conflictsWith"},
        {SortDateRole, "sortDate"},
        {SearchTextRole, "searchText"},
    };
    for (const auto &[role, name] : ours)
        names.insert(role, name);
    return names;
}

void FigureModel::rebuildSearchText()
{
    m_searchText.clear();
    if (!m_dataset)
        return;
    m_searchText.reserve(m_dataset->figures.size());
    for (const Figure &figure : m_dataset->figures) {
        QStringList parts{figure.label.ar, figure.label.en, figure.summary.ar, figure.summary.en, figure.baseline};
        for (const QString &id : {figure.subject, figure.estimatedBy}) {
            if (const Actor *actor = m_dataset->actor(id))
                parts << actor->name.ar << actor->name.en;
        }
        for (const Citation &citation : figure.citations)
            parts << citation.quote;
        m_searchText.append(TextFolding::IndexedText(TextFolding::fold(parts.join(u'\n'))));
    }
}

} // namespace Atlas
