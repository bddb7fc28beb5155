#pragma once

#include "import/inventoryimport.h"

#include <QDialog>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace portolan {

class Document;
class ImportPreviewModel;

/**
 * File > Import Hosts from CSV: reads a host inventory, previews per row the id, type, zone and
 * address each host will get and every bad row with its reason, and adds the hosts (and the new
 * zones they name) to the document in one undo step. Nothing is imported while a row is bad: the
 * file is fixed and reloaded, as the command line refuses it too.
 */
class ImportHostsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHostsDialog(Document *document, QWidget *parent = nullptr);

    /// Reads the inventory and shows its preview; false when it cannot be imported as it is.
    bool loadFile(const QString &path);
    /// Adds the previewed hosts to the document (one undo step); false when there is nothing to add.
    bool importHosts();

    ImportPreviewModel *model() const { return m_model; }
    QString summary() const;
    QPushButton *importButton() const { return m_import; }

    /**
     * The zones and hosts an import adds: the new zones get canvas areas right of what the design
     * shows, stacked, each large enough for the grid of its hosts; hosts keep no coordinates, so
     * the placement puts them in their zone's grid.
     */
    static Design fragment(const Design &design, const InventoryImport::Result &result);

signals:
    /// A message for the status bar once hosts were imported.
    void imported(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void browse();
    void showResult();

    Document *m_document;
    ImportPreviewModel *m_model;
    QLineEdit *m_path;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_import;
    InventoryImport::Result m_result;
    bool m_loaded = false;
};

} // namespace portolan
