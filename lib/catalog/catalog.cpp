#include "catalog.h"

#include <QRegularExpression>

#include <cmath>

namespace portolan {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QString ParamSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Choice:
        return QStringLiteral("choice");
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Release:
        return QStringLiteral("release");
    }
    return QString();
}

Value ParamSpec::accept(const QJsonValue &value, QString *error) const
{
    switch (kind) {
    case Kind::Bool:
        if (value.isBool())
            return Value(value.toBool());
        *error = Catalog::tr("must be true or false");
        return Value();
    case Kind::Int: {
        const double number = value.toDouble();
        // Compared as doubles first: converting one beyond the 64-bit range is undefined.
        if (!value.isDouble() || !std::isfinite(number) || std::abs(number) > 9.0e15
            || number != double(qint64(number))) {
            *error = Catalog::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum);
            return Value();
        }
        if (number < minimum || number > maximum) {
            *error = Catalog::tr("must be from %1 to %2").arg(minimum).arg(maximum);
            return Value();
        }
        return Value(qint64(number));
    }
    case Kind::Choice:
        if (value.isString() && choices.contains(value.toString()))
            return Value(value.toString());
        *error = Catalog::tr("must be one of %1").arg(choices.join(QStringLiteral(", ")));
        return Value();
    case Kind::Text:
        if (value.isString())
            return Value(value.toString());
        *error = Catalog::tr("must be a text");
        return Value();
    case Kind::Release: {
        static const QRegularExpression pattern(QStringLiteral("^\\d+\\.\\d+(\\.\\d+[a-z]*)?$"));
        if (value.isString() && pattern.match(value.toString()).hasMatch())
            return Value(value.toString());
        *error = Catalog::tr("must be a release number such as \"15.1\" or \"14.5.0at\"");
        return Value();
    }
    }
    return Value();
}

int HostType::paramIndex(const QString &paramName) const
{
    for (int i = 0; i < params.size(); ++i) {
        if (params.at(i).name == paramName)
            return i;
    }
    return -1;
}

const HostType *Catalog::type(const QString &id) const
{
    const int index = m_typeIndex.value(id, -1);
    return index < 0 ? nullptr : &m_types.at(index);
}

QList<QPair<QString, QString>> Catalog::products() const
{
    QList<QPair<QString, QString>> result;
    for (const HostType &type : m_types) {
        if (result.isEmpty() || result.back().first != type.product)
            result.append({type.product, type.productTitle});
    }
    return result;
}

const LinkKind *Catalog::linkKind(const QString &typeA, const QString &typeB, bool *swapped) const
{
    int index = m_linkIndex.value(typeA + QLatin1Char('\n') + typeB, -1);
    bool reversed = false;
    if (index < 0) {
        index = m_linkIndex.value(typeB + QLatin1Char('\n') + typeA, -1);
        reversed = index >= 0;
    }
    if (swapped)
        *swapped = reversed;
    return index < 0 ? nullptr : &m_links.at(index);
}

const SystemRule *Catalog::system(const QString &id) const
{
    for (const SystemRule &system : m_systems) {
        if (system.id == id)
            return &system;
    }
    return nullptr;
}

} // namespace portolan
