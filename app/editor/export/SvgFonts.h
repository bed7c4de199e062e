#pragma once

#include <QFont>
#include <QString>

namespace topo {

// The CSS font-family value an SVG text of `font` is written with: the font's own families,
// the family this machine draws it with (as in the PNG), common UI sans-serif fonts, and the
// generic `sans-serif` last, so that a viewer lacking all of them never falls back to a
// serif font. Names are quoted ('Segoe UI'); Qt's alias "Sans Serif" becomes the generic.
QString svgFontFamilies(const QFont& font);

} // namespace topo
