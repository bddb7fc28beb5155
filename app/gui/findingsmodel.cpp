#include "findingsmodel.h"

#include "document.h"

#include "catalog/catalogtext.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace portolan {

FindingsModel::FindingsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::derivationChanged, this, &FindingsModel::reload);
    reload();
}

void FindingsModel::reload()
{
    beginResetModel();
    m_hostIds.clear();
    m_hostNames.clear();
    m_texts.clear();
    const Design &design = m_document->derivedDesign();
    for (const Finding &finding : m_document->derivation().findings) {
        // Hosts and zones by the names people gave them, not by their ids.
        m_texts.append(CatalogText::message(finding.rule, finding.text(design)));
        QStringList ids;
        QStringList names;
        for (int host : finding.hosts) {
            if (host >= 0 && host < design.hosts().size()) {
                ids.append(design.hosts().at(host).id);
                names.append(design.hosts().at(host).displayName());
            }
        }
        m_hostIds.append(ids);
        m_hostNames.append(names.join(QLatin1String(", ")));
    }
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hostIds.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hostIds.size())
        return {};
    const Finding &finding = m_document->derivation().findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: {
            switch (finding.severity) {
            case Severity::Error:
                return tr("Error");
            case Severity::Warning:
                return tr("Warning");
            case Severity::Info:
                return tr("Info");
            }
            break;
        }
        case MessageColumn:
            return m_texts.at(index.row());
        case HostsColumn:
            return m_hostNames.at(index.row());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return tr("%1\n(rule %2)").arg(m_texts.at(index.row()), finding.rule);
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            QStyle *style = QApplication::style();
            switch (finding.severity) {
            case Severity::Error:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case Severity::Warning:
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case Severity::Info:
                return style->standardIcon(QStyle::SP_MessageBoxInformation);
            }
        }
        break;
    case HostIdsRole:
        return m_hostIds.at(index.row());
    case SeverityRole:
        return int(finding.severity);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Finding");
    case HostsColumn:
        return tr("Hosts");
    }
    return {};
}

} // namespace portolan
