#include "preferencesdialog.h"

#include "language.h"
#include "storage/projectfile.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace portolan {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(this))
    , m_autosave(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_author->setObjectName(QStringLiteral("author"));
    m_author->setPlaceholderText(tr("Your name, as project revisions record it"));

    m_autosave->setObjectName(QStringLiteral("autosaveInterval"));
    m_autosave->setRange(0, 3600);
    m_autosave->setSingleStep(30);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &language : availableLanguages()) {
        const QLocale locale(language);
        const QString name = locale.nativeLanguageName();
        m_language->addItem(name.isEmpty() ? language : name, language);
    }

    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("a4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("letter"));

    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), Theme::name(Theme::Mode::System));
    m_theme->addItem(tr("Light"), Theme::name(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), Theme::name(Theme::Mode::Dark));

    auto *form = new QFormLayout;
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("Auto&save every:"), m_autosave);
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies when Portolan starts again."), this);
    restart->setWordWrap(true);
    restart->setEnabled(false);
    form->addRow(QString(), restart);
    form->addRow(tr("Report &page size:"), m_pageSize);
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const QSettings settings;
    m_author->setText(settings.value(ProjectFile::authorSettingKey()).toString());
    m_autosave->setValue(settings.value(autosaveIntervalKey(), defaultAutosaveSeconds).toInt());
    const int language = m_language->findData(settings.value(languageKey()).toString());
    m_language->setCurrentIndex(std::max(language, 0));
    const bool letter = settings.contains(pageSizeKey())
        ? settings.value(pageSizeKey()).toString() == QLatin1String("letter")
        : QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    m_pageSize->setCurrentIndex(letter ? 1 : 0);
    m_theme->setCurrentIndex(std::max(m_theme->findData(settings.value(Theme::settingKey()).toString()), 0));
}

void PreferencesDialog::save()
{
    QSettings settings;
    const QString author = m_author->text().trimmed();
    if (author.isEmpty())
        settings.remove(ProjectFile::authorSettingKey());
    else
        settings.setValue(ProjectFile::authorSettingKey(), author);
    settings.setValue(autosaveIntervalKey(), m_autosave->value());
    settings.setValue(languageKey(), m_language->currentData().toString());
    settings.setValue(pageSizeKey(), m_pageSize->currentData().toString());
    settings.setValue(Theme::settingKey(), m_theme->currentData().toString());
    Theme::apply(Theme::fromName(m_theme->currentData().toString())); // at once, unlike the language
}

QStringList PreferencesDialog::availableLanguages()
{
    return Language::available();
}

} // namespace portolan
