#include "editor/files/ProposedFileName.h"

#include <QRegularExpression>
#include <QStringList>

namespace topo {
namespace {

bool isRefused(QChar c)
{
    static const QString refused = QStringLiteral("\\/:*?\"<>|");
    return refused.contains(c) || c.category() == QChar::Other_Control;
}

// Spaces and the punctuation a cut name should not end with.
QString trimmedEnd(QString name)
{
    static const QString trailing = QStringLiteral(" .,;-–—&+");
    while (!name.isEmpty() && trailing.contains(name.back()))
        name.chop(1);
    return name;
}

bool isReservedDeviceName(const QString& name)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

} // namespace

QString proposedFileName(const QString& designName)
{
    QString name;
    name.reserve(designName.size());
    for (const QChar c : designName)
        name.append(isRefused(c) || c.isSpace() ? QChar(u' ') : c);
    name = name.simplified();
    while (name.startsWith(u'.') || name.startsWith(u' '))
        name.remove(0, 1);
    name = trimmedEnd(name);
    if (name.size() > kMaxProposedNameLength) {
        // The last space at or before the limit, when it keeps a meaningful part.
        const qsizetype space = name.lastIndexOf(u' ', kMaxProposedNameLength);
        qsizetype cut = space >= kMaxProposedNameLength / 2 ? space : kMaxProposedNameLength;
        if (name.at(cut - 1).isHighSurrogate())
            --cut; // never half a character
        name = trimmedEnd(name.left(cut));
    }
    if (name.isEmpty())
        return QStringLiteral("design");
    if (isReservedDeviceName(name))
        name += QStringLiteral(" design");
    return name;
}

} // namespace topo
