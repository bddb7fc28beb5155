#pragma once

#include <QMainWindow>

namespace portolan {

/** The editor's main window. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace portolan
