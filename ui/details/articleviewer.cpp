// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleviewer.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

ArticleViewer::ArticleViewer(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_text(new QTextEdit(this))
{
    setObjectName(u"articleViewer"_s);
    setWindowTitle(tr("Source article"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_text->setReadOnly(true);
    m_text->setLayoutDirection(Qt::RightToLeft);
    QFont arabic(u"Noto Naskh Arabic"_s);
    arabic.setPointSizeF(font().pointSizeF() * 1.25);
    m_text->setFont(arabic);
    m_text->setAccessibleName(tr("Article text"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

bool ArticleViewer::showArticle(const QString &title, const QString &articlePath, const QString &quote)
{
    m_quoteFound = false;
    m_text->setExtraSelections({});
    QFile file(articlePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_heading->setText(tr("Cannot open the article %1: %2").arg(articlePath, file.errorString()));
        m_text->clear();
        return false;
    }
    return showArticleText(title, QString::fromUtf8(file.readAll()), quote);
}

bool ArticleViewer::showArticleText(const QString &title, const QString &text, const QString &quote)
{
    m_quoteFound = false;
    m_text->setExtraSelections({});
    m_text->setPlainText(text);
    // Every paragraph right-to-left, whatever the UI direction: the articles are Arabic.
    QTextCursor all(m_text->document());
    all.select(QTextCursor::Document);
    QTextBlockFormat rtl;
    rtl.setLayoutDirection(Qt::RightToLeft);
    rtl.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    all.mergeBlockFormat(rtl);

    const qsizetype at = text.indexOf(quote);
    if (quote.isEmpty() || at < 0) {
        m_heading->setText(tr("%1\nThe quoted sentence was not found in this article.").arg(title));
        return false;
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + quote.size()), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection highlight;
    highlight.cursor = cursor;
    highlight.format.setBackground(palette().color(QPalette::Highlight));
    highlight.format.setForeground(palette().color(QPalette::HighlightedText));
    m_text->setExtraSelections({highlight});
    QTextCursor caret(m_text->document());
    caret.setPosition(int(at));
    m_text->setTextCursor(caret);
    m_text->ensureCursorVisible();
    m_heading->setText(title);
    m_quoteFound = true;
    return true;
}

QString ArticleViewer::highlightedText() const
{
    const QList<QTextEdit::ExtraSelection> selections = m_text->extraSelections();
    return selections.isEmpty() ? QString() : selections.constFirst().cursor.selectedText();
}

} // namespace Atlas
