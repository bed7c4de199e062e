#include "editor/paint/Theme.h"

#include <QPalette>
#include <QStringList>

namespace topo {
namespace {

// Sizes are pixel sizes in scene units: they scale with the view and with exports alike,
// whatever the resolution of the device. Glyphs keep their design widths (no hinting), so a
// name fits its card at every zoom and in every export on every platform: Windows' font
// engines otherwise round each advance up to whole pixels.
QFont makeFont(int pixelSize, QFont::Weight weight)
{
    QFont font;
    font.setFamilies({QStringLiteral("Segoe UI"), QStringLiteral("Noto Sans"),
                      QStringLiteral("DejaVu Sans"), QStringLiteral("Nimbus Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    return font;
}

void setFonts(Theme& theme)
{
    theme.titleFont = makeFont(15, QFont::Bold);
    theme.nameFont = makeFont(13, QFont::DemiBold);
    theme.bodyFont = makeFont(11, QFont::Normal);
    theme.smallFont = makeFont(10, QFont::DemiBold);
}

} // namespace

QColor Theme::purposeColor(Purpose purpose) const
{
    switch (purpose) {
    case Purpose::Development:
        return isDark ? QColor(0x60, 0xA5, 0xFA) : QColor(0x25, 0x63, 0xEB);
    case Purpose::NonProduction:
        return isDark ? QColor(0x2D, 0xD4, 0xBF) : QColor(0x0F, 0x8B, 0x7E);
    case Purpose::Production:
        return isDark ? QColor(0xA7, 0x8B, 0xFA) : QColor(0x6D, 0x28, 0xD9);
    case Purpose::Lifetime:
        // Gold in both themes: an orange LifeTime (and its dashed management lines) could
        // not be told from RabbitMQ's orange and its dashed lines.
        return isDark ? QColor(0xFB, 0xBF, 0x24) : QColor(0xA1, 0x62, 0x07);
    }
    return text;
}

QColor Theme::purposeTint(Purpose purpose) const
{
    const QColor accent = purposeColor(purpose);
    const QColor base = background;
    const double share = isDark ? 0.10 : 0.06;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + accent.redF() * share),
                            float(base.greenF() * (1 - share) + accent.greenF() * share),
                            float(base.blueF() * (1 - share) + accent.blueF() * share));
}

QColor Theme::severityColor(Severity severity) const
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xDC, 0x26, 0x26);
    case Severity::Warning:
        return QColor(0xF5, 0x9E, 0x0B);
    case Severity::Info:
        return QColor(0x0E, 0x8A, 0xD8);
    }
    return text;
}

QColor Theme::roleColor(Role role) const
{
    switch (role) {
    case Role::Frontend:
        return isDark ? QColor(0x3B, 0x82, 0xF6) : QColor(0x1D, 0x4E, 0xD8);
    case Role::DeploymentController:
        return isDark ? QColor(0xE1, 0x1D, 0x48) : QColor(0xBE, 0x12, 0x3C);
    case Role::Scheduler:
        return isDark ? QColor(0x10, 0xB9, 0x81) : QColor(0x04, 0x78, 0x57);
    }
    return text;
}

Theme Theme::light()
{
    Theme t;
    t.isDark = false;
    t.background = QColor(0xF8, 0xFA, 0xFC);
    t.grid = QColor(0xE2, 0xE8, 0xF0);
    t.text = QColor(0x0F, 0x17, 0x2A);
    t.mutedText = QColor(0x47, 0x55, 0x69);
    t.cardFill = QColor(0xFF, 0xFF, 0xFF);
    t.cardBorder = QColor(0xA0, 0xAE, 0xC0);
    t.shadow = QColor(15, 23, 42, 28);
    t.connection = QColor(0x64, 0x74, 0x8B);
    t.managementConnection = QColor(0x7C, 0x3A, 0xED, 210);
    t.selection = QColor(0x25, 0x63, 0xEB);
    t.hover = QColor(0x93, 0xC5, 0xFD);
    t.noteFill = QColor(0xFE, 0xF9, 0xC3);
    t.noteBorder = QColor(0xE0, 0xC8, 0x5A);
    t.noteText = QColor(0x42, 0x36, 0x0A);
    t.zoneBorder = QColor(0x47, 0x55, 0x69);
    t.siteFill = QColor(0x94, 0xA3, 0xB8, 40);
    t.warningText = QColor(0xB4, 0x53, 0x09);
    setFonts(t);
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.isDark = true;
    t.background = QColor(0x11, 0x18, 0x27);
    t.grid = QColor(0x1F, 0x29, 0x37);
    t.text = QColor(0xF1, 0xF5, 0xF9);
    t.mutedText = QColor(0x9C, 0xA3, 0xAF);
    t.cardFill = QColor(0x1F, 0x29, 0x37);
    t.cardBorder = QColor(0x4B, 0x55, 0x63);
    t.shadow = QColor(0, 0, 0, 90);
    t.connection = QColor(0x94, 0xA3, 0xB8);
    t.managementConnection = QColor(0xC4, 0xB5, 0xFD, 220);
    t.selection = QColor(0x60, 0xA5, 0xFA);
    t.hover = QColor(0x3B, 0x82, 0xF6);
    t.noteFill = QColor(0x42, 0x3A, 0x12);
    t.noteBorder = QColor(0x85, 0x73, 0x1E);
    t.noteText = QColor(0xFE, 0xF3, 0xC7);
    t.zoneBorder = QColor(0x9C, 0xA3, 0xAF);
    t.siteFill = QColor(0x94, 0xA3, 0xB8, 30);
    t.warningText = QColor(0xFB, 0xBF, 0x24);
    setFonts(t);
    return t;
}

Theme Theme::forName(const QString& name)
{
    return name == QStringLiteral("dark") ? dark() : light();
}

Theme Theme::forPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

} // namespace topo
