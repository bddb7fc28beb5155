#pragma once

#include <QStyledItemDelegate>

namespace portolan {

/**
 * Paints the flow matrix's cells as QStyledItemDelegate does, pixel for pixel, with the text laid
 * out once instead of three or four times. The style draws the cell without its text (background,
 * selection), and the text follows on one QTextLayout at the place the style would give it. Cells
 * the shortcut does not cover (focus, check box, icon, wrapping, several lines, right to left)
 * are painted by QStyledItemDelegate itself.
 */
class FlowMatrixDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace portolan
