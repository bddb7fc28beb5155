#pragma once

#include <QStandardItemModel>

namespace portolan {

class Catalog;

/**
 * The host types of the catalog grouped by product, for the palette. Dragging a type carries
 * the custom MIME type below holding the type id; the canvas creates a host where it is dropped.
 */
class PaletteModel : public QStandardItemModel
{
    Q_OBJECT

public:
    static inline const QString MimeType = QStringLiteral("application/x-portolan-host-type");
    enum Roles { TypeIdRole = Qt::UserRole + 1 };

    explicit PaletteModel(const Catalog &catalog, QObject *parent = nullptr);

    /// The index of a type's row, for tests and searches.
    QModelIndex indexOfType(const QString &typeId) const;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
};

} // namespace portolan
