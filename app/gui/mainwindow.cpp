#include "mainwindow.h"

namespace portolan {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Portolan"));
}

} // namespace portolan
