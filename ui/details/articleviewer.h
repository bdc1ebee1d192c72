// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTextEdit;

namespace Atlas {

/*
 * A source article's full text, right-to-left, with one quote highlighted and scrolled into
 * view: how a researcher checks a figure against the sentence it came from. Owns its widgets.
 */
class ArticleViewer : public QDialog
{
    Q_OBJECT

public:
    explicit ArticleViewer(QWidget *parent = nullptr);

    // Loads the article file and highlights `quote`; false (with the text explaining why shown
    // in the dialog) when the file cannot be read or the quote is not in it.
    bool showArticle(const QString &title, const QString &articlePath, const QString &quote);
    // The same for an article whose text the project keeps (one added with File > Add Article…).
    bool showArticleText(const QString &title, const QString &text, const QString &quote);
    bool quoteFound() const { return m_quoteFound; }
    QString highlightedText() const;

private:
    QLabel *m_heading;
    QTextEdit *m_text;
    bool m_quoteFound = false;
};

} // namespace Atlas
