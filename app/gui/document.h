#pragma once

#include "catalog/catalog.h"
#include "engine/derivation.h"
#include "engine/incrementalderivation.h"
#include "layout/autolayout.h"
#include "model/design.h"
#include "storage/revisioninfo.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace portolan {

/**
 * An open design in the editor: the Design value, its undo stack, file path, format and modified
 * state, and the derivation the rule engine made of it. The derivation follows the design edit
 * by edit: each mutator records what it changed, and once control returns to the event loop
 * (after a whole undo command, a paste or a burst of edits) an IncrementalDerivation derives
 * again only what those changes can affect; derivationChanged() then says which flows changed
 * (flowChanges()). An old revision of a project is shown
 * read-only: the scene, the palette and the edit actions refuse changes while isReadOnly().
 *
 * Every change goes through the low-level mutators below, which undo commands call; each emits a
 * fine-grained signal so views update only what changed, and a removal is announced before and
 * after it happens. Hosts and zones are named by their ids. Links have no id: the mutators and
 * signals name a link by its index in the design's list, which changes as links come and go, so
 * commands keep a link's two host ids and look its index up (linkIndex()) when they run.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    /// What the file path holds, and so what Save does with it.
    enum class Format {
        None, ///< untitled, or imported: Save asks for a project file name
        Project, ///< a .portolan project: Save adds a revision
        Json, ///< design JSON: Save asks for a project file name the first time
    };

    explicit Document(std::shared_ptr<const Catalog> catalog = Catalog::builtIn(), QObject *parent = nullptr);

    const Design &design() const { return m_design; }
    const Catalog &catalog() const { return *m_catalog; }
    std::shared_ptr<const Catalog> sharedCatalog() const { return m_catalog; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// The design the current derivation was made from: flow host indexes point into it.
    const Design &derivedDesign() const { return m_derivedDesign; }
    const Derivation &derivation() const { return m_derivation.derivation(); }
    /// How the flows changed in the last derivation, in increasing order (see FlowSpan); after
    /// a new design, one span replaces them all.
    const QList<FlowSpan> &flowChanges() const { return m_derivation.flowChanges(); }
    /// Whether the last derivation changed the findings.
    bool findingsChanged() const { return m_derivation.findingsChanged(); }
    /// True when the last derivation was of a whole new design (open, new, a revision).
    bool wasReset() const { return m_lastWasReset; }
    /// Derives now if an edit is waiting for its derivation (tests, saving, exports).
    void flushDerivation();

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    Format format() const { return m_format; }
    bool isModified() const { return !m_undoStack.isClean(); }
    /// Marks the design as holding unsaved changes, as a recovered autosave does.
    void markModified();
    QString displayName() const;

    /// True while an old revision is shown; revision() tells which.
    bool isReadOnly() const { return m_revision > 0; }
    int revision() const { return m_revision; }

    /// Replaces the whole design (open, new) and clears the undo history. Hosts without
    /// coordinates and zones without an area get the places the automatic layout gives them
    /// (keeping the places set): part of the design from then on, as if the file had held them,
    /// but not a change to save (the layout gives the same places at every open).
    void resetDesign(const Design &design, const QString &filePath = QString(), Format format = Format::None);
    /// Shows one revision of the project at `projectPath` read-only; the undo history is cleared.
    void showRevision(const ProjectRevision &revision, const QString &projectPath);
    /// Opens a project (latest revision) or design JSON, by content; gives the saved view state.
    bool load(const QString &path, QJsonObject *viewState, QString *error);
    bool load(const QString &path, QString *error);
    /// Adds a revision to the project at `path` (created if needed) and makes it the document's file.
    bool saveProject(const QString &path, const QJsonObject &viewState, const QString &comment,
        RevisionInfo *saved, QString *error);
    /**
     * Records that the design as it was at undo index `savedIndex` is now a revision of the project
     * at `path`: it becomes the document's file, and the document is unmodified unless it was
     * edited since (a save that ran in the background).
     */
    void projectWritten(const QString &path, int savedIndex);
    /// Writes the design as design JSON; the document's file and modified state stay as they are.
    bool exportJson(const QString &path, QString *error) const;

    // Editing operations: what the canvas, the palette and the menus do. Each is one undo step,
    // and each is refused (empty or false) while a revision is shown read-only.

    /// Adds a host of a catalog type centred on the point (in whole canvas units); it joins the
    /// zone whose area holds the point. Returns the new host's id, or empty when the type is not in
    /// the catalog. *message says what was added, for the status bar.
    QString addHost(const QString &typeId, const QPointF &position, QString *message = nullptr);
    /// Links two hosts when the catalog gives their pair a meaning; *message says what the link
    /// means, or why the hosts cannot be linked.
    bool addLink(const QString &a, const QString &b, QString *message = nullptr);
    /// Adds an empty zone with a canvas area, named "New zone N"; returns its id.
    QString addZone(const QRectF &area);
    /// Deletes hosts (with their links), links (named by their two hosts) and zones (their hosts
    /// stay, in no zone); false when none of them is in the design.
    bool removeItems(
        const QStringList &hostIds, const QList<QPair<QString, QString>> &links, const QStringList &zoneIds);
    /// Adds a fragment whose ids are all free in the design (a paste, see remapFragment()).
    bool addFragment(const Design &fragment);
    /// Adds a custom flow (its id given, or empty for the next free one); false with *error
    /// naming the problem when the design's rules refuse it.
    bool addCustomFlow(const CustomFlow &flow, QString *error = nullptr);
    /// Replaces the custom flow with the same id; false with *error when refused.
    bool changeCustomFlow(const CustomFlow &flow, QString *error = nullptr);
    /// Removes the custom flow with that id; false when there is none.
    bool removeCustomFlow(const QString &id);
    /// Lays the design out now, on this thread, and applies it as one step (Design > Arrange and
    /// Arrange All go through ArrangeJob, which lays out on a worker thread and then calls
    /// applyLayout()); false when refused, cancelled or nothing moved.
    bool arrange(AutoLayout::Mode mode, const AutoLayout::Progress &progress = {});
    /// Applies a layout made of the design as it is now (e.g. on another thread) as one step;
    /// false when read-only, when the design has changed shape since, or when nothing moves.
    bool applyLayout(const AutoLayout::Result &result, AutoLayout::Mode mode);

    // Mutators for undo commands. Each keeps the design consistent and emits one signal.
    void insertHost(int index, const Host &host);
    void setHost(const Host &host);
    void removeHost(const QString &id);
    void insertLink(int index, const Link &link);
    void removeLink(int index);
    void insertZone(int index, const Zone &zone);
    void setZone(const Zone &zone);
    void removeZone(const QString &id);
    void setDesignName(const QString &name);
    /// Replaces the design's custom flows (their hosts must exist).
    void setCustomFlows(const QList<CustomFlow> &flows);

    // Mutators for commands that change many objects at once (a delete of many items, its undo,
    // a paste, a move of many): one pass over the design and one announcement however many
    // objects there are, so a change of thousands costs what one of a few does.

    /// Removes links (by index, any order), hosts and zones; the hosts of those zones should have
    /// left them first (changeMany()). Ids not in the design are ignored.
    void removeMany(const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds);
    /// Inserts zones, then hosts, then links, each at the index it will have once all are in.
    void insertMany(const QList<QPair<int, Zone>> &zones, const QList<QPair<int, Host>> &hosts,
        const QList<QPair<int, Link>> &links);
    /// Replaces hosts and zones, found by id, with these versions.
    void changeMany(const QList<Host> &hosts, const QList<Zone> &zones);

    /// The host a search text names: by name (any case), id or address, else the first whose name
    /// contains the text; empty when none does.
    QString findHost(const QString &text) const;
    /// Index of the link between the two hosts (either order), or -1.
    int linkIndex(const QString &a, const QString &b) const;
    /// The indexes of the links between these pairs of hosts that exist, ascending; one pass over
    /// the links however many pairs.
    QList<int> linkIndexes(const QList<QPair<QString, QString>> &pairs) const;
    /// An area of `size` for a new zone that overlaps no zone's area: centred on `centre` when
    /// that place is free, else the free place nearest to it on a grid of zone-sized steps.
    QRectF freeZoneArea(const QPointF &centre, const QSizeF &size) const;
    /// The zone whose canvas area holds the point (the smallest when areas nest), or empty.
    QString zoneAt(const QPointF &point) const;

signals:
    void designReset();
    void hostAdded(const QString &id);
    void hostChanged(const QString &id);
    void hostAboutToBeRemoved(const QString &id);
    void hostRemoved(const QString &id);
    void linkAdded(int index);
    void linkAboutToBeRemoved(int index);
    /// The link that was at `index` is gone; later links have moved up one.
    void linkRemoved(int index);
    void zoneAdded(const QString &id);
    void zoneChanged(const QString &id);
    void zoneAboutToBeRemoved(const QString &id);
    void zoneRemoved(const QString &id);
    /// Many objects go at once (removeMany()): announced once before and once after, with the
    /// links' indexes as they were before (ascending) and the ids of the hosts and zones.
    void manyAboutToBeRemoved(
        const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds);
    void manyRemoved(const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds);
    /// Many objects came at once (insertMany()); the links' indexes as they are now (ascending).
    void manyInserted(const QList<int> &linkIndexes, const QStringList &hostIds, const QStringList &zoneIds);
    /// Many hosts and zones changed at once (changeMany()).
    void manyChanged(const QStringList &hostIds, const QStringList &zoneIds);
    void nameChanged();
    void customFlowsChanged();
    void derivationChanged();
    void modifiedChanged(bool modified);
    void filePathChanged();

private:
    /// What resetDesign() and showRevision() share: a new design, file and revision, no history.
    void replaceDesign(const Design &design, const QString &filePath, Format format, int revision);
    void scheduleDerivation();
    void derive();
    bool pushCustomFlows(const QList<CustomFlow> &flows, const QString &text, QString *error);

    std::shared_ptr<const Catalog> m_catalog;
    Design m_design;
    Design m_derivedDesign;
    IncrementalDerivation m_derivation;
    EditLog m_change; ///< what the edits since the last derivation did
    bool m_lastWasReset = true;
    QUndoStack m_undoStack;
    QString m_filePath;
    Format m_format = Format::None;
    int m_revision = 0;
    QTimer m_deriveTimer;
};

} // namespace portolan
