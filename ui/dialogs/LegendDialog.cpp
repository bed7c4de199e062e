#include "ui/dialogs/LegendDialog.h"

#include "editor/paint/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

namespace topo {

namespace {

// Wide enough for two columns of the legend: about as wide as a dialog reads well.
constexpr double kLegendWidth = 660;
constexpr int kMargin = 8;

} // namespace

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent), m_marks(allLegendMarks())
{
    setAccessibleName(tr("Legend of canvas marks"));
    setAccessibleDescription(entries().join(QStringLiteral("; ")));
    // Never narrower than the legend: a cut legend would hide marks.
    setMinimumSize(sizeHint());
}

QStringList LegendWidget::entries() const
{
    QStringList texts;
    for (LegendMark mark : m_marks)
        texts.append(legendText(mark));
    return texts;
}

QSize LegendWidget::sizeHint() const
{
    const QSizeF size = legendSize(m_marks, Theme::forPalette(palette()), kLegendWidth);
    return {int(std::ceil(size.width())) + 2 * kMargin,
            int(std::ceil(size.height())) + 2 * kMargin};
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    const Theme theme = Theme::forPalette(palette());
    const QSizeF size = legendSize(m_marks, theme, kLegendWidth);
    QPainter painter(this);
    painter.fillRect(rect(), theme.background);
    paintLegend(painter, QRectF(QPointF(kMargin, kMargin), size), m_marks, theme);
}

LegendDialog::LegendDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Legend of canvas marks"));
    m_legend = new LegendWidget(this);
    auto* intro = new QLabel(tr("What the badges, markers and lines on the canvas mean. "
                                "Exports can carry the same legend (File › Export…, "
                                "\"Legend of the marks\")."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_legend, 1);
    layout->addWidget(buttons);
}

} // namespace topo
