#include "propertieswidget.h"

#include "changevaluecommand.h"
#include "document.h"
#include "iconcache.h"
#include "renamedesigncommand.h"

#include "catalog/paramresolver.h"

#include "catalog/catalogtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QJsonValue>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace portolan {

namespace {

QString zoneLabel(const Zone &zone)
{
    return zone.name.isEmpty() ? zone.id : zone.name;
}

QString subnetsText(const Zone &zone)
{
    QStringList parts;
    for (const Subnet &subnet : zone.subnets)
        parts.append(Zone::subnetText(subnet));
    return parts.join(QLatin1String(", "));
}

/// A read-only, selectable id that scrolls within its field when it is longer than the dock.
QLineEdit *idField(const QString &id, QWidget *parent)
{
    auto *field = new QLineEdit(id, parent);
    field->setReadOnly(true);
    field->setFrame(false);
    field->setFocusPolicy(Qt::ClickFocus);
    field->setStyleSheet(QStringLiteral("background: transparent;"));
    field->setCursorPosition(0);
    return field;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

PropertiesWidget::PropertiesWidget(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this))
{
    m_scroll->setWidgetResizable(true);
    // The form fits the dock's width: long names scroll inside their fields, not the dock.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    const auto refreshIf = [this](const QString &id) {
        // A zone shows how many hosts it holds: any host may have joined or left it.
        if ((m_kind == Kind::Host && id == m_id) || m_kind == Kind::Zone)
            refresh();
    };
    connect(document, &Document::hostChanged, this, refreshIf);
    connect(document, &Document::zoneChanged, this, [this](const QString &id) {
        // A host's zone list and subnet warning depend on every zone.
        if (m_kind == Kind::Host || id == m_id)
            refresh();
    });
    connect(document, &Document::zoneAdded, this, [this] {
        if (m_kind == Kind::Host)
            refresh();
    });
    connect(document, &Document::hostRemoved, this, [this](const QString &id) {
        if (m_kind == Kind::Host && id == m_id)
            setSelection({}, {}, {});
    });
    connect(document, &Document::zoneRemoved, this, [this](const QString &id) {
        if (m_kind == Kind::Zone && id == m_id)
            setSelection({}, {}, {});
        else if (m_kind == Kind::Host)
            refresh(); // its zone list
    });
    connect(document, &Document::linkRemoved, this, [this] {
        if (m_kind == Kind::Link && m_document->linkIndex(m_id, m_linkB) < 0)
            setSelection({}, {}, {});
    });
    connect(document, &Document::nameChanged, this, [this] {
        if (m_kind == Kind::Design)
            refresh();
    });
    // Many objects changed at once: what is shown may have gone, or changed.
    connect(document, &Document::manyRemoved, this,
        [this](const QList<int> &, const QStringList &hostIds, const QStringList &zoneIds) {
            if ((m_kind == Kind::Host && hostIds.contains(m_id))
                || (m_kind == Kind::Zone && zoneIds.contains(m_id))
                || ((m_kind == Kind::Link) && m_document->linkIndex(m_id, m_linkB) < 0))
                setSelection({}, {}, {});
            else if (m_kind == Kind::Host && !zoneIds.isEmpty())
                refresh(); // its zone list
        });
    connect(document, &Document::manyInserted, this,
        [this](const QList<int> &, const QStringList &, const QStringList &zoneIds) {
            if (m_kind == Kind::Host && !zoneIds.isEmpty())
                refresh();
        });
    connect(document, &Document::manyChanged, this,
        [this](const QStringList &hostIds, const QStringList &zoneIds) {
            if ((m_kind == Kind::Host && (hostIds.contains(m_id) || !zoneIds.isEmpty()))
                || (m_kind == Kind::Zone && (zoneIds.contains(m_id) || !hostIds.isEmpty())))
                refresh();
        });
    // The design's contents, shown while nothing is selected, follow every addition and removal.
    // So does a zone's count of hosts.
    const auto refreshSummary = [this] {
        if (m_kind == Kind::Design || m_kind == Kind::None || m_kind == Kind::Zone)
            refresh();
    };
    for (const auto signal :
        {&Document::hostAdded, &Document::hostRemoved, &Document::zoneAdded, &Document::zoneRemoved})
        connect(document, signal, this, refreshSummary);
    connect(document, &Document::linkAdded, this, refreshSummary);
    connect(document, &Document::linkRemoved, this, refreshSummary);
    connect(document, &Document::manyRemoved, this, refreshSummary);
    connect(document, &Document::manyInserted, this, refreshSummary);
    connect(document, &Document::designReset, this, [this] {
        m_kind = Kind::None;
        setSelection({}, {}, {});
    });
    setSelection({}, {}, {});
}

void PropertiesWidget::setSelection(
    const QStringList &hostIds, const QStringList &zoneIds, const QList<QPair<QString, QString>> &links)
{
    const qsizetype count = hostIds.size() + zoneIds.size() + links.size();
    Kind kind = Kind::Design;
    QString id;
    QString linkB;
    if (count > 1) {
        kind = Kind::Many;
    } else if (hostIds.size() == 1) {
        kind = Kind::Host;
        id = hostIds.first();
    } else if (zoneIds.size() == 1) {
        kind = Kind::Zone;
        id = zoneIds.first();
    } else if (links.size() == 1) {
        kind = Kind::Link;
        id = links.first().first;
        linkB = links.first().second;
    }
    if (kind == m_kind && id == m_id && linkB == m_linkB && count == m_count && m_form)
        return;
    m_kind = kind;
    m_id = id;
    m_linkB = linkB;
    m_count = int(count);
    rebuild();
}

bool PropertiesWidget::eventFilter(QObject *watched, QEvent *event)
{
    // An editor keeps Ctrl+Z and Ctrl+Y for its own text otherwise: the design's undo would do
    // nothing while a field has focus. Leaving the field commits what was typed (an undo step of
    // its own); the window's Undo or Redo then runs.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || pressed == QKeySequence(Qt::CTRL | Qt::Key_Y)
            || pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)) {
            if (auto *widget = qobject_cast<QWidget *>(watched)) {
                widget->clearFocus();
                emit focusReleased();
            }
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString PropertiesWidget::message() const
{
    return m_message && m_message->isVisible() ? m_message->text() : QString();
}

void PropertiesWidget::clearForm()
{
    m_editors.clear();
    if (m_form) {
        // Editors must not report "editing finished" while they go.
        const QList<QWidget *> children = m_form->findChildren<QWidget *>();
        for (QWidget *child : children)
            child->disconnect(this);
        m_form->deleteLater();
    }
    m_form = new QWidget;
    m_layout = new QFormLayout(m_form);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label too long for the dock (German and French parameter labels) puts its field below it.
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_title = new QLabel(m_form);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_layout->addRow(m_title);
    m_message = new QLabel(m_form);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
}

void PropertiesWidget::rebuild()
{
    // The field with the focus goes with the form (an undo from the Edit menu removed its object):
    // the window gives the focus back to where the user works instead of leaving it nowhere.
    const QWidget *focus = window()->focusWidget();
    const bool focusInForm = m_form && focus && m_form->isAncestorOf(focus);
    clearForm();
    switch (m_kind) {
    case Kind::None:
    case Kind::Design:
        buildDesign();
        break;
    case Kind::Host:
        buildHost();
        break;
    case Kind::Zone:
        buildZone();
        break;
    case Kind::Link:
        buildLink();
        break;
    case Kind::Many:
        m_title->setText(tr("<b>%n items selected</b>", nullptr, m_count));
        break;
    }
    m_scroll->setWidget(m_form);
    const QList<QWidget *> children = m_form->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->installEventFilter(this);
    refresh();
    if (focusInForm)
        emit focusReleased();
}

void PropertiesWidget::setMessage(const QString &text, bool error)
{
    if (!m_message)
        return;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b01c1c;") : QStringLiteral("color: #a65c00;"));
    m_message->setVisible(!text.isEmpty());
}

void PropertiesWidget::buildDesign()
{
    m_title->setText(tr(
        "<b>Design</b><br><span style='color:#5a6270'>Select a host, a zone or a link to edit it.</span>"));
    auto *name = new QLineEdit(m_form);
    name->setPlaceholderText(tr("Untitled design"));
    m_layout->addRow(tr("Name:"), name);
    m_editors.insert(QStringLiteral("name"), name);
    connect(name, &QLineEdit::editingFinished, this, [this, name] {
        if (m_updating || name->text() == m_document->design().name)
            return;
        m_document->undoStack()->push(new RenameDesignCommand(m_document, name->text()));
    });
    auto *summary = new QLabel(m_form);
    m_editors.insert(QStringLiteral("summary"), summary);
    m_layout->addRow(tr("Contents:"), summary);
}

void PropertiesWidget::buildHost()
{
    const Host *host = m_document->design().host(m_id);
    if (!host)
        return;
    const HostType *type = m_document->catalog().type(host->type);
    const QString typeName = type ? CatalogText::typeText(type->id, type->name) : host->type;
    const QString iconHtml
        = QStringLiteral("<img src=':/icons/%1.svg' width='32' height='32' style='vertical-align:middle'>")
              .arg(type ? type->icon : QStringLiteral("unknown"));
    m_title->setText(
        QStringLiteral("<table><tr><td>%1</td><td style='padding-left:6px'><b>%2</b><br>"
                       "<span style='color:#5a6270'>%3</span></td></tr></table>")
            .arg(iconHtml, typeName.toHtmlEscaped(),
                type ? CatalogText::typeText(type->id, type->description).toHtmlEscaped() : QString()));

    auto *id = idField(host->id, m_form);
    m_layout->addRow(tr("Id:"), id);

    auto *name = new QLineEdit(m_form);
    m_editors.insert(QStringLiteral("name"), name);
    m_layout->addRow(tr("Name:"), name);
    connect(name, &QLineEdit::editingFinished, this, &PropertiesWidget::editHostName);

    auto *address = new QLineEdit(m_form);
    address->setPlaceholderText(tr("IPv4 or IPv6 address"));
    m_editors.insert(QStringLiteral("address"), address);
    m_layout->addRow(tr("Address:"), address);
    connect(address, &QLineEdit::editingFinished, this, &PropertiesWidget::editHostAddress);

    auto *zone = new QComboBox(m_form);
    m_editors.insert(QStringLiteral("zone"), zone);
    m_layout->addRow(tr("Zone:"), zone);
    connect(zone, &QComboBox::activated, this, &PropertiesWidget::editHostZone);
    m_layout->addRow(m_message);

    buildHostParams(type);
    buildHostNotes(*host);
}

void PropertiesWidget::buildHostParams(const HostType *type)
{
    if (!type || type->params.isEmpty())
        return;
    m_layout->addRow(sectionLabel(tr("Parameters"), m_form));
    for (const ParamSpec &spec : type->params) {
        QWidget *editor = nullptr;
        const QString name = spec.name;
        const QString label = CatalogText::typeText(type->id, spec.label);
        const QString description = CatalogText::typeText(type->id, spec.description);
        switch (spec.kind) {
        case ParamSpec::Kind::Bool: {
            auto *box = new QCheckBox(label, m_form);
            connect(box, &QCheckBox::toggled, this, [this, name](bool on) { editHostParam(name, on); });
            editor = box;
            m_layout->addRow(QString(), box);
            break;
        }
        case ParamSpec::Kind::Int: {
            auto *spin = new QSpinBox(m_form);
            spin->setRange(spec.minimum, spec.maximum);
            spin->setKeyboardTracking(false);
            connect(
                spin, &QSpinBox::valueChanged, this, [this, name](int value) { editHostParam(name, value); });
            editor = spin;
            break;
        }
        case ParamSpec::Kind::Choice: {
            auto *combo = new QComboBox(m_form);
            combo->addItems(spec.choices);
            connect(combo, &QComboBox::activated, this,
                [this, name, combo](int index) { editHostParam(name, combo->itemText(index)); });
            editor = combo;
            break;
        }
        case ParamSpec::Kind::Text:
        case ParamSpec::Kind::Release: {
            auto *line = new QLineEdit(m_form);
            if (spec.kind == ParamSpec::Kind::Release)
                line->setPlaceholderText(tr("release, such as 15.2"));
            connect(line, &QLineEdit::editingFinished, this,
                [this, name, line] { editHostParam(name, line->text().trimmed()); });
            editor = line;
            break;
        }
        }
        QString tip = QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
        if (!description.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(description.toHtmlEscaped());
        if (!spec.reference.isEmpty())
            tip += QStringLiteral("<p><i>%1</i></p>")
                       .arg(tr("Source: %1").arg(spec.reference).toHtmlEscaped());
        editor->setToolTip(tip);
        m_editors.insert(name, editor);
        if (spec.kind != ParamSpec::Kind::Bool)
            m_layout->addRow(tr("%1:").arg(label), editor);
    }
}

void PropertiesWidget::buildHostNotes(const Host &host)
{
    // Notes are what an inventory import kept of its extra columns (column -> text), or a text
    // written by hand into the design: shown and edited as they are, one field per column.
    const QJsonValue notes = host.extra.value(QStringLiteral("notes"));
    QStringList columns;
    if (notes.isObject())
        columns = notes.toObject().keys();
    else if (notes.isString())
        columns.append(QString());
    if (columns.isEmpty())
        return;
    m_layout->addRow(sectionLabel(tr("Notes"), m_form));
    for (const QString &column : std::as_const(columns)) {
        auto *line = new QLineEdit(m_form);
        connect(line, &QLineEdit::editingFinished, this,
            [this, column, line] { editHostNote(column, line->text()); });
        m_editors.insert(noteProperty(column), line);
        m_layout->addRow(column.isEmpty() ? tr("Notes:") : tr("%1:").arg(column), line);
    }
}

void PropertiesWidget::buildZone()
{
    const Zone *zone = m_document->design().zone(m_id);
    if (!zone)
        return;
    m_title->setText(tr("<b>Zone</b><br><span style='color:#5a6270'>Hosts in one zone share a firewall "
                        "boundary with every other zone.</span>"));
    auto *id = idField(zone->id, m_form);
    m_layout->addRow(tr("Id:"), id);
    auto *name = new QLineEdit(m_form);
    m_editors.insert(QStringLiteral("name"), name);
    m_layout->addRow(tr("Name:"), name);
    connect(name, &QLineEdit::editingFinished, this, &PropertiesWidget::editZoneName);
    auto *subnets = new QLineEdit(m_form);
    subnets->setPlaceholderText(tr("192.168.10.0/24, 10.1.0.0/16"));
    subnets->setToolTip(tr("The zone's subnets, separated by commas or spaces"));
    m_editors.insert(QStringLiteral("subnets"), subnets);
    m_layout->addRow(tr("Subnets:"), subnets);
    connect(subnets, &QLineEdit::editingFinished, this, &PropertiesWidget::editZoneSubnets);
    m_layout->addRow(m_message);
    auto *members = new QLabel(m_form);
    m_editors.insert(QStringLiteral("members"), members);
    m_layout->addRow(tr("Hosts:"), members);
}

void PropertiesWidget::buildLink()
{
    const Host *a = m_document->design().host(m_id);
    const Host *b = m_document->design().host(m_linkB);
    if (!a || !b)
        return;
    const LinkKind *kind = m_document->catalog().linkKind(a->type, b->type);
    m_title->setText(
        tr("<b>Link</b><br>%1 — %2").arg(a->displayName().toHtmlEscaped(), b->displayName().toHtmlEscaped()));
    auto *meaning = new QLabel(
        kind ? CatalogText::linkMeaning(*kind) : tr("The catalog gives this pair no meaning."), m_form);
    meaning->setWordWrap(true);
    m_layout->addRow(tr("Meaning:"), meaning);
    if (kind) {
        QStringList services;
        for (const FlowTemplate &flow : kind->flows) {
            const QString service = CatalogText::service(flow.rule, flow.service);
            if (!services.contains(service))
                services.append(service);
        }
        auto *flows = new QLabel(services.join(QLatin1Char('\n')), m_form);
        flows->setWordWrap(true);
        m_layout->addRow(tr("Brings:"), flows);
    }
}

void PropertiesWidget::refresh()
{
    m_updating = true;
    const Design &design = m_document->design();
    switch (m_kind) {
    case Kind::None:
    case Kind::Design:
        if (auto *name = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("name"))))
            name->setText(design.name);
        if (auto *summary = qobject_cast<QLabel *>(m_editors.value(QStringLiteral("summary"))))
            summary->setText(tr("%1, %2, %3", "hosts, zones, links")
                                 .arg(tr("%n hosts", nullptr, int(design.hosts().size())),
                                     tr("%n zones", nullptr, int(design.zones().size())),
                                     tr("%n links", nullptr, int(design.links().size()))));
        break;
    case Kind::Host: {
        const Host *host = design.host(m_id);
        if (!host)
            break;
        if (auto *name = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("name"))))
            name->setText(host->name);
        if (auto *address = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("address")))) {
            address->setText(host->address.isNull() ? QString() : host->address.toString());
            address->setStyleSheet(QString());
        }
        if (auto *zone = qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("zone")))) {
            zone->clear();
            zone->addItem(tr("(no zone)"), QString());
            for (const Zone &z : design.zones())
                zone->addItem(zoneLabel(z), z.id);
            zone->setCurrentIndex(std::max(0, zone->findData(host->zone)));
        }
        if (const HostType *type = m_document->catalog().type(host->type)) {
            // The values the engine derives with: written, or the catalog default.
            const QList<Value> values = ParamResolver::resolve(*host, *type);
            for (int i = 0; i < type->params.size(); ++i) {
                const ParamSpec &spec = type->params.at(i);
                QWidget *editor = m_editors.value(spec.name);
                const Value &value = values.at(i);
                if (auto *box = qobject_cast<QCheckBox *>(editor))
                    box->setChecked(value.toBool());
                else if (auto *spin = qobject_cast<QSpinBox *>(editor))
                    spin->setValue(int(value.toInt()));
                else if (auto *combo = qobject_cast<QComboBox *>(editor))
                    combo->setCurrentIndex(combo->findText(value.toString()));
                else if (auto *line = qobject_cast<QLineEdit *>(editor))
                    line->setText(value.toString());
            }
        }
        const QJsonValue notes = host->extra.value(QStringLiteral("notes"));
        if (notes.isString()) {
            if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(noteProperty(QString()))))
                line->setText(notes.toString());
        } else {
            const QJsonObject columns = notes.toObject();
            for (auto it = columns.begin(); it != columns.end(); ++it) {
                if (auto *line = qobject_cast<QLineEdit *>(m_editors.value(noteProperty(it.key()))))
                    line->setText(it.value().isString() ? it.value().toString() : QString());
            }
        }
        updateAddressWarning();
        break;
    }
    case Kind::Zone: {
        const Zone *zone = design.zone(m_id);
        if (!zone)
            break;
        if (auto *name = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("name"))))
            name->setText(zone->name);
        if (auto *subnets = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("subnets")))) {
            subnets->setText(subnetsText(*zone));
            subnets->setStyleSheet(QString());
        }
        int members = 0;
        for (const Host &host : design.hosts())
            members += host.zone == zone->id;
        if (auto *label = qobject_cast<QLabel *>(m_editors.value(QStringLiteral("members"))))
            label->setText(QString::number(members));
        setMessage(QString(), false);
        break;
    }
    case Kind::Link:
    case Kind::Many:
        break;
    }
    m_updating = false;
}

void PropertiesWidget::updateAddressWarning()
{
    const Host *host = m_document->design().host(m_id);
    if (!host)
        return;
    const Zone *zone = m_document->design().zone(host->zone);
    if (!host->address.isNull() && zone && !zone->subnets.isEmpty() && !zone->contains(host->address)) {
        setMessage(tr("%1 is outside the subnets of zone %2 (%3).")
                       .arg(host->address.toString(), zoneLabel(*zone), subnetsText(*zone)),
            false);
    } else {
        setMessage(QString(), false);
    }
}

void PropertiesWidget::editHostName()
{
    auto *name = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("name")));
    const Host *host = m_document->design().host(m_id);
    if (m_updating || !name || !host || name->text().trimmed() == host->name)
        return;
    Host changed = *host;
    changed.name = name->text().trimmed();
    m_document->undoStack()->push(new ChangeHostCommand(m_document, *host, changed, QStringLiteral("name"),
        tr("Rename %1 to %2").arg(host->displayName(), changed.displayName())));
}

void PropertiesWidget::editHostAddress()
{
    auto *address = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("address")));
    const Host *host = m_document->design().host(m_id);
    if (m_updating || !address || !host)
        return;
    const QString text = address->text().trimmed();
    QHostAddress parsed;
    if (!text.isEmpty() && !parsed.setAddress(text)) {
        address->setStyleSheet(QStringLiteral("border: 1px solid #d32f2f; background: #fff3f3;"));
        setMessage(tr("\"%1\" is not an IP address.").arg(text), true);
        emit statusMessage(tr("\"%1\" is not an IP address.").arg(text));
        return;
    }
    address->setStyleSheet(QString());
    if (parsed == host->address) {
        updateAddressWarning();
        return;
    }
    Host changed = *host;
    changed.address = parsed;
    m_document->undoStack()->push(new ChangeHostCommand(m_document, *host, changed, QStringLiteral("address"),
        tr("Change the address of %1").arg(host->displayName())));
}

void PropertiesWidget::editHostZone()
{
    auto *zone = qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("zone")));
    const Host *host = m_document->design().host(m_id);
    if (m_updating || !zone || !host || zone->currentData().toString() == host->zone)
        return;
    Host changed = *host;
    changed.zone = zone->currentData().toString();
    m_document->undoStack()->push(new ChangeHostCommand(m_document, *host, changed, QStringLiteral("zone"),
        tr("Move %1 to zone %2").arg(host->displayName(), zone->currentText())));
}

void PropertiesWidget::editHostParam(const QString &name, const QJsonValue &value)
{
    const Host *host = m_document->design().host(m_id);
    if (m_updating || !host)
        return;
    const HostType *type = m_document->catalog().type(host->type);
    const int index = type ? type->paramIndex(name) : -1;
    if (index < 0)
        return;
    const ParamSpec &spec = type->params.at(index);
    QString error;
    spec.accept(value, &error);
    if (!error.isEmpty()) {
        setMessage(error, true);
        emit statusMessage(error);
        return;
    }
    if (host->params.value(name) == value)
        return;
    Host changed = *host;
    changed.params.insert(name, value);
    m_document->undoStack()->push(new ChangeHostCommand(m_document, *host, changed, name,
        tr("Change %1 of %2").arg(CatalogText::typeText(type->id, spec.label), host->displayName())));
}

void PropertiesWidget::editHostNote(const QString &column, const QString &text)
{
    const Host *host = m_document->design().host(m_id);
    if (m_updating || !host)
        return;
    Host changed = *host;
    if (column.isEmpty()) {
        changed.extra.insert(QStringLiteral("notes"), text);
    } else {
        QJsonObject notes = changed.extra.value(QStringLiteral("notes")).toObject();
        notes.insert(column, text);
        changed.extra.insert(QStringLiteral("notes"), notes);
    }
    if (changed.extra == host->extra)
        return;
    const QString what = column.isEmpty() ? tr("Change the notes of %1").arg(host->displayName())
                                          : tr("Change %1 of %2").arg(column, host->displayName());
    m_document->undoStack()->push(
        new ChangeHostCommand(m_document, *host, changed, noteProperty(column), what));
}

void PropertiesWidget::editZoneName()
{
    auto *name = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("name")));
    const Zone *zone = m_document->design().zone(m_id);
    if (m_updating || !name || !zone || name->text().trimmed() == zone->name)
        return;
    Zone changed = *zone;
    changed.name = name->text().trimmed();
    m_document->undoStack()->push(new ChangeZoneCommand(
        m_document, *zone, changed, QStringLiteral("name"), tr("Rename zone %1").arg(zoneLabel(*zone))));
}

void PropertiesWidget::editZoneSubnets()
{
    auto *subnets = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("subnets")));
    const Zone *zone = m_document->design().zone(m_id);
    if (m_updating || !subnets || !zone)
        return;
    QList<Subnet> parsed;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = subnets->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        Subnet subnet;
        if (!Zone::parseSubnet(part, &subnet)) {
            subnets->setStyleSheet(QStringLiteral("border: 1px solid #d32f2f; background: #fff3f3;"));
            setMessage(tr("\"%1\" is not a subnet such as 192.168.10.0/24.").arg(part), true);
            return;
        }
        parsed.append(subnet);
    }
    subnets->setStyleSheet(QString());
    setMessage(QString(), false);
    if (parsed == zone->subnets)
        return;
    Zone changed = *zone;
    changed.subnets = parsed;
    m_document->undoStack()->push(new ChangeZoneCommand(m_document, *zone, changed, QStringLiteral("subnets"),
        tr("Change the subnets of zone %1").arg(zoneLabel(*zone))));
}

} // namespace portolan
