// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMimeData;
class QWidget;

namespace Atlas {

/*
 * Dropping a dataset (.json) or project (.gpkg) file anywhere on a window opens it: accepts a
 * drag that carries exactly one such local file and emits dropped() with its path. It watches
 * the window's widgets through an application event filter, because some of them take drops
 * for themselves (the map's QQuickWidget, the charts' graphics views, text fields) and would
 * otherwise refuse the file. Owns nothing; lives as long as its window.
 */
class DocumentDrop : public QObject
{
    Q_OBJECT

public:
    explicit DocumentDrop(QWidget *window);

    // The path of the one dataset or project file `mime` carries, or an empty string.
    static QString documentPath(const QMimeData *mime);

Q_SIGNALS:
    void dropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
};

} // namespace Atlas
