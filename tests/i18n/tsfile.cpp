#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace portolan::test {

bool TsFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2:%3: %4")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return false;
    }
    return true;
}

namespace {

QStringList tokens(const QRegularExpression &pattern, const QString &text, int group)
{
    QStringList found;
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(group);
    found.sort();
    return found;
}

} // namespace

QString placeholderProblem(
    const QString &context, const QString &source, const QString &translation, bool numerus)
{
    if (context.startsWith(QLatin1String("catalog:"))) {
        static const QRegularExpression hole(QStringLiteral(R"(\{[^{}]*\})"));
        const QStringList want = tokens(hole, source, 0);
        const QStringList have = tokens(hole, translation, 0);
        if (QSet<QString>(want.cbegin(), want.cend()) != QSet<QString>(have.cbegin(), have.cend()))
            return QStringLiteral("holes %1 in the source, %2 in the translation")
                .arg(want.join(QLatin1Char(' ')), have.join(QLatin1Char(' ')));
        return QString();
    }
    // %1 to %99 (also written %L1) and %n.
    static const QRegularExpression placeholder(QStringLiteral(R"(%L?(\d{1,2}|n))"));
    QStringList want = tokens(placeholder, source, 1);
    QStringList have = tokens(placeholder, translation, 1);
    want.removeDuplicates();
    have.removeDuplicates();
    if (numerus) {
        want.removeAll(QStringLiteral("n"));
        have.removeAll(QStringLiteral("n"));
    }
    if (want != have)
        return QStringLiteral("placeholders %1 in the source, %2 in the translation")
            .arg(want.join(QLatin1Char(' ')), have.join(QLatin1Char(' ')));
    return QString();
}

} // namespace portolan::test
