#pragma once

#include "ui/docks/inspector/ElementEditor.h"

#include <array>

class QCheckBox;
class QLineEdit;

namespace topo {

class ValidatedLineEdit;

// Edits one server, or the shared fields of several servers at once (each edit sets the
// field on all of them in one undo step).
class ServerEditor : public ElementEditor {
    Q_OBJECT
public:
    ServerEditor(Document* document, QWidget* parent);
    void refresh() override;

    QCheckBox* roleBox(Role role) const { return m_roles[static_cast<std::size_t>(role)]; }

private:
    void setRole(Role role, bool on);
    template <typename F> void setFlag(F member, bool on, const QString& text, Field field);

    ValidatedLineEdit* m_name;
    QComboBox* m_environment;
    std::array<QCheckBox*, 3> m_roles{};
    QCheckBox* m_servesTraffic;
    QCheckBox* m_standby;
    HardwareRows* m_hardware;
    TextChoice* m_os;
    TextChoice* m_platformVersion;
    TextChoice* m_timezone;
    QComboBox* m_site;
};

} // namespace topo
