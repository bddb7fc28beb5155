#include "language.h"

#include "export/diagrampainter.h"

#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace portolan {

namespace {

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

QString Language::settingKey()
{
    return QStringLiteral("ui/language");
}

QString Language::storedChoice()
{
    return QSettings().value(settingKey()).toString().trimmed();
}

QStringList Language::folders(const QStringList &extraFolders)
{
    QStringList result = extraFolders;
    result << QStringLiteral(":/i18n");
    // Installed beside the program: <prefix>/bin/portolan and <prefix>/share/portolan/translations.
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        result << QDir(appDir).absoluteFilePath(QStringLiteral("../share/portolan/translations"));
    return result;
}

QStringList Language::available(const QStringList &extraFolders)
{
    QStringList codes;
    for (const QString &folder : folders(extraFolders)) {
        const QStringList files = QDir(folder).entryList({QStringLiteral("portolan_*.qm")}, QDir::Files);
        for (const QString &file : files) {
            const QString code = file.mid(9, file.size() - 9 - 3);
            if (code != QLatin1String("en") && !codes.contains(code))
                codes.append(code);
        }
    }
    codes.sort();
    return codes;
}

QLocale Language::install(const QString &code, const QStringList &extraFolders, bool *loaded)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
    if (loaded)
        *loaded = false;

    // A .qm file named directly (a pseudo-translation for layout checks) is used as it is.
    const bool file = code.endsWith(QLatin1String(".qm"));
    const QLocale locale = code.isEmpty() || file ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    // English plural forms: the source texts count in the plural ("%n links"), portolan_en.qm
    // holds the singular ("1 link"). Installed first, it is asked last: the base under every
    // language, also where a translation lacks a message.
    auto *english = new QTranslator(QCoreApplication::instance());
    bool englishLoaded = false;
    for (const QString &folder : folders(extraFolders)) {
        if (english->load(QStringLiteral("portolan_en"), folder)) {
            englishLoaded = true;
            break;
        }
    }
    if (englishLoaded && QCoreApplication::installTranslator(english))
        installed().append(english);
    else
        delete english;

    // Portolan's texts next: the translator installed last is asked first, so Qt's own go last.
    auto *own = new QTranslator(QCoreApplication::instance());
    bool ownLoaded = false;
    if (file) {
        ownLoaded = own->load(code);
    } else {
        for (const QString &folder : folders(extraFolders)) {
            if (own->load(locale, QStringLiteral("portolan"), QStringLiteral("_"), folder)) {
                ownLoaded = true;
                break;
            }
        }
    }
    // The English source needs no translation beyond the plural forms installed above.
    if (ownLoaded && (file || locale.language() != QLocale::English)
        && QCoreApplication::installTranslator(own)) {
        installed().append(own);
        if (loaded)
            *loaded = true;
    } else {
        delete own;
    }

    if (locale.language() != QLocale::English) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && QCoreApplication::installTranslator(qt))
            installed().append(qt);
        else
            delete qt;
    }

    DiagramPainter::setLanguage(locale.language() == QLocale::English ? QString() : locale.bcp47Name());
    return locale;
}

} // namespace portolan
