#include "editor/export/SvgFonts.h"

#include <QFontInfo>
#include <QStringList>

namespace topo {

namespace {

// Qt's names for the generic family, which no font carries: the generic ends the list anyway.
bool isGenericAlias(const QString& family)
{
    static const QStringList aliases = {QStringLiteral("Sans Serif"), QStringLiteral("Sans"),
                                        QStringLiteral("sans-serif"), QStringLiteral("SansSerif")};
    return aliases.contains(family, Qt::CaseInsensitive);
}

// A family name as a CSS string; only characters font names use, so nothing needs escaping
// in CSS or XML.
QString quoted(const QString& family)
{
    QString name;
    for (const QChar c : family)
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.')
            name.append(c);
    return QStringLiteral("'%1'").arg(name.simplified());
}

} // namespace

QString svgFontFamilies(const QFont& font)
{
    QStringList candidates = font.families();
    if (candidates.isEmpty())
        candidates.append(font.family());
    candidates.append(QFontInfo(font).family());
    candidates.append({QStringLiteral("Segoe UI"), QStringLiteral("Noto Sans"),
                       QStringLiteral("DejaVu Sans"), QStringLiteral("Helvetica Neue"),
                       QStringLiteral("Arial")});
    QStringList names;
    QStringList seen;
    for (const QString& family : candidates) {
        if (family.trimmed().isEmpty() || isGenericAlias(family) ||
            seen.contains(family, Qt::CaseInsensitive))
            continue;
        seen.append(family);
        names.append(quoted(family));
    }
    names.append(QStringLiteral("sans-serif"));
    return names.join(u',');
}

} // namespace topo
