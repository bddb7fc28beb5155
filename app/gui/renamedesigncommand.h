#pragma once

#include <QString>
#include <QUndoCommand>

namespace portolan {

class Document;

/** Renames the design; consecutive renames merge. */
class RenameDesignCommand : public QUndoCommand
{
public:
    RenameDesignCommand(Document *document, const QString &name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 0x4e414d45; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_before;
    QString m_after;
};

} // namespace portolan
