#pragma once

#include <QObject>
#include <QPointF>
#include <QString>

namespace portolan {

class DesignScene;
class Document;

/**
 * Copy, cut and paste of the canvas selection through the system clipboard. The selected zones
 * and hosts, and the links between those hosts, travel as design JSON under MimeType (and as
 * text); a paste gives everything fresh ids, moves it a little and selects it. Works on the
 * scene's selection; the design changes only through the document's operations.
 */
class Clipboard : public QObject
{
    Q_OBJECT

public:
    static const QString MimeType;
    /// How far a paste moves what it adds, so the copy does not hide the original.
    static constexpr qreal PasteOffset = 40;

    Clipboard(Document *document, DesignScene *scene, QObject *parent = nullptr);

    /// True when the clipboard holds something to paste.
    bool canPaste() const;

public slots:
    /// Copies the selected zones and hosts; false when nothing is selected.
    bool copy();
    /// Copies, then deletes, the selection.
    bool cut();
    /// Adds the clipboard's zones and hosts to the design as one undo step and selects them.
    bool paste();
    /// Pastes with the top left corner of what is pasted at a canvas point (the pointer's); a
    /// pasted host lands in the zone under it unless its own zone comes with it.
    bool pasteAt(const QPointF &scenePos);

signals:
    /// A line for the status bar, shown for `timeout` milliseconds.
    void statusMessage(const QString &message, int timeout);

private:
    bool pasteFragment(const QPointF *at);

    Document *m_document;
    DesignScene *m_scene;
};

} // namespace portolan
