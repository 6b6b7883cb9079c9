#pragma once
#include <QMainWindow>
namespace homeward {
class Store;
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
private:
    Store &m_store;
};
}
