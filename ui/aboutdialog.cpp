// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "basemap.h"
#include "dataset.h"
#include "formatter.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

AboutDialog::AboutDialog(const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Coalition Atlas"));
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(false);
    // Paragraphs take the dialog's direction, not that of their first letter: an Arabic sentence
    // that opens with a Latin name still reads right to left.
    QTextOption direction = text->document()->defaultTextOption();
    direction.setTextDirection(layoutDirection());
    text->document()->setDefaultTextOption(direction);
    text->setHtml(aboutHtml(dataset));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(620, 560);
}

QString AboutDialog::aboutHtml(const Dataset &dataset)
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    const Language language = QGuiApplication::layoutDirection() == Qt::RightToLeft ? Language::Arabic : Language::English;
    const Formatter formatter(language);

    QString html = u"<h2>%1</h2>"_s.arg(e(tr("Coalition Atlas %1").arg(QStringLiteral(COALITION_ATLAS_VERSION))));
    html += u"<p>%1</p>"_s.arg(e(tr("A timeline, map and charts of the international coalition against ISIS in Syria "
                                    "and Iraq, 2014-2024, for researchers. Every event and figure leads back to the "
                                    "exact Arabic sentence it was taken from.")));
    html += u"<h3>%1</h3>"_s.arg(e(tr("Dataset")));
    html += u"<p>%1</p>"_s.arg(e(tr("%1, version %2: %3 sources, %4 places, %5 events, %6 figures.")
                                     .arg(dataset.info.name, dataset.info.version)
                                     .arg(dataset.sources.size())
                                     .arg(dataset.places.size())
                                     .arg(dataset.eventCount())
                                     .arg(dataset.figures.size())));
    html += u"<ul>"_s;
    for (const Source &source : dataset.sources) {
        html += u"<li>%1 &mdash; <span dir=\"rtl\">%2</span> (%3)</li>"_s.arg(
            e(source.outlet.text(language)), e(source.title.ar), e(formatter.date(source.published)));
    }
    html += u"</ul>"_s;
    html += u"<p>%1</p>"_s.arg(e(tr("Figures are as reported by the cited outlets; English titles and summaries are "
                                    "the dataset editors' translations.")));

    html += u"<h3>%1</h3>"_s.arg(e(tr("Map and coordinate data")));
    const BaseMap &baseMap = BaseMap::bundled();
    html += u"<p>%1</p>"_s.arg(e(tr("Base map: %1 Licence: %2.").arg(baseMap.attribution(), baseMap.licence())));
    if (!baseMap.sources().isEmpty())
        html += u"<p><small>%1</small></p>"_s.arg(e(tr("Converted from: %1").arg(baseMap.sources().join(u"; "_s))));
    QSet<QString> coordinateSources;
    for (const Place &place : dataset.places)
        coordinateSources.insert(place.coordSource);
    QStringList sorted(coordinateSources.cbegin(), coordinateSources.cend());
    sorted.sort();
    html += u"<p>%1</p><ul>"_s.arg(e(tr("Coordinates of places:")));
    for (const QString &source : std::as_const(sorted))
        html += u"<li>%1</li>"_s.arg(e(source));
    html += u"</ul>"_s;
    html += u"<p>%1</p>"_s.arg(e(tr("Online map tiles, when switched on: \u00a9 OpenStreetMap contributors.")));

    html += u"<h3>%1</h3>"_s.arg(e(tr("Licence")));
    html += u"<p>%1</p>"_s.arg(e(tr("Coalition Atlas is free software under the GNU General Public License, version 3 "
                                    "or later. It uses Qt %1 (LGPL/GPL) and ICU (Unicode licence).")
                                     .arg(QString::fromLatin1(qVersion()))));
    return html;
}

} // namespace Atlas
