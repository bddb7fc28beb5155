#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace portolan {

/**
 * Edit > Preferences: the settings a designer sets once. Each is stored under its own key, the
 * key the part that uses it reads: the author of project saves (ProjectFile::authorSettingKey()),
 * the autosave interval (autosaveIntervalKey()), the language of the window (languageKey(),
 * applied at the next start) and the PDF report's default page size (pageSizeKey(), the Export
 * dialog's default).
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    static QString autosaveIntervalKey() { return QStringLiteral("autosave/intervalSeconds"); }
    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString pageSizeKey() { return QStringLiteral("export/pageSize"); }
    static constexpr int defaultAutosaveSeconds = 120;

    /// The languages the build has translations for ("de", "zh_TW", ...): new translations appear by
    /// themselves.
    static QStringList availableLanguages();

    /// Writes the fields to the settings (what OK does).
    void save();

private:
    QLineEdit *m_author;
    QSpinBox *m_autosave;
    QComboBox *m_language;
    QComboBox *m_pageSize;
    QComboBox *m_theme;
};

} // namespace portolan
