#pragma once

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace portolan {

class Document;
struct Host;
struct HostType;

/**
 * The properties dock: editors for the selected host (name, address, zone and each catalog
 * parameter with an editor that fits its kind, and the notes an inventory import kept), zone (name, subnets)
 * or link, or the design's name when nothing is selected. Every edit is an undo command; the editors follow
 * the document when undo or another view changes the object.
 */
class PropertiesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesWidget(Document *document, QWidget *parent = nullptr);

    void setSelection(
        const QStringList &hostIds, const QStringList &zoneIds, const QList<QPair<QString, QString>> &links);

    // For tests and keyboard users: the editors of the shown object, by property name
    // ("name", "address", "zone", "subnets", a catalog parameter name, or noteProperty(column)).
    QWidget *editor(const QString &property) const { return m_editors.value(property); }
    QString message() const;
    /// The editor name of a host's note: its column, or the empty column for notes kept as one text.
    static QString noteProperty(const QString &column) { return QStringLiteral("note:") + column; }

signals:
    void statusMessage(const QString &message);
    /// A field gave up the keyboard focus for the window's Undo or Redo, or went with the object it
    /// showed: the window puts the focus back where the user works, so that the canvas's keys
    /// (arrows, Z, L) keep working after the undo.
    void focusReleased();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { None, Design, Host, Zone, Link, Many };

    void rebuild();
    void refresh();
    void clearForm();
    void buildDesign();
    void buildHost();
    void buildHostParams(const HostType *type);
    void buildHostNotes(const Host &host);
    void buildZone();
    void buildLink();
    void setMessage(const QString &text, bool error);
    void updateAddressWarning();

    void editHostName();
    void editHostAddress();
    void editHostZone();
    void editHostParam(const QString &name, const QJsonValue &value);
    void editHostNote(const QString &column, const QString &text);
    void editZoneName();
    void editZoneSubnets();

    Document *m_document;
    Kind m_kind = Kind::None;
    QString m_id; ///< host or zone id
    QString m_linkB; ///< second host id of a shown link
    int m_count = 0;
    QScrollArea *m_scroll;
    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QWidget *> m_editors;
    bool m_updating = false;
};

} // namespace portolan
