// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextractor.h"
#include "articlereview.h"
#include "datasetedit.h"
#include "gazetteer.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Atlas {

/*
 * File > Add Article…: the article (pasted or opened) with its outlet, titles and publication
 * date or "date unknown"; Read runs the ArticleExtractor, then the article shows on one side
 * with its dates, numbers and places highlighted and the candidates on the other. Each event or
 * number candidate can be accepted (with its category, titles in both languages, metric, place
 * and actor edited) or rejected. edit() gives the accepted facts as a DatasetEdit built by
 * ArticleReview; the dialog changes nothing itself. Reads the dataset it is given, owns only
 * its widgets and the extraction.
 */
class ArticleReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ArticleReviewDialog(const Dataset &dataset, QWidget *parent = nullptr);

    void setArticle(const QString &text, const QString &fileName);
    bool openFile(const QString &path); // asks about the encoding when it is not UTF-8
    void read();                         // runs the reader over the text as it stands
    // Accepts or rejects the candidate of a row of the candidate list (events first, then numbers).
    void setDecision(int row, bool accepted);
    DatasetEdit edit() const { return m_edit; }
    const Article::ArticleExtraction &extraction() const { return *m_extraction; }

    void accept() override; // builds the edit; stays open and lists the problems when invalid

private:
    void chooseFile();
    void showCandidate();
    void highlight();
    QList<Article::ArticleReview::Decision> decisions() const;

    const Dataset &m_dataset;
    Article::Gazetteer m_gazetteer;
    std::optional<Article::ArticleExtraction> m_extraction;
    QList<Article::ArticleReview::Decision> m_rows; // one per candidate row
    QList<int> m_accepted;                          // rows: -1 undecided, 0 rejected, 1 accepted
    DatasetEdit m_edit;
    QString m_fileName;

    QLineEdit *m_outlet;
    QLineEdit *m_titleAr;
    QLineEdit *m_titleEn;
    QDateEdit *m_published;
    QCheckBox *m_dateUnknown;
    QPlainTextEdit *m_article;
    QTreeWidget *m_candidates;
    QComboBox *m_category;
    QLineEdit *m_itemTitleAr;
    QLineEdit *m_itemTitleEn;
    QLineEdit *m_metric;
    QComboBox *m_place;
    QComboBox *m_actor;
    QPushButton *m_acceptButton;
    QPushButton *m_rejectButton;
    QLabel *m_status;
    bool m_loading = false;
};

} // namespace Atlas
