#pragma once

#include "ui/docks/inspector/ElementEditor.h"

class QCheckBox;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace topo {

class ValidatedLineEdit;

// Edits one database: engine, nodes and HA, and the catalogs it holds as a table of
// environments (rows) by catalog kind (columns).
class DatabaseEditor : public ElementEditor {
    Q_OBJECT
public:
    DatabaseEditor(Document* document, QWidget* parent);
    void refresh() override;

    QTableWidget* catalogTable() const { return m_catalogs; }

private:
    void onCatalogChanged(QTableWidgetItem* item);
    void showSoftware(const Database& database);
    void showCatalogs(const Database& database);

    ValidatedLineEdit* m_name;
    QComboBox* m_engine;
    QSpinBox* m_nodes;
    QComboBox* m_haMode;
    QCheckBox* m_singleEndpoint;
    QTableWidget* m_catalogs;
    HardwareRows* m_hardware;
    QComboBox* m_site;
    TextChoice* m_version;
    TextChoice* m_edition;
    TextChoice* m_serviceTier;
    TextChoice* m_timezone;
};

} // namespace topo
