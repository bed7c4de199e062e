#pragma once

#include <QDockWidget>
#include <QListWidget>

namespace topo {

// The MIME type of a palette drag; its data is the element kind in ASCII ("server", ...).
inline constexpr const char* kPaletteMimeType = "application/x-topology-palette";

// The list of element kinds the user drags onto the canvas (or activates with Enter or a
// double click, to add one without dragging).
class PaletteList : public QListWidget {
    Q_OBJECT
public:
    explicit PaletteList(QWidget* parent = nullptr);

    // The item of a kind ("server", "loadBalancer", ...), or nullptr.
    QListWidgetItem* itemOfKind(const QString& kind) const;
    // The kind an item stands for ("" for none).
    QString kindOf(const QListWidgetItem* item) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
};

// Dock holding the palette.
class PaletteDock : public QDockWidget {
    Q_OBJECT
public:
    explicit PaletteDock(QWidget* parent = nullptr);
    PaletteList* list() const { return m_list; }

private:
    PaletteList* m_list;
};

} // namespace topo
