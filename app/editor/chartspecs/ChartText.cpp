#include "editor/chartspecs/ChartText.h"

#include <QCoreApplication>
#include <QString>

#include <cmath>

namespace topo {

namespace {

// Fixed-point text of `value` without trailing zeros after the decimal point.
std::string trimmed(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QStringLiteral("-0") ? std::string("0") : text.toStdString();
}

} // namespace

std::string chartText(const char* text, const std::vector<std::string>& arguments)
{
    QString result = QCoreApplication::translate("topo::Charts", text);
    for (const std::string& argument : arguments)
        result = result.arg(QString::fromStdString(argument));
    return result.toStdString();
}

std::string formatNumber(double value)
{
    return trimmed(value, std::abs(value - std::round(value)) < 1e-9 ? 0 : 2);
}

std::string formatProbability(double probability)
{
    return trimmed(probability, 6);
}

std::string formatPercent(double availability)
{
    return trimmed(100 * availability, 3);
}

} // namespace topo
