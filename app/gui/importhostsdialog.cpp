#include "importhostsdialog.h"

#include "document.h"
#include "importhostscommand.h"
#include "importpreviewmodel.h"

#include "io/inputfile.h"
#include "io/inventoryreader.h"
#include "layout/placement.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace portolan {

ImportHostsDialog::ImportHostsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new ImportPreviewModel(this))
    , m_path(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Import Hosts from CSV"));
    auto *fileLabel = new QLabel(tr("Inventory &file:"), this);
    fileLabel->setBuddy(m_path);
    m_path->setPlaceholderText(
        tr("A CSV file with the columns name, type, address, and optionally zone and id"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *reloadButton = new QPushButton(tr("&Reload"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    fileRow->addWidget(reloadButton);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setText(tr("Choose an inventory to see what it adds to the design."));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Preview of the import"));
    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(previewLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 560);

    connect(browseButton, &QPushButton::clicked, this, &ImportHostsDialog::browse);
    connect(reloadButton, &QPushButton::clicked, this, [this] { loadFile(m_path->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importHosts())
            accept();
    });
}

void ImportHostsDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the path field loads the file and shows its preview; it does not press Import.
    if (m_path->hasFocus() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->accept();
        loadFile(m_path->text());
        return;
    }
    QDialog::keyPressEvent(event);
}

void ImportHostsDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Hosts from CSV"),
        QFileInfo(m_path->text()).absolutePath(), tr("Host inventories (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportHostsDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_loaded = false;
    m_result = InventoryImport::Result();
    QByteArray data;
    QString error;
    if (path.isEmpty()) {
        m_model->setRows({});
        m_summary->setText(tr("Choose an inventory to see what it adds to the design."));
    } else if (!InputFile::read(path, &data, &error)) {
        m_model->setRows({});
        m_summary->setText(error);
    } else {
        m_result
            = InventoryImport::run(InventoryReader::read(data), m_document->design(), m_document->catalog());
        m_loaded = true;
        m_model->setRows(m_result.rows);
        showResult();
    }
    const bool ok = m_loaded && m_result.ok() && !m_result.newHosts.isEmpty() && !m_document->isReadOnly();
    m_import->setEnabled(ok);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ImportPreviewModel::Problem; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    m_table->resizeRowsToContents();
    if (m_model->rowCount() > 0)
        m_table->setFocus();
    return ok;
}

void ImportHostsDialog::showResult()
{
    const qsizetype badRows = std::count_if(m_result.rows.cbegin(), m_result.rows.cend(),
        [](const InventoryImport::Row &row) { return !row.problems.isEmpty(); });
    QStringList unplaced; // problems of the whole file, not of a row shown in the table
    for (const InventoryProblem &problem : m_result.problems) {
        if (problem.line <= 0)
            unplaced.append(problem.message);
    }
    if (badRows > 0) {
        m_summary->setText(
            tr("%n rows cannot be imported (highlighted, with the reason). Fix them in the file "
               "and reload it: nothing is imported while a row is bad.",
                nullptr, int(badRows)));
    } else if (!unplaced.isEmpty()) {
        m_summary->setText(tr("The hosts cannot be imported: %1").arg(unplaced.join(QLatin1Char(' '))));
    } else if (m_result.newHosts.isEmpty()) {
        m_summary->setText(tr("The inventory holds no hosts."));
    } else if (m_document->isReadOnly()) {
        m_summary->setText(
            tr("An old revision is shown read-only; go back to the latest revision to import."));
    } else {
        m_summary->setText(
            tr("Hosts to add: %1. New zones: %2. Import adds them in one step that Undo takes back.")
                .arg(m_result.newHosts.size())
                .arg(m_result.newZones.size()));
    }
}

QString ImportHostsDialog::summary() const
{
    return m_summary->text();
}

Design ImportHostsDialog::fragment(const Design &design, const InventoryImport::Result &result)
{
    // New zones go right of every zone area and placed host, stacked from the top.
    qreal right = 0;
    qreal top = 0;
    bool any = false;
    for (const Zone &zone : design.zones()) {
        if (zone.area.isEmpty())
            continue;
        right = any ? std::max(right, zone.area.right()) : zone.area.right();
        top = any ? std::min(top, zone.area.top()) : zone.area.top();
        any = true;
    }
    for (const Host &host : design.hosts()) {
        if (!host.hasPosition)
            continue;
        const QRectF card = Placement::hostRect(host.position);
        right = any ? std::max(right, card.right()) : card.right();
        top = any ? std::min(top, card.top()) : card.top();
        any = true;
    }
    const qreal gap = 40;
    qreal y = top;
    Design fragment;
    for (Zone zone : result.newZones) {
        const int hosts = int(std::count_if(result.newHosts.cbegin(), result.newHosts.cend(),
            [&zone](const Host &host) { return host.zone == zone.id; }));
        const int columns = std::clamp(int(std::ceil(std::sqrt(double(std::max(hosts, 1))))), 2, 6);
        const int rows = std::max(1, (hosts + columns - 1) / columns);
        // The placement puts a host's centre at (80 + column * GridX, 76 + row * GridY) in the area.
        const QSizeF size(20 + columns * Placement::GridX, 40 + rows * Placement::GridY);
        zone.area = QRectF(QPointF(std::round(any ? right + gap : 0), std::round(y)), size);
        y += size.height() + gap;
        fragment.addZone(zone);
    }
    for (const Host &host : result.newHosts)
        fragment.addHost(host);
    return fragment;
}

bool ImportHostsDialog::importHosts()
{
    if (!m_loaded || !m_result.ok() || m_result.newHosts.isEmpty() || m_document->isReadOnly())
        return false;
    m_document->undoStack()->push(
        new ImportHostsCommand(m_document, fragment(m_document->design(), m_result)));
    emit imported(tr("Imported %n hosts from %1.", nullptr, int(m_result.newHosts.size()))
                      .arg(QFileInfo(m_path->text()).fileName()));
    return true;
}

} // namespace portolan
