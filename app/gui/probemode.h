#pragma once

#include "model/design.h"
#include "probe/probereport.h"
#include "probemarkitem.h"

#include "designview.h"
#include "document.h"
#include "flowmatrixwidget.h"

#include <QByteArray>
#include <QDockWidget>
#include <QHash>
#include <QObject>
#include <QPointer>

class QMainWindow;

namespace portolan {

class ProbeMarkItem;
class ProbeMatrixColumn;
class ProbePanel;
class ProbeResultsModel;
class ProbeRunner;

/**
 * The probe as a mode of the editor: it takes the document and the view, makes the canvas
 * read-only, runs the probe from this machine for one host, and shows the results as they arrive:
 * a result column in the flow matrix, marks beside the flows on the canvas (passed, refused,
 * filtered, unexpected, in words and symbols), and a dock with every result, Cancel and Save
 * Report. The design is never changed; end() gives the canvas and the matrix back as they were.
 * A change of the design underneath (another file opened) ends the mode.
 */
class ProbeMode : public QObject
{
    Q_OBJECT

public:
    ProbeMode(Document *document, DesignView *view, FlowMatrixWidget *matrix, QMainWindow *window, int host,
        const ProbeSettings &settings, const QList<QHostAddress> &machineAddresses);
    ~ProbeMode() override;

    void start();
    void cancel();
    /// Leaves the mode: stops the probe, removes the column, marks and dock; the object is deleted later.
    void end();
    bool isRunning() const;
    /// Writes the commissioning report: CSV for a .csv path, PDF otherwise; whole or not at all.
    bool saveReport(const QString &path, QString *error);
    /// Asks for a file name and saves the report there.
    void saveReportAs();

    ProbeRunner *runner() const { return m_runner; }
    ProbeResultsModel *results() const { return m_results; }
    ProbeMatrixColumn *matrixColumn() const { return m_column; }
    ProbePanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    const Design &design() const { return m_design; }
    /// The marks on the canvas, by what they mark: "flow:DESTINATION" or "blocks:DESTINATION".
    const QHash<QString, QPointer<ProbeMarkItem>> &marks() const { return m_marks; }
    ProbeReportInput reportInput() const;

signals:
    void statusMessage(const QString &message, int timeout);
    void ended();

private:
    void onOutcome(int target);
    void onFinished();
    void createMarks();
    void updateMark(const QString &key);
    QString markKey(int target) const;
    QString revisionText() const;

    QPointer<Document> m_document;
    QPointer<DesignView> m_view;
    QPointer<FlowMatrixWidget> m_matrix;
    QMainWindow *m_window;
    Design m_design; ///< the derived design as the probe started: the plan's indexes point into it
    ProbeRun m_run;
    ProbeRunner *m_runner = nullptr;
    ProbeResultsModel *m_results = nullptr;
    ProbeMatrixColumn *m_column = nullptr;
    ProbePanel *m_panel = nullptr;
    QPointer<QDockWidget> m_dock;
    QHash<QString, QPointer<ProbeMarkItem>> m_marks;
    QHash<QString, QList<int>> m_targetsOfMark;
    QByteArray m_headerState;
    int m_propertiesWidth = 0; ///< the properties dock's width, given back at the end
    bool m_ended = false;
    bool m_saved = false;
};

} // namespace portolan
