#pragma once

#include "comparemarkitem.h"

#include "model/design.h"
#include "storage/signoff.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace portolan {

class ChangeReview;
class ChangesDock;
class DesignView;
class Document;

/**
 * Compare mode: the document's design (the change, as it is now) against an older design (a
 * revision of its project, or another file). The canvas shows the union of both: hosts, links and
 * zones the change adds are marked as added, those it removes are drawn as ghosts where they were,
 * those it changes are marked, and everything else is dimmed; the Changes dock lists the design
 * changes with the flows and findings each causes. The canvas is read-only meanwhile, and leaving
 * the mode (Esc, the dock's button, or any change to the document) removes every mark: the design
 * and its undo history are never touched.
 */
class CompareMode : public QObject
{
    Q_OBJECT

public:
    /// What the canvas shows for a host, link or zone while comparing.
    enum class State { Unmarked, Dimmed, Added, Changed, Removed };

    /// The dock is created here; the window docks it.
    CompareMode(Document *document, DesignView *view, QWidget *window);
    ~CompareMode() override;

    ChangesDock *dock() const { return m_dock; }
    bool isActive() const { return m_review != nullptr; }
    const ChangeReview *review() const { return m_review.get(); }
    /// The revision compared with, 0 when it is not a revision of the document's project.
    int baseRevision() const { return m_baseRevision; }

    /// Compares the document with revision `number` of its project file; false (with a message) when
    /// it cannot be read.
    bool compareWithRevision(int number);
    /// Compares the document with a design file (a project file: its latest revision).
    bool compareWithFile(const QString &path);
    /// Compares the document with a design; `label` names it ("revision 2 of plant.portolan").
    void compareWith(const Design &before, const QString &label, int baseRevision = 0);
    /// Leaves compare mode: the marks go, the canvas is editable again.
    void leave();

    /// What the canvas shows now for a host (by id), a link (its two hosts), a zone or a custom flow
    /// (by id; Unmarked when the change leaves it as it is).
    State hostState(const QString &id) const;
    State linkState(const QString &a, const QString &b) const;
    State zoneState(const QString &id) const;
    State customFlowState(const QString &id) const;

    /// Selects the hosts (and the ghosts of removed ones) and centres the view on them.
    void showHosts(const QStringList &ids);

    /// Writes the change report (PDF) whole or not at all.
    bool exportReport(const QString &path, QString *error) const;
    /// The revision the document holds as saved (the one shown read-only, or the latest when
    /// nothing is unsaved), 0 when it holds unsaved changes or is no project.
    int currentRevision() const;
    /// Records a decision on currentRevision() against baseRevision() in the project file.
    bool signOff(SignOff::Verdict verdict, const QString &reviewer, const QString &comment, QString *error);

public slots:
    /// File > Compare with Revision…: picks a revision of the project.
    void chooseRevision();
    /// File > Compare with File…: picks a design file.
    void chooseFile();
    void exportReportDialog();
    void signOffDialog();

signals:
    void activeChanged(bool active);
    void statusMessage(const QString &message, int timeout);

private:
    void applyMarks();
    void removeMarks();
    void dimFlowArrows();
    void updateSignOff();
    QString afterLabel() const;
    CompareMarkItem *markOf(CompareMarkItem::Subject subject, const QString &id) const;

    Document *m_document;
    DesignView *m_view;
    QWidget *m_window;
    ChangesDock *m_dock;
    std::unique_ptr<ChangeReview> m_review;
    QString m_label;
    int m_baseRevision = 0;
    QString m_basePath;
    bool m_leaving = false;
};

} // namespace portolan
