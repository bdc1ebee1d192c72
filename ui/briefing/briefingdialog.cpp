// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingdialog.h"

#include "atlasdocument.h"
#include "briefingcontent.h"
#include "chartcatalog.h"
#include "filtercriteria.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

BriefingDialog::BriefingDialog(const AtlasDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Briefing Sheet"));
    auto *form = new QFormLayout;

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(BriefingOptions::defaultTitle());
    form->addRow(tr("&Title:"), m_title);

    m_useViewWindow = new QCheckBox(tr("Use the time window of the view"), this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    form->addRow(tr("Period:"), m_useViewWindow);
    form->addRow(QString(), period);
    connect(m_useViewWindow, &QCheckBox::toggled, this, &BriefingDialog::updatePeriodEnabled);

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    form->addRow(tr("&Paper:"), m_paper);
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    form->addRow(tr("&Orientation:"), m_orientation);

    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    m_map = new QCheckBox(tr("&Map of the period"), sections);
    m_figures = new QCheckBox(tr("&Key figures"), sections);
    m_charts = new QCheckBox(tr("C&harts"), sections);
    m_events = new QCheckBox(tr("&Events with citations"), sections);
    m_sources = new QCheckBox(tr("&Sources"), sections);
    // Above BriefingOptions::summaryThreshold events the sheet lists only the top events.
    m_appendix = new QCheckBox(tr("Every event as an &appendix when the sheet summarises many events"), sections);
    for (QCheckBox *box : { m_map, m_figures, m_charts, m_events, m_sources, m_appendix })
        sectionLayout->addWidget(box);
    connect(m_events, &QCheckBox::toggled, m_appendix, &QWidget::setEnabled);
    form->addRow(sections);

    m_firstChart = new QComboBox(this);
    m_secondChart = new QComboBox(this);
    for (QComboBox *combo : { m_firstChart, m_secondChart }) {
        combo->addItem(tr("None"), QString());
        for (const QString &name : ChartCatalog::names())
            combo->addItem(ChartCatalog::title(name), name);
    }
    form->addRow(tr("&First chart:"), m_firstChart);
    form->addRow(tr("Se&cond chart:"), m_secondChart);
    connect(m_charts, &QCheckBox::toggled, m_firstChart, &QWidget::setEnabled);
    connect(m_charts, &QCheckBox::toggled, m_secondChart, &QWidget::setEnabled);

    m_atlasMode = new QComboBox(this);
    m_atlasMode->addItem(tr("One sheet"), int(BriefingAtlasMode::None));
    m_atlasMode->addItem(tr("One sheet per year"), int(BriefingAtlasMode::Year));
    m_atlasMode->addItem(tr("One sheet per site"), int(BriefingAtlasMode::Site));
    form->addRow(tr("&Atlas:"), m_atlasMode);

    m_digits = new QComboBox(this);
    m_digits->addItem(tr("As in the application"), -1);
    m_digits->addItem(tr("Latin (0123)"), int(DigitStyle::Latin));
    m_digits->addItem(tr("Arabic-Indic (٠١٢٣)"), int(DigitStyle::ArabicIndic));
    form->addRow(tr("&Digits:"), m_digits);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setOptions(savedOptions());
}

void BriefingDialog::updatePeriodEnabled()
{
    const bool own = !m_useViewWindow->isChecked();
    m_from->setEnabled(own);
    m_to->setEnabled(own);
}

void BriefingDialog::setOptions(const BriefingOptions &options)
{
    m_title->setText(options.title);
    const bool useView = options.useDocumentWindow && !options.from.isValid() && !options.to.isValid();
    m_useViewWindow->setChecked(useView);
    if (m_document) {
        BriefingOptions window = options;
        window.filter = m_document->filter()->state();
        const auto [from, to] = BriefingCollector::resolvedWindow(*m_document, window);
        m_from->setDate(from.isValid() ? from : QDate(2014, 1, 1));
        m_to->setDate(to.isValid() ? to : QDate::currentDate());
    }
    updatePeriodEnabled();
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(options.paper))));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(int(options.orientation))));
    m_map->setChecked(options.sections.testFlag(BriefingSection::Map));
    m_figures->setChecked(options.sections.testFlag(BriefingSection::KeyFigures));
    m_charts->setChecked(options.sections.testFlag(BriefingSection::Charts));
    m_events->setChecked(options.sections.testFlag(BriefingSection::Events));
    m_sources->setChecked(options.sections.testFlag(BriefingSection::Sources));
    m_appendix->setChecked(options.appendix);
    m_appendix->setEnabled(m_events->isChecked());
    m_firstChart->setCurrentIndex(std::max(0, m_firstChart->findData(options.charts.value(0))));
    m_secondChart->setCurrentIndex(std::max(0, m_secondChart->findData(options.charts.value(1))));
    m_firstChart->setEnabled(m_charts->isChecked());
    m_secondChart->setEnabled(m_charts->isChecked());
    m_atlasMode->setCurrentIndex(std::max(0, m_atlasMode->findData(int(options.atlasMode))));
    m_digits->setCurrentIndex(std::max(0, m_digits->findData(options.digits ? int(*options.digits) : -1)));
}

BriefingOptions BriefingDialog::options() const
{
    BriefingOptions options;
    options.title = m_title->text().trimmed();
    if (m_document)
        options.filter = m_document->filter()->state();
    options.useDocumentWindow = m_useViewWindow->isChecked();
    if (!options.useDocumentWindow) {
        options.from = m_from->date();
        options.to = m_to->date();
    }
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    BriefingSections sections;
    sections.setFlag(BriefingSection::Map, m_map->isChecked());
    sections.setFlag(BriefingSection::KeyFigures, m_figures->isChecked());
    sections.setFlag(BriefingSection::Charts, m_charts->isChecked());
    sections.setFlag(BriefingSection::Events, m_events->isChecked());
    sections.setFlag(BriefingSection::Sources, m_sources->isChecked());
    options.sections = sections;
    options.appendix = m_appendix->isChecked();
    options.charts.clear();
    for (const QComboBox *combo : { m_firstChart, m_secondChart }) {
        const QString name = combo->currentData().toString();
        if (!name.isEmpty() && !options.charts.contains(name))
            options.charts.append(name);
    }
    options.atlasMode = BriefingAtlasMode(m_atlasMode->currentData().toInt());
    if (const int digits = m_digits->currentData().toInt(); digits >= 0)
        options.digits = DigitStyle(digits);
    if (m_document)
        options.language = m_document->language();
    return options;
}

void BriefingDialog::accept()
{
    const BriefingOptions chosen = options();
    if (!chosen.useDocumentWindow && chosen.from > chosen.to) {
        QMessageBox::warning(this, windowTitle(), tr("The period starts after it ends. Choose a start date on or before the end date."));
        return;
    }
    saveOptions(chosen);
    QDialog::accept();
}

BriefingOptions BriefingDialog::savedOptions()
{
    BriefingOptions options;
    QSettings settings;
    settings.beginGroup(u"briefing"_s);
    options.title = settings.value(u"title"_s).toString();
    options.paper = settings.value(u"paper"_s, u"a4"_s).toString() == u"letter"_s ? QPageSize::Letter : QPageSize::A4;
    options.orientation = settings.value(u"orientation"_s).toString() == u"landscape"_s ? QPageLayout::Landscape
                                                                                         : QPageLayout::Portrait;
    options.sections = BriefingSections::fromInt(settings.value(u"sections"_s, options.sections.toInt()).toInt());
    options.appendix = settings.value(u"appendix"_s, false).toBool();
    if (settings.contains(u"charts"_s))
        options.charts = settings.value(u"charts"_s).toStringList();
    options.atlasMode = BriefingOptions::atlasModeFromName(settings.value(u"atlasMode"_s).toString()).value_or(BriefingAtlasMode::None);
    const QString digits = settings.value(u"digits"_s).toString();
    if (digits == u"arabic-indic"_s)
        options.digits = DigitStyle::ArabicIndic;
    else if (digits == u"latin"_s)
        options.digits = DigitStyle::Latin;
    settings.endGroup();
    return options;
}

void BriefingDialog::saveOptions(const BriefingOptions &options)
{
    QSettings settings;
    settings.beginGroup(u"briefing"_s);
    settings.setValue(u"title"_s, options.title);
    settings.setValue(u"paper"_s, options.paper == QPageSize::Letter ? u"letter"_s : u"a4"_s);
    settings.setValue(u"orientation"_s, options.orientation == QPageLayout::Landscape ? u"landscape"_s : u"portrait"_s);
    settings.setValue(u"sections"_s, options.sections.toInt());
    settings.setValue(u"appendix"_s, options.appendix);
    settings.setValue(u"charts"_s, options.charts);
    settings.setValue(u"atlasMode"_s, BriefingOptions::atlasModeName(options.atlasMode));
    if (options.digits)
        settings.setValue(u"digits"_s, *options.digits == DigitStyle::ArabicIndic ? u"arabic-indic"_s : u"latin"_s);
    else
        settings.remove(u"digits"_s);
    settings.endGroup();
}

} // namespace Atlas
