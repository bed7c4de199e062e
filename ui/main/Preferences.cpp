#include "ui/main/Preferences.h"

#include "ui/platform/AppearancePlatform.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <optional>

namespace topo {

namespace {

const QString kAutosaveKey = QStringLiteral("autosave/intervalSeconds");
const QString kThemeKey = QStringLiteral("appearance/theme");
std::optional<int> g_autosaveOverride;

QPalette darkPalette()
{
    const QColor window(45, 47, 51);
    const QColor base(32, 34, 37);
    const QColor text(225, 228, 232);
    const QColor disabledText(120, 122, 126);
    // Every role, bevels included: Fusion etches disabled menu text with Light, which the
    // default (white) would draw as a bright copy of each disabled item.
    QPalette p(text, window, window.lighter(125), window.darker(160), window.darker(120), text,
               Qt::white, base, window);
    p.setColor(QPalette::Midlight, window.lighter(112));
    p.setColor(QPalette::Shadow, QColor(12, 13, 15));
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 154, 160));
    p.setColor(QPalette::Link, QColor(110, 170, 240));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 230));
    p.setColor(QPalette::Highlight, QColor(58, 110, 180));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role :
         {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 74, 80));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

// Fusion outlines a check box in a shade of the window colour: on a dark window an unchecked
// box is a dark square without an edge, in menus as in the inspector. The dark theme draws
// the edge between the window and the text colour, as visible as the light theme's.
class DarkFusionStyle : public QProxyStyle {
public:
    DarkFusionStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool keyboardFocus =
            (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
        if (element != PE_IndicatorCheckBox || keyboardFocus)
            return; // Fusion's focus edge stays
        const QColor window = option->palette.color(QPalette::Window);
        const QColor text = option->palette.color(QPalette::WindowText);
        const double share = option->state & State_Enabled ? 0.45 : 0.25;
        const QColor edge =
            QColor::fromRgbF(float(window.redF() + (text.redF() - window.redF()) * share),
                             float(window.greenF() + (text.greenF() - window.greenF()) * share),
                             float(window.blueF() + (text.blueF() - window.blueF()) * share));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(edge);
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5));
        painter->restore();
    }
};

} // namespace

int Preferences::autosaveIntervalSeconds()
{
    if (g_autosaveOverride)
        return *g_autosaveOverride;
    return std::max(0, QSettings().value(kAutosaveKey, kDefaultAutosaveSeconds).toInt());
}

void Preferences::setAutosaveIntervalSeconds(int seconds)
{
    QSettings().setValue(kAutosaveKey, std::max(0, seconds));
    g_autosaveOverride.reset();
}

void Preferences::overrideAutosaveIntervalSeconds(int seconds)
{
    g_autosaveOverride = std::max(0, seconds);
}

namespace {

const QString kHiddenLinesKey = QStringLiteral("canvas/hiddenLines");
constexpr ConnectionKind kLineKinds[] = {ConnectionKind::LoadBalancing, ConnectionKind::Database,
                                         ConnectionKind::Queue, ConnectionKind::Management};

QString lineKindName(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::LoadBalancing:
        return QStringLiteral("load-balancing");
    case ConnectionKind::Database:
        return QStringLiteral("database");
    case ConnectionKind::Queue:
        return QStringLiteral("queue");
    case ConnectionKind::Management:
        return QStringLiteral("management");
    }
    return {};
}

} // namespace

std::vector<ConnectionKind> Preferences::hiddenLines()
{
    const QStringList names = QSettings().value(kHiddenLinesKey).toStringList();
    std::vector<ConnectionKind> kinds;
    for (const ConnectionKind kind : kLineKinds)
        if (names.contains(lineKindName(kind)))
            kinds.push_back(kind);
    return kinds;
}

void Preferences::setHiddenLines(const std::vector<ConnectionKind>& kinds)
{
    QStringList names;
    for (const ConnectionKind kind : kinds)
        names.append(lineKindName(kind));
    QSettings().setValue(kHiddenLinesKey, names);
}

ThemeChoice Preferences::theme()
{
    const QString name = QSettings().value(kThemeKey).toString();
    if (name == QStringLiteral("light"))
        return ThemeChoice::Light;
    if (name == QStringLiteral("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void Preferences::setTheme(ThemeChoice theme)
{
    const char* names[] = {"system", "light", "dark"};
    QSettings().setValue(kThemeKey, QLatin1String(names[static_cast<int>(theme)]));
}

void applyApplicationTheme(ThemeChoice choice)
{
    // The platform's palette, remembered before the first change so System can return to it.
    static const QPalette systemPalette = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    switch (choice) {
    case ThemeChoice::System:
        // Windows says "dark" apart from the palette it gives Qt 6.4: follow the setting.
        if (platform::systemPrefersDark().value_or(false) &&
            systemPalette.window().color().lightness() >= 128) {
            applyApplicationTheme(ThemeChoice::Dark);
            break;
        }
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case ThemeChoice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setStyle(new DarkFusionStyle);
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool isDarkPalette()
{
    return QApplication::palette().window().color().lightness() < 128;
}

} // namespace topo
