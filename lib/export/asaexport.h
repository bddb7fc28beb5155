#pragma once

#include "exportformat.h"

namespace portolan {

class RuleSetPlan;

/** Cisco ASA access lists, one per source zone (its ingress interface), with object-groups. */
class AsaExport : public ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(AsaExport)

public:
    QString id() const override { return QStringLiteral("asa"); }
    QString title() const override { return tr("Cisco ASA access lists"); }
    QString fileSuffix() const override { return QStringLiteral("asa"); }
    bool isText() const override { return true; }
    bool render(const ExportInput &input, QByteArray *data, QString *error) const override;

    /** One access control entry, as the configuration writes it. */
    struct Entry
    {
        QString acl;
        QString text;
        int section = -1; ///< the plan section and rule it writes; -1 for the final deny
        int rule = -1;
    };
    /// Every entry of the plan's access lists in the order the configuration writes them, remarks aside.
    static QList<Entry> entries(const RuleSetPlan &plan);
    /// The list of the blocks and the final deny, which the firewall reads after the interface lists.
    static QString globalList() { return QStringLiteral("portolan_global"); }
    /// The access list of the traffic entering from a zone ("cell_in").
    static QString interfaceList(const QString &zone);
    /// The member line of an address group for a host, without its leading space.
    static QString groupMember(const RuleSetPlan &plan, int host);
};

} // namespace portolan
