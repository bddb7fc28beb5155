// The properties dock shows the values the rule engine derives with, for every parameter of every
// host type of the catalog: written in the design or not, and whatever the parameters a computed
// default may read (those declared before it) are set to.
#include "document.h"
#include "propertieswidget.h"

#include "catalog/paramresolver.h"
#include "engine/ruleengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace portolan;

namespace {

/// Values to try for a parameter that a default may read.
QList<QJsonValue> valuesToTry(const ParamSpec &spec)
{
    switch (spec.kind) {
    case ParamSpec::Kind::Bool:
        return {true, false};
    case ParamSpec::Kind::Int:
        return {spec.minimum, spec.maximum, (spec.minimum + spec.maximum) / 2};
    case ParamSpec::Kind::Choice: {
        QList<QJsonValue> values;
        for (const QString &choice : spec.choices)
            values.append(choice);
        return values;
    }
    case ParamSpec::Kind::Text:
        return {QString(), QStringLiteral("plant-a")};
    case ParamSpec::Kind::Release:
        // Each side of every release a catalog default or rule compares with.
        return {QStringLiteral("14.5.0at"), QStringLiteral("14.6"), QStringLiteral("14.7"),
            QStringLiteral("14.8"), QStringLiteral("15.0"), QStringLiteral("15.1"),
            QStringLiteral("15.1.0ar"), QStringLiteral("15.2"), QStringLiteral("16.1"),
            QStringLiteral("17.0")};
    }
    return {};
}

/// What the dock's editor of a parameter shows, as a value of the parameter's kind.
Value shown(QWidget *editor, const ParamSpec &spec)
{
    switch (spec.kind) {
    case ParamSpec::Kind::Bool:
        return Value(qobject_cast<QCheckBox *>(editor)->isChecked());
    case ParamSpec::Kind::Int:
        return Value(qint64(qobject_cast<QSpinBox *>(editor)->value()));
    case ParamSpec::Kind::Choice:
        return Value(qobject_cast<QComboBox *>(editor)->currentText());
    case ParamSpec::Kind::Text:
    case ParamSpec::Kind::Release:
        return Value(qobject_cast<QLineEdit *>(editor)->text());
    }
    return Value();
}

} // namespace

class tst_Properties : public QObject
{
    Q_OBJECT

private slots:
    void dockShowsTheEngineValues_data();
    void dockShowsTheEngineValues();
    void dockLeavesWhatIsRemoved();
    void notesAreShownAndEditedWithUndo();
};

void tst_Properties::dockShowsTheEngineValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("params");

    const auto catalog = Catalog::builtIn();
    int computed = 0;
    for (const HostType &type : catalog->types()) {
        QTest::addRow("%s, nothing written", qPrintable(type.id)) << type.id << QString() << QJsonObject();
        for (int p = 0; p < type.params.size(); ++p) {
            if (!type.params.at(p).defaultExpression)
                continue;
            ++computed;
            // A default reads the host's fields and the parameters declared before it.
            QTest::addRow("%s, %s, named", qPrintable(type.id), qPrintable(type.params.at(p).name))
                << type.id << QStringLiteral("VOS-A") << QJsonObject();
            for (int q = 0; q < p; ++q) {
                const ParamSpec &read = type.params.at(q);
                for (const QJsonValue &value : valuesToTry(read)) {
                    QTest::addRow("%s, %s, %s = %s", qPrintable(type.id), qPrintable(type.params.at(p).name),
                        qPrintable(read.name), qPrintable(value.toVariant().toString()))
                        << type.id << QString() << QJsonObject {{read.name, value}};
                }
            }
        }
    }
    // The catalog has computed defaults (the NMC's port, the VOS module's system, ssh and ntp).
    QVERIFY(computed >= 4);
}

void tst_Properties::dockShowsTheEngineValues()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QJsonObject, params);

    Host host;
    host.id = QStringLiteral("host-1");
    host.type = type;
    host.name = name;
    host.params = params;
    Design design;
    design.addHost(host);

    Document document;
    document.resetDesign(design);
    PropertiesWidget dock(&document);
    dock.setSelection({host.id}, {}, {});

    // The engine derives with ParamResolver's values and finds none of them wrong.
    const Derivation derivation = RuleEngine(document.sharedCatalog()).derive(document.design());
    for (const Finding &finding : derivation.findings) // every tried value is one the parameter takes
        QVERIFY2(!finding.rule.startsWith(QLatin1String("design.")), qPrintable(finding.message));
    const HostType *hostType = document.catalog().type(type);
    const QList<Value> values = ParamResolver::resolve(document.design().hosts().at(0), *hostType);
    QCOMPARE(values.size(), hostType->params.size());
    for (int i = 0; i < hostType->params.size(); ++i) {
        const ParamSpec &spec = hostType->params.at(i);
        QWidget *editor = dock.editor(spec.name);
        QVERIFY2(editor, qPrintable(spec.name));
        const Value expected = values.at(i);
        const Value actual = shown(editor, spec);
        QVERIFY2(Value::compare(actual, expected) == 0 && actual.toString() == expected.toString(),
            qPrintable(QStringLiteral("%1: the dock shows \"%2\", the engine derives with \"%3\"")
                           .arg(spec.name, actual.toString(), expected.toString())));
    }
}

void tst_Properties::dockLeavesWhatIsRemoved()
{
    Design design;
    Zone zone;
    zone.id = QStringLiteral("ot");
    zone.name = QStringLiteral("OT");
    design.addZone(zone);
    for (const char *id : {"ws-1", "dns-1"}) {
        Host host;
        host.id = QLatin1String(id);
        host.type
            = host.id == QLatin1String("ws-1") ? QStringLiteral("workstation") : QStringLiteral("dns-server");
        host.zone = zone.id;
        design.addHost(host);
    }
    design.addLink({QStringLiteral("ws-1"), QStringLiteral("dns-1"), {}, {}});
    Document document;
    document.resetDesign(design);
    PropertiesWidget dock(&document);

    // A shown host's zone list follows a zone going, at once.
    dock.setSelection({QStringLiteral("ws-1")}, {}, {});
    auto *zones = qobject_cast<QComboBox *>(dock.editor(QStringLiteral("zone")));
    QVERIFY(zones);
    QCOMPARE(zones->count(), 2); // (no zone), OT
    document.removeZone(QStringLiteral("ot"));
    QCOMPARE(zones->count(), 1);
    document.insertZone(0, zone);

    // The shown zone or link goes: the dock shows the design at once.
    dock.setSelection({}, {QStringLiteral("ot")}, {});
    QCOMPARE(qobject_cast<QLineEdit *>(dock.editor(QStringLiteral("name")))->text(), QStringLiteral("OT"));
    document.removeZone(QStringLiteral("ot"));
    QVERIFY(dock.editor(QStringLiteral("summary")));
    dock.setSelection({}, {}, {{QStringLiteral("ws-1"), QStringLiteral("dns-1")}});
    QVERIFY(!dock.editor(QStringLiteral("summary")));
    document.removeLink(0);
    QVERIFY(dock.editor(QStringLiteral("summary")));
}

void tst_Properties::notesAreShownAndEditedWithUndo()
{
    // Two hosts as an inventory import leaves them: extra columns kept as notes, or one text.
    Design design;
    Host imported;
    imported.id = QStringLiteral("nmc-1");
    imported.type = QStringLiteral("nmc");
    imported.extra.insert(QStringLiteral("notes"),
        QJsonObject {{QStringLiteral("asset tag"), QStringLiteral("A-17")},
            {QStringLiteral("rack"), QStringLiteral("R2")}});
    design.addHost(imported);
    Host written;
    written.id = QStringLiteral("ws-1");
    written.type = QStringLiteral("workstation");
    written.extra.insert(QStringLiteral("notes"), QStringLiteral("jump host of the control room"));
    design.addHost(written);
    Host plain;
    plain.id = QStringLiteral("dns-1");
    plain.type = QStringLiteral("dns-server");
    design.addHost(plain);
    Document document;
    document.resetDesign(design);
    PropertiesWidget dock(&document);

    dock.setSelection({imported.id}, {}, {});
    auto *tag
        = qobject_cast<QLineEdit *>(dock.editor(PropertiesWidget::noteProperty(QStringLiteral("asset tag"))));
    auto *rack
        = qobject_cast<QLineEdit *>(dock.editor(PropertiesWidget::noteProperty(QStringLiteral("rack"))));
    QVERIFY(tag && rack);
    QCOMPARE(tag->text(), QStringLiteral("A-17"));
    QCOMPARE(rack->text(), QStringLiteral("R2"));

    // Editing a note is one undo step that changes that note alone.
    rack->setText(QStringLiteral("R3"));
    emit rack->editingFinished();
    QCOMPARE(document.undoStack()->count(), 1);
    const QJsonObject edited
        = document.design().host(imported.id)->extra.value(QStringLiteral("notes")).toObject();
    QCOMPARE(edited,
        (QJsonObject {{QStringLiteral("asset tag"), QStringLiteral("A-17")},
            {QStringLiteral("rack"), QStringLiteral("R3")}}));
    document.undoStack()->undo();
    QCOMPARE(rack->text(), QStringLiteral("R2"));
    QCOMPARE(document.design().host(imported.id)->extra, imported.extra);

    // A text note is one field.
    dock.setSelection({written.id}, {}, {});
    auto *text = qobject_cast<QLineEdit *>(dock.editor(PropertiesWidget::noteProperty(QString())));
    QVERIFY(text);
    QCOMPARE(text->text(), QStringLiteral("jump host of the control room"));
    text->setText(QStringLiteral("jump host"));
    emit text->editingFinished();
    QCOMPARE(document.design().host(written.id)->extra.value(QStringLiteral("notes")).toString(),
        QStringLiteral("jump host"));

    // A host without notes shows no notes field.
    dock.setSelection({plain.id}, {}, {});
    QVERIFY(!dock.editor(PropertiesWidget::noteProperty(QString())));
}

QTEST_MAIN(tst_Properties)
#include "tst_properties.moc"
