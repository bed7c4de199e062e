#pragma once

#include "core/model/Topology.h"

#include <QComboBox>
#include <QStringList>

#include <optional>
#include <string_view>

namespace topo {

// A free-text member of the format (os, platform and database versions, editions, service
// tiers, time zones): an editable list that offers the values OutSystems supports, or the
// ones the design already uses, while any other text may still be typed. Emits `edited` when
// the user types or picks a value, never when the editor shows one.
class TextChoice : public QComboBox {
    Q_OBJECT
public:
    explicit TextChoice(const QString& accessibleName, QWidget* parent);

    // Replaces the offered values (duplicates and empty texts left out), keeping the text.
    void setSuggestions(const QStringList& values);
    // The subjects' common value, or the mixed state when they differ (std::nullopt).
    void showValue(const std::optional<QString>& text);

Q_SIGNALS:
    void edited(const QString& text);
};

// The values of one of the core's lists as texts.
template <typename List> QStringList suggestionList(const List& values)
{
    QStringList texts;
    for (std::string_view value : values)
        texts.append(QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())));
    return texts;
}

// Time zones to offer: those the design's servers and databases already use (so one spelling
// spreads, which TZ-MISMATCH compares), then common ones.
QStringList timezoneSuggestions(const Topology& topology);

} // namespace topo
