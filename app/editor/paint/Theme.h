#pragma once

#include "core/model/Enums.h"
#include "core/rules/Finding.h"

#include <QColor>
#include <QFont>

class QPalette;

namespace topo {

// The colours and fonts of the topology drawing, for the light and the dark look. The canvas
// and every export draw with one Theme so that they look the same.
struct Theme {
    bool isDark = false;
    QColor background;
    QColor grid;
    QColor text;
    QColor mutedText;
    QColor cardFill;
    QColor cardBorder;
    QColor shadow;
    QColor connection;
    QColor managementConnection;
    QColor selection;
    QColor hover;
    QColor noteFill;
    QColor noteBorder;
    QColor noteText;
    QColor zoneBorder;
    QColor siteFill;
    QColor warningText;

    QFont titleFont; // environment titles
    QFont nameFont;  // element names on cards
    QFont bodyFont;  // detail lines
    QFont smallFont; // tags and badges

    QColor purposeColor(Purpose purpose) const;
    QColor purposeTint(Purpose purpose) const; // frame background
    QColor severityColor(Severity severity) const;
    QColor roleColor(Role role) const;
    QColor lifetimeColor() const { return purposeColor(Purpose::Lifetime); }
    // Text on a purpose or role colour: the dark look's accents are bright.
    QColor onAccent() const { return isDark ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white); }

    static Theme light();
    static Theme dark();
    static Theme forName(const QString& name); // "light" or "dark"; anything else is light
    // The look matching a widget palette (dark when the window colour is dark).
    static Theme forPalette(const QPalette& palette);
};

} // namespace topo
