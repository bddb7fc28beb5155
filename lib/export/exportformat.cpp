#include "exportformat.h"

#include "asaexport.h"
#include "csvmatrixexport.h"
#include "io/designjson.h"
#include "io/savefile.h"
#include "iptablesexport.h"
#include "nftablesexport.h"

#include <algorithm>

namespace portolan {

namespace {

class JsonDesignExport : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("json"); }
    QString title() const override { return QCoreApplication::translate("ExportFormat", "Design JSON"); }
    QString fileSuffix() const override { return QStringLiteral("json"); }
    bool isText() const override { return true; }
    bool render(const ExportInput &input, QByteArray *data, QString *) const override
    {
        *data = DesignJson::write(input.design);
        return true;
    }
};

// Menu order of the known formats; others follow in registration order.
int menuRank(const QString &id)
{
    static const QStringList order = {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("nft"),
        QStringLiteral("iptables"), QStringLiteral("asa"), QStringLiteral("svg"), QStringLiteral("png"),
        QStringLiteral("json"), QStringLiteral("portolan")};
    const qsizetype rank = order.indexOf(id);
    return rank < 0 ? int(order.size()) : int(rank);
}

QList<const ExportFormat *> &registry()
{
    static const CsvMatrixExport csv;
    static const NftablesExport nft;
    static const IptablesExport iptables;
    static const AsaExport asa;
    static const JsonDesignExport json;
    static QList<const ExportFormat *> formats = {&csv, &nft, &iptables, &asa, &json};
    return formats;
}

} // namespace

bool ExportFormat::render(const ExportInput &, QByteArray *, QString *error) const
{
    *error
        = QCoreApplication::translate("ExportFormat", "The %1 export cannot be built in memory.").arg(id());
    return false;
}

bool ExportFormat::write(const ExportInput &input, const QString &path, QString *error) const
{
    QByteArray data;
    return render(input, &data, error) && saveFile(path, data, error);
}

const QList<const ExportFormat *> &ExportFormat::all()
{
    return registry();
}

void ExportFormat::registerFormat(const ExportFormat *format)
{
    QList<const ExportFormat *> &formats = registry();
    if (formats.contains(format) || find(format->id()))
        return;
    formats.append(format);
    std::stable_sort(formats.begin(), formats.end(),
        [](const ExportFormat *a, const ExportFormat *b) { return menuRank(a->id()) < menuRank(b->id()); });
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
