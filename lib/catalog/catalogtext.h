#pragma once

#include <QString>

namespace portolan {

struct LinkKind;

/**
 * The catalog's texts as the user reads them: each goes through the installed translators with
 * the context scripts/extract-catalog-texts.py gives it ("catalog:type:nmc", "catalog:<rule id>",
 * ...). The catalog and everything derived from it stay in English; only the GUI and the PDF
 * report call these, so portolan-cli's output never changes with the language.
 */
class CatalogText
{
public:
    static QString productTitle(const QString &product, const QString &title);
    /// A host type's name or description, or one of its parameters' labels or descriptions.
    static QString typeText(const QString &typeId, const QString &text);
    static QString linkMeaning(const LinkKind &kind);
    static QString systemName(const QString &systemId, const QString &name);
    /// A flow's or block's service.
    static QString service(const QString &rule, const QString &service);
    /// A flow's or block's notes as the engine joined them: each note of the rule translated.
    static QString notes(const QString &rule, const QString &notes);
    /**
     * A finding's or requirement's message as the engine wrote it from the rule's template: the
     * translated template with its {...} holes filled with the values the message holds. The
     * message itself when the rule is not in the built-in catalog, the template has no
     * translation, or the message does not read as the template.
     */
    static QString message(const QString &rule, const QString &message);

    /// The translation context of a rule's texts (services, notes, finding messages).
    static QString ruleContext(const QString &rule);
};

} // namespace portolan
