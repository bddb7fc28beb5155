#include "iconcache.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace portolan {

namespace {

QString iconPath(const QString &iconName)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(iconName);
    return QFile::exists(path) ? path : QStringLiteral(":/icons/unknown.svg");
}

} // namespace

QPixmap IconCache::pixmap(const QString &iconName, int size)
{
    static QHash<QString, QPixmap> cache;
    const QString key = iconName + QLatin1Char('@') + QString::number(size);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap result(size, size);
    result.fill(Qt::transparent);
    QSvgRenderer renderer(iconPath(iconName));
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    cache.insert(key, result);
    return result;
}

QIcon IconCache::icon(const QString &iconName)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(iconName);
    if (it != cache.constEnd())
        return *it;
    QIcon result;
    for (int size : {16, 24, 32, 48, 64})
        result.addPixmap(pixmap(iconName, size));
    cache.insert(iconName, result);
    return result;
}

QIcon IconCache::appIcon()
{
    return icon(QStringLiteral("portolan"));
}

QColor IconCache::productColor(const QString &product)
{
    if (product == QLatin1String("pcns"))
        return QColor(0xd9, 0x77, 0x06);
    if (product == QLatin1String("clearscada"))
        return QColor(0x0f, 0x8a, 0x7e);
    if (product == QLatin1String("tippingpoint"))
        return QColor(0xc6, 0x28, 0x28);
    if (product == QLatin1String("vos"))
        return QColor(0x6a, 0x4c, 0xb0);
    return QColor(0x2f, 0x6d, 0xb0);
}

} // namespace portolan
