#pragma once

#include <QWidget>

class QListWidget;

namespace topo {

// What the window shows when no design is open: new, open, templates and recent files.
class StartView : public QWidget {
    Q_OBJECT
public:
    explicit StartView(QWidget* parent = nullptr);

    // Reloads the recent files list.
    void refresh();
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void newRequested();
    void openDialogRequested();
    void openRequested(const QString& path);
    void templateRequested(const QString& resource);

private:
    QListWidget* m_recent;
    QListWidget* m_templates;
};

} // namespace topo
