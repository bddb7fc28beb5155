#pragma once

#include <QWidget>

class QAbstractProxyModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace portolan {

class Document;
class FlowFilterModel;
class FlowTableModel;

/**
 * The flow matrix dock: the derived flows in a sortable table with filters by text, zone pair,
 * protocol and host. The host filter follows the canvas selection.
 */
class FlowMatrixWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FlowMatrixWidget(Document *document, QWidget *parent = nullptr);

    FlowTableModel *model() const { return m_model; }
    FlowFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *zonePairFilter() const { return m_zonePair; }
    QComboBox *protocolFilter() const { return m_protocol; }

    /// Shows only the flows of these hosts (the canvas selection); empty shows all.
    void setHostFilter(const QStringList &hostIds, const QString &description);
    /// Puts a proxy between the flow table and the filters, so that a mode can add columns (a
    /// probe's results); its source becomes the flow table. Null takes it out again.
    void setColumnsProxy(QAbstractProxyModel *proxy);

signals:
    /// A row was chosen: the flow's two hosts (source empty on a block row).
    void flowSelected(const QString &sourceId, const QString &destinationId);

private:
    void updateZonePairs();
    void updateCount();
    void onCurrentChanged();

    Document *m_document;
    FlowTableModel *m_model;
    FlowFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_zonePair;
    QComboBox *m_protocol;
    QLabel *m_hostLabel;
    QToolButton *m_clearHosts;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace portolan
