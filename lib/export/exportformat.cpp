#include "exportformat.h"

#include "io/designjson.h"
#include "io/flowsreport.h"
#include "storage/projectexport.h"

#include <QSaveFile>

namespace portolan {

namespace {

bool writeWhole(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("ExportFormat", "%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

class JsonDesignExport : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("json"); }
    QString title() const override { return QCoreApplication::translate("ExportFormat", "Design JSON"); }
    QString fileSuffix() const override { return QStringLiteral("json"); }
    bool write(const ExportInput &input, const QString &path, QString *error) const override
    {
        return writeWhole(path, DesignJson::write(input.design), error);
    }
};

class CsvMatrixExport : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("csv"); }
    QString title() const override { return QCoreApplication::translate("ExportFormat", "Firewall matrix (CSV)"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    bool write(const ExportInput &input, const QString &path, QString *error) const override
    {
        return writeWhole(path, FlowsReport::toCsv(input.design, input.derivation, input.options.byteOrderMark), error);
    }
};

} // namespace

const QList<const ExportFormat *> &ExportFormat::all()
{
    static const JsonDesignExport json;
    static const CsvMatrixExport csv;
    static const ProjectExport portolan;
    static const QList<const ExportFormat *> formats = {&csv, &json, &portolan};
    return formats;
}

const ExportFormat *ExportFormat::find(const QString &id)
{
    for (const ExportFormat *format : all()) {
        if (format->id() == id)
            return format;
    }
    return nullptr;
}

} // namespace portolan
