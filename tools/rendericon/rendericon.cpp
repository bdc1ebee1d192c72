// SPDX-License-Identifier: GPL-3.0-or-later
// rendericon: renders an SVG icon to square PNGs, one per size, at build time.
//   rendericon ICON.svg OUT-DIR SIZE... writes OUT-DIR/SIZExSIZE.png for each SIZE.
// QSvgRenderer draws with antialiasing onto a transparent image; no window system is needed.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: rendericon ICON.svg OUT-DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "rendericon: cannot read the SVG " << arguments.at(1) << '\n';
        return 1;
    }
    const QDir out(arguments.at(2));
    for (const QString &text : arguments.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << "rendericon: not a size in pixels: " << text << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString file = out.filePath(u"%1x%1.png"_s.arg(size));
        if (!image.save(file, "PNG")) {
            err << "rendericon: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
