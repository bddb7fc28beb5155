#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace portolan {

/**
 * The editor's interface language: the system's by default, or the one chosen in the settings
 * ("ui/language", a code such as "de" or "zh_TW"; empty for the system's). Installs Portolan's
 * translation (compiled into the editor under :/i18n, or installed in share/portolan/translations)
 * and Qt's own (qtbase_*.qm from Qt's translations folder) for standard dialogs and buttons, and
 * tells the PDF report's fonts the language. portolan-cli never calls it: its output stays English.
 */
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    /// The settings key Preferences stores the choice under.
    static QString settingKey();
    /// The choice stored in the settings ("" for the system's language).
    static QString storedChoice();
    /// The languages Portolan ships a translation of, as codes ("de", "zh_TW", ...), sorted.
    static QStringList available(const QStringList &extraFolders = {});
    /**
     * Installs the translations for `code` ("" for the system's language), replacing those a
     * previous call installed; extraFolders are searched first (the tests' build folder). English,
     * or a language without a translation, installs none. A path to a .qm file installs that file
     * (a pseudo-translation, to check the layout). Returns the locale in use; *loaded
     * tells whether Portolan's own translation was found.
     */
    static QLocale install(const QString &code, const QStringList &extraFolders = {}, bool *loaded = nullptr);
    /// The folders searched for portolan_*.qm, in order.
    static QStringList folders(const QStringList &extraFolders = {});
};

} // namespace portolan
