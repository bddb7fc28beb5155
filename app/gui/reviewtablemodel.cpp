#include "reviewtablemodel.h"

#include "review/reviewpdf.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace portolan {

ReviewTableModel::ReviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReviewTableModel::setResult(const ReviewResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.requests.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ReviewTableModel::verdictRank(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Forbidden:
        return 0;
    case Verdict::Conflicts:
        return 1;
    case Verdict::Unknown:
        return 2;
    case Verdict::PartlyRequired:
        return 3;
    case Verdict::NotRequired:
        return 4;
    case Verdict::Shadowed:
        return 5;
    case Verdict::Required:
        return 6;
    case Verdict::Consistent:
        return 7;
    }
    return 8;
}

QIcon ReviewTableModel::verdictIcon(Verdict verdict)
{
    static QHash<int, QIcon> icons;
    if (const auto found = icons.constFind(int(verdict)); found != icons.cend())
        return *found;
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        painter.setPen(Qt::NoPen);
        painter.setBrush(ReviewPdf::verdictColour(verdict));
        painter.drawEllipse(QRectF(1, 1, s - 2, s - 2));
        QPen pen(Qt::white, std::max<qreal>(1.5, s / 9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPainterPath sign;
        switch (verdict) {
        case Verdict::Required:
        case Verdict::Consistent: // a tick
            sign.moveTo(s * 0.28, s * 0.52);
            sign.lineTo(s * 0.44, s * 0.68);
            sign.lineTo(s * 0.73, s * 0.35);
            break;
        case Verdict::Forbidden:
        case Verdict::Conflicts: // a cross
            sign.moveTo(s * 0.32, s * 0.32);
            sign.lineTo(s * 0.68, s * 0.68);
            sign.moveTo(s * 0.68, s * 0.32);
            sign.lineTo(s * 0.32, s * 0.68);
            break;
        case Verdict::PartlyRequired: // a half disc
            painter.setBrush(Qt::white);
            painter.setPen(Qt::NoPen);
            painter.drawPie(QRectF(s * 0.25, s * 0.25, s * 0.5, s * 0.5), 90 * 16, 180 * 16);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(pen);
            painter.drawEllipse(QRectF(s * 0.25, s * 0.25, s * 0.5, s * 0.5));
            break;
        case Verdict::NotRequired: // a dash
            sign.moveTo(s * 0.3, s * 0.5);
            sign.lineTo(s * 0.7, s * 0.5);
            break;
        case Verdict::Shadowed: // two stacked bars: hidden behind another rule
            sign.moveTo(s * 0.3, s * 0.4);
            sign.lineTo(s * 0.7, s * 0.4);
            sign.moveTo(s * 0.3, s * 0.6);
            sign.lineTo(s * 0.7, s * 0.6);
            break;
        case Verdict::Unknown: // a question mark
            sign.moveTo(s * 0.38, s * 0.38);
            sign.cubicTo(s * 0.38, s * 0.22, s * 0.64, s * 0.22, s * 0.63, s * 0.38);
            sign.cubicTo(s * 0.62, s * 0.48, s * 0.5, s * 0.48, s * 0.5, s * 0.6);
            painter.drawPoint(QPointF(s * 0.5, s * 0.74));
            break;
        }
        painter.drawPath(sign);
        painter.end();
        icon.addPixmap(pixmap);
    }
    icons.insert(int(verdict), icon);
    return icon;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.requests.size())
        return QVariant();
    const ReviewedRequest &reviewed = m_result.requests.at(index.row());
    const RequestSpec &request = reviewed.request;
    if (role == VerdictRole)
        return int(reviewed.verdict);
    if (role == RequestRole)
        return index.row();
    if (role == Qt::ToolTipRole)
        return reviewed.message;
    if (role == SortRole) {
        switch (index.column()) {
        case IdColumn:
            return request.line * 100000 + index.row();
        case VerdictColumn:
            return verdictRank(reviewed.verdict) * 10000000 + index.row();
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (index.column() == VerdictColumn) {
        if (role == Qt::DecorationRole)
            return verdictIcon(reviewed.verdict);
        if (role == Qt::BackgroundRole) {
            const QColor colour = ReviewPdf::verdictColour(reviewed.verdict);
            return QColor::fromRgbF(
                0.8 + 0.2 * colour.redF(), 0.8 + 0.2 * colour.greenF(), 0.8 + 0.2 * colour.blueF());
        }
        if (role == Qt::ForegroundRole)
            return QColor(Qt::black);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case IdColumn:
        return request.id;
    case VerdictColumn:
        return verdictName(reviewed.verdict);
    case ActionColumn:
        return actionName(request.action);
    case SourceColumn:
        return request.source;
    case DestinationColumn:
        return request.destination;
    case ProtocolColumn:
        return request.protocol;
    case PortsColumn:
        return request.ports;
    case ReasonsColumn:
        return reviewed.message;
    default:
        return QVariant();
    }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case VerdictColumn:
        return tr("Verdict");
    case ActionColumn:
        return tr("Action");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case ProtocolColumn:
        return tr("Protocol");
    case PortsColumn:
        return tr("Ports");
    case ReasonsColumn:
        return tr("Reasons");
    default:
        return QVariant();
    }
}

} // namespace portolan
