#include "flowmatrixdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace portolan {

void FlowMatrixDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyleOptionViewItem::ViewItemFeatures others = QStyleOptionViewItem::HasCheckIndicator
        | QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    if ((opt.features & others) || (opt.state & (QStyle::State_HasFocus | QStyle::State_Editing))
        || opt.direction != Qt::LeftToRight || opt.text.contains(QChar::LineSeparator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The text as QCommonStyle draws an item's text: inside the margins of a focus frame, centred
    // on the height of its layout, elided at the width left.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    const auto layOut = [&](QTextLayout *layout) {
        layout->setTextOption(textOption);
        layout->beginLayout();
        QTextLine line = layout->createLine();
        if (line.isValid()) {
            line.setLineWidth(textRect.width());
            line.setPosition(QPointF(0, 0));
        }
        layout->endLayout();
        return line;
    };
    QTextLayout layout(text, opt.font);
    QTextLine line = layOut(&layout);
    if (!line.isValid())
        return;
    const QRect aligned = QStyle::alignedRect(
        Qt::LayoutDirectionAuto, opt.displayAlignment, layout.boundingRect().size().toSize(), textRect);
    const QPointF position(textRect.x(), aligned.top());
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect, painter->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    if (line.naturalTextWidth() > textRect.width()) {
        QTextLayout elided(
            QFontMetrics(opt.font).elidedText(text, opt.textElideMode, textRect.width()), opt.font);
        layOut(&elided);
        elided.draw(painter, position);
    } else {
        layout.draw(painter, position);
    }
    painter->restore();
}

} // namespace portolan
