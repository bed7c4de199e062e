#pragma once

#include "core/analysis/ScalingPlan.h"
#include "core/model/Topology.h"
#include "editor/paint/ScalingElements.h"
#include "editor/paint/ScalingLayout.h"
#include "editor/paint/Theme.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace topo::paint {

// Pieces of the scaling picture shared by its painter files.

// "4 vCPU · 8 GB · 100 GB", or "hardware not set".
QString specText(const Hardware& hardware);
// Requests per second, whole and with thousands separators: "1,250".
QString requestRate(double requestsPerSecond);
// A section title in bold with a muted explanation after it.
void drawSectionTitle(QPainter& p, const QRectF& row, const QString& title,
                      const QString& explanation, const Theme& theme);
// A dashed box standing for a machine that is not there yet.
void drawGhost(QPainter& p, const QRectF& rect, const QColor& accent, const Theme& theme);
// The server card the topology view draws, looked up by id.
void drawServerCard(QPainter& p, const QRectF& rect, const ScalingElements& elements,
                    const std::string& server, const Theme& theme);

// The deployment controller section: card, columns against the guidance, next size up.
void drawControllerSection(QPainter& p, const ControllerLayout& layout,
                           const ControllerScaling& controller, const ScalingElements& elements,
                           const Theme& theme);

} // namespace topo::paint
