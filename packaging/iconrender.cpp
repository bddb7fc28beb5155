// portolan-iconrender: renders the application icon's SVG into the PNG sizes of the hicolor icon
// theme, with the same renderer the editor uses for its window icon. A build tool, not installed.
//
//     portolan-iconrender ICON.svg SIZE OUTPUT.png [SIZE OUTPUT.png ...]

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "portolan-iconrender: %s\n", qUtf8Printable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3 || args.size() % 2 == 0)
        fail(QStringLiteral("usage: portolan-iconrender ICON.svg SIZE OUTPUT.png [SIZE OUTPUT.png ...]"));

    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid())
        fail(QStringLiteral("%1: not a valid SVG image").arg(args.at(0)));

    for (qsizetype i = 1; i < args.size(); i += 2) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 1024)
            fail(QStringLiteral("%1: not an icon size in pixels").arg(args.at(i)));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();

        QSaveFile file(args.at(i + 1));
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            fail(QStringLiteral("%1: cannot write the image: %2").arg(args.at(i + 1), file.errorString()));
    }
    return 0;
}
