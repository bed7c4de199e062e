#pragma once

#include "editor/paint/ScalingPainter.h"
#include "editor/paint/Theme.h"

#include <QWidget>

#include <optional>

namespace topo {

// Paints the scaling picture of the dock at a zoom factor, in the theme of its palette. Its
// size is the picture's at that zoom, so that a scroll area around it scrolls the picture.
class ScalingView : public QWidget {
    Q_OBJECT
public:
    explicit ScalingView(QWidget* parent = nullptr);

    // Shows `painter`'s picture (nullopt: nothing, e.g. no design or no environment).
    void setPicture(std::optional<ScalingPainter> painter);
    const std::optional<ScalingPainter>& picture() const { return m_painter; }
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    const Theme& theme() const { return m_theme; }

    QSize sizeHint() const override;
    // The arithmetic of the figure at a point of the widget ("" where there is none): the
    // tooltip shown there.
    QString toolTipAt(const QPoint& position) const;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateSize();

    std::optional<ScalingPainter> m_painter;
    Theme m_theme;
    double m_zoom = 1;
};

} // namespace topo
