#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStatusBar;
class QTimer;

namespace topo {

// Says in the status bar what was just written and where ("Exported factory.png to
// C:\Designs"), with an "Open folder" button that shows the folder in the system's file
// manager. It stays until the next notice, or a minute.
class WrittenFileNotice : public QWidget {
    Q_OBJECT
public:
    explicit WrittenFileNotice(QStatusBar* bar);

    // `what` names the action ("Exported", "Saved the runbook"); `path` is the file written.
    void show(const QString& what, const QString& path);
    QString text() const;
    QPushButton* openFolderButton() const { return m_openFolder; }

    // How the folder is opened; tests replace it. By default QDesktopServices::openUrl.
    std::function<bool(const QUrl& folder)> openFolder;

private:
    QLabel* m_text;
    QPushButton* m_openFolder;
    QTimer* m_timer;
    QString m_folder;
};

} // namespace topo
