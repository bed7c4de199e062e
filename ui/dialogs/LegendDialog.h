#pragma once

#include "editor/paint/LegendPainter.h"

#include <QDialog>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace topo {

// The legend of the canvas marks, painted by the legend painter of the exports (every mark,
// in the look matching the widget's palette).
class LegendWidget : public QWidget {
    Q_OBJECT

public:
    explicit LegendWidget(QWidget* parent = nullptr);

    // The explanations the legend shows, in its order.
    QStringList entries() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<LegendMark> m_marks;
};

// Help > Legend of canvas marks: what the badges, markers and lines of the canvas mean.
class LegendDialog : public QDialog {
    Q_OBJECT

public:
    explicit LegendDialog(QWidget* parent = nullptr);

    LegendWidget* legend() const { return m_legend; }

private:
    LegendWidget* m_legend = nullptr;
};

} // namespace topo
