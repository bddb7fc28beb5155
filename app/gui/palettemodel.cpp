#include "palettemodel.h"

#include "iconcache.h"

#include "catalog/catalog.h"
#include "catalog/catalogtext.h"

#include <QMimeData>

namespace portolan {

PaletteModel::PaletteModel(const Catalog &catalog, QObject *parent)
    : QStandardItemModel(parent)
{
    const QList<QPair<QString, QString>> products = catalog.products();
    for (const auto &product : products) {
        auto *group = new QStandardItem(CatalogText::productTitle(product.first, product.second));
        QFont font = group->font();
        font.setBold(true);
        group->setFont(font);
        group->setFlags(Qt::ItemIsEnabled);
        group->setForeground(IconCache::productColor(product.first).darker(130));
        for (const HostType &type : catalog.types()) {
            if (type.product != product.first)
                continue;
            const QString name = CatalogText::typeText(type.id, type.name);
            const QString description = CatalogText::typeText(type.id, type.description);
            auto *item = new QStandardItem(IconCache::icon(type.icon), name);
            item->setData(type.id, TypeIdRole);
            item->setToolTip(
                QStringLiteral("<b>%1</b><p>%2</p>").arg(name.toHtmlEscaped(), description.toHtmlEscaped()));
            item->setStatusTip(description);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            group->appendRow(item);
        }
        appendRow(group);
    }
}

QModelIndex PaletteModel::indexOfType(const QString &typeId) const
{
    const QModelIndexList found
        = match(index(0, 0), TypeIdRole, typeId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QStringList PaletteModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const QString typeId = index.data(TypeIdRole).toString();
        if (typeId.isEmpty())
            continue;
        auto *data = new QMimeData;
        data->setData(MimeType, typeId.toUtf8());
        return data;
    }
    return nullptr;
}

} // namespace portolan
