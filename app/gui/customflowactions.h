#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace portolan {

class DesignScene;
class Document;
class FlowMatrixWidget;

/**
 * Design > Add Custom Flow…, Edit Custom Flow… and Remove Custom Flow. A new flow starts from the
 * hosts selected on the canvas (the first as source, the second as destination), or from what a
 * host's or a link's context menu gives add(); edit and remove act on the custom flow of the matrix
 * row chosen. Each change is one undo step.
 */
class CustomFlowActions : public QObject
{
    Q_OBJECT

public:
    CustomFlowActions(Document *document, DesignScene *scene, FlowMatrixWidget *matrix, QWidget *window);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }

    /// The custom flow of the matrix's current row, or empty.
    QString currentCustomFlow() const;

    /// Opens the dialog for a new custom flow from `source` to `destination` (host ids, may be empty).
    void add(const QString &source, const QString &destination);
    void edit(const QString &id);

private:
    void updateActions();
    void report(const QString &problem);

    Document *m_document;
    DesignScene *m_scene;
    FlowMatrixWidget *m_matrix;
    QWidget *m_window;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace portolan
